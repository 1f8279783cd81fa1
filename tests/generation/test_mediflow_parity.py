"""Export parity with the public MediFlow card: '' for missing text, a mediflow_dpo config."""

from __future__ import annotations

from datasets import load_from_disk

from mediflow.core.settings import Settings
from mediflow.exports.formats.mediflow import mediflow_record
from tests.test_exports import N_PER_TASK, export, seed_rows


def test_missing_text_is_empty_string_and_missing_scores_stay_null() -> None:
    row = {
        "instruction": "Summarise.",
        "input": "Note.",
        "output": "Summary.",
        "task_type": "summarization",
        "input_data": "discharge_summary_medicine",
        "output_format": "plain_text",
        "difficulty_level": 4,
        "rejected_output": None,
        "error_type": None,
        "quality": None,
        "alignment": 4.0,
        "coherence": None,
        "realism": None,
        "difficulty": None,
    }
    record = mediflow_record(row)
    assert record["rejected_output"] == "" and record["error_type"] == ""
    assert record["quality"] is None and record["alignment"] == 4.0


def test_the_mediflow_export_has_a_mediflow_dpo_split(settings: Settings) -> None:
    ids = seed_rows(settings.resolved_database_url)
    record, out = export(settings, format="mediflow", job_ids=[ids["job"]])
    assert record.status == "completed", record.error
    main, dpo = load_from_disk(str(out)), load_from_disk(str(out / "mediflow_dpo"))
    pairs = [r for split in dpo.values() for r in split]
    assert len(pairs) == 3 * (N_PER_TASK // 2)
    assert all(r["rejected_output"] and r["error_type"] for r in pairs)
    rows = [r for split in main.values() for r in split]
    assert all(r["rejected_output"] is not None and r["error_type"] is not None for r in rows)
    assert any(r["rejected_output"] == "" for r in rows)
    card = (out / "README.md").read_text()
    assert "config_name: mediflow_dpo" in card
