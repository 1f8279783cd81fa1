"""Error types, the error-injection stage's checks, the error-type chooser and the DPO config."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from pydantic import ValidationError

from mediflow.generators.error_injection import (
    WEAKER_MODEL,
    WRONG_FORMAT,
    DpoConfig,
    ErrorInjectionStage,
    ErrorType,
    choose_error_type,
    error_type_names,
    get_error_type,
    register_error_type,
    weaker_model_messages,
    weaker_model_rejection,
    weaker_model_request,
)
from mediflow.generators.stages import StageOutputError, get_prompt_stage
from mediflow.schemas.teacher import TeacherSpec

REQUIRED_TYPES = {
    "factual_error",
    "partially_correct",
    "ambiguity",
    "omission",
    "wrong_format",
    "hallucinated_finding",
    "wrong_unit_or_dose",
}

GOLD_JSON = {
    "medications": [{"name": "metoprolol", "dose": "25 mg", "frequency": "twice daily"}],
    "allergies": [],
}


def make_row(output_format: str = "json", error_type: str = "factual_error", **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "index": 3,
        "task_type": "information_extraction",
        "document_name": "Medication list",
        "output_format": output_format,
        "format_instruction": "A single JSON object." if output_format == "json" else "Plain prose.",
        "instruction": "List the patient's medications with dose and frequency.",
        "input": "Medications: metoprolol 25 mg PO twice daily. No known drug allergies.",
        "output": json.dumps(GOLD_JSON) if output_format == "json" else "Metoprolol 25 mg twice daily.",
        "error_type": error_type,
    }
    row.update(extra)
    return row


# One scripted, plausible rewrite per error type, for a JSON row and for a plain-text row.
JSON_REWRITES = {
    "factual_error": {**GOLD_JSON, "medications": [{**GOLD_JSON["medications"][0], "name": "atenolol"}]},
    "partially_correct": {
        **GOLD_JSON,
        "medications": [{**GOLD_JSON["medications"][0], "frequency": "daily"}],
    },
    "ambiguity": {**GOLD_JSON, "medications": [{**GOLD_JSON["medications"][0], "dose": "a low dose"}]},
    "omission": {**GOLD_JSON, "medications": []},
    "hallucinated_finding": {**GOLD_JSON, "allergies": ["penicillin"]},
    "wrong_unit_or_dose": {**GOLD_JSON, "medications": [{**GOLD_JSON["medications"][0], "dose": "25 g"}]},
}
TEXT_REWRITES = {
    "factual_error": "Atenolol 25 mg twice daily.",
    "partially_correct": "Metoprolol 25 mg once daily.",
    "ambiguity": "Metoprolol, some dose, regularly.",
    "omission": "Metoprolol twice daily.",
    "wrong_format": '{"drug": "metoprolol", "dose": "25 mg"}',
    "hallucinated_finding": "Metoprolol 25 mg twice daily and aspirin 81 mg daily.",
    "wrong_unit_or_dose": "Metoprolol 25 g twice daily.",
}


def test_registry_has_the_required_types_and_clear_errors() -> None:
    assert set(error_type_names()) >= REQUIRED_TYPES
    assert [n for n in error_type_names() if not get_error_type(n).keeps_json_shape] == [WRONG_FORMAT]
    with pytest.raises(KeyError, match=r"valid: .*factual_error"):
        get_error_type("typo_error")
    with pytest.raises(ValueError, match="already registered"):
        register_error_type(ErrorType("omission", "again"))


def test_stage_is_registered_with_versioned_prompt() -> None:
    stage = get_prompt_stage("error_injection")
    assert isinstance(stage, ErrorInjectionStage)
    assert stage.template.ref == "mediflow.error_injection@2"


@pytest.mark.parametrize("name", sorted(REQUIRED_TYPES))
def test_prompt_names_the_error_and_its_description(name: str) -> None:
    for fmt in ("json", "plain_text"):
        user = ErrorInjectionStage().format_input(make_row(fmt, name))[1]["content"]
        assert f"'{name}'" in user
        assert get_error_type(name).description in user
        assert "exactly ONE" in user and "metoprolol 25 mg PO twice daily" in user
        assert make_row(fmt)["output"] in user


@pytest.mark.parametrize("name", sorted(JSON_REWRITES))
def test_json_rows_keep_json_shape(name: str) -> None:
    stage = ErrorInjectionStage()
    row = make_row("json", name)
    assert stage.wants_json(row)
    reply = "```json\n" + json.dumps(JSON_REWRITES[name], indent=2) + "\n```"
    result = stage.format_output(reply, row)
    assert result["error_type"] == name
    assert json.loads(result["rejected_output"]) == JSON_REWRITES[name]
    assert json.loads(result["rejected_output"]) != GOLD_JSON


@pytest.mark.parametrize("name", sorted(TEXT_REWRITES))
def test_plain_text_rows_give_a_different_rejection(name: str) -> None:
    row = make_row("plain_text", name)
    result = ErrorInjectionStage().format_output(
        "Sure, here is the rewritten answer:\n" + TEXT_REWRITES[name], row
    )
    assert result == {"rejected_output": TEXT_REWRITES[name], "error_type": name}


def test_json_row_rejection_must_be_a_json_object() -> None:
    with pytest.raises(StageOutputError) as err:
        ErrorInjectionStage().format_output("Atenolol 25 mg twice daily.", make_row("json", "factual_error"))
    assert err.value.reason == "invalid_json"  # the pipeline's one repair turn applies


@pytest.mark.parametrize(
    ("fmt", "reply"),
    [
        ("plain_text", "  Metoprolol 25 mg\n twice daily. "),
        ("json", json.dumps(GOLD_JSON, indent=4)),
        ("json", json.dumps(dict(reversed(list(GOLD_JSON.items()))))),
    ],
)
def test_identical_rejection_is_refused(fmt: str, reply: str) -> None:
    with pytest.raises(StageOutputError) as err:
        ErrorInjectionStage().format_output(reply, make_row(fmt, "ambiguity"))
    assert err.value.reason == "rejection_identical"


@pytest.mark.parametrize(
    "reply",
    [
        '{"medications": [{"name": "metoprolol", "dose": "25 mg", "frequency": "twice daily"}], "allergies": [',
        '{"meds": [{"name": "metoprolol"}], "allergies": []}',
        '{"medications": "metoprolol 25 mg twice daily", "allergies": []}',
        "- metoprolol 25 mg twice daily\n- no allergies",
        '[{"name": "metoprolol", "dose": "25 mg"}]',
    ],
)
def test_wrong_format_accepts_broken_structure(reply: str) -> None:
    row = make_row("json", WRONG_FORMAT)
    assert not ErrorInjectionStage().wants_json(row)
    result = ErrorInjectionStage().format_output(reply, row)
    assert result["error_type"] == WRONG_FORMAT and result["rejected_output"] == reply.strip()


@pytest.mark.parametrize(
    "reply",
    [
        '{"medications": [{"name": "metoprolol", "dose": "50 mg", "frequency": "twice daily"}], "allergies": []}',
        'Here it is: {"medications": [], "allergies": null}',
    ],
)
def test_wrong_format_must_actually_be_wrong(reply: str) -> None:
    with pytest.raises(StageOutputError) as err:
        ErrorInjectionStage().format_output(reply, make_row("json", WRONG_FORMAT))
    assert err.value.reason == "rejection_not_wrong_format"


def test_choose_error_type_is_reproducible_and_balanced() -> None:
    names = error_type_names()
    picks = [choose_error_type({"index": i}, seed=11) for i in range(len(names) * 20)]
    assert picks == [choose_error_type({"index": i}, seed=11) for i in range(len(picks))]
    assert set(Counter(picks).values()) == {20}
    for cycle in range(20):  # every cycle uses each type exactly once
        assert sorted(picks[cycle * len(names) : (cycle + 1) * len(names)]) == list(names)
    other = [choose_error_type({"index": i}, seed=12) for i in range(len(picks))]
    assert other != picks
    assert picks[: len(names)] != picks[len(names) : 2 * len(names)], "order is reshuffled per cycle"


def test_choose_error_type_respects_allowed_and_rejects_unknown() -> None:
    allowed = ["omission", "factual_error", "ambiguity"]
    picks = [choose_error_type({"index": i}, seed=0, allowed=allowed) for i in range(30)]
    assert Counter(picks) == dict.fromkeys(allowed, 10)
    # The order of ``allowed`` does not change the picks.
    assert picks == [choose_error_type({"index": i}, seed=0, allowed=allowed[::-1]) for i in range(30)]
    with pytest.raises(KeyError, match="unknown error type"):
        choose_error_type({"index": 0}, seed=0, allowed=["nonsense"])
    with pytest.raises(ValueError):
        choose_error_type({"index": 0}, seed=0, allowed=[])


def test_dpo_config_validation_and_subset_rule() -> None:
    config = DpoConfig(enabled=True)
    assert config.strategy == "error_injection" and config.min_scores == {"quality": 4.0}
    assert config.selects({"quality": 4.0, "alignment": 1.0})
    assert not config.selects({"quality": 3.5})
    assert not config.selects({"alignment": 5.0}), "an unjudged row is never top quality"
    strict = DpoConfig(min_scores={"quality": 4, "realism": 4})
    assert not strict.selects({"quality": 5.0, "realism": 3.0})
    with pytest.raises(ValidationError, match="unknown error types"):
        DpoConfig(error_types=["factual_error", "oops"])
    with pytest.raises(ValidationError):
        DpoConfig(min_scores={"fluency": 4.0})
    with pytest.raises(ValidationError, match="weaker_teacher"):
        DpoConfig(enabled=True, strategy="weaker_model")
    weak = DpoConfig(enabled=True, strategy="weaker_model", weaker_teacher={"backend": "embedded"})
    assert weak.weaker_teacher is not None and weak.weaker_teacher.backend == "embedded"


def test_weaker_model_request_reuses_the_output_prompt() -> None:
    row = make_row("json")
    assert weaker_model_messages(row) == get_prompt_stage("output").format_input(row)
    request = weaker_model_request(row, TeacherSpec(temperature=0.2, max_tokens=300), seed=5)
    assert request.messages == get_prompt_stage("output").format_input(row)
    assert (request.temperature, request.max_tokens, request.seed) == (0.2, 300, 5)
    assert request.json_schema == {"type": "object"}
    assert weaker_model_request(make_row("plain_text"), TeacherSpec(), seed=0).json_schema is None


def test_weaker_model_rejection_parses_and_refuses_gold() -> None:
    row = make_row("json")
    weaker = {"medications": [{"name": "metoprolol"}], "allergies": []}
    assert weaker_model_rejection(json.dumps(weaker), row) == {
        "rejected_output": json.dumps(weaker),
        "error_type": WEAKER_MODEL,
    }
    with pytest.raises(StageOutputError) as err:
        weaker_model_rejection(json.dumps(GOLD_JSON), row)
    assert err.value.reason == "rejection_identical"
