"""Storage operations for training runs: create, lease (claim/heartbeat/release), progress, finish.

The worker holding a run is recorded in ``worker_id``; every write a worker makes is conditional on
still holding it, so a worker that was presumed dead (stale heartbeat, run re-queued) and comes back
can never overwrite the run another worker has taken over.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from mediflow.core.errors import ConflictError
from mediflow.storage import leases, ownership
from mediflow.storage.models import TrainingRun, TrainingStatus, utcnow

ACTIVE = (TrainingStatus.running.value, TrainingStatus.cancelling.value)
# A run whose worker died this many times (say, killed for memory each time) fails instead of looping.
MAX_ATTEMPTS = 3
RUN_LEASE = leases.LeaseTable(
    TrainingRun, TrainingStatus.queued.value, TrainingStatus.running.value, ACTIVE, MAX_ATTEMPTS
)


def _run(run_id: str) -> list[ColumnElement[bool]]:
    return [TrainingRun.id == run_id]


def create_run(session: Session, name: str, recipe: dict[str, Any], run_dir: str, run_id: str) -> TrainingRun:
    run = TrainingRun(
        id=run_id,
        name=name,
        status=TrainingStatus.queued.value,
        recipe=recipe,
        run_dir=run_dir,
        metrics={},
        artifacts={},
        attempts=0,
    )
    session.add(run)
    session.flush()
    return run


def get_run(session: Session, run_id: str) -> TrainingRun:
    return ownership.visible(session, session.get(TrainingRun, run_id), f"training run {run_id!r}")


def list_runs(
    session: Session, *, limit: int, offset: int, status: str | None = None
) -> tuple[list[TrainingRun], int]:
    return ownership.page(session, TrainingRun, limit=limit, offset=offset, status=status)


def mark_enqueued(session: Session, run_id: str) -> None:
    leases.mark_enqueued(
        session, RUN_LEASE, [*_run(run_id), TrainingRun.status == TrainingStatus.queued.value]
    )


def claim_run(session: Session, run_id: str, worker_id: str, stall_after: timedelta) -> bool:
    """Take the run: queued, or running under a worker whose heartbeat went stale (it died)."""
    return leases.claim(session, RUN_LEASE, _run(run_id), worker_id, stall_after, {"error": None})


def heartbeat(session: Session, run_id: str, worker_id: str) -> str | None:
    """Refresh the lease; answer the run's status, or None when this worker no longer holds it."""
    if not leases.heartbeat(session, RUN_LEASE, _run(run_id), worker_id):
        return None
    return session.scalar(select(TrainingRun.status).where(TrainingRun.id == run_id))


def save_progress(session: Session, run_id: str, worker_id: str, values: dict[str, Any]) -> bool:
    """Write progress columns (and metrics/artifacts, whole) if this worker still holds the run."""
    return leases.heartbeat(
        session, RUN_LEASE, _run(run_id), worker_id, {k: json_safe(v) for k, v in values.items()}
    )


def finish_run(
    session: Session, run_id: str, worker_id: str, status: TrainingStatus, values: dict[str, Any]
) -> bool:
    values = {k: json_safe(v) for k, v in values.items()}
    result = session.execute(
        update(TrainingRun)
        .where(*leases.held_by(RUN_LEASE, _run(run_id), worker_id))
        .values(status=status.value, finished_at=utcnow(), eta_s=None, **values)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def release_run(session: Session, run_id: str, worker_id: str | None = None) -> None:
    """Back to the queue (a stalled or lock-blocked run); ``enqueued_at`` cleared so the scan re-sends it."""
    leases.release(
        session, RUN_LEASE, [*_run(run_id), TrainingRun.status == TrainingStatus.running.value], worker_id
    )


def request_cancel(session: Session, run_id: str) -> TrainingRun:
    """Queued runs are cancelled outright; running ones stop at their worker's next cancel check."""
    run = get_run(session, run_id)
    status = TrainingStatus(run.status)
    if status in (TrainingStatus.completed, TrainingStatus.failed):
        raise ConflictError(f"training run {run_id} is already {run.status}")
    if status == TrainingStatus.queued:
        run.status, run.finished_at = TrainingStatus.cancelled.value, utcnow()
    elif status == TrainingStatus.running:
        run.status = TrainingStatus.cancelling.value
    session.flush()
    return run


def stalled_runs(session: Session, stall_after: timedelta, now: datetime | None = None) -> list[str]:
    """Runs whose worker stopped heartbeating, and queued runs whose message never went out."""
    return list(
        session.scalars(select(TrainingRun.id).where(leases.needs_requeue(RUN_LEASE, stall_after, now)))
    )


def recover_stalled(session: Session, run_id: str) -> bool:
    """Re-queue a dead worker's run (a cancel it was asked for is honoured). True: send it again."""
    run = get_run(session, run_id)
    if run.status == TrainingStatus.cancelling.value:
        run.status, run.finished_at, run.worker_id = TrainingStatus.cancelled.value, utcnow(), None
        return False
    if run.status == TrainingStatus.running.value:
        if RUN_LEASE.gave_up(run.attempts):
            run.status, run.finished_at, run.worker_id = TrainingStatus.failed.value, utcnow(), None
            run.error = (
                f"worker_lost: the worker running it stopped heartbeating {run.attempts} times "
                "(killed, out of memory?); finished steps are kept in the run directory"
            )
            return False
        release_run(session, run_id, run.worker_id)
    return True


def json_safe(value: Any) -> Any:
    """JSON PostgreSQL accepts: NaN/inf (e.g. the perplexity of a diverged model) become null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value
