"""Storage operations on real databases (SQLite file and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, func, select, text, update
from sqlalchemy.exc import IntegrityError

from mediflow.core import errors
from mediflow.generators.pipeline import SampleResult
from mediflow.generators.plan import PlanAxes, build_plan
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.storage import jobs as store
from mediflow.storage.db import committing, engine_for, keyset_batches, session_scope
from mediflow.storage.migrate import is_up_to_date
from mediflow.storage.models import Base, GenerationJob, JobShard, Sample, utcnow
from mediflow.storage.search import is_search_object

STALL = timedelta(seconds=30)


def _job(url: str, n: int = 6) -> str:
    with session_scope(url) as s:
        return store.create_job(s, {"n_samples": n}, n).id


def _plan(url: str, job_id: str, n: int = 6) -> None:
    items = build_plan(n, PlanAxes.resolve(default_taxonomy()), seed=1)
    with session_scope(url) as s:
        store.materialise_plan(s, job_id, items)


def test_keyset_batches_read_every_selected_row_once_in_key_order(db_url: str) -> None:
    job_id = _job(db_url, 7)
    _plan(db_url, job_id, 7)
    with session_scope(db_url) as s:
        every = list(s.scalars(select(Sample.id).where(Sample.job_id == job_id).order_by(Sample.id)))
        odd = select(Sample.id, Sample.index).where(Sample.job_id == job_id, Sample.index % 2 == 1)
        batches = list(keyset_batches(s, odd, Sample.id, 2))
    assert [len(b) for b in batches] == [2, 1]
    assert [r["id"] for b in batches for r in b] == [i for n, i in enumerate(every) if n % 2 == 1]
    with session_scope(db_url) as s:
        whole = list(keyset_batches(s, select(Sample.id).where(Sample.job_id == job_id), Sample.id, 3))
    assert [[r["id"] for r in b] for b in whole] == [every[0:3], every[3:6], every[6:7]]


def test_migrations_match_the_models(db_url: str) -> None:
    assert is_up_to_date(db_url)
    with engine_for(db_url).connect() as conn:
        # The text search index (FTS5 table and triggers, pg_trgm indexes) is DDL no model declares.
        opts = {"compare_type": True, "include_object": is_search_object}
        diffs = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diffs == []


def test_plan_rows_are_unique_per_job_and_index(db_url: str) -> None:
    job_id = _job(db_url)
    _plan(db_url, job_id)
    with pytest.raises(IntegrityError), session_scope(db_url) as s:
        store.materialise_plan(s, job_id, build_plan(1, PlanAxes.resolve(default_taxonomy()), seed=1))
    with session_scope(db_url) as s:
        assert len(store.pending_items(s, job_id)) == 6  # the failed insert left nothing behind


def test_counters_follow_each_written_batch_without_a_recount(db_url: str) -> None:
    """Status reads are O(1): every write adds its batch to the job's counters, once per sample."""
    job_id = _job(db_url)
    _plan(db_url, job_id)
    first = [SampleResult(0, "done", {}, 10, 5, 0.1, 1), SampleResult(1, "filtered", {}, 3, 2, 0.1, 1)]
    second = [
        SampleResult(2, "phi", {}, 1, 1, 0.1, 1),
        SampleResult(3, "failed", {}, 4, 0, 0.1, 2).fail("output", "teacher_error", "HTTP 500"),
        SampleResult(0, "done", {}, 10, 5, 0.1, 1),  # redelivered: already written, not counted again
    ]
    prov = {"teacher_backend": "openai", "teacher_model": "m"}
    with session_scope(db_url) as s:
        assert store.record_results(s, job_id, first, prov) == 2
    with session_scope(db_url) as s:
        assert store.record_results(s, job_id, second, prov) == 2
    names = (
        "n_done",
        "n_filtered",
        "n_phi",
        "n_failed",
        "n_duplicate",
        "n_cancelled",
        "tokens_in",
        "tokens_out",
    )
    with session_scope(db_url) as s:
        job = store.get_job(s, job_id)
        live = tuple(getattr(job, n) for n in names)
        assert live == (1, 1, 1, 1, 0, 0, 18, 8)
        store.refresh_counters(s, job)  # the recount from the rows agrees
        assert tuple(getattr(job, n) for n in names) == live


def test_results_are_written_once_and_counters_derive_from_rows(db_url: str) -> None:
    job_id = _job(db_url)
    _plan(db_url, job_id)
    ok = SampleResult(0, "done", {"input": "doc", "instruction": "do", "output": "out"}, 10, 5, 0.25, 3)
    bad = SampleResult(1, "failed", {"input": "doc"}, 4, 1, 0.1, 2).fail(
        "instruction", "teacher_error", "HTTP 500"
    )
    prov = {
        "teacher_backend": "openai",
        "teacher_model": "m",
        "prompt_versions": {"document": "d@1"},
        "sampling": {"t": 0},
    }
    with session_scope(db_url) as s:
        assert store.record_results(s, job_id, [ok, bad], prov) == 2
    with session_scope(db_url) as s:  # a redelivered result changes nothing
        again = SampleResult(0, "failed").fail("output", "teacher_error", "late duplicate")
        assert store.record_results(s, job_id, [again], prov) == 0
    with session_scope(db_url) as s:
        job = store.get_job(s, job_id)
        store.refresh_counters(s, job)
        assert (job.n_done, job.n_failed, job.tokens_in, job.tokens_out) == (1, 1, 14, 6)
        row = s.scalar(select(Sample).where(Sample.job_id == job_id, Sample.index == 0))
        assert row is not None
        assert (row.status, row.output, row.latency_ms, row.attempts, row.teacher_model) == (
            "done",
            "out",
            250,
            3,
            "m",
        )
        assert row.prompt_versions == {"document": "d@1"}
        failed = s.scalar(select(Sample).where(Sample.job_id == job_id, Sample.index == 1))
        assert failed is not None
        assert (failed.failed_stage, failed.failure_reason, failed.error_detail) == (
            "instruction",
            "teacher_error",
            "HTTP 500",
        )
        assert len(store.pending_items(s, job_id)) == 4


def test_only_one_worker_holds_the_lease(db_url: str) -> None:
    job_id = _job(db_url)
    with session_scope(db_url) as s:
        assert store.claim_shard(s, job_id, 0, "w1", STALL)
    with session_scope(db_url) as s:
        assert not store.claim_shard(s, job_id, 0, "w2", STALL)  # w1's heartbeat is fresh
        beat = store.heartbeat(s, job_id, 0, "w1")
        assert beat is not None and (beat.job_status, beat.stop) == ("running", False)
        assert store.heartbeat(s, job_id, 0, "w2") is None


def test_stale_lease_is_taken_over_and_stalled_jobs_are_found(db_url: str) -> None:
    job_id = _job(db_url)
    with session_scope(db_url) as s:
        assert store.claim_shard(s, job_id, 0, "w1", STALL)
        store.mark_enqueued(s, job_id, 0)
    later = utcnow() + timedelta(seconds=60)
    with session_scope(db_url) as s:
        assert store.stalled_shards(s, STALL, now=later) == [(job_id, 0)]
        assert store.stalled_shards(s, STALL) == []
        assert store.claim_shard(s, job_id, 0, "w2", timedelta(seconds=0))
    with session_scope(db_url) as s:
        job = store.get_job(s, job_id)
        shard = s.get(JobShard, (job_id, 0))
        assert shard is not None and (shard.worker_id, shard.attempts) == ("w2", 2)
        assert (job.attempts, job.status) == (2, "running")


def test_a_shard_that_heartbeats_after_the_stall_scan_keeps_its_lease(db_url: str) -> None:
    """The release re-checks staleness: a worker that beat between the scan's read and the release is
    alive, so its shard is neither put back in the queue nor sent again."""
    job_id = _job(db_url)
    with session_scope(db_url) as s:
        assert store.claim_shard(s, job_id, 0, "w1", STALL)
        s.execute(
            update(JobShard).where(JobShard.job_id == job_id).values(heartbeat_at=utcnow() - 2 * STALL)
        )  # w1 looks dead
    with session_scope(db_url) as s:
        assert store.stalled_shards(s, STALL) == [(job_id, 0)]
    with session_scope(db_url) as s:
        assert store.heartbeat(s, job_id, 0, "w1") is not None  # ... but beats before the release
    with session_scope(db_url) as s:
        assert store.release_shard(s, job_id, 0, STALL) is False
        shard = s.get(JobShard, (job_id, 0))
        assert shard is not None and (shard.status, shard.worker_id) == ("running", "w1")
    with session_scope(db_url) as s:
        s.execute(
            update(JobShard).where(JobShard.job_id == job_id).values(heartbeat_at=utcnow() - 2 * STALL)
        )  # now it is dead
    with session_scope(db_url) as s:
        assert store.release_shard(s, job_id, 0, STALL) is True
        shard = s.get(JobShard, (job_id, 0))
        assert shard is not None and (shard.status, shard.worker_id) == ("queued", None)
        assert store.release_shard(s, job_id, 0, STALL) is True  # queued: its message goes out again


def test_a_worker_that_lost_its_lease_cannot_fail_the_job(db_url: str) -> None:
    job_id = _job(db_url)
    with session_scope(db_url) as s:
        assert store.claim_shard(s, job_id, 0, "w1", STALL)
    with session_scope(db_url) as s:
        assert store.claim_shard(s, job_id, 0, "w2", timedelta(seconds=0))  # w1 looked dead
    with session_scope(db_url) as s:
        assert store.fail_job(s, job_id, "w1's error", holder=(0, "w1")) is False
    with session_scope(db_url) as s:
        job = store.get_job(s, job_id)
        assert (job.status, job.error) == ("running", None)
        assert store.fail_job(s, job_id, "w2's error", holder=(0, "w2")) is True
    with session_scope(db_url) as s:
        job = store.get_job(s, job_id)
        assert (job.status, job.error) == ("failed", "w2's error")


def test_heartbeats_go_on_while_a_plan_is_being_inserted(pg_url: str) -> None:
    """A plan insert (minutes at a million rows on a loaded machine) does not hold the job row while its
    rows go in, so the shards' heartbeats, which write that row, go on meanwhile (PostgreSQL: SQLite has
    one writer at a time). Here a heartbeat runs once every row is in, before the plan's last statement
    (the job's planned count) writes the job row: the rows' locks never stop it."""
    job_id = _job(pg_url, 4)
    with session_scope(pg_url) as s:
        assert store.claim_shard(s, job_id, 0, "w0", STALL)
    beats: list[bool] = []

    def beat_after_the_rows(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.startswith("UPDATE generation_jobs") and not beats:
            written = cursor.connection.execute("SELECT count(*) FROM samples WHERE job_id = %s", [job_id])
            assert written.fetchone() == (4,)  # every row is in (COPY), in the planning transaction
            with session_scope(pg_url) as other:
                other.execute(text("SET LOCAL lock_timeout = '3s'"))
                beats.append(store.heartbeat(other, job_id, 0, "w0") is not None)

    items = build_plan(4, PlanAxes.resolve(default_taxonomy()), seed=1)
    with session_scope(pg_url) as planning:
        event.listen(planning.connection(), "before_cursor_execute", beat_after_the_rows)
        store.materialise_plan(planning, job_id, items, batch=2)
    assert beats == [True]
    with session_scope(pg_url) as s:
        assert store.get_job(s, job_id).n_planned == 4 and len(store.pending_items(s, job_id)) == 4


def test_queued_shard_never_sent_is_found_and_the_last_shard_finalises(db_url: str) -> None:
    with session_scope(db_url) as s:
        job_id = store.create_job(s, {"n_samples": 4}, 4, n_shards=2).id
    later = utcnow() + timedelta(seconds=60)
    with session_scope(db_url) as s:
        assert store.stalled_shards(s, STALL, now=later) == [(job_id, 0), (job_id, 1)]
        store.mark_enqueued(s, job_id, 0)
        assert store.stalled_shards(s, STALL, now=later) == [(job_id, 1)]
    _plan(db_url, job_id, 4)
    with session_scope(db_url) as s:
        assert sorted(i.index for i in store.pending_items(s, job_id, 1)) == [1, 3]
        assert store.claim_shard(s, job_id, 0, "w0", STALL)
        assert store.claim_shard(s, job_id, 1, "w1", STALL)
    with session_scope(db_url) as s:
        store.finish_shard(s, job_id, 0, "w0")
        assert store.get_job(s, job_id).status == "running"  # shard 1 still runs
        store.finish_shard(s, job_id, 1, "w1")
        job = store.get_job(s, job_id)
        # Nothing was generated: the rows are closed with a reason, and the counts add up.
        assert (job.status, job.n_cancelled) == ("completed", 4)


def test_committing_keeps_a_block_whole(db_url: str) -> None:
    """What a block wrote is committed when it ends, and none of it when it raises."""
    with session_scope(db_url) as s:
        with pytest.raises(RuntimeError, match="half-way"), committing(s):
            store.create_job(s, {"n_samples": 1}, 1)
            raise RuntimeError("half-way")
        assert s.scalar(select(func.count()).select_from(GenerationJob)) == 0
        with committing(s):
            kept = store.create_job(s, {"n_samples": 2}, 2).id
    with session_scope(db_url) as s:
        assert list(s.scalars(select(GenerationJob.id))) == [kept]


def test_a_finishing_shard_takes_the_job_lock_once(db_url: str) -> None:
    """finish_shard locks the job and finalises under that lock: one lock UPDATE, not two."""
    job_id = _job(db_url)
    _plan(db_url, job_id)
    with session_scope(db_url) as s:
        assert store.claim_shard(s, job_id, 0, "w0", STALL)
    locks: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.startswith("UPDATE generation_jobs SET n_done=generation_jobs.n_done"):
            locks.append(statement)

    engine = engine_for(db_url)
    event.listen(engine, "before_cursor_execute", count)
    try:
        with session_scope(db_url) as s:
            assert store.finish_shard(s, job_id, 0, "w0") == "finalised"
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(locks) == 1, locks


def test_cancel_queued_job_finishes_it_at_once(db_url: str) -> None:
    job_id = _job(db_url)
    _plan(db_url, job_id)
    with session_scope(db_url) as s:
        job = store.request_cancel(s, job_id)
        assert job.status == "cancelled" and job.n_cancelled == 6
    with session_scope(db_url) as s:  # a message still in the broker finds nothing to claim
        assert not store.claim_shard(s, job_id, 0, "w1", STALL)
    with pytest.raises(errors.ConflictError), session_scope(db_url) as s:
        store.request_cancel(s, job_id)


def test_cancel_running_job_asks_the_worker(db_url: str) -> None:
    job_id = _job(db_url)
    _plan(db_url, job_id)
    with session_scope(db_url) as s:
        store.claim_shard(s, job_id, 0, "w1", STALL)
    with session_scope(db_url) as s:
        assert store.request_cancel(s, job_id).status == "cancelling"
    with session_scope(db_url) as s:
        beat = store.heartbeat(s, job_id, 0, "w1")
        assert beat is not None and beat.stop
        store.finish_shard(s, job_id, 0, "w1")
    with session_scope(db_url) as s:
        job = store.get_job(s, job_id)
        assert (job.status, job.n_cancelled, job.n_done) == ("cancelled", 6, 0)
        assert s.scalar(select(func.count()).select_from(GenerationJob)) == 1
