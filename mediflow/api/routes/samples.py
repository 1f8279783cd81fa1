"""/v1/samples: browse generated samples with keyset pagination."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from mediflow.api.deps import SessionDep
from mediflow.schemas.common import ErrorResponse
from mediflow.schemas.samples import SampleList, SamplePublic
from mediflow.services import generation as svc
from mediflow.storage.models import SampleStatus

router = APIRouter(prefix="/v1/samples", tags=["samples"])


@router.get("", response_model=SampleList)
def list_samples(
    session: SessionDep,
    job_id: Annotated[str | None, Query(max_length=64)] = None,
    task_type: Annotated[str | None, Query(max_length=64)] = None,
    status: SampleStatus | None = None,
    cursor: Annotated[
        str | None, Query(pattern=r"^\d{1,18}$", description="next_cursor of the previous page")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> SampleList:
    return svc.list_samples(
        session,
        job_id=job_id,
        task_type=task_type,
        status=status.value if status else None,
        cursor=int(cursor) if cursor else None,
        limit=limit,
    )


@router.get("/{sample_id}", response_model=SamplePublic, responses={404: {"model": ErrorResponse}})
def get_sample(sample_id: Annotated[int, Path(ge=1, le=2**62)], session: SessionDep) -> SamplePublic:
    return svc.sample_public(svc.get_sample(session, sample_id))
