"""Judge stage, vote aggregation, thresholds and the concurrent judge helper (scripted fake teacher)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from pydantic import ValidationError

from mediflow.generators.stages import StageOutputError, get_prompt_stage
from mediflow.generators.teachers.base import ChatRequest, Completion, Teacher, TeacherError
from mediflow.quality.judge import (
    CRITERIA,
    JUDGE_TEMPLATE,
    JudgeConfig,
    JudgeStage,
    aggregate_judgements,
    judge_sample,
    judgement_schema,
)


def make_row(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "index": 7,
        "task_type": "question_answering",
        "task_name": "Question answering",
        "task_description": "Answer a question about the document.",
        "input_data": "radiology_report_ct",
        "document_name": "CT report",
        "difficulty_level": 5,
        "difficulty_name": "expert",
        "output_format": "json",
        "instruction": "Which lobe holds the nodule? Answer as JSON with key 'lobe'.",
        "input": "FINDINGS: 8 mm solid nodule in the right upper lobe. No effusion.",
        "output": '{"lobe": "right upper lobe"}',
    }
    row.update(overrides)
    return row


def vote(**scores: Any) -> dict[str, Any]:
    base: dict[str, Any] = dict.fromkeys(CRITERIA, 4)
    base.update(scores)
    return base


def test_judge_is_registered_with_versioned_prompt() -> None:
    stage = get_prompt_stage("judge")
    assert isinstance(stage, JudgeStage)
    assert stage.template.ref == "mediflow.judge@1"
    assert JUDGE_TEMPLATE.version == "1"


def test_prompt_contains_sample_and_defines_every_criterion() -> None:
    messages = JudgeStage().format_input(make_row())
    user = messages[1]["content"]
    for text in ("right upper lobe", "8 mm solid nodule", "Which lobe", "level 5 of 6", "json"):
        assert text in user
    for name in CRITERIA:
        assert f"\n{name} - " in user, f"criterion {name} is not defined in the rubric"


def test_prompt_works_with_public_columns_only() -> None:
    row = {
        k: make_row()[k]
        for k in (
            "task_type",
            "input_data",
            "output_format",
            "difficulty_level",
            "instruction",
            "input",
            "output",
        )
    }
    user = JudgeStage().format_input(row)[1]["content"]
    assert "question_answering" in user and "radiology_report_ct" in user


def test_schema_requires_five_integer_scores_on_scale() -> None:
    schema = JudgeStage().json_schema(make_row())
    assert schema == judgement_schema()
    assert schema["type"] == "object"
    assert sorted(schema["required"]) == sorted(CRITERIA)
    for name in CRITERIA:
        assert schema["properties"][name] == {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "enum": [1, 2, 3, 4, 5],
        }
    assert "rationale" not in schema["required"]
    assert schema["additionalProperties"] is False


def test_format_output_parses_valid_vote() -> None:
    text = '```json\n{"rationale": "Correct.", "quality": 5, "alignment": 4.0, "coherence": 4, "realism": 3, "difficulty": 2}\n```'
    assert JudgeStage().format_output(text, make_row()) == {
        "quality": 5,
        "alignment": 4,
        "coherence": 4,
        "realism": 3,
        "difficulty": 2,
        "rationale": "Correct.",
    }


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ({k: v for k, v in vote().items() if k != "realism"}, "missing score 'realism'"),
        (vote(quality=6), "out of range"),
        (vote(coherence=0), "out of range"),
        (vote(alignment="high"), "not a number"),
        (vote(difficulty=True), "not a number"),
        (vote(quality=3.5), "not an integer"),
    ],
)
def test_format_output_rejects_invalid_votes(payload: dict[str, Any], fragment: str) -> None:
    with pytest.raises(StageOutputError) as err:
        JudgeStage().format_output(json.dumps(payload), make_row())
    assert err.value.reason == "invalid_judgement"
    assert fragment in err.value.detail


def test_unparseable_vote_is_an_invalid_judgement() -> None:
    with pytest.raises(StageOutputError) as err:
        JudgeStage().format_output("quality: great", make_row())
    assert err.value.reason == "invalid_judgement"


def test_aggregate_takes_median_and_keeps_spread() -> None:
    votes = [vote(quality=q, realism=r) for q, r in [(5, 2), (4, 4), (4, 5), (2, 3), (5, 4)]]
    result = aggregate_judgements(votes, min_valid_votes=3)
    assert result.ok and result.valid_votes == 5 and result.total_votes == 5
    assert result.scores["quality"] == 4.0
    assert result.scores["realism"] == 4.0
    assert result.stats["quality"].spread == 3
    assert result.stats["quality"].votes == (5, 4, 4, 2, 5)
    assert result.stats["coherence"].spread == 0 and result.stats["coherence"].stdev == 0.0
    assert result.stats["quality"].stdev == pytest.approx(1.0954, abs=1e-4)  # population stdev
    assert json.loads(json.dumps(result.details()))["stats"]["quality"]["spread"] == 3


def test_aggregate_tolerates_some_invalid_votes() -> None:
    votes = [vote(quality=5), vote(quality=9), vote(quality=3), {"quality": 4}]
    result = aggregate_judgements(votes, min_valid_votes=2, invalid_reasons=["timeout: slow"])
    assert result.ok
    assert result.valid_votes == 2 and result.total_votes == 5
    assert result.scores["quality"] == 4.0  # median of 5 and 3
    assert len(result.invalid_reasons) == 3


def test_aggregate_fails_clearly_below_min_valid_votes() -> None:
    result = aggregate_judgements(
        [vote(), vote(quality=0)], min_valid_votes=2, invalid_reasons=["rate_limited: x"]
    )
    assert not result.ok
    assert result.failure_reason == "judge_failed"
    assert result.failure_detail is not None and "1 of 3 votes valid, need 2" in result.failure_detail
    assert result.scores == {}


def test_config_defaults_and_validation() -> None:
    config = JudgeConfig()
    defaults = {"quality": 3.0, "alignment": 3.0, "coherence": 3.0, "realism": 3.0}  # they filter
    assert (config.k, config.temperature, config.required_votes, config.thresholds) == (5, 0.7, 3, defaults)
    assert JudgeConfig(k=4).required_votes == 3
    assert JudgeConfig(k=5, min_valid_votes=1).required_votes == 1
    with pytest.raises(ValidationError):
        JudgeConfig(k=16)
    with pytest.raises(ValidationError):
        JudgeConfig(k=3, min_valid_votes=4)
    with pytest.raises(ValidationError):
        JudgeConfig(thresholds={"quality": 6.0})
    with pytest.raises(ValidationError):
        JudgeConfig(thresholds={"fluency": 3.0})


def test_passes_names_first_failing_criterion() -> None:
    config = JudgeConfig(thresholds={"realism": 4.0, "quality": 3.0})
    low = aggregate_judgements([vote(quality=2, realism=3)] * 3)
    assert config.passes(low) == (False, "quality 2.0 < 3.0")
    good = aggregate_judgements([vote(quality=3, realism=4)] * 3)
    assert config.passes(good) == (True, None)
    assert JudgeConfig(thresholds={}).passes(low) == (True, None)
    assert JudgeConfig().passes(low) == (False, "quality 2.0 < 3.0")  # the defaults filter
    failed = aggregate_judgements([], min_valid_votes=3)
    ok, reason = config.passes(failed)
    assert not ok and reason is not None and reason.startswith("judge_failed")


class ScriptedTeacher(Teacher):
    """Returns the scripted replies in order; a TeacherError in the script is raised instead."""

    backend = "scripted"

    def __init__(self, replies: list[str | TeacherError]) -> None:
        super().__init__("scripted")
        self.replies = list(replies)
        self.requests: list[ChatRequest] = []

    async def complete(self, request: ChatRequest) -> Completion:
        self.requests.append(request)
        reply = self.replies.pop(0)
        await asyncio.sleep(0)  # let the other votes start: they really run concurrently
        if isinstance(reply, TeacherError):
            raise reply
        return Completion(text=reply, tokens_in=100, tokens_out=20, latency_s=0.5)


async def test_judge_sample_runs_k_votes_and_counts_tokens() -> None:
    replies: list[str | TeacherError] = [json.dumps(vote(quality=q)) for q in (5, 4, 3, 4, 2)]
    teacher = ScriptedTeacher(replies)
    result = await judge_sample(teacher, make_row(), JudgeConfig(k=5), seed=3)
    assert result.ok and result.valid_votes == 5
    assert result.scores["quality"] == 4.0
    assert (result.tokens_in, result.tokens_out) == (500, 100)
    assert len({r.seed for r in teacher.requests}) == 5, "each vote needs its own seed"
    assert all(r.temperature == 0.7 and r.json_schema == judgement_schema() for r in teacher.requests)


async def test_judge_sample_tolerates_teacher_errors_and_bad_json() -> None:
    replies: list[str | TeacherError] = [
        json.dumps(vote(quality=2)),
        TeacherError("timeout", "read timed out"),
        "not json",
        json.dumps(vote(quality=2)),
        json.dumps(vote(quality=5)),
    ]
    result = await judge_sample(ScriptedTeacher(replies), make_row(), JudgeConfig(k=5))
    assert result.ok and result.valid_votes == 3 and result.total_votes == 5
    assert result.scores["quality"] == 2.0
    assert result.tokens_in == 400  # the failed call used no tokens we know of
    assert any(r.startswith("timeout") for r in result.invalid_reasons)


async def test_judge_sample_fails_with_too_few_valid_votes() -> None:
    replies: list[str | TeacherError] = ["{}", "nope", json.dumps(vote())]
    result = await judge_sample(ScriptedTeacher(replies), make_row(), JudgeConfig(k=3))
    assert result.failure_reason == "judge_failed"
    assert JudgeConfig(k=3).passes(result)[0] is False


def test_vote_stdev_equals_the_exact_one_to_the_kept_decimals() -> None:
    # Float arithmetic instead of statistics' exact fractions (the loop's cost); the stored value is the same.
    import itertools
    import statistics

    from mediflow.quality.judge import _pstdev

    sets = [c for k in range(1, 8) for c in itertools.combinations_with_replacement(range(1, 6), k)]
    assert len(sets) > 700
    for votes in sets:
        assert round(_pstdev(votes), 4) == round(statistics.pstdev(votes), 4), votes
    stats = aggregate_judgements([vote(quality=q) for q in (1, 2, 5)]).stats["quality"]
    assert stats.stdev == round(statistics.pstdev([1, 2, 5]), 4) == 1.6997
