"""Storage operations for generation jobs and their samples.

Each function does one database step and leaves the commit to the caller's session scope, except
where a step must be atomic on its own (claiming a job), which says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.orm import Session

from mediflow.generators.pipeline import SampleResult
from mediflow.generators.plan import PlanItem
from mediflow.storage.models import GenerationJob, JobStatus, Sample, SampleStatus, utcnow


class NotFoundError(LookupError):
    pass


class ConflictError(RuntimeError):
    pass


def get_job(session: Session, job_id: str) -> GenerationJob:
    job = session.get(GenerationJob, job_id)
    if job is None:
        raise NotFoundError(f"generation job {job_id!r} not found")
    return job


def find_by_idempotency_key(session: Session, key: str) -> GenerationJob | None:
    return session.scalar(select(GenerationJob).where(GenerationJob.idempotency_key == key))


def create_job(
    session: Session,
    spec: dict[str, Any],
    n_planned: int,
    *,
    kind: str = "mediflow",
    idempotency_key: str | None = None,
    request_hash: str | None = None,
) -> GenerationJob:
    job = GenerationJob(
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
    )
    session.add(job)
    session.flush()
    return job


def list_jobs(
    session: Session, *, limit: int, offset: int, status: str | None = None
) -> tuple[list[GenerationJob], int]:
    query = select(GenerationJob)
    count = select(func.count()).select_from(GenerationJob)
    if status:
        query = query.where(GenerationJob.status == status)
        count = count.where(GenerationJob.status == status)
    rows = session.scalars(
        query.order_by(GenerationJob.created_at.desc(), GenerationJob.id).limit(limit).offset(offset)
    ).all()
    return list(rows), int(session.scalar(count) or 0)


def mark_enqueued(session: Session, job_id: str) -> None:
    session.execute(update(GenerationJob).where(GenerationJob.id == job_id).values(enqueued_at=utcnow()))


def request_cancel(session: Session, job_id: str) -> GenerationJob:
    job = get_job(session, job_id)
    if JobStatus(job.status).is_final:
        raise ConflictError(f"job {job_id} is already {job.status}")
    # A queued job no worker holds yet can be cancelled outright; a running one stops between batches.
    job.status = (
        JobStatus.cancelling.value if job.status == JobStatus.running.value else JobStatus.cancelled.value
    )
    if job.status == JobStatus.cancelled.value:
        _cancel_pending(session, job_id)
        job.finished_at = utcnow()
        refresh_counters(session, job)
    return job


# -- worker side ---------------------------------------------------------------------------------


def claim_job(session: Session, job_id: str, worker_id: str, stall_after: timedelta) -> bool:
    """Atomically take the lease on a job: queued, or running with a stale heartbeat, or ours already.

    Commits on its own so that two workers racing for the same job see each other's claim.
    """
    now = utcnow()
    result = session.execute(
        update(GenerationJob)
        .where(
            GenerationJob.id == job_id,
            or_(
                GenerationJob.status == JobStatus.queued.value,
                and_(
                    GenerationJob.status.in_([JobStatus.running.value, JobStatus.cancelling.value]),
                    or_(
                        GenerationJob.worker_id == worker_id,
                        GenerationJob.heartbeat_at.is_(None),
                        GenerationJob.heartbeat_at < now - stall_after,
                    ),
                ),
            ),
        )
        .values(
            # A job cancelled while its worker was dead stays cancelling; the new worker finishes it.
            status=func.coalesce(
                func.nullif(GenerationJob.status, JobStatus.queued.value), JobStatus.running.value
            ),
            worker_id=worker_id,
            heartbeat_at=now,
            started_at=func.coalesce(GenerationJob.started_at, now),
            attempts=GenerationJob.attempts + 1,
        )
        .execution_options(synchronize_session=False)
    )
    session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def heartbeat(session: Session, job_id: str, worker_id: str) -> str | None:
    """Refresh our lease; returns the job's status, or None if another worker took it over."""
    session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id, GenerationJob.worker_id == worker_id)
        .values(heartbeat_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    row = session.execute(
        select(GenerationJob.status, GenerationJob.worker_id).where(GenerationJob.id == job_id)
    ).one()
    return row.status if row.worker_id == worker_id else None


def has_plan(session: Session, job_id: str) -> bool:
    return session.scalar(select(func.count()).select_from(Sample).where(Sample.job_id == job_id)) != 0


def materialise_plan(session: Session, job_id: str, items: Sequence[PlanItem], batch: int = 5000) -> None:
    """Insert one pending row per planned sample. Call inside one transaction with ``has_plan`` false."""
    # The plan is the truth: a PIT corpus may have grown between submission and planning.
    session.execute(update(GenerationJob).where(GenerationJob.id == job_id).values(n_planned=len(items)))
    for start in range(0, len(items), batch):
        session.execute(
            insert(Sample),
            [
                {
                    "job_id": job_id,
                    "index": it.index,
                    "status": SampleStatus.pending.value,
                    "task_type": it.task_type,
                    "input_data": it.document_type,
                    "difficulty_level": it.difficulty_level,
                    "output_format": it.output_format,
                    "document_id": it.document_id,
                    "chunk_index": it.chunk_index,
                    "tokens_in": 0,
                    "tokens_out": 0,
                    "latency_ms": 0,
                    "attempts": 0,
                }
                for it in items[start : start + batch]
            ],
        )


def pending_items(session: Session, job_id: str) -> list[PlanItem]:
    rows = session.execute(
        select(
            Sample.index,
            Sample.task_type,
            Sample.input_data,
            Sample.difficulty_level,
            Sample.output_format,
            Sample.document_id,
            Sample.chunk_index,
        )
        .where(Sample.job_id == job_id, Sample.status == SampleStatus.pending.value)
        .order_by(Sample.index)
    ).all()
    return [PlanItem(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]


def record_results(
    session: Session, job_id: str, results: Iterable[SampleResult], provenance: dict[str, Any]
) -> int:
    """Store finished samples. Only pending rows are written, so a redelivered result is a no-op."""
    now = utcnow()
    written = 0
    for res in results:
        values: dict[str, Any] = {
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
            **res.columns,
        }
        result = session.execute(
            update(Sample)
            .where(
                Sample.job_id == job_id,
                Sample.index == res.index,
                Sample.status == SampleStatus.pending.value,
            )
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        written += result.rowcount  # type: ignore[attr-defined]
    return written


def _cancel_pending(session: Session, job_id: str) -> None:
    session.execute(
        update(Sample)
        .where(Sample.job_id == job_id, Sample.status == SampleStatus.pending.value)
        .values(status=SampleStatus.cancelled.value, failure_reason="cancelled", completed_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def refresh_counters(session: Session, job: GenerationJob) -> None:
    """Counters are derived from the sample rows, so they are exact whatever happened before."""
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
    job.n_done = by_status.get(SampleStatus.done.value, 0)
    job.n_failed = by_status.get(SampleStatus.failed.value, 0)
    job.n_cancelled = by_status.get(SampleStatus.cancelled.value, 0)
    job.tokens_in = sum(int(r[2]) for r in rows)
    job.tokens_out = sum(int(r[3]) for r in rows)


def finish_job(
    session: Session, job_id: str, worker_id: str | None, *, cancelled: bool, error: str | None = None
) -> None:
    job = get_job(session, job_id)
    if job.worker_id != worker_id:
        return  # another worker owns it now; it will finish the job
    if cancelled:
        _cancel_pending(session, job_id)
    refresh_counters(session, job)
    if cancelled:
        job.status = JobStatus.cancelled.value
    elif error is not None:
        job.status = JobStatus.failed.value
    else:
        job.status = JobStatus.completed.value
    job.error = error
    job.finished_at = utcnow()


def fail_job(session: Session, job_id: str, error: str) -> None:
    job = get_job(session, job_id)
    job.status = JobStatus.failed.value
    job.error = error[:4000]
    job.finished_at = utcnow()


def stalled_job_ids(session: Session, stall_after: timedelta, now: datetime | None = None) -> list[str]:
    """Jobs a worker should be running but whose heartbeat stopped, and queued jobs never enqueued."""
    now = now or utcnow()
    rows = session.scalars(
        select(GenerationJob.id).where(
            or_(
                and_(
                    GenerationJob.status.in_([JobStatus.running.value, JobStatus.cancelling.value]),
                    GenerationJob.heartbeat_at < now - stall_after,
                ),
                and_(
                    GenerationJob.status == JobStatus.queued.value,
                    GenerationJob.enqueued_at.is_(None),
                    GenerationJob.created_at < now - stall_after,
                ),
            )
        )
    ).all()
    return list(rows)
