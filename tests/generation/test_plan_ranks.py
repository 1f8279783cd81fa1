"""The plan stores each row's ranks, so a shard reads its own rows instead of recomputing the whole plan.

Planned labels and scenarios are drawn from a row's rank within its task and its document type over the
whole plan. Each shard used to recompute the whole plan for them (a CPU-bound half-minute at a million
rows, in every shard); now the ranks are written with the plan and a shard reads its rows'. These tests
check, on SQLite and PostgreSQL, that what a shard reads gives every row the same label, scenario and
document group the whole plan gives it, top-up rounds included, and that a plan stored before the
ranks were still runs, the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import select, update

from mediflow.core.rows import PlanItem
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


def ranks_as_before(items: list[PlanItem]) -> dict[int, tuple[int, int]]:
    """The ranks as every shard computed them before the plan stored them (a copy of that loop, so a
    change to ``plan_ranks`` cannot move both sides)."""
    by_task: Counter[str] = Counter()
    by_doc: Counter[str] = Counter()
    out = {}
    for it in sorted(items, key=lambda i: i.index):
        out[it.index] = (by_task[it.task_type], by_doc[it.document_type])
        by_task[it.task_type] += 1
        if it.group is None or it.group == it.index:
            by_doc[it.document_type] += 1
    return out


def stored_ranks(settings: Settings, job_id: str) -> dict[int, tuple[int, int]]:
    with session_scope(settings.resolved_database_url) as s:
        rows = s.execute(
            select(Sample.index, Sample.task_rank, Sample.doc_rank).where(Sample.job_id == job_id)
        )
        return {r.index: (r.task_rank, r.doc_rank) for r in rows}


def assert_shards_read_the_whole_plan(
    settings: Settings, job_id: str, spec: GenerationJobCreate, whole: PlanAnnotations
) -> None:
    seen: list[int] = []
    with session_scope(settings.resolved_database_url) as s:
        for shard in range(spec.shards or 1):
            plan = store.shard_plan(s, job_id, shard)
            assert plan.ranks is not None
            own = PlanAnnotations.of_rows(plan.ranks, plan.grouped, TAX, spec.seed)
            for item in plan.items:
                assert own.planned_label(item) == whole.planned_label(item), item
                assert own.scenario(item) == whole.scenario(item), item
                assert own.group_of(item) == whole.group_of(item), item
            # Only its own rows and their groups' first rows: O(the shard), not O(the job).
            assert set(plan.ranks) <= {it.index for it in plan.items} | {it.unit for it in plan.items}
            seen += [it.index for it in plan.items]
    with session_scope(settings.resolved_database_url) as s:
        assert sorted(seen) == [it.index for it in store.pending_items(s, job_id)]


def test_each_shard_reads_the_ranks_the_whole_plan_gives_its_rows(
    settings: Settings, server: LoopbackTeacher
) -> None:
    spec = quota_spec(server, n_samples=90, task_types=TASKS, shards=4, instructions_per_document=3)
    job_id = planned(settings, spec)
    items = job_kinds.initial_plan(spec)
    before = ranks_as_before(items)
    assert stored_ranks(settings, job_id) == before
    # The plan has shared documents, planned labels and more than one rank per task and document type.
    assert any(it.group is not None for it in items)
    assert max(r[0] for r in before.values()) >= 10 and max(r[1] for r in before.values()) >= 2
    whole = PlanAnnotations.of(items, TAX, spec.seed)
    assert_shards_read_the_whole_plan(settings, job_id, spec, whole)
    # A shard resumed after some of its rows ended, the first rows of groups among them: the rows
    # still pending read the same, and the shard reads no row that ended outside a group.
    with session_scope(settings.resolved_database_url) as s:
        for status, rows in (("done", [0, 4, 8, 12, 13, 14]), ("failed", [3, 20, 24])):
            s.execute(
                update(Sample).where(Sample.job_id == job_id, Sample.index.in_(rows)).values(status=status)
            )
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
    assert stored_ranks(settings, job_id) == ranks_as_before(first + rounds[0] + rounds[1])
    whole = PlanAnnotations.of(first + rounds[0] + rounds[1], TAX, spec.seed)
    # The top-up rows' ranks go on from the first round's (the same task's rank keeps rising).
    coding = [it.index for it in first + rounds[0] + rounds[1] if it.task_type == "clinical_coding"]
    assert [whole.task_rank[i] for i in coding] == list(range(len(coding)))
    assert any(it.group is not None for it in rounds[0])
    assert_shards_read_the_whole_plan(settings, job_id, spec, whole)


def test_a_plan_stored_without_ranks_still_runs_the_same(settings: Settings, server: LoopbackTeacher) -> None:
    """A plan stored before the ranks were (NULL ranks): the shard recomputes them from the whole plan,
    and its rows get the same scenarios as the same job's rows read from stored ranks."""
    server.responder = clinical_reply
    spec = quota_spec(server, n_samples=12, task_types=TASKS, shards=2, instructions_per_document=2)
    scenarios = []
    for clear in (False, True):
        job_id = planned(settings, spec)
        with session_scope(settings.resolved_database_url) as s:
            if clear:
                s.execute(update(Sample).where(Sample.job_id == job_id).values(task_rank=None, doc_rank=None))
            plan = store.shard_plan(s, job_id, 0)
            assert (plan.ranks is None) is clear  # which way the shards go
            assert plan.items == store.pending_items(s, job_id, 0)  # the rows to run, either way
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
