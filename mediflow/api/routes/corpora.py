"""/v1/corpora: named document collections for pre-instruction tuning, and uploads into them."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Request, status
from starlette.concurrency import run_in_threadpool

from mediflow.api.deps import SessionDep, SettingsDep
from mediflow.corpora import store
from mediflow.corpora.errors import too_large
from mediflow.schemas.common import ErrorResponse
from mediflow.schemas.corpora import (
    CorpusCreate,
    CorpusList,
    CorpusPhiReport,
    CorpusPublic,
    CorpusUpdate,
    CorpusUpdated,
    IngestResult,
)
from mediflow.services import corpora as svc

router = APIRouter(prefix="/v1/corpora", tags=["corpora"])
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse} for code in (404, 409, 413, 415, 422)
}


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CorpusPublic, responses=ERRORS)
def create_corpus(body: CorpusCreate, session: SessionDep) -> CorpusPublic:
    return svc.corpus_public(session, svc.create_corpus(session, body))


@router.get("", response_model=CorpusList)
def list_corpora(session: SessionDep) -> CorpusList:
    return CorpusList(items=[svc.corpus_public(session, c) for c in store.list_corpora(session)])


@router.get("/{corpus_id}", response_model=CorpusPublic, responses=ERRORS)
def get_corpus(corpus_id: str, session: SessionDep) -> CorpusPublic:
    return svc.corpus_public(session, store.get_corpus(session, corpus_id))


@router.patch("/{corpus_id}", response_model=CorpusUpdated, responses=ERRORS)
def update_corpus(
    corpus_id: str, body: CorpusUpdate, session: SessionDep, settings: SettingsDep
) -> CorpusUpdated:
    """Change the corpus's PHI policy: later uploads and the stored documents, re-screened under it.

    All or none, in one transaction; PIT jobs planned afterwards read only re-screened text. 409
    when the stored text cannot be brought under the policy (the original is not kept after
    redact or surrogate) or a PIT job is still reading the corpus; 413 past
    ``corpus_rescreen_max_chars``.
    """
    return svc.update_corpus(session, corpus_id, body, settings)


@router.get("/{corpus_id}/phi-report", response_model=CorpusPhiReport, responses=ERRORS)
def phi_report(corpus_id: str, session: SessionDep) -> CorpusPhiReport:
    """What PHI screening found in the corpus's documents, per Safe Harbor category."""
    return svc.phi_report(session, corpus_id)


@router.post(
    "/{corpus_id}/documents",
    status_code=status.HTTP_201_CREATED,
    response_model=IngestResult,
    responses=ERRORS,
    openapi_extra={
        "requestBody": {
            "description": "The raw file (.jsonl, .txt, .parquet, or a datasets directory as .tar/.tar.gz/.zip)",
            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            "required": True,
        }
    },
)
async def add_documents(
    corpus_id: str,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    filename: Annotated[
        str | None, Query(max_length=255, description="The file's name; its extension picks the format")
    ] = None,
    format: Annotated[
        Literal["jsonl", "txt", "parquet", "datasets"] | None,
        Query(description="Force a format; a datasets directory is sent as .tar, .tar.gz or .zip"),
    ] = None,
    text_field: Annotated[str, Query(max_length=128)] = "text",
    content_length: Annotated[int | None, Header()] = None,
) -> IngestResult:
    """Add the documents of the request body (the raw file, streamed) to a corpus, all or none.

    Each document is screened for PHI under the corpus's policy; under ``refuse`` an upload that
    holds any is answered 422 with the count per category and nothing is stored.
    """
    await run_in_threadpool(store.get_corpus, session, corpus_id)
    if content_length is not None and content_length > settings.max_upload_bytes:
        raise too_large(
            f"upload is {content_length} bytes, more than the {settings.max_upload_bytes} bytes allowed"
        )
    settings.ensure_dirs()
    with tempfile.TemporaryDirectory(prefix="upload-", dir=settings.data_dir) as tmp:
        path = Path(tmp) / "upload"
        await svc.receive_upload(request.stream(), path, settings.max_upload_bytes)
        return await run_in_threadpool(
            svc.add_documents,
            session,
            corpus_id,
            path,
            settings,
            filename=filename,
            fmt=format,
            text_field=text_field,
        )
