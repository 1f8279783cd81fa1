"""Stages are pure: prompts and parsing are tested without any model."""

import json

import pytest

from mediflow.generators.pipeline import sample_context
from mediflow.generators.plan import PlanItem
from mediflow.generators.stages import (
    GENERATION_STAGES,
    StageOutputError,
    clean_text,
    get_prompt_stage,
    parse_json_object,
    repair_messages,
)
from mediflow.generators.taxonomy import default_taxonomy

CODES = (
    '{"codes": [{"code": "E11.22", "description": "Type 2 diabetes with CKD", "principal": true, '
    '"justification": "stated"}]}'
)


@pytest.fixture
def row() -> dict:
    item = PlanItem(3, "clinical_coding", "discharge_summary_medicine", 5, "json")
    ctx = sample_context(item, default_taxonomy())
    ctx.update(
        input="Discharge summary: type 2 diabetes with CKD stage 3.", instruction="Assign ICD-10-CM codes."
    )
    return ctx


def test_prompts_name_the_planned_cell(row: dict) -> None:
    doc = get_prompt_stage("document").format_input(row)
    assert [m["role"] for m in doc] == ["system", "user"]
    assert "Discharge summary" in doc[1]["content"] or "discharge" in doc[1]["content"].lower()
    instr = get_prompt_stage("instruction").format_input(row)[1]["content"]
    assert "level 5 of 6" in instr and row["task_name"] in instr and row["input"] in instr
    assert "JSON" in instr  # the answer format is named, with the task's JSON shape
    out = get_prompt_stage("output").format_input(row)[1]["content"]
    assert row["instruction"] in out and row["input"] in out


def test_every_stage_has_a_versioned_template() -> None:
    refs = [get_prompt_stage(n).template.ref for n in GENERATION_STAGES]
    assert refs == ["mediflow.document@3", "mediflow.instruction@3", "mediflow.output@2"]


def test_unknown_stage_lists_valid_names() -> None:
    with pytest.raises(KeyError, match=r"valid: .*document"):
        get_prompt_stage("nope")


def test_output_stage_wants_json_only_for_json_rows(row: dict) -> None:
    stage = get_prompt_stage("output")
    schema = default_taxonomy().task("clinical_coding").json_schema
    assert stage.wants_json(row) and stage.json_schema(row) == schema
    assert not stage.wants_json({**row, "output_format": "plain_text"})
    assert get_prompt_stage("document").json_schema(row) is None


@pytest.mark.parametrize(
    "text",
    [
        CODES,
        f"```json\n{CODES}\n```",
        f"Here you go: {CODES} done",
    ],
)
def test_json_output_is_parsed_and_normalised(row: dict, text: str) -> None:
    out = get_prompt_stage("output").format_output(text, row)
    assert json.loads(out["output"]) == json.loads(CODES)


@pytest.mark.parametrize("text", ["not json at all", "[1, 2]", "{}", '{"codes": [}'])
def test_bad_json_output_is_invalid_json(row: dict, text: str) -> None:
    with pytest.raises(StageOutputError) as err:
        get_prompt_stage("output").format_output(text, row)
    assert err.value.reason == "invalid_json"


def test_plain_text_output_strips_chatty_preamble(row: dict) -> None:
    plain = {**row, "output_format": "plain_text"}
    out = get_prompt_stage("output").format_output("Sure, here is the answer:\nE11.22 and N18.3", plain)
    assert out == {"output": "E11.22 and N18.3"}
    assert clean_text("  Certainly! Below is the note:\nNote body ") == "Note body"


def test_empty_document_is_rejected(row: dict) -> None:
    with pytest.raises(StageOutputError) as err:
        get_prompt_stage("document").format_output("   ", row)
    assert err.value.reason == "empty_output"


def test_parse_json_object_rejects_non_objects() -> None:
    with pytest.raises(StageOutputError):
        parse_json_object('"just a string"')


def test_repair_messages_append_the_bad_reply_and_the_error() -> None:
    base = [{"role": "user", "content": "answer as JSON"}]
    msgs = repair_messages(base, "{oops", StageOutputError("invalid_json", "Expecting value"))
    assert msgs[:1] == base and msgs[1] == {"role": "assistant", "content": "{oops"}
    assert "Expecting value" in msgs[2]["content"]


def test_parse_json_object_accepts_raw_control_characters_in_strings() -> None:
    # SmolLM2 writes a literal tab or newline inside a JSON string; the value is still meant.
    assert parse_json_object('{"reason": "clear\tand\nshort", "score": 4}') == {
        "reason": "clear\tand\nshort",
        "score": 4,
    }
