"""The plan stores each row's ranks, so a shard reads its own rows instead of recomputing the whole plan.

Planned labels and scenarios are drawn from a row's rank within its task and its document type over the
whole plan. Each shard used to recompute the whole plan for them (a CPU-bound half-minute at a million
rows, in every shard); now the ranks are written with the plan and a shard reads its rows'. These tests
check, on SQLite and PostgreSQL, that what a shard reads gives every row the same label, scenario and
document group the whole plan gives it, top-up rounds included, and that a plan stored before the
ranks were still runs, the same.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select, update

from mediflow.core.settings import Settings
from mediflow.generators.plan import PlanAnnotations
from mediflow.generators.quotas import topup_items
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services import job_kinds
from mediflow.services.generation import submit_job
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.models import Sample
from mediflow.workers.runner import JobRunner
from tests.support.loopback import LoopbackTeacher, clinical_reply
from tests.support.quota_jobs import quota_spec

TAX = default_taxonomy()
TASKS = ["summarization", "clinical_coding", "question_answering", "error_detection_correction"]


@pytest.fixture
def server() -> Iterator[LoopbackTeacher]:
    with LoopbackTeacher() as srv:
        yield srv


def planned(settings: Settings, spec: GenerationJobCreate) -> str:
    """A submitted job with its plan stored, as the first shard to start stores it."""
    with session_scope(settings.resolved_database_url) as s:
        job_id = submit_job(s, spec, settings=settings)[0].id
        store.materialise_plan(s, job_id, job_kinds.plan_items(s, spec))
    return job_id


def assert_shards_read_the_whole_plan(
    settings: Settings, job_id: str, spec: GenerationJobCreate, whole: PlanAnnotations
) -> None:
    seen: list[int] = []
    with session_scope(settings.resolved_database_url) as s:
        for shard in range(spec.shards or 1):
            plan = store.shard_plan(s, job_id, shard)
            assert plan is not None
            own = PlanAnnotations.of_rows(plan.ranks, plan.grouped, TAX, spec.seed)
            for item in plan.items:
                assert own.planned_label(item) == whole.planned_label(item), item
                assert own.scenario(item) == whole.scenario(item), item
                assert own.group_of(item) == whole.group_of(item), item
            # Only its own rows and their groups' first rows: O(the shard), not O(the job).
            assert set(plan.ranks) <= {it.index for it in plan.items} | {it.unit for it in plan.items}
            seen += [it.index for it in plan.items]
    n_planned = len(whole.task_rank)  # type: ignore[arg-type]
    assert sorted(seen) == list(range(n_planned))


def test_each_shard_reads_the_ranks_the_whole_plan_gives_its_rows(
    settings: Settings, server: LoopbackTeacher
) -> None:
    spec = quota_spec(server, n_samples=90, task_types=TASKS, shards=4, instructions_per_document=3)
    job_id = planned(settings, spec)
    whole = PlanAnnotations.of(job_kinds.initial_plan(spec), TAX, spec.seed)
    # The plan has shared documents, planned labels and more than one rank per task and document type.
    assert whole.groups and max(whole.task_rank) >= 10 and max(whole.doc_rank) >= 2
    assert_shards_read_the_whole_plan(settings, job_id, spec, whole)


def test_top_up_rows_continue_the_ranks_of_the_rows_before_them(
    settings: Settings, server: LoopbackTeacher
) -> None:
    quota = {"kept_per_stratum": 6, "stratum": ["task_type"], "max_rounds": 3}
    spec = quota_spec(server, task_types=TASKS, quota=quota, shards=3, instructions_per_document=2)
    assert spec.quota is not None
    job_id = planned(settings, spec)
    first = job_kinds.initial_plan(spec)
    axes = job_kinds.plan_axes(spec)
    short = {("clinical_coding",): 4, ("error_detection_correction",): 3}
    rounds = [
        topup_items(axes, ["task_type"], spec.seed, short, {}, len(first), 1, per_document=2),
    ]
    rounds.append(
        topup_items(
            axes, ["task_type"], spec.seed, short, short, len(first) + len(rounds[0]), 2, per_document=2
        )
    )
    for items in rounds:
        with session_scope(settings.resolved_database_url) as s:
            store.add_topup_rows(s, job_id, items)
    whole = PlanAnnotations.of(first + rounds[0] + rounds[1], TAX, spec.seed)
    # The top-up rows' ranks go on from the first round's (the same task's rank keeps rising).
    coding = [it.index for it in first + rounds[0] + rounds[1] if it.task_type == "clinical_coding"]
    assert [whole.task_rank[i] for i in coding] == list(range(len(coding)))
    assert_shards_read_the_whole_plan(settings, job_id, spec, whole)


def test_a_plan_stored_without_ranks_still_runs_the_same(settings: Settings, server: LoopbackTeacher) -> None:
    """A plan stored before the ranks were (NULL ranks): the shard recomputes them from the whole plan,
    and its rows get the same scenarios as the same job's rows read from stored ranks."""
    server.responder = clinical_reply
    spec = quota_spec(server, n_samples=12, task_types=TASKS, shards=2, instructions_per_document=2)
    scenarios = []
    for clear in (False, True):
        job_id = planned(settings, spec)
        if clear:
            with session_scope(settings.resolved_database_url) as s:
                s.execute(update(Sample).where(Sample.job_id == job_id).values(task_rank=None, doc_rank=None))
                assert store.shard_plan(s, job_id, 0) is None
        for shard in range(2):
            assert JobRunner(job_id, settings, shard=shard).run() == "finished"
        with session_scope(settings.resolved_database_url) as s:
            rows = s.execute(
                select(Sample.status, Sample.scenario).where(Sample.job_id == job_id).order_by(Sample.index)
            ).all()
        assert [r.status for r in rows] == ["done"] * 12
        scenarios.append([r.scenario for r in rows])
    assert scenarios[0] == scenarios[1]
    assert any(s and s.get("planned_label") for s in scenarios[0])  # planned labels were drawn
