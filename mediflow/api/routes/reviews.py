"""Human review over REST: record decisions, the riskiest-first queue, agreement, tool exports.

Reading needs ``read``; recording a decision or taking rows from the queue needs ``review``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response

from mediflow.api.auth import ReadKey, require_scope
from mediflow.api.deps import SessionDep
from mediflow.schemas.common import ErrorResponse
from mediflow.schemas.reviews import (
    ReviewCreate,
    ReviewExportFormat,
    ReviewList,
    ReviewQueue,
    ReviewRecorded,
    ReviewSummary,
    SampleReviews,
)
from mediflow.services import reviews as svc
from mediflow.services.api_keys import Caller

router = APIRouter(tags=["reviews"])
ReviewKey = Annotated[Caller, Depends(require_scope("review"))]
JobId = Annotated[str, Path(min_length=1, max_length=64)]
SampleId = Annotated[int, Path(ge=1, le=2**62)]
_NOT_FOUND: dict[int | str, dict[str, object]] = {404: {"model": ErrorResponse}}


@router.post(
    "/v1/samples/{sample_id}/reviews",
    response_model=ReviewRecorded,
    status_code=201,
    responses={**_NOT_FOUND, 409: {"model": ErrorResponse}},
)
def create_review(
    sample_id: SampleId, body: ReviewCreate, session: SessionDep, key: ReviewKey
) -> ReviewRecorded:
    return svc.record_review(session, sample_id, body, key)


@router.get("/v1/samples/{sample_id}/reviews", response_model=SampleReviews, responses=_NOT_FOUND)
def get_sample_reviews(sample_id: SampleId, session: SessionDep, _: ReadKey) -> SampleReviews:
    return svc.sample_reviews(session, sample_id)


@router.get("/v1/generation-jobs/{job_id}/reviews", response_model=ReviewList, responses=_NOT_FOUND)
def list_reviews(
    job_id: JobId,
    session: SessionDep,
    _: ReadKey,
    cursor: Annotated[str | None, Query(pattern=r"^\d{1,18}$")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> ReviewList:
    return svc.list_job_reviews(session, job_id, int(cursor) if cursor else None, limit)


@router.get("/v1/generation-jobs/{job_id}/review-queue", response_model=ReviewQueue, responses=_NOT_FOUND)
def review_queue(
    job_id: JobId,
    session: SessionDep,
    key: ReviewKey,
    reviewers: Annotated[int, Query(ge=1, le=2, description="2: two-reviewer mode")] = 1,
    audit_percent: Annotated[int, Query(ge=0, le=100, description="Random audit share of plain rows")] = 5,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> ReviewQueue:
    return svc.queue(session, job_id, key, reviewers, audit_percent, limit)


@router.get("/v1/generation-jobs/{job_id}/review-summary", response_model=ReviewSummary, responses=_NOT_FOUND)
def review_summary(job_id: JobId, session: SessionDep, _: ReadKey) -> ReviewSummary:
    return svc.summary(session, job_id)


@router.get(
    "/v1/generation-jobs/{job_id}/reviews/export",
    responses={
        **_NOT_FOUND,
        200: {
            "description": "label_studio: a JSON array of tasks; argilla: JSON Lines of records",
            "content": {"application/json": {}, "application/x-ndjson": {}},
        },
    },
)
def export_reviews(
    job_id: JobId, session: SessionDep, _: ReadKey, format: ReviewExportFormat = "label_studio"
) -> Response:
    body = svc.export_reviews(session, job_id, format)
    media = "application/x-ndjson" if format == "argilla" else "application/json"
    name = f"reviews-{job_id}.{'jsonl' if format == 'argilla' else 'json'}"
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})
