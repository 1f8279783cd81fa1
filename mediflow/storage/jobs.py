"""Storage operations for generation jobs and their samples.

Each function does one database step and leaves the commit to the caller's session scope, except
where a step must be atomic on its own (claiming a job), which says so.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, case, exists, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from mediflow.core.errors import ConflictError
from mediflow.core.rows import PlanItem, SampleResult, plan_ranks
from mediflow.storage import leases, ownership
from mediflow.storage.models import (
    DEFAULT_PROJECT,
    GenerationJob,
    JobShard,
    JobStatus,
    Sample,
    SampleStatus,
    ShardStatus,
    utcnow,
)

# Shards are never given up on: every claim resumes from the rows already written, so a shard whose
# workers keep dying still makes progress.
SHARD_LEASE = leases.LeaseTable(
    JobShard, ShardStatus.queued.value, ShardStatus.running.value, (ShardStatus.running.value,)
)
LIVE_JOB = (JobStatus.queued.value, JobStatus.running.value, JobStatus.cancelling.value)


def _shard(job_id: str, shard: int) -> list[Any]:
    return [JobShard.job_id == job_id, JobShard.shard == shard]


def get_job(session: Session, job_id: str) -> GenerationJob:
    return ownership.visible(session, session.get(GenerationJob, job_id), f"generation job {job_id!r}")


def find_by_idempotency_key(session: Session, key: str) -> GenerationJob | None:
    """The caller's project's job under this key (keys of other projects are other jobs)."""
    project = ownership.own_project(session) or DEFAULT_PROJECT
    return session.scalar(
        select(GenerationJob).where(GenerationJob.idempotency_key == key, GenerationJob.project_id == project)
    )


def create_job(
    session: Session,
    spec: dict[str, Any],
    n_planned: int,
    *,
    kind: str = "mediflow",
    idempotency_key: str | None = None,
    request_hash: str | None = None,
    n_shards: int = 1,
    dedup_layout: str | None = None,
) -> GenerationJob:
    job = GenerationJob(
        dedup_layout=dedup_layout,
        kind=kind,
        spec=spec,
        n_planned=n_planned,
        idempotency_key=idempotency_key,
        request_hash=request_hash,
        status=JobStatus.queued.value,
        n_done=0,
        n_failed=0,
        n_cancelled=0,
        tokens_in=0,
        tokens_out=0,
        attempts=0,
        n_shards=n_shards,
    )
    session.add(job)
    session.flush()
    session.add_all(
        JobShard(job_id=job.id, shard=i, status=ShardStatus.queued.value, attempts=0) for i in range(n_shards)
    )
    session.flush()
    return job


def recent_keep_rates(session: Session, limit: int) -> list[float]:
    """Rows kept / rows planned of the caller's project's last ``limit`` completed generation jobs."""
    project = ownership.own_project(session) or DEFAULT_PROJECT
    rows = session.execute(
        select(GenerationJob.n_done, GenerationJob.n_planned)
        .where(
            GenerationJob.project_id == project,
            GenerationJob.kind == "mediflow",
            GenerationJob.status == JobStatus.completed.value,
            GenerationJob.n_planned > 0,
        )
        .order_by(GenerationJob.finished_at.desc(), GenerationJob.id)
        .limit(limit)
    ).all()
    return [min(int(done), int(n)) / int(n) for done, n in rows]


def list_jobs(
    session: Session, *, limit: int, offset: int, status: str | None = None
) -> tuple[list[GenerationJob], int]:
    return ownership.page(session, GenerationJob, limit=limit, offset=offset, status=status)


def mark_enqueued(session: Session, job_id: str, shard: int) -> None:
    leases.mark_enqueued(session, SHARD_LEASE, _shard(job_id, shard))
    session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id, GenerationJob.enqueued_at.is_(None))
        .values(enqueued_at=utcnow())
    )


def shard_numbers(session: Session, job_id: str) -> list[int]:
    return list(
        session.scalars(select(JobShard.shard).where(JobShard.job_id == job_id).order_by(JobShard.shard))
    )


def request_cancel(session: Session, job_id: str) -> GenerationJob:
    job = get_job(session, job_id)
    if JobStatus(job.status).is_final:
        raise ConflictError(f"job {job_id} is already {job.status}")
    if job.status == JobStatus.queued.value:
        # No worker holds any shard yet: cancel outright, the shards' messages will find it final.
        job.status = JobStatus.cancelled.value
        _finish_all_shards(session, job_id)
        _cancel_pending(session, job_id, "cancelled")
        job.finished_at = utcnow()
        refresh_counters(session, job)
    else:
        # Running shards stop launching samples at their next heartbeat and finish the job.
        job.status = JobStatus.cancelling.value
    return job


def retry_failed(session: Session, job_id: str) -> int:
    """Put a finished job's failed rows back to pending and its shards back in the queue; how many."""
    job = get_job(session, job_id)
    if not JobStatus(job.status).is_final:
        raise ConflictError(f"job {job_id} is {job.status}; retry its failed samples once it has ended")
    result = session.execute(
        update(Sample)
        .where(Sample.job_id == job_id, Sample.status == SampleStatus.failed.value)
        .values(
            status=SampleStatus.pending.value,
            failed_stage=None,
            failure_reason=None,
            error_detail=None,
            completed_at=None,
        )
        .execution_options(synchronize_session=False)
    )
    n = int(result.rowcount)  # type: ignore[attr-defined]
    if not n:
        raise ConflictError(f"job {job_id} has no failed samples to retry")
    requeue_shards(session, job_id)
    job.status = JobStatus.queued.value
    job.error = job.stop_reason = job.finished_at = job.enqueued_at = None
    refresh_counters(session, job)
    return n


def stop_job(session: Session, job_id: str, reason: str) -> None:
    """Ask every shard to stop cleanly (a budget cap); the first reason given is kept."""
    session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id, GenerationJob.stop_reason.is_(None))
        .values(stop_reason=reason[:255])
        .execution_options(synchronize_session=False)
    )


# -- worker side ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Directive:
    """What a heartbeat tells the shard runner: keep going, or stop launching and why."""

    job_status: str
    stop_reason: str | None
    # The job's spend so far, every shard's writes included (budget caps are job-wide).
    tokens_in: int = 0
    tokens_out: int = 0
    # The job's shards not finished yet: they split the job-wide concurrency between them.
    unfinished: tuple[int, ...] = ()

    @property
    def stop(self) -> bool:
        return self.job_status == JobStatus.cancelling.value or self.stop_reason is not None


def claim_shard(session: Session, job_id: str, shard: int, worker_id: str, stall_after: timedelta) -> bool:
    """Atomically take the lease on a shard: queued, or running with a stale heartbeat.

    Commits on its own so that two workers racing for the same shard see each other's claim. A job
    that is already final (cancelled while queued, say) is never claimed.
    """
    now = utcnow()
    live_job = select(GenerationJob.id).where(GenerationJob.id == job_id, GenerationJob.status.in_(LIVE_JOB))
    claimed = leases.claim(
        session,
        SHARD_LEASE,
        [*_shard(job_id, shard), JobShard.job_id.in_(live_job.scalar_subquery())],
        worker_id,
        stall_after,
    )
    if claimed:
        session.execute(
            update(GenerationJob)
            .where(GenerationJob.id == job_id)
            .values(
                status=func.coalesce(
                    func.nullif(GenerationJob.status, JobStatus.queued.value), JobStatus.running.value
                ),
                started_at=func.coalesce(GenerationJob.started_at, now),
                heartbeat_at=now,
                attempts=GenerationJob.attempts + 1,
            )
            .execution_options(synchronize_session=False)
        )
    session.commit()
    return claimed


def heartbeat(session: Session, job_id: str, shard: int, worker_id: str) -> Directive | None:
    """Refresh our lease; None when another worker has taken the shard over."""
    if not leases.heartbeat(session, SHARD_LEASE, _shard(job_id, shard), worker_id):
        return None
    session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id)
        .values(heartbeat_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    row = session.execute(
        select(
            GenerationJob.status, GenerationJob.stop_reason, GenerationJob.tokens_in, GenerationJob.tokens_out
        ).where(GenerationJob.id == job_id)
    ).one()
    return Directive(
        row[0], row[1], int(row[2] or 0), int(row[3] or 0), tuple(unfinished_shards(session, job_id))
    )


def unfinished_shards(session: Session, job_id: str) -> list[int]:
    """Shard numbers still queued or running (one indexed read of at most n_shards rows)."""
    return list(
        session.scalars(
            select(JobShard.shard)
            .where(JobShard.job_id == job_id, JobShard.status != ShardStatus.finished.value)
            .order_by(JobShard.shard)
        )
    )


def has_plan(session: Session, job_id: str) -> bool:
    # EXISTS stops at the first row: every shard's start asks, and a count read all of a 1M-row plan.
    return bool(session.scalar(select(exists().where(Sample.job_id == job_id))))


def materialise_plan(session: Session, job_id: str, items: Sequence[PlanItem], batch: int = 5000) -> None:
    """Insert one pending row per planned sample. Call inside one transaction with ``has_plan`` false.

    Sample ``index`` goes to shard ``index % n_shards``, so every shard gets an even, stratified slice;
    rows that share a document go with their group's first row, so one shard writes the document once.
    """
    items = sorted(items, key=lambda it: it.index)  # ranks count in index order
    _insert_rows(session, job_id, items, list(plan_ranks(items)), batch)
    # The plan is the truth: a PIT corpus may have grown between submission and planning. Last, so the job
    # row is locked only as the plan commits: every shard's heartbeat writes it, and a million-row insert
    # that locked it first held every heartbeat for minutes, so the stall scan saw the shards as dead.
    # Two shards planning at once still cannot both succeed: the loser's first row waits on the winner's
    # (the unique index on job and index), then fails, and it reads the winner's plan.
    session.execute(update(GenerationJob).where(GenerationJob.id == job_id).values(n_planned=len(items)))


def add_topup_rows(session: Session, job_id: str, items: Sequence[PlanItem]) -> None:
    """Append a top-up round's rows (pending) to a job's plan and count them as planned."""
    session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id)
        .values(n_planned=GenerationJob.n_planned + len(items))
        .execution_options(synchronize_session=False)
    )
    # A round's rows come after every row planned before (``max_index``): their ranks go on from those.
    by_task = _counts(session, Sample.task_type, Sample.job_id == job_id)
    lead = Sample.input_group.is_(None) | (Sample.input_group == Sample.index)  # one per document
    by_doc = _counts(session, Sample.input_data, Sample.job_id == job_id, lead)
    items = sorted(items, key=lambda it: it.index)  # ranks count in index order
    _insert_rows(session, job_id, items, list(plan_ranks(items, by_task, by_doc)))


def _counts(session: Session, column: Any, *where: Any) -> Counter[str]:
    rows = session.execute(select(column, func.count()).where(*where).group_by(column)).all()
    return Counter({key: n for key, n in rows})


def _insert_rows(
    session: Session,
    job_id: str,
    items: Sequence[PlanItem],
    ranks: Sequence[tuple[int, int]],
    batch: int = 5000,
) -> None:
    rows = plan_rows(job_id, get_job(session, job_id).n_shards, items, ranks)
    conn = session.connection()
    if conn.dialect.driver == "psycopg":
        copy_rows(conn, rows)
    else:
        insert_batches(conn, rows, batch)


def plan_rows(
    job_id: str, n_shards: int, items: Sequence[PlanItem], ranks: Sequence[tuple[int, int]]
) -> Iterator[dict[str, Any]]:
    """The planned samples' rows, every column given: the plan's, and the Python-side defaults (all
    constants) of the rest, as an INSERT would take them."""
    table = cast(Table, Sample.__table__)
    defaults = {
        c.name: c.default.arg
        for c in table.columns
        if isinstance(c.default, ScalarElementColumnDefault) and c.server_default is None
    }
    for it, (task_rank, doc_rank) in zip(items, ranks, strict=True):
        yield {
            **defaults,
            "job_id": job_id,
            "index": it.index,
            "shard": it.unit % n_shards,
            "status": SampleStatus.pending.value,
            "task_type": it.task_type,
            "input_data": it.document_type,
            "difficulty_level": it.difficulty_level,
            "output_format": it.output_format,
            "document_id": it.document_id,
            "chunk_index": it.chunk_index,
            "input_group": it.group,
            "topup_round": it.topup_round,
            "task_rank": task_rank,
            "doc_rank": doc_rank,
        }


def copy_rows(conn: Connection, rows: Iterator[dict[str, Any]]) -> None:
    """PostgreSQL (psycopg): COPY, in the connection's transaction. bench.shard_start, side by side, the
    plan computed and stored: 1,000,000 rows in 36.6 s against 140.1 s for ``insert_batches``."""
    first = next(rows, None)
    if first is None:
        return
    names = list(first)
    columns = ", ".join(f'"{name}"' for name in names)
    statement = f"COPY samples ({columns}) FROM STDIN"
    driver = conn.connection.driver_connection
    assert driver is not None
    error = conn.dialect.loaded_dbapi.Error
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in itertools.chain([first], rows):
                copy.write_row([row[name] for name in names])
    except error as exc:  # raised as SQLAlchemy raises it: the plan race is an IntegrityError
        lost = conn.dialect.is_disconnect(exc, conn.connection.dbapi_connection, None)
        if lost:
            conn.invalidate(exc)  # a connection that dropped mid-COPY goes back to no pool
        raise DBAPIError.instance(
            statement, None, exc, error, dialect=conn.dialect, connection_invalidated=lost
        ) from exc


def insert_batches(conn: Connection, rows: Iterator[dict[str, Any]], batch: int) -> None:
    """A Core executemany per ``batch`` rows (the ORM's bulk insert also took each row through the
    mapper; every column here is a plain value, so the rows are the same)."""
    table = cast(Table, Sample.__table__)
    while chunk := list(itertools.islice(rows, batch)):
        conn.execute(insert(table), chunk)


_ITEM_COLUMNS = (
    Sample.index,
    Sample.task_type,
    Sample.input_data,
    Sample.difficulty_level,
    Sample.output_format,
    Sample.document_id,
    Sample.chunk_index,
    Sample.input_group,
    Sample.topup_round,
)


def pending_items(session: Session, job_id: str, shard: int | None = None) -> list[PlanItem]:
    rows = session.execute(
        select(*_ITEM_COLUMNS)
        .where(
            Sample.job_id == job_id,
            Sample.status == SampleStatus.pending.value,
            *([Sample.shard == shard] if shard is not None else []),
        )
        .order_by(Sample.index)
    ).all()
    return [PlanItem(*r[:7], group=r[7], topup_round=int(r[8] or 0)) for r in rows]


@dataclass(frozen=True)
class ShardPlan:
    """What a shard reads of the plan to run: its pending rows, the stored ranks (index -> task rank,
    document rank) of those rows and of their groups' first rows, and every row of those groups.
    ``ranks`` is None when a row the shard needs has none (a plan stored before they were: the
    pipeline recomputes them from the whole plan)."""

    items: list[PlanItem]
    ranks: dict[int, tuple[int, int]] | None
    grouped: list[PlanItem]


def shard_plan(session: Session, job_id: str, shard: int) -> ShardPlan:
    """The shard's pending rows with their stored ranks, O(the shard's rows). Rows that share a
    document are read whatever their status (a group's first row may be done already)."""
    rows = session.execute(
        select(*_ITEM_COLUMNS, Sample.status, Sample.task_rank, Sample.doc_rank)
        .where(
            Sample.job_id == job_id,
            Sample.shard == shard,
            (Sample.status == SampleStatus.pending.value) | Sample.input_group.is_not(None),
        )
        .order_by(Sample.index)
    ).all()
    pending = SampleStatus.pending.value
    items, grouped, ranks = [], [], {}
    wanted: set[int] = set()
    for r in rows:
        item = PlanItem(*r[:7], group=r[7], topup_round=int(r[8] or 0))
        if r.status == pending:
            items.append(item)
            if item.group is not None:
                wanted.add(item.group)
        ranks[item.index] = (r.task_rank, r.doc_rank)
        if item.group is not None:
            grouped.append(item)
    grouped = [it for it in grouped if it.group in wanted]
    # A group's rows all go to its first row's shard (``PlanItem.unit``), so its first row is here too.
    needed = {it.index for it in items} | wanted
    if any(None in ranks[index] for index in needed):
        return ShardPlan(items, None, grouped)
    return ShardPlan(items, {index: ranks[index] for index in needed}, grouped)


def topup_items(session: Session, job_id: str) -> list[PlanItem]:
    """Every row a top-up round added to the job (any status), in index order."""
    rows = session.execute(
        select(
            Sample.index,
            Sample.task_type,
            Sample.input_data,
            Sample.difficulty_level,
            Sample.output_format,
            Sample.topup_round,
            Sample.input_group,
        )
        .where(Sample.job_id == job_id, Sample.topup_round > 0)
        .order_by(Sample.index)
    ).all()
    return [PlanItem(*r[:5], topup_round=int(r[5]), group=r[6]) for r in rows]


def shared_documents(session: Session, job_id: str, groups: Iterable[int]) -> dict[int, tuple[str, Any]]:
    """For a resumed shard: the document (and case design) already written for each of these groups,
    taken from a row of the group that got past the document stage."""
    wanted = sorted(set(groups))
    found: dict[int, tuple[str, Any]] = {}
    for start in range(0, len(wanted), 1000):
        rows = session.execute(
            select(Sample.input_group, Sample.input, Sample.scenario)
            .where(
                Sample.job_id == job_id,
                Sample.input_group.in_(wanted[start : start + 1000]),
                Sample.input.is_not(None),
            )
            .order_by(Sample.index)
        ).all()
        for group, text, scenario in rows:
            found.setdefault(int(group), (text, scenario))
    return found


def max_index(session: Session, job_id: str) -> int:
    last = session.scalar(select(func.max(Sample.index)).where(Sample.job_id == job_id))
    return -1 if last is None else int(last)


def requeue_shards(session: Session, job_id: str) -> list[int]:
    """Every shard of the job back to queued (a top-up round, a retry of failed rows); their numbers."""
    session.execute(
        update(JobShard)
        .where(JobShard.job_id == job_id)
        .values(
            status=ShardStatus.queued.value,
            worker_id=None,
            heartbeat_at=None,
            enqueued_at=None,
            finished_at=None,
        )
        .execution_options(synchronize_session=False)
    )
    return shard_numbers(session, job_id)


# Defaults for result columns a sample did not produce, so every row of a batch binds the same keys.
_RESULT_DEFAULTS: dict[str, Any] = {"phi_count": 0}


def record_results(
    session: Session, job_id: str, results: Iterable[SampleResult], provenance: dict[str, Any]
) -> int:
    """Store finished samples and add them to the job's counters; returns how many were stored."""
    return len(write_results(session, job_id, results, provenance))


def write_results(
    session: Session, job_id: str, results: Iterable[SampleResult], provenance: dict[str, Any]
) -> list[SampleResult]:
    """Store finished samples and add them to the job's counters; returns the ones stored.

    Only pending rows are written, so a redelivered result is a no-op (and is not counted twice): the
    batch's pending rows are read first, locked on PostgreSQL (SQLite serialises writers, and a write
    after a stale read fails and is retried by the caller). One UPDATE statement runs with the whole
    batch as parameters (executemany): per-sample statement building was the writer's main cost.
    """
    batch = list(results)
    if not batch:
        return []
    # The batch's rows by (job, index), their status checked here: with ``status = 'pending'`` in the
    # query PostgreSQL took the (job, status) index and read every pending row of the job per batch
    # (7 ms at 8,000 pending, O(plan size), under the job lock). Locking a row that is no longer
    # pending is harmless: the UPDATE below only touches pending rows.
    pending = {
        index: sample_id
        for index, sample_id, status in session.execute(
            select(Sample.index, Sample.id, Sample.status)
            .where(Sample.job_id == job_id, Sample.index.in_([r.index for r in batch]))
            .with_for_update()
        )
        if status == SampleStatus.pending.value
    }
    batch = [r for r in batch if r.index in pending]
    if not batch:
        return []
    now = utcnow()
    keys = sorted({k for res in batch for k in res.columns})
    params = [
        {
            "b_id": pending[res.index],
            "status": res.status,
            "tokens_in": res.tokens_in,
            "tokens_out": res.tokens_out,
            "latency_ms": round(res.latency_s * 1000),
            "attempts": res.attempts,
            "failed_stage": res.failed_stage,
            "failure_reason": res.failure_reason,
            "error_detail": res.error_detail,
            "completed_at": now,
            **provenance,
            **{k: res.columns.get(k, _RESULT_DEFAULTS.get(k)) for k in keys},
        }
        for res in batch
    ]
    # By primary key: with (job_id, index, status) each row's UPDATE could also be planned on the
    # (job, status) index, a read of every pending row of the job per written row (seen on PostgreSQL
    # without fresh statistics at 40,000 planned rows).
    table = cast(Table, Sample.__table__)
    stmt = (
        table.update()
        .where(table.c.id == bindparam("b_id"), table.c.status == SampleStatus.pending.value)
        .values({name: bindparam(name) for name in params[0] if not name.startswith("b_")})
    )
    session.connection().execute(stmt, params)
    _add_to_counters(session, job_id, batch)
    return batch


# The job's counter column for each finished sample status (one place; refresh_counters reads it too).
COUNTER_COLUMNS: dict[str, str] = {
    SampleStatus.done.value: "n_done",
    SampleStatus.failed.value: "n_failed",
    SampleStatus.cancelled.value: "n_cancelled",
    SampleStatus.filtered.value: "n_filtered",
    SampleStatus.duplicate.value: "n_duplicate",
    SampleStatus.phi.value: "n_phi",
}


def _add_to_counters(session: Session, job_id: str, batch: Sequence[SampleResult]) -> None:
    """One O(1) UPDATE per written batch, so status reads never count rows."""
    deltas: dict[str, Any] = {}
    for res in batch:
        name = COUNTER_COLUMNS[res.status]
        deltas[name] = deltas.get(name, 0) + 1
    columns = GenerationJob.__table__.c
    values: dict[str, Any] = {name: columns[name] + n for name, n in deltas.items()}
    values["tokens_in"] = columns.tokens_in + sum(r.tokens_in for r in batch)
    values["tokens_out"] = columns.tokens_out + sum(r.tokens_out for r in batch)
    session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id)
        .values(values)
        .execution_options(synchronize_session=False)
    )


def _cancel_pending(session: Session, job_id: str, reason: str) -> None:
    session.execute(
        update(Sample)
        .where(Sample.job_id == job_id, Sample.status == SampleStatus.pending.value)
        .values(status=SampleStatus.cancelled.value, failure_reason=reason[:64], completed_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def _finish_all_shards(session: Session, job_id: str) -> None:
    session.execute(
        update(JobShard)
        .where(JobShard.job_id == job_id, JobShard.status != ShardStatus.finished.value)
        .values(status=ShardStatus.finished.value, finished_at=utcnow(), worker_id=None)
        .execution_options(synchronize_session=False)
    )


_CELL = (Sample.task_type, Sample.input_data, Sample.difficulty_level, Sample.output_format)


def cell_counts(session: Session, job_id: str) -> list[tuple[Any, ...]]:
    """Per plan cell (task type, document type, level, format), in that order: rows planned, kept,
    planned by a top-up round, and the last round that planned any (the report and the quotas)."""
    kept = func.sum(case((Sample.status == SampleStatus.done.value, 1), else_=0))
    topped_up = func.sum(case((Sample.topup_round > 0, 1), else_=0))
    query = (
        select(*_CELL, func.count(), kept, topped_up, func.max(Sample.topup_round))
        .where(Sample.job_id == job_id)
        .group_by(*_CELL)
        .order_by(*_CELL)
    )
    return [tuple(row) for row in session.execute(query)]


def refresh_counters(session: Session, job: GenerationJob) -> None:
    """Recount from the sample rows (exact whatever happened before): once per job, at its end.

    While a job runs, ``record_results`` keeps the counters current one batch at a time instead.
    """
    rows = session.execute(
        select(
            Sample.status,
            func.count(),
            func.coalesce(func.sum(Sample.tokens_in), 0),
            func.coalesce(func.sum(Sample.tokens_out), 0),
        )
        .where(Sample.job_id == job.id)
        .group_by(Sample.status)
    ).all()
    by_status = {r[0]: int(r[1]) for r in rows}
    for status, name in COUNTER_COLUMNS.items():
        setattr(job, name, by_status.get(status, 0))
    job.tokens_in = sum(int(r[2]) for r in rows)
    job.tokens_out = sum(int(r[3]) for r in rows)


FinalHook = Callable[[Session, GenerationJob], object]
# Plans another round for a job whose rows are all in (kept-row quotas); returns how many rows it added.
RoundHook = Callable[[Session, GenerationJob], int]


def lock_job(session: Session, job_id: str) -> None:
    """Serialise the job's writers (and finishing shards) until this transaction ends.

    A no-op UPDATE of the job row: PostgreSQL takes its row lock, SQLite its database write lock (taken
    first, so the transaction never reads a snapshot another writer then invalidates). Whatever runs
    under it sees every write committed before it.
    """
    session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id)
        .values(n_done=GenerationJob.n_done)
        .execution_options(synchronize_session=False)
    )


def finish_shard(
    session: Session,
    job_id: str,
    shard: int,
    worker_id: str | None,
    before_final: FinalHook | None = None,
    after_final: FinalHook | None = None,
    next_round: RoundHook | None = None,
) -> str:
    """Mark our shard finished; the last shard to finish finalises the job, or starts its next round.

    Returns "finalised", "next_round" (the caller sends the job's shards again) or "" (not the last).
    Under the job lock: two shards finishing at once would otherwise each count the other as still
    running (neither commit visible to the other) and leave the job running with every shard finished.
    """
    lock_job(session, job_id)
    session.execute(
        update(JobShard)
        .where(
            JobShard.job_id == job_id,
            JobShard.shard == shard,
            JobShard.status == ShardStatus.running.value,
            *([JobShard.worker_id == worker_id] if worker_id is not None else []),
        )
        .values(status=ShardStatus.finished.value, finished_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return finalize_job(session, job_id, before_final, after_final, next_round, locked=True)


def finalize_job(
    session: Session,
    job_id: str,
    before_final: FinalHook | None = None,
    after_final: FinalHook | None = None,
    next_round: RoundHook | None = None,
    *,
    locked: bool = False,
) -> str:
    """Give the job its final status once no shard is queued or running (see ``finish_shard``).

    The job is locked first (``locked``: the caller already holds the lock in this transaction), so
    shards finishing together take turns: the last one sees every other shard's finish committed, and
    exactly one of them finalises or plans a round.
    """
    if not locked:
        lock_job(session, job_id)
    unfinished = session.scalar(
        select(func.count())
        .select_from(JobShard)
        .where(JobShard.job_id == job_id, JobShard.status != ShardStatus.finished.value)
    )
    job = get_job(session, job_id)
    if unfinished or JobStatus(job.status).is_final:
        return ""
    if job.status == JobStatus.cancelling.value:
        final, leftover = JobStatus.cancelled, "cancelled"
    elif job.stop_reason:
        final, leftover = JobStatus.budget_exhausted, "budget_exhausted"
    else:
        final, leftover = JobStatus.completed, "not_run"
    _cancel_pending(session, job_id, leftover)
    if before_final is not None:
        before_final(session, job)  # e.g. the semantic dedup pass, once every shard's rows are in
    if final is JobStatus.completed and next_round is not None and next_round(session, job):
        requeue_shards(session, job_id)
        session.refresh(job)
        refresh_counters(session, job)
        return "next_round"
    error = job.error
    if final is JobStatus.completed and (why := all_failed_reason(session, job_id)):
        final, error = JobStatus.failed, why
    # Compare-and-set, so two shards finishing at once cannot both finalise.
    done = session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id, GenerationJob.status == job.status)
        .values(status=final.value, finished_at=utcnow(), error=error)
        .execution_options(synchronize_session=False)
    )
    session.refresh(job)
    refresh_counters(session, job)
    if done.rowcount and after_final is not None:  # type: ignore[attr-defined]
        after_final(session, job)  # e.g. storing the report, visible with the final status
    return "finalised" if done.rowcount else ""  # type: ignore[attr-defined]


def all_failed_reason(session: Session, job_id: str) -> str | None:
    """When every row of a job failed (nothing kept, nothing gated), say why, most common reason first."""
    rows = session.execute(
        select(Sample.status, Sample.failed_stage, Sample.failure_reason, func.count())
        .where(Sample.job_id == job_id)
        .group_by(Sample.status, Sample.failed_stage, Sample.failure_reason)
    ).all()
    failed = [r for r in rows if r[0] == SampleStatus.failed.value]
    if not failed or any(r[0] != SampleStatus.failed.value for r in rows):
        return None
    total = sum(int(r[3]) for r in failed)
    reasons = ", ".join(
        f"{stage or '?'}/{reason or '?'} x{int(n)}"
        for _, stage, reason, n in sorted(failed, key=lambda r: -r[3])
    )
    return f"every sample failed ({total}): {reasons}"


def fail_job(session: Session, job_id: str, error: str, holder: tuple[int, str] | None = None) -> bool:
    """A job-level failure (bad spec, teacher unavailable): every shard stops, the rows stay.

    With ``holder`` (shard, worker id) the failure is a shard runner's, and counts only while that worker
    still holds the shard's lease: a worker that lost it must not fail the job its successor is running.
    False when it did not count."""
    if holder is not None and not leases.heartbeat(
        session, SHARD_LEASE, _shard(job_id, holder[0]), holder[1]
    ):
        return False
    job = get_job(session, job_id)
    job.status = JobStatus.failed.value
    job.error = error[:4000]
    job.finished_at = utcnow()
    _finish_all_shards(session, job_id)
    _cancel_pending(session, job_id, "job_failed")
    refresh_counters(session, job)
    return True


def stalled_shards(
    session: Session, stall_after: timedelta, now: datetime | None = None
) -> list[tuple[str, int]]:
    """Shards whose worker stopped heartbeating, and queued shards whose message never went out."""
    rows = session.execute(
        select(JobShard.job_id, JobShard.shard)
        .join(GenerationJob, GenerationJob.id == JobShard.job_id)
        .where(
            GenerationJob.status.in_(LIVE_JOB),
            leases.needs_requeue(SHARD_LEASE, stall_after, now, created_at=GenerationJob.created_at),
        )
        .order_by(JobShard.job_id, JobShard.shard)
    ).all()
    return [(r[0], int(r[1])) for r in rows]


def release_shard(
    session: Session, job_id: str, shard: int, stall_after: timedelta, now: datetime | None = None
) -> bool:
    """Put a stalled shard back in the queue (its old worker, if alive, loses the lease); True when the
    shard's message must be sent again: released now, or queued already.

    Staleness is checked again in the UPDATE itself: a worker that heartbeated after the stall scan's
    read keeps its shard, rather than have it released under it and run twice."""
    cutoff = (now or utcnow()) - stall_after
    if leases.release(session, SHARD_LEASE, [*_shard(job_id, shard), leases.stale(SHARD_LEASE, cutoff)]):
        return True
    status = session.scalar(select(JobShard.status).where(*_shard(job_id, shard)))
    return status == ShardStatus.queued.value
