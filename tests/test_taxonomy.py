"""The packaged clinical taxonomy and the taxonomy loader/validator."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from mediflow.generators.taxonomy import default_taxonomy, load_taxonomy_file
from mediflow.schemas.taxonomy import Taxonomy

EXPECTED_TASKS = {
    "question_answering",
    "summarization",
    "problem_list_summarization",
    "natural_language_inference",
    "named_entity_recognition",
    "relation_extraction",
    "information_extraction",
    "clinical_coding",
    "error_detection_correction",
    "classification",
    "note_generation",
    "patient_simplification",
    "medication_qa",
    "question_summarization",
}

SMALL = {
    "version": "test-1",
    "task_types": [
        {
            "id": "question_answering",
            "name": "Question answering",
            "family": "qa",
            "description": "Answer a question using the document.",
            "json_hint": '{"answer": string}',
        },
        {
            "id": "summarization",
            "name": "Summarization",
            "family": "summarization",
            "description": "Summarise the document faithfully.",
            "json_hint": '{"summary": string}',
        },
    ],
    "document_families": [
        {
            "id": "notes",
            "name": "Notes",
            "document_types": [
                {"id": "progress_note", "name": "Progress note", "description": "A daily SOAP note."},
                {"id": "discharge_summary", "name": "Discharge summary", "description": "End of stay."},
            ],
        }
    ],
    "difficulty_levels": [
        {"level": 1, "name": "Easy", "description": "Answer is stated verbatim."},
        {"level": 2, "name": "Hard", "description": "Answer needs reasoning across sections."},
    ],
    "output_formats": [
        {"id": "plain_text", "description": "Plain clinical prose."},
        {"id": "json", "description": "A single valid JSON object."},
    ],
}


def _small() -> dict[str, Any]:
    return copy.deepcopy(SMALL)


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return default_taxonomy()


def test_packaged_taxonomy_loads(tax: Taxonomy) -> None:
    assert isinstance(tax, Taxonomy)
    assert tax.version == "2026.12"


def test_fourteen_task_types(tax: Taxonomy) -> None:
    assert len(tax.task_types) == 14
    assert {t.id for t in tax.task_types} == EXPECTED_TASKS


def test_task_families(tax: Taxonomy) -> None:
    assert {t.family for t in tax.task_types} == {
        "qa",
        "summarization",
        "nli",
        "extraction",
        "coding",
        "error_correction",
        "classification",
        "generation",
        "simplification",
    }


def test_document_types_count_and_families(tax: Taxonomy) -> None:
    assert 95 <= len(tax.document_types) <= 100
    assert 12 <= len(tax.document_families) <= 16
    for fam in tax.document_families:
        assert fam.document_types
        for doc in fam.document_types:
            assert tax.family_of(doc.id) == fam
            assert tax.document(doc.id) == doc


def test_difficulty_levels_one_to_six(tax: Taxonomy) -> None:
    assert [d.level for d in tax.difficulty_levels] == [1, 2, 3, 4, 5, 6]
    assert tax.difficulty(6).level == 6


def test_output_formats(tax: Taxonomy) -> None:
    assert {o.id for o in tax.output_formats} == {"plain_text", "json"}
    assert "JSON" in tax.output_format("json").description


def test_all_ids_unique(tax: Taxonomy) -> None:
    task_ids = [t.id for t in tax.task_types]
    fam_ids = [f.id for f in tax.document_families]
    doc_ids = [d.id for d in tax.document_types]
    fmt_ids = [o.id for o in tax.output_formats]
    for ids in (task_ids, fam_ids, doc_ids, fmt_ids):
        assert len(ids) == len(set(ids))


def test_every_json_hint_and_description_present(tax: Taxonomy) -> None:
    for t in tax.task_types:
        assert t.json_hint.strip(), t.id
        assert t.json_hint.lstrip().startswith("{"), t.id
        assert t.name.strip() and t.description.strip()
    for d in tax.document_types:
        assert d.name.strip() and len(d.description) >= 40, d.id


def test_duplicate_task_id_rejected() -> None:
    data = _small()
    data["task_types"][1]["id"] = "question_answering"
    with pytest.raises(ValidationError, match="question_answering"):
        Taxonomy.model_validate(data)


def test_duplicate_document_id_across_families_rejected() -> None:
    data = _small()
    data["document_families"].append(
        {
            "id": "more_notes",
            "name": "More notes",
            "document_types": [
                {"id": "progress_note", "name": "Again", "description": "A duplicate document type."}
            ],
        }
    )
    with pytest.raises(ValueError, match="progress_note"):
        Taxonomy.model_validate(data)


def test_unknown_task_lists_valid_ids(tax: Taxonomy) -> None:
    with pytest.raises(KeyError) as exc:
        tax.task("nope")
    msg = str(exc.value)
    assert "nope" in msg
    for task_id in EXPECTED_TASKS:
        assert task_id in msg


def test_load_user_taxonomy_file(tmp_path: Path) -> None:
    path = tmp_path / "my_taxonomy.yaml"
    path.write_text(yaml.safe_dump(_small(), sort_keys=False), encoding="utf-8")
    tax = load_taxonomy_file(path)
    assert tax.version == "test-1"
    assert [t.id for t in tax.task_types] == ["question_answering", "summarization"]
    assert [d.id for d in tax.document_types] == ["progress_note", "discharge_summary"]
    assert tax.family_of("discharge_summary").id == "notes"
    assert tax.difficulty(2).name == "Hard"


def test_load_invalid_user_file_rejected(tmp_path: Path) -> None:
    data = _small()
    data["task_types"][0]["id"] = "Not Snake"
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ValidationError):
        load_taxonomy_file(path)
