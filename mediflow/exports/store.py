"""Storage operations for export records."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mediflow.core.errors import NotFoundError
from mediflow.storage.models import Export, ExportStatus, GenerationJob, utcnow


def create_export(session: Session, format_name: str, spec: dict[str, Any]) -> Export:
    export = Export(format=format_name, spec=spec, status=ExportStatus.queued.value, n_rows=0)
    session.add(export)
    session.flush()
    return export


def get_export(session: Session, export_id: str) -> Export:
    export = session.get(Export, export_id)
    if export is None:
        raise NotFoundError(f"export {export_id!r} not found")
    return export


def list_exports(
    session: Session, *, limit: int, offset: int, status: str | None = None
) -> tuple[list[Export], int]:
    """Newest first, with the total for paging."""
    query = select(Export)
    count = select(func.count()).select_from(Export)
    if status:
        query = query.where(Export.status == status)
        count = count.where(Export.status == status)
    rows = session.scalars(
        query.order_by(Export.created_at.desc(), Export.id).limit(limit).offset(offset)
    ).all()
    return list(rows), int(session.scalar(count) or 0)


def claim_export(session: Session, export_id: str) -> bool:
    """Atomically move a queued export to running (commits), so a redelivered task runs it once."""
    result = session.execute(
        update(Export)
        .where(Export.id == export_id, Export.status == ExportStatus.queued.value)
        .values(status=ExportStatus.running.value, started_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


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


def fail_export(session: Session, export_id: str, error: str, counts: dict[str, Any] | None = None) -> None:
    export = get_export(session, export_id)
    export.status = ExportStatus.failed.value
    export.error = error[:4000]
    if counts is not None:
        export.counts = counts
        export.n_rows = int(counts.get("rows", 0))
    export.finished_at = utcnow()


def job_specs(session: Session, job_ids: list[str]) -> dict[str, dict[str, Any]]:
    rows = session.execute(
        select(GenerationJob.id, GenerationJob.kind, GenerationJob.spec).where(GenerationJob.id.in_(job_ids))
    ).all()
    return {r[0]: {"kind": r[1], "spec": r[2]} for r in rows}
