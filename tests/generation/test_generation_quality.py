"""Generation a clinician would accept: compatible cells, task-aware prompts, scenarios, shapes, judge.

The teacher is the loopback OpenAI-compatible server, scripted per test; nothing is mocked.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from mediflow.api.main import create_app
from mediflow.core.errors import InvalidRequestError
from mediflow.core.rows import PlanItem
from mediflow.core.settings import Settings
from mediflow.generators.error_injection import ErrorInjectionStage
from mediflow.generators.pipeline import Pipeline, Sampling
from mediflow.generators.plan import PlanAnnotations, PlanAxes, build_plan
from mediflow.generators.scenarios import AGE_BANDS, balanced_pick, default_conditions
from mediflow.generators.stages import StageOutputError
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.generators.teachers.openai_backend import OpenAITeacher
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.schemas.quality import QualitySpec
from mediflow.services.generation import submit_job
from mediflow.storage.db import session_scope
from mediflow.storage.models import Sample
from mediflow.workers.runner import JobRunner
from tests.support.auth import bearer
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply, requested_schema

TAX = default_taxonomy()


def _text(req: dict[str, Any]) -> str:
    return " ".join(str(m.get("content", "")) for m in req["messages"])


@pytest.fixture
def server() -> Iterator[LoopbackTeacher]:
    with LoopbackTeacher() as srv:
        yield srv


def _pipeline(srv: LoopbackTeacher, items: list[PlanItem], seed: int = 1) -> Pipeline:
    teacher = OpenAITeacher("loopback", base_url=srv.base_url, api_key=None, timeout_s=5, max_retries=0)
    annotations = PlanAnnotations.of(items, TAX, seed)
    sampling = Sampling(temperature=0.0, max_tokens=2048, seed=seed)
    return Pipeline(teacher, TAX, sampling, annotations=annotations)


# -- the plan -----------------------------------------------------------------------------------


def test_impossible_cells_are_never_planned() -> None:
    plan = build_plan(3000, PlanAxes.resolve(TAX), seed=4)
    assert all(TAX.fits(p.task_type, p.document_type, p.difficulty_level) for p in plan)
    notes = {p.document_type for p in plan if p.task_type == "note_generation"}
    assert notes and all(TAX.family_of(d).id == "doctor_patient_dialogues" for d in notes)
    questions = {p.document_type for p in plan if p.task_type == "question_summarization"}
    assert questions == {"patient_portal_message", "consumer_health_question"}
    # Tables cannot carry level-5 distractors; level 6 needs a document with room for conflicts.
    assert not any(p.difficulty_level == 5 and "tabular" in TAX.features_of(p.document_type) for p in plan)
    rich = {"multi_section", "dialogue", "consumer_message"}
    assert all(rich & TAX.features_of(p.document_type) for p in plan if p.difficulty_level == 6)
    # The three hardest levels get the MediFlow emphasis (double weight by default).
    levels = Counter(p.difficulty_level for p in plan)
    assert abs(levels[4] + levels[5] + levels[6] - 2000) <= 1


def test_level_weights_are_configurable() -> None:
    axes = PlanAxes.resolve(TAX, level_weights={1: 3.0, 6: 1.0}, difficulty_levels=[1, 6])
    levels = Counter(p.difficulty_level for p in build_plan(400, axes, seed=0))
    assert levels == {1: 300, 6: 100}


@pytest.mark.parametrize(
    ("request_axes", "field"),
    [
        (
            {"task_types": ["note_generation"], "document_types": ["lab_complete_blood_count"]},
            "document_types",
        ),
        (
            {"task_types": ["question_summarization"], "document_types": ["radiology_ct_head"]},
            "document_types",
        ),
        ({"document_types": ["lab_complete_blood_count"], "difficulty_levels": [6]}, "difficulty_levels"),
    ],
)
def test_an_impossible_subset_is_refused_naming_the_field(request_axes: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidRequestError) as err:
        PlanAxes.resolve(TAX, **request_axes)
    assert err.value.field == field


def test_an_impossible_subset_is_a_422_naming_the_field(settings: Settings, admin_key: str) -> None:
    body = {"n_samples": 5, "task_types": ["note_generation"], "document_types": ["lab_complete_blood_count"]}
    with TestClient(create_app(settings), headers=bearer(admin_key)) as client:
        resp = client.post("/v1/generation-jobs", json=body)
    assert resp.status_code == 422, resp.text
    assert "document_types" in resp.text and "note_generation" in resp.text
    with session_scope(settings.resolved_database_url) as s:
        assert s.scalar(select(Sample.id).limit(1)) is None  # nothing half-stored


def test_labels_and_scenarios_are_planned_evenly() -> None:
    plan = build_plan(1200, PlanAxes.resolve(TAX), seed=2)
    notes = PlanAnnotations.of(plan, TAX, seed=2)
    nli = Counter(notes.planned_label(p) for p in plan if p.task_type == "natural_language_inference")
    assert (
        set(nli) == {"entailment", "contradiction", "neutral"} and max(nli.values()) - min(nli.values()) <= 1
    )
    errors = Counter(notes.planned_label(p) for p in plan if p.task_type == "error_detection_correction")
    assert abs(errors["none"] - sum(errors.values()) / 2) <= 1  # half the MEDEC notes carry an error
    assert notes.planned_label(next(p for p in plan if p.task_type == "summarization")) is None
    for doc in ("discharge_summary_medicine", "dialogue_pediatric_visit"):
        ages = Counter(notes.scenario(p)["age_band"] for p in plan if p.document_type == doc)
        bands = AGE_BANDS["pediatric" if "pediatric" in doc else "adult"]
        assert set(ages) == set(bands) and max(ages.values()) - min(ages.values()) <= 1, ages
    obstetric = [notes.scenario(p) for p in plan if p.document_type == "progress_note_prenatal"]
    assert obstetric and all(s["sex"] == "female" and s["condition"]["code"][0] == "O" for s in obstetric)
    # A pure function of the plan: another worker computes the same scenario.
    again = PlanAnnotations.of(plan, TAX, seed=2)
    assert [again.scenario(p) for p in plan[:50]] == [notes.scenario(p) for p in plan[:50]]


def test_balanced_pick_is_the_seeded_shuffle_of_the_values_block_by_block() -> None:
    """The cached block order picks what shuffling the values themselves with the block's seed picks."""
    conditions = default_conditions().conditions
    for values in (conditions, AGE_BANDS["adult"], ["female", "male"], ["only"]):
        for rank in [*range(3 * len(values) + 2), 10_007]:
            block, position = divmod(rank, len(values))
            order = list(values)
            random.Random(f"k:{block}").shuffle(order)
            assert balanced_pick(values, "k", rank) == order[position], (len(values), rank)
    # Another key is another shuffle: the cache is keyed on it.
    picks = [balanced_pick(conditions, "k", r) for r in range(len(conditions))]
    assert picks != [balanced_pick(conditions, "other", r) for r in range(len(conditions))]


# -- prompts and shapes --------------------------------------------------------------------------


async def test_prompts_carry_task_level_and_scenario(server: LoopbackTeacher) -> None:
    plan = build_plan(200, PlanAxes.resolve(TAX, task_types=["note_generation"]), seed=1)
    item = next(p for p in plan if p.difficulty_level == 6)
    result = await _pipeline(server, plan).run(item)
    assert result.status == "done", result
    scenario = result.columns["scenario"]
    document_prompt = server.requests[0]["messages"][1]["content"]
    assert "Note generation from dialogue" in document_prompt
    assert "level 6 of 6" in document_prompt and "conflict" in document_prompt
    assert "'Doctor:' and 'Patient:'" in document_prompt  # a dialogue for note generation
    assert scenario["condition"]["name"] in document_prompt and scenario["age_band"] in document_prompt
    assert "relative dates" in document_prompt  # timing matters, calendar dates stay out (PHI)
    # Note generation wants the long range at hard levels.
    assert "700-1100 words" in document_prompt


async def test_the_length_asked_for_fits_the_jobs_max_tokens(server: LoopbackTeacher) -> None:
    """A job capped at 384 tokens must not ask for 700-1100 words: every reply would be cut off."""
    plan = build_plan(200, PlanAxes.resolve(TAX, task_types=["note_generation"]), seed=1)
    item = next(p for p in plan if p.difficulty_level == 6)
    pipeline = _pipeline(server, plan)
    pipeline.sampling = Sampling(temperature=0.0, max_tokens=384, seed=1)
    await pipeline.run(item)
    prompt = server.requests[0]["messages"][1]["content"]
    assert "about 150-250 words (no longer: the reply is limited to 384 tokens)" in prompt
    assert "700-1100" not in prompt


async def test_consumer_message_for_question_summarization(server: LoopbackTeacher) -> None:
    plan = build_plan(12, PlanAxes.resolve(TAX, task_types=["question_summarization"]), seed=3)
    await _pipeline(server, plan).run(plan[0])
    prompt = server.requests[0]["messages"][1]["content"]
    assert "informal message from the patient or a relative" in prompt
    assert "Written by: " in prompt and any(r in prompt for r in ("the patient", "a parent", "a spouse"))


async def test_a_planted_error_is_recorded_as_gold_and_pinned_in_the_answer(server: LoopbackTeacher) -> None:
    axes = PlanAxes.resolve(TAX, task_types=["error_detection_correction"], output_formats=["json"])
    plan = build_plan(20, axes, seed=5)
    notes = PlanAnnotations.of(plan, TAX, 5)
    item = next(p for p in plan if notes.planned_label(p) not in (None, "none"))
    result = await _pipeline(server, plan, seed=5).run(item)
    assert result.status == "done", result
    gold = result.columns["scenario"]["gold"]
    assert gold["error_sentence"] in result.columns["input"] and gold["has_error"] is True
    document_schema = requested_schema(server.requests[0])
    assert document_schema and "error_sentence" in document_schema["properties"]
    output_request = server.requests[-1]
    assert gold["corrected_sentence"] in _text(output_request)  # the answer key
    pinned = requested_schema(output_request)["properties"]  # type: ignore[index]
    assert pinned["has_error"] == {"enum": [True]}
    assert pinned["error_type"] == {"enum": [notes.planned_label(item)]}
    assert json.loads(result.columns["output"])["has_error"] is True


async def test_a_planted_error_missing_from_the_note_fails_the_sample(server: LoopbackTeacher) -> None:
    def responder(req: dict[str, Any], n: int) -> Reply:
        schema = requested_schema(req)
        if schema and "error_sentence" in schema.get("properties", {}):
            note = {
                "document": "x" * 60,
                "error_sentence": "Not in the note.",
                "corrected_sentence": "Fixed.",
            }
            return Reply(json.dumps({**note, "error_type": "diagnosis"}))
        return clinical_reply(req, n)

    server.responder = responder
    axes = PlanAxes.resolve(TAX, task_types=["error_detection_correction"])
    plan = build_plan(20, axes, seed=5)
    notes = PlanAnnotations.of(plan, TAX, 5)
    item = next(p for p in plan if notes.planned_label(p) not in (None, "none"))
    result = await _pipeline(server, plan, seed=5).run(item)
    assert (result.status, result.failed_stage, result.failure_reason) == (
        "failed",
        "document",
        "planted_error_missing",
    )


async def test_answers_are_held_to_the_task_schema(server: LoopbackTeacher) -> None:
    bad = json.dumps({"answer": "RLL pneumonia"})  # valid JSON, not the coding shape

    def responder(req: dict[str, Any], n: int) -> Reply:
        return Reply(bad) if requested_schema(req) else clinical_reply(req, n)

    server.responder = responder
    plan = build_plan(
        4, PlanAxes.resolve(TAX, task_types=["clinical_coding"], output_formats=["json"]), seed=0
    )
    result = await _pipeline(server, plan).run(plan[0])
    assert (result.status, result.failed_stage, result.failure_reason) == (
        "failed",
        "output",
        "schema_mismatch",
    )
    assert "missing 'codes'" in (result.error_detail or "")
    schema = requested_schema(server.requests[2])
    assert schema == TAX.task("clinical_coding").json_schema  # the shape was sent as structured output
    assert "does not have the required shape" in _text(server.requests[3])  # one repair turn


async def test_a_plain_text_nli_answer_must_give_its_planned_label(server: LoopbackTeacher) -> None:
    server.responder = lambda req, n: (
        Reply("The hypothesis cannot be judged.")
        if "Answer format:" in _text(req)
        else clinical_reply(req, n)
    )
    axes = PlanAxes.resolve(TAX, task_types=["natural_language_inference"], output_formats=["plain_text"])
    plan = build_plan(3, axes, seed=0)
    result = await _pipeline(server, plan).run(plan[0])
    assert (result.failed_stage, result.failure_reason) == ("output", "label_mismatch")


def test_wrong_format_is_checked_for_plain_text_answers() -> None:
    stage = ErrorInjectionStage()
    row = {
        "output_format": "plain_text",
        "error_type": "wrong_format",
        "output": "Right lower lobe pneumonia.",
    }
    with pytest.raises(StageOutputError) as err:
        stage.format_output("Pneumonia of the right lower lobe.", row)
    assert err.value.reason == "rejection_not_wrong_format"
    assert (
        stage.format_output('{"diagnosis": "right lower lobe pneumonia"}', row)["error_type"]
        == "wrong_format"
    )
    assert stage.format_output("| finding |\n|---|\n| RLL pneumonia |", row)["rejected_output"]


# -- the judge, by default -----------------------------------------------------------------------


def test_the_judge_is_on_by_default_with_thresholds_that_filter() -> None:
    judge = QualitySpec().judge
    assert judge is not None and judge.enabled and judge.k == 5
    assert judge.thresholds and all(v >= 3 for v in judge.thresholds.values())
    assert QualitySpec.model_validate({"judge": None}).judge is None  # still switchable off


def _judge_reply(quality: int, contains_error: list[bool]) -> Any:
    def responder(req: dict[str, Any], n: int) -> Reply:
        text = _text(req)
        if "Review this sample." in text:
            scores = {"quality": quality, "alignment": 4, "coherence": 4, "realism": 4, "difficulty": 3}
            return Reply(json.dumps({"rationale": "scripted", **scores}))
        if "Claimed error type" in text:
            verdict = contains_error.pop(0) if contains_error else False
            return Reply(json.dumps({"explanation": "scripted verdict", "contains_error": verdict}))
        if "Rewrite the correct answer" in text:
            return Reply(f"Left lower lobe pneumonia with a pleural effusion (call {n}).")
        return clinical_reply(req, n)

    return responder


def _run_job(settings: Settings, srv: LoopbackTeacher, n: int, **extra: Any) -> list[Sample]:
    spec = GenerationJobCreate.model_validate(
        {
            "n_samples": n,
            "task_types": ["summarization"],
            "output_formats": ["plain_text"],
            "teacher": srv.teacher_spec(concurrency=4),
            "seed": 3,
            **extra,
        }
    )
    with session_scope(settings.resolved_database_url) as s:
        job_id = submit_job(s, spec, settings=settings)[0].id
    assert JobRunner(job_id, settings).run() == "finished"
    with session_scope(settings.resolved_database_url) as s:
        return list(s.scalars(select(Sample).where(Sample.job_id == job_id).order_by(Sample.index)))


def test_a_default_job_is_judged_five_times_and_weak_rows_are_filtered(
    settings: Settings, server: LoopbackTeacher
) -> None:
    server.responder = _judge_reply(quality=2, contains_error=[])
    rows = _run_job(settings, server, 2)
    assert [r.status for r in rows] == ["filtered", "filtered"]
    assert all(r.failure_reason == "judge_threshold" and r.checks["judge"]["total_votes"] == 5 for r in rows)
    assert sum("Review this sample." in _text(r) for r in server.requests) == 10
    # The case design is stored with every row.
    assert all(r.scenario and r.scenario["condition"]["code"] for r in rows)


@pytest.mark.parametrize(
    ("verdicts", "kept"), [([False, False], False), ([False, True], True), ([True], True)]
)
def test_a_rejection_without_its_error_is_retried_once_then_dropped(
    settings: Settings, server: LoopbackTeacher, verdicts: list[bool], kept: bool
) -> None:
    server.responder = _judge_reply(quality=5, contains_error=list(verdicts))
    dpo = {"enabled": True, "error_types": ["factual_error"]}
    rows = _run_job(settings, server, 1, quality={"judge": {"k": 1}, "dpo": dpo, "dedup": {"enabled": False}})
    (row,) = rows
    assert row.status == "done"
    injections = sum("Rewrite the correct answer" in _text(r) for r in server.requests)
    assert injections == len(verdicts)
    if kept:
        assert row.rejected_output and row.error_type == "factual_error"
    else:
        assert row.rejected_output is None and row.error_type is None
        assert row.checks["dpo"]["failed"] == "error_not_verified"
        assert "scripted verdict" in row.checks["dpo"]["detail"]


def test_the_report_shows_fit_weights_scenarios_judge_and_diversity(
    settings: Settings, server: LoopbackTeacher
) -> None:
    from mediflow.services.report import build_report

    rows = _run_job(settings, server, 3, quality={"judge": None, "dedup": {"enabled": False}})
    with session_scope(settings.resolved_database_url) as s:
        report = build_report(s, rows[0].job_id, diversity=True)
        plain = build_report(s, rows[0].job_id)
    assert report.cells_fit_share == 1.0 and report.level_weights["6"] == 2.0
    assert sum(report.scenario_coverage["age_band"].values()) == 3
    assert report.judge_teacher == "off" and plain.diversity is None
    assert report.diversity is not None and report.diversity.rows == 3
    assert {p.task_type for p in report.diversity.instruction_map} == {"summarization"}
    assert 0.0 <= report.diversity.instruction["distinct_2"] <= 1.0
