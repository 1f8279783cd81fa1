"""Kept-row quotas with top-ups, several instructions per document, semantic dedup in jobs.

The teacher is the loopback OpenAI-compatible server, scripted per test; jobs run through the real
runner on SQLite and PostgreSQL. The scripted replies recover each request's sample index from the
seed the pipeline sends (job seed, sample index, stage), so a test decides what a given row gets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from mediflow.core.settings import Settings
from mediflow.generators.plan import DOCUMENT_BOUND_TASKS, PlanAxes, build_grouped_plan
from mediflow.generators.quotas import quota_plan, strata, topup_items
from mediflow.services.generation import submit_job
from mediflow.services.report import build_report
from mediflow.storage.db import session_scope
from mediflow.storage.models import GenerationJob, Sample
from tests.support.loopback import LoopbackTeacher, Reply, clinical_document, clinical_reply
from tests.support.quota_jobs import (
    TAX,
    failing_coding_documents,
    index_of,
    quota_spec,
    run_job,
    stage_of,
    text_of,
    varied_instructions,
)


@pytest.fixture
def server() -> Iterator[LoopbackTeacher]:
    with LoopbackTeacher() as srv:
        yield srv


# -- the plans ------------------------------------------------------------------------------------


def test_grouped_plan_shares_each_document_with_tasks_that_fit_it() -> None:
    axes = PlanAxes.resolve(TAX)
    plan = build_grouped_plan(300, axes, seed=4, per_document=3)
    assert [p.index for p in plan] == list(range(300))
    groups: dict[int, list[Any]] = {}
    for p in plan:
        assert p.group is not None
        groups.setdefault(p.group, []).append(p)
    assert len(groups) == 100 and all(len(g) == 3 and g[0].index == key for key, g in groups.items())
    for rows in groups.values():
        lead = rows[0]
        assert {(p.document_type, p.difficulty_level) for p in rows} == {
            (lead.document_type, lead.difficulty_level)
        }
        assert all(TAX.fits(p.task_type, p.document_type, p.difficulty_level) for p in rows)
        tasks = [p.task_type for p in rows]
        if lead.task_type in DOCUMENT_BOUND_TASKS:
            assert set(tasks) == {lead.task_type}  # a planted error is never shared with other tasks
        else:
            assert not DOCUMENT_BOUND_TASKS & set(tasks[1:])
    # Most documents serve three different tasks; all task types still get rows.
    mixed = sum(len({p.task_type for p in g}) == 3 for g in groups.values())
    assert mixed >= 80, mixed
    assert {p.task_type for p in plan} == {t.id for t in TAX.task_types}
    assert build_grouped_plan(300, axes, seed=4, per_document=3) == plan  # seeded, reproducible
    # A last, shorter group; k=1 is the plain plan.
    assert [p.group for p in build_grouped_plan(7, axes, 1, 3)] == [0, 0, 0, 3, 3, 3, None]
    assert all(p.group is None for p in build_grouped_plan(20, axes, 1, 1))


def test_quota_plan_puts_n_rows_in_every_stratum() -> None:
    axes = PlanAxes.resolve(TAX, task_types=["summarization", "clinical_coding", "question_answering"])
    by_task = quota_plan(axes, ["task_type"], 5, seed=2)
    assert Counter(p.task_type for p in by_task) == {
        "summarization": 5,
        "clinical_coding": 5,
        "question_answering": 5,
    }
    assert [p.task_type for p in by_task[:3]] != [by_task[0].task_type] * 3  # interleaved
    cells = quota_plan(axes, ["task_type", "document_type", "difficulty_level", "output_format"], 2, seed=2)
    counts = Counter(p.cell for p in cells)
    assert set(counts.values()) == {2}
    assert len(counts) == len(
        strata(axes, ["task_type", "document_type", "difficulty_level", "output_format"])
    )
    assert quota_plan(axes, ["task_type"], 5, seed=2) == by_task
    # Groups sharing a document stay inside their stratum (same task, other instructions).
    grouped = quota_plan(axes, ["task_type"], 4, seed=2, per_document=2)
    for p in grouped:
        lead = grouped[p.unit]
        assert p.task_type == lead.task_type and p.document_type == lead.document_type


def test_top_ups_continue_each_stratum_deterministically() -> None:
    axes = PlanAxes.resolve(TAX, task_types=["summarization", "clinical_coding"])
    short = {("clinical_coding",): 3}
    first = topup_items(axes, ["task_type"], 7, short, {}, start_index=10, round_no=1)
    assert [p.index for p in first] == [10, 11, 12] and {p.topup_round for p in first} == {1}
    assert {p.task_type for p in first} == {"clinical_coding"}
    assert topup_items(axes, ["task_type"], 7, short, {}, 10, 1) == first
    second = topup_items(axes, ["task_type"], 7, short, {("clinical_coding",): 3}, 13, 2)
    assert [p.cell for p in second] != [p.cell for p in first]  # the sequence continues, not repeats
    assert len(topup_items(axes, ["task_type"], 7, short, {}, 10, 1, cap=2)) == 2


def test_top_ups_share_documents_inside_their_stratum() -> None:
    axes = PlanAxes.resolve(TAX, task_types=["summarization", "clinical_coding"])
    short = {("clinical_coding",): 3, ("summarization",): 2}
    rows = topup_items(axes, ["task_type"], 7, short, {}, start_index=10, round_no=1, per_document=2)
    assert [p.index for p in rows] == [10, 11, 12, 13, 14]
    units: dict[int, list[Any]] = {}
    for p in rows:
        units.setdefault(p.unit, []).append(p)
    # Interleaved by stratum; a group is one stratum's rows on one document (same type and level).
    assert [[p.index for p in u] for u in units.values()] == [[10, 11], [12, 13], [14]]
    assert [p.group for p in rows] == [10, 10, 12, 12, None]
    for unit in units.values():
        assert len({(p.task_type, p.document_type, p.difficulty_level) for p in unit}) == 1
    assert Counter(p.task_type for p in rows) == {"clinical_coding": 3, "summarization": 2}
    assert topup_items(axes, ["task_type"], 7, short, {}, 10, 1, per_document=2) == rows
    # A cap that cuts a group leaves its first row with a document of its own.
    capped = topup_items(axes, ["task_type"], 7, short, {}, 10, 1, cap=3, per_document=2)
    assert [p.group for p in capped] == [10, 10, None]


# -- validation -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"quota": {"kept_per_stratum": 0}}, "quota.kept_per_stratum"),
        ({"quota": {"kept_per_stratum": 2, "stratum": ["ward"]}}, "quota.stratum"),
        ({"quota": {"kept_per_stratum": 2, "stratum": ["task_type", "task_type"]}}, "quota.stratum"),
        ({"quota": {"kept_per_stratum": 2, "max_rounds": -1}}, "quota.max_rounds"),
        ({"quota": {"kept_per_stratum": 2, "rounds": 3}}, "quota.rounds"),
        ({"n_samples": 3, "quota": {"kept_per_stratum": 2, "stratum": ["task_type"]}}, "n_samples"),
        ({"n_samples": 4, "instructions_per_document": 0}, "instructions_per_document"),
        (
            {"n_samples": 4, "quality": {"semantic_dedup": {"threshold": 1.5}}},
            "quality.semantic_dedup.threshold",
        ),
    ],
)
def test_bad_quota_and_grouping_specs_are_422_naming_the_field(
    client: TestClient, body: dict[str, Any], field: str
) -> None:
    teacher = {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "loopback"}
    base = {"task_types": ["summarization", "clinical_coding"], "teacher": teacher}
    resp = client.post("/v1/generation-jobs", json={**base, **body})
    assert resp.status_code == 422, resp.text
    assert field in resp.text, resp.text


def test_a_spec_needs_n_samples_or_a_quota(client: TestClient) -> None:
    teacher = {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "loopback"}
    resp = client.post("/v1/generation-jobs", json={"teacher": teacher})
    assert resp.status_code == 422, resp.text
    assert [(d["field"], d["reason"]) for d in resp.json()["error"]["details"]] == [
        ("n_samples", "Field required (or a valid quota.kept_per_stratum)")
    ]
    quota = {"kept_per_stratum": 1, "stratum": ["task_type"]}
    body = {"teacher": teacher, "task_types": ["summarization"], "quota": quota}
    assert client.post("/v1/generation-jobs", json=body).status_code == 202


# -- several instructions per document ------------------------------------------------------------


def test_a_shared_document_is_written_once_and_referenced_by_each_row(
    settings: Settings, server: LoopbackTeacher
) -> None:
    server.responder = varied_instructions
    spec = quota_spec(
        server,
        n_samples=6,
        task_types=["summarization", "clinical_coding", "question_answering"],
        document_types=["discharge_summary_medicine"],
        instructions_per_document=3,
    )
    job, rows = run_job(settings, spec)
    assert job.status == "completed" and [r.status for r in rows] == ["done"] * 6
    documents = [r for r in server.requests if stage_of(r) == "document"]
    assert len(documents) == 2  # one teacher call per document
    for lead in (0, 3):
        group = rows[lead : lead + 3]
        assert {r.input_group for r in group} == {lead}
        assert len({r.input for r in group}) == 1
        assert len({r.task_type for r in group}) == 3  # three different tasks on one document
        assert all(
            r.scenario["shared_document"] == {"written_by": lead, "rows": [lead, lead + 1, lead + 2]}
            for r in group
        )
        assert len({str(r.scenario["condition"]) for r in group}) == 1  # one case
        # The writer pays for the document: its row holds the extra call.
        assert group[0].tokens_in > max(r.tokens_in for r in group[1:])
    # The document prompt names the other tasks it will serve.
    assert all("will also be the input of these tasks" in text_of(r) for r in documents)
    with session_scope(settings.resolved_database_url) as s:
        report = build_report(s, job.id)
    assert report.planned == 6 and sum(c.kept for c in report.cells) == 6


def test_the_same_task_gets_different_instructions_on_one_document(
    settings: Settings, server: LoopbackTeacher
) -> None:
    server.responder = varied_instructions
    _job, rows = run_job(settings, quota_spec(server, n_samples=4, instructions_per_document=2))
    assert [r.status for r in rows] == ["done"] * 4
    assert sum(stage_of(r) == "document" for r in server.requests) == 2
    prompts = sorted(text_of(r) for r in server.requests if stage_of(r) == "instruction")
    assert sum("this is number 1." in p for p in prompts) == 2
    assert sum("this is number 2." in p for p in prompts) == 2
    assert rows[0].input == rows[1].input and rows[0].instruction != rows[1].instruction
    assert rows[0].prompt_versions["instruction"] == "mediflow.instruction@3"


def test_a_failed_shared_document_fails_every_row_that_needed_it(
    settings: Settings, server: LoopbackTeacher
) -> None:
    def responder(req: dict[str, Any], n: int) -> Reply:
        if stage_of(req) == "document" and index_of(req) == 0:
            return Reply(status=400, error_message="scripted refusal")
        return varied_instructions(req, n)

    server.responder = responder
    _job, rows = run_job(settings, quota_spec(server, n_samples=4, instructions_per_document=2))
    assert [(r.status, r.failed_stage) for r in rows[:2]] == [("failed", "document")] * 2
    assert [r.status for r in rows[2:]] == ["done", "done"]
    assert sum(stage_of(r) == "document" for r in server.requests) == 2  # not retried per row


# -- kept-row quotas ------------------------------------------------------------------------------


def test_short_strata_are_topped_up_until_the_quota_is_kept(
    settings: Settings, server: LoopbackTeacher
) -> None:
    server.responder = failing_coding_documents(times=2)
    quota = {"kept_per_stratum": 3, "stratum": ["task_type"], "max_rounds": 2}
    spec = quota_spec(server, task_types=["summarization", "clinical_coding"], quota=quota, shards=2)
    job, rows = run_job(settings, spec)
    assert job.status == "completed" and job.n_planned == 8 == len(rows)
    kept = Counter(r.task_type for r in rows if r.status == "done")
    assert kept == {"summarization": 3, "clinical_coding": 3}
    topped = [r for r in rows if r.topup_round]
    # Exactly the shortfall, once, although two shards finished the round.
    assert [(r.index, r.task_type, r.topup_round) for r in topped] == [
        (6, "clinical_coding", 1),
        (7, "clinical_coding", 1),
    ]
    assert all(r.status == "done" for r in topped)
    with session_scope(settings.resolved_database_url) as s:
        report = build_report(s, job.id)
    assert report.quota is not None
    by_task = {s.stratum["task_type"]: s for s in report.quota.strata}
    assert (by_task["clinical_coding"].planned, by_task["clinical_coding"].kept) == (5, 3)
    assert (by_task["clinical_coding"].topped_up, by_task["clinical_coding"].short) == (2, 0)
    assert (by_task["summarization"].planned, by_task["summarization"].topped_up) == (3, 0)
    assert report.quota.rounds == 1 and report.quota.short == 0 and report.quota.stopped_short is None
    assert sum(c.topped_up for c in report.cells) == 2
    assert {m.value: m.topped_up for m in report.by_task_type} == {"clinical_coding": 2, "summarization": 0}


def test_a_stratum_that_keeps_failing_stops_short_with_the_reason(
    settings: Settings, server: LoopbackTeacher
) -> None:
    server.responder = failing_coding_documents(times=None)
    quota = {"kept_per_stratum": 2, "stratum": ["task_type"], "max_rounds": 2}
    job, rows = run_job(
        settings, quota_spec(server, task_types=["summarization", "clinical_coding"], quota=quota)
    )
    assert job.status == "completed"
    assert Counter((r.task_type, r.topup_round) for r in rows) == {
        ("summarization", 0): 2,
        ("clinical_coding", 0): 2,
        ("clinical_coding", 1): 2,
        ("clinical_coding", 2): 2,
    }
    with session_scope(settings.resolved_database_url) as s:
        quota_report = build_report(s, job.id).quota
    assert quota_report is not None and quota_report.short == 1 and quota_report.met == 1
    assert quota_report.stopped_short == "top-up rounds exhausted (quota.max_rounds=2)"


def test_top_up_rows_share_a_document_like_the_first_round(
    settings: Settings, server: LoopbackTeacher
) -> None:
    server.responder = failing_coding_documents(times=1)  # both rows of the first coding group fail
    quota = {"kept_per_stratum": 2, "stratum": ["task_type"], "max_rounds": 2}
    spec = quota_spec(
        server, task_types=["summarization", "clinical_coding"], quota=quota, instructions_per_document=2
    )
    job, rows = run_job(settings, spec)
    assert job.status == "completed" and job.n_done == 4
    topped = [r for r in rows if r.topup_round]
    assert [(r.index, r.task_type, r.input_group, r.status) for r in topped] == [
        (4, "clinical_coding", 4, "done"),
        (5, "clinical_coding", 4, "done"),
    ]
    assert topped[0].input == topped[1].input and topped[0].instruction != topped[1].instruction
    documents = [r for r in server.requests if stage_of(r) == "document"]
    assert len(documents) == 3  # two first-round groups (one refused), one top-up group


def test_top_ups_are_bounded_by_n_samples(settings: Settings, server: LoopbackTeacher) -> None:
    server.responder = failing_coding_documents(times=None)
    quota = {"kept_per_stratum": 2, "stratum": ["task_type"], "max_rounds": 5}
    spec = quota_spec(server, n_samples=5, task_types=["summarization", "clinical_coding"], quota=quota)
    job, rows = run_job(settings, spec)
    assert len(rows) == 5 == job.n_planned
    with session_scope(settings.resolved_database_url) as s:
        quota_report = build_report(s, job.id).quota
    assert quota_report is not None and quota_report.stopped_short == "row cap reached (n_samples=5)"


def test_duplicates_feed_the_top_ups(settings: Settings, server: LoopbackTeacher) -> None:
    """Rows 0 and 2 get the same document and instruction: MinHash keeps the first, the quota refills."""

    def responder(req: dict[str, Any], n: int) -> Reply:
        i = index_of(req)
        if stage_of(req) == "document":
            return Reply(clinical_document(1000 if i in (0, 2) else 2000 + i))
        if stage_of(req) == "instruction" and i in (0, 2):
            return Reply("Summarise the chest X-ray report for the referring physician in two sentences.")
        return varied_instructions(req, n)

    server.responder = responder
    quota = {"kept_per_stratum": 3, "stratum": ["task_type"]}
    _job, rows = run_job(settings, quota_spec(server, quota=quota, quality={"dedup": {"enabled": True}}))
    assert [r.status for r in rows] == ["done", "done", "duplicate", "done"]
    assert rows[2].duplicate_of == rows[0].id and rows[3].topup_round == 1


# -- semantic near duplicates ---------------------------------------------------------------------

PNEUMONIA = (
    "DISCHARGE SUMMARY\nThe patient was admitted with community-acquired pneumonia of the right lower "
    "lobe. Treated with intravenous ceftriaxone and azithromycin for three days, then switched to oral "
    "amoxicillin. Supplemental oxygen was weaned off on hospital day two. Discharged home in stable "
    "condition with follow-up in clinic in one week."
)
PNEUMONIA_AGAIN = (
    "DISCHARGE SUMMARY\nThis patient came in with right lower lobe pneumonia acquired in the community. "
    "Received IV ceftriaxone plus azithromycin for 3 days and was then changed to amoxicillin by mouth. "
    "Oxygen was stopped on the second hospital day. Went home stable, to be seen again in clinic in a week."
)
OTHERS = (
    "DISCHARGE SUMMARY\nAdmitted with acute decompensated heart failure, ejection fraction 25 percent. "
    "Diuresed with intravenous furosemide, net negative six litres. Started sacubitril-valsartan and "
    "spironolactone. Discharged with daily weights and a two gram sodium diet.",
    "DISCHARGE SUMMARY\nAdmitted in diabetic ketoacidosis with glucose 540 and an anion gap of 24. "
    "Managed with an insulin infusion and fluids, gap closed within 18 hours, transitioned to basal-bolus "
    "insulin. Diabetes education completed before discharge.",
)
INSTRUCTIONS = (
    "Summarise this discharge summary for the primary care physician in three sentences.",
    "Write a three-sentence summary of this discharge note for the family doctor.",
    "Summarise the hospital course for the primary care physician in three sentences.",
    "Summarise the hospital course for the primary care physician in three sentences, please.",
)


def _semantic_responder(req: dict[str, Any], n: int) -> Reply:
    i = index_of(req)
    if stage_of(req) == "document":
        return Reply((PNEUMONIA, PNEUMONIA_AGAIN, *OTHERS)[i])
    if stage_of(req) == "instruction":
        return Reply(INSTRUCTIONS[i])
    return clinical_reply(req, n)


@pytest.mark.parametrize("semantic", [None, {"threshold": 0.8}])
def test_semantic_near_duplicates_are_marked_in_plan_order(
    settings: Settings, server: LoopbackTeacher, semantic: dict[str, float] | None
) -> None:
    server.responder = _semantic_responder
    s = settings.model_copy(update={"quality_processes": 1})
    job, rows = run_job(s, quota_spec(server, n_samples=4, quality={"semantic_dedup": semantic}))
    if semantic is None:
        assert [r.status for r in rows] == ["done"] * 4  # MinHash alone does not see a paraphrase
        return
    # Row 1 retells row 0's case in other words; rows 2 and 3 ask alike of different cases: kept.
    assert [r.status for r in rows] == ["done", "duplicate", "done", "done"]
    dup = rows[1]
    assert dup.failure_reason == "semantic_duplicate" and dup.duplicate_of == rows[0].id
    assert f"semantic duplicate of sample {rows[0].id} (index 0)" in (dup.error_detail or "")
    assert job.n_duplicate == 1


def test_semantic_duplicates_feed_the_top_ups(settings: Settings, server: LoopbackTeacher) -> None:
    texts = {
        4: "DISCHARGE SUMMARY\nAdmitted with an ischaemic stroke of the left middle cerebral artery "
        "territory, treated with thrombolysis. Aphasia improved; started on aspirin and atorvastatin. "
        "Discharged to inpatient rehabilitation."
    }

    def responder(req: dict[str, Any], n: int) -> Reply:
        i = index_of(req)
        if stage_of(req) == "document" and i in texts:
            return Reply(texts[i])
        if stage_of(req) == "instruction" and i >= 4:
            return Reply("List the discharge medications with their doses.")
        return _semantic_responder(req, n)

    server.responder = responder
    s = settings.model_copy(update={"quality_processes": 1})
    quota = {"kept_per_stratum": 4, "stratum": ["task_type"]}
    job, rows = run_job(s, quota_spec(server, quota=quota, quality={"semantic_dedup": {"threshold": 0.8}}))
    assert [r.status for r in rows] == ["done", "duplicate", "done", "done", "done"]
    assert rows[4].topup_round == 1 and job.n_done == 4


@pytest.mark.db("postgres")
@pytest.mark.timeout(240)
def test_a_worker_sends_the_top_up_round_to_the_workers(
    settings: Settings, server: LoopbackTeacher, tmp_path: Any
) -> None:
    """A real worker process: the round's last shard plans the top-up and re-sends every shard."""
    from mediflow.workers.app import create_celery_app
    from mediflow.workers.dispatch import enqueue_job
    from tests.support.processes import start_worker, stop
    from tests.support.waiting import wait_until

    server.responder = failing_coding_documents(times=3)
    quota = {"kept_per_stratum": 3, "stratum": ["task_type"], "max_rounds": 3}
    spec = quota_spec(server, task_types=["summarization", "clinical_coding"], quota=quota, shards=2)
    url = settings.resolved_database_url
    with session_scope(url) as s:
        job_id = submit_job(s, spec, settings=settings)[0].id
    worker = start_worker(settings, tmp_path / "worker.log", concurrency=2)
    try:
        enqueue_job(create_celery_app(settings), settings, job_id)

        def final() -> bool:
            with session_scope(url) as s:
                job = s.get(GenerationJob, job_id)
                return job is not None and job.finished_at is not None

        wait_until(final, 180, "the quota job to finish")
    finally:
        stop(worker)
    with session_scope(url) as s:
        job = s.get(GenerationJob, job_id)
        assert job is not None and job.status == "completed"
        rows = list(s.scalars(select(Sample).where(Sample.job_id == job_id)))
        kept = Counter(r.task_type for r in rows if r.status == "done")
        assert kept == {"summarization": 3, "clinical_coding": 3}
        # Round 0's three coding documents refused: three top-up rows, once, though two shards raced.
        assert sorted(r.topup_round for r in rows if r.topup_round) == [1, 1, 1]
        assert len(rows) == 9
