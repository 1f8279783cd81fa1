"""Storage operations for export records, leased like shards and training runs (storage/leases.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from mediflow.storage import leases, ownership
from mediflow.storage.models import Export, ExportStatus, GenerationJob, utcnow

# An export whose worker died this many times (killed for memory on a huge selection, say) fails.
MAX_ATTEMPTS = 3
EXPORT_LEASE = leases.LeaseTable(
    Export, ExportStatus.queued.value, ExportStatus.running.value, (ExportStatus.running.value,), MAX_ATTEMPTS
)


def _export(export_id: str) -> list[ColumnElement[bool]]:
    return [Export.id == export_id]


def create_export(session: Session, format_name: str, spec: dict[str, Any]) -> Export:
    export = Export(format=format_name, spec=spec, status=ExportStatus.queued.value, n_rows=0)
    session.add(export)
    session.flush()
    return export


def get_export(session: Session, export_id: str) -> Export:
    return ownership.visible(session, session.get(Export, export_id), f"export {export_id!r}")


def list_exports(
    session: Session, *, limit: int, offset: int, status: str | None = None
) -> tuple[list[Export], int]:
    return ownership.page(session, Export, limit=limit, offset=offset, status=status)


def mark_enqueued(session: Session, export_id: str) -> None:
    leases.mark_enqueued(session, EXPORT_LEASE, _export(export_id))


def claim_export(session: Session, export_id: str, worker_id: str, stall_after: timedelta) -> bool:
    """Take the export: queued, or running under a dead worker. Commits, so a redelivered task runs it once."""
    claimed = leases.claim(session, EXPORT_LEASE, _export(export_id), worker_id, stall_after, {"error": None})
    session.commit()
    return claimed


def heartbeat(session: Session, export_id: str, worker_id: str) -> bool:
    """Refresh the lease; False when the export was taken over (we were presumed dead)."""
    return leases.heartbeat(session, EXPORT_LEASE, _export(export_id), worker_id)


def holds(session: Session, export_id: str, worker_id: str) -> bool:
    """Whether ``worker_id`` still holds the export (checked before recording an outcome)."""
    conds = leases.held_by(EXPORT_LEASE, _export(export_id), worker_id)
    return session.scalar(select(Export.id).where(*conds)) is not None


def stalled_exports(session: Session, stall_after: timedelta, now: datetime | None = None) -> list[str]:
    """Exports whose worker stopped heartbeating, and queued exports whose message never went out."""
    cond = leases.needs_requeue(EXPORT_LEASE, stall_after, now)
    return list(session.scalars(select(Export.id).where(cond).order_by(Export.created_at)))


def recover_stalled(session: Session, export_id: str) -> bool:
    """Re-queue a dead worker's export, or fail it after MAX_ATTEMPTS deaths. True: send it again."""
    export = get_export(session, export_id)
    if export.status == ExportStatus.running.value:
        if EXPORT_LEASE.gave_up(export.attempts):
            fail_export(
                session,
                export_id,
                f"worker_lost: the worker running it stopped heartbeating {export.attempts} times "
                "(killed, out of memory?)",
            )
            return False
        return leases.release(session, EXPORT_LEASE, _export(export_id), export.worker_id)
    return export.status == ExportStatus.queued.value


def complete_export(
    session: Session, export_id: str, counts: dict[str, Any], artifact_path: str, archive_path: str
) -> None:
    export = get_export(session, export_id)
    export.status = ExportStatus.completed.value
    export.counts = counts
    export.n_rows = int(counts.get("rows", 0))
    export.artifact_path = artifact_path
    export.archive_path = archive_path
    export.finished_at = utcnow()
    export.worker_id = None


def fail_export(session: Session, export_id: str, error: str, counts: dict[str, Any] | None = None) -> None:
    export = get_export(session, export_id)
    export.status = ExportStatus.failed.value
    export.error = error[:4000]
    if counts is not None:
        export.counts = counts
        export.n_rows = int(counts.get("rows", 0))
    export.finished_at = utcnow()
    export.worker_id = None


def job_specs(session: Session, job_ids: list[str]) -> dict[str, dict[str, Any]]:
    rows = session.execute(
        select(GenerationJob.id, GenerationJob.kind, GenerationJob.spec).where(GenerationJob.id.in_(job_ids))
    ).all()
    return {r[0]: {"kind": r[1], "spec": r[2]} for r in rows}
