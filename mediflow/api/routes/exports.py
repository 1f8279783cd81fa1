"""/v1/exports: build Hugging Face datasets from stored rows, follow them, download the archive."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import FileResponse

from mediflow.api.deps import CeleryDep, SessionDep, SettingsDep
from mediflow.api.resources import StatusWindow, accepted
from mediflow.core.statuses import ExportStatus
from mediflow.exports import store
from mediflow.schemas.common import ErrorResponse
from mediflow.schemas.exports import ExportCreate, ExportList, ExportPublic
from mediflow.services import exports as svc
from mediflow.workers.export_tasks import enqueue_export

router = APIRouter(prefix=svc.EXPORTS_PATH, tags=["exports"])
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorResponse} for code in (404, 409, 422)}


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=ExportPublic, responses=ERRORS)
def create_export(
    body: ExportCreate, session: SessionDep, settings: SettingsDep, celery: CeleryDep, response: Response
) -> ExportPublic:
    export = svc.submit_export(session, body, settings)
    accepted(response, svc.EXPORTS_PATH, export.id, lambda: enqueue_export(celery, settings, export.id))
    return svc.export_public(export)


@router.get("", response_model=ExportList)
def list_exports(session: SessionDep, query: Annotated[StatusWindow[ExportStatus], Query()]) -> ExportList:
    exports, total = store.list_exports(
        session, limit=query.limit, offset=query.offset, status=query.status_value
    )
    return query.page(ExportList, [svc.export_public(e) for e in exports], total)


@router.get("/{export_id}", response_model=ExportPublic, responses=ERRORS)
def get_export(export_id: str, session: SessionDep) -> ExportPublic:
    return svc.export_public(store.get_export(session, export_id))


@router.get(
    "/{export_id}/download",
    response_class=FileResponse,
    responses={
        200: {
            "description": "the export as a .tar.gz archive",
            "content": {"application/gzip": {"schema": {"type": "string", "format": "binary"}}},
        },
        **ERRORS,
    },
)
def download_export(export_id: str, session: SessionDep) -> FileResponse:
    """The export directory (DatasetDicts, Parquet shards, card, charts) as one .tar.gz."""
    path = svc.archive_of(store.get_export(session, export_id))
    return FileResponse(path, media_type="application/gzip", filename=f"mediflow-export-{export_id}.tar.gz")
