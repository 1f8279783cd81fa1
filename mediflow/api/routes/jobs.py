"""/v1/generation-jobs: submit, follow, list and cancel generation jobs."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response, status
from starlette.concurrency import run_in_threadpool

from mediflow.api.deps import CeleryDep, SessionDep, SettingsDep, reads_only
from mediflow.api.fastlane import STATUS_LOOKUP
from mediflow.api.ratelimit import limit_job_creation
from mediflow.api.resources import StatusWindow, accepted
from mediflow.schemas.common import ErrorResponse
from mediflow.schemas.jobs import GenerationJobCreate, GenerationJobList, GenerationJobPublic, JobEstimate
from mediflow.schemas.report import JobReport
from mediflow.services import generation as svc
from mediflow.services import job_status
from mediflow.services.estimate import estimate_job
from mediflow.services.report import build_report, cached_report
from mediflow.storage import jobs as store
from mediflow.storage import ownership
from mediflow.storage.models import JobStatus
from mediflow.workers.dispatch import enqueue_job

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/generation-jobs", tags=["generation jobs"])
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse},
    409: {"model": ErrorResponse},
    422: {"model": ErrorResponse},
}


@router.post(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=GenerationJobPublic,
    responses={**ERRORS, 429: {"model": ErrorResponse}},
    dependencies=[Depends(limit_job_creation)],
)
def create_job(
    body: GenerationJobCreate,
    session: SessionDep,
    settings: SettingsDep,
    celery: CeleryDep,
    response: Response,
    idempotency_key: Annotated[str | None, Header(max_length=255)] = None,
) -> GenerationJobPublic:
    job, created = svc.submit_job(session, body, idempotency_key, settings)
    if not created:  # an idempotent replay: the first request sent the task message
        response.headers["Idempotent-Replayed"] = "true"
    send = (lambda: enqueue_job(celery, settings, job.id)) if created else None
    accepted(response, svc.JOBS_PATH, job.id, send)
    return svc.job_public(job)


@router.post("/estimate", response_model=JobEstimate, responses=ERRORS)
def estimate(body: GenerationJobCreate, session: SessionDep, settings: SettingsDep) -> JobEstimate:
    """Expected calls, tokens, cost and time of a job spec; nothing is stored or spent."""
    return estimate_job(session, body, settings)


@router.get("", response_model=GenerationJobList)
@reads_only
def list_jobs(session: SessionDep, query: Annotated[StatusWindow[JobStatus], Query()]) -> GenerationJobList:
    jobs, total = store.list_jobs(session, limit=query.limit, offset=query.offset, status=query.status_value)
    return query.page(GenerationJobList, [svc.job_public(j) for j in jobs], total)


@router.get("/{job_id}", response_model=GenerationJobPublic, responses=ERRORS)
@reads_only
async def get_job(job_id: str, request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    # The most polled route. The job's answer may come from this process's cache (only to a caller of
    # its project; see services.job_status); otherwise one SELECT in a thread-pool hop, shared by every
    # request for this job that misses meanwhile. Usually api.fastlane has sent the cached answer
    # already; if it looked and found none, read.
    looked_up = request.scope.get(STATUS_LOOKUP) == job_id
    body = None if looked_up else job_status.cached(job_id, ownership.caller_project(session))
    if body is None:
        ttls = (settings.job_status_cache_s, settings.running_status_cache_s)

        async def read() -> job_status.Entry | None:
            return await run_in_threadpool(job_status.read_entry, session, job_id, *ttls)

        body = job_status.answer(session, job_id, await job_status.read_shared(job_id, read))
    return Response(body, media_type="application/json")


@router.get("/{job_id}/report", response_model=JobReport, responses=ERRORS)
def job_report(job_id: str, session: SessionDep, diversity: bool = False) -> JobReport:
    """Coverage and quality; ``diversity=true`` adds embedding metrics and a 2-D instruction map (slower)."""
    if diversity:
        return build_report(session, job_id, diversity=True)
    return cached_report(session, job_id)  # exact: rebuilt whenever the job's rows changed


@router.post(
    "/{job_id}/cancel",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=GenerationJobPublic,
    responses=ERRORS,
)
def cancel_job(job_id: str, session: SessionDep) -> GenerationJobPublic:
    job = store.request_cancel(session, job_id)
    session.commit()
    job_status.forget(job.id)  # polled next: shows the cancel, not the cached running answer
    return svc.job_public(job)


@router.post(
    "/{job_id}/retry-failed",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=GenerationJobPublic,
    responses=ERRORS,
)
def retry_failed(
    job_id: str, session: SessionDep, settings: SettingsDep, celery: CeleryDep
) -> GenerationJobPublic:
    """Run a finished job's failed samples again (e.g. after fixing the teacher key); 409 if none."""
    job = svc.retry_failed(session, job_id)
    job_status.forget(job.id)
    try:
        enqueue_job(celery, settings, job.id)
    except Exception as exc:  # the stall scan re-sends shards whose message never went out
        log.warning("job %s re-queued but not yet enqueued: %s", job.id, exc)
    return svc.job_public(job)
