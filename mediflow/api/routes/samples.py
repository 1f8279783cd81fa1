"""/v1/samples: browse generated samples with keyset pagination."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from starlette.concurrency import run_in_threadpool

from mediflow.api.deps import SessionDep, SettingsDep, reads_only
from mediflow.schemas.common import ErrorResponse
from mediflow.schemas.samples import SAMPLE_FIELDS, SampleList, SamplePublic
from mediflow.services import generation as svc
from mediflow.services import sample_pages
from mediflow.storage.models import SampleStatus

FIELDS_HELP = (
    "Comma-separated fields each row carries (`id` always comes), e.g. `status,instruction,output,quality`; "
    f"all of them when absent. Valid: {', '.join(SAMPLE_FIELDS)}"
)

router = APIRouter(prefix="/v1/samples", tags=["samples"])


@router.get("", response_model=SampleList, responses={422: {"model": ErrorResponse}})
@reads_only
async def list_samples(
    session: SessionDep,
    settings: SettingsDep,
    job_id: Annotated[str | None, Query(max_length=64)] = None,
    task_type: Annotated[str | None, Query(max_length=64)] = None,
    status: SampleStatus | None = None,
    cursor: Annotated[
        str | None, Query(pattern=r"^\d{1,18}$", description="next_cursor of the previous page")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    fields: Annotated[str | None, Query(max_length=1000, description=FIELDS_HELP)] = None,
) -> Response:
    page = {
        "job_id": job_id,
        "task_type": task_type,
        "status": status.value if status else None,
        "cursor": int(cursor) if cursor else None,
        "limit": limit,
        "fields": sample_pages.parse_fields(fields),
    }
    # A page polled by many clients is read and rendered once a MEDIFLOW_SAMPLES_PAGE_CACHE_S per
    # process and project (see sample_pages); a hit costs no thread and no database.
    key = sample_pages.page_key(session, **page)
    body = sample_pages.cached_page(key)
    if body is None:
        ttl = settings.samples_page_cache_s

        async def read() -> bytes:
            return await run_in_threadpool(sample_pages.page_json_kept, session, key, ttl, **page)

        body = await sample_pages.read_shared(key, read)
    # Typed columns rendered straight to JSON, only the fields asked for (see sample_pages.page_json).
    return Response(body, media_type="application/json")


@router.get("/{sample_id}", response_model=SamplePublic, responses={404: {"model": ErrorResponse}})
@reads_only
def get_sample(sample_id: Annotated[int, Path(ge=1, le=2**62)], session: SessionDep) -> SamplePublic:
    return svc.sample_public(svc.get_sample(session, sample_id))
