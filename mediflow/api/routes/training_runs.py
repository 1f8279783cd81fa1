"""/v1/training-runs: submit a recipe, follow its stages, cancel it, read its log."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import PlainTextResponse

from mediflow.api.deps import CeleryDep, SessionDep, SettingsDep
from mediflow.api.resources import StatusWindow, accepted
from mediflow.schemas.common import ErrorResponse
from mediflow.schemas.training import TrainingRunCreate, TrainingRunList, TrainingRunPublic
from mediflow.services import training as svc
from mediflow.storage import training_runs as store
from mediflow.storage.models import TrainingStatus
from mediflow.workers.training_tasks import enqueue_training

router = APIRouter(prefix=svc.RUNS_PATH, tags=["training runs"])
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorResponse} for code in (404, 409, 422)}


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=TrainingRunPublic, responses=ERRORS)
def create_run(
    body: TrainingRunCreate, session: SessionDep, settings: SettingsDep, celery: CeleryDep, response: Response
) -> TrainingRunPublic:
    run = svc.submit_run(session, body, settings)
    accepted(response, svc.RUNS_PATH, run.id, lambda: enqueue_training(celery, settings, run.id))
    return svc.run_public(run)


@router.get("", response_model=TrainingRunList)
def list_runs(
    session: SessionDep, query: Annotated[StatusWindow[TrainingStatus], Query()]
) -> TrainingRunList:
    runs, total = store.list_runs(session, limit=query.limit, offset=query.offset, status=query.status_value)
    return query.page(TrainingRunList, [svc.run_public(r) for r in runs], total)


@router.get("/{run_id}", response_model=TrainingRunPublic, responses=ERRORS)
def get_run(run_id: str, session: SessionDep) -> TrainingRunPublic:
    return svc.run_public(store.get_run(session, run_id))


@router.post(
    "/{run_id}/cancel",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=TrainingRunPublic,
    responses=ERRORS,
)
def cancel_run(run_id: str, session: SessionDep) -> TrainingRunPublic:
    """Queued: cancelled now. Running: stops at the next optimizer step or step boundary (cancelling)."""
    run = store.request_cancel(session, run_id)
    session.commit()
    return svc.run_public(run)


@router.get(
    "/{run_id}/logs",
    # No response_class=PlainTextResponse: FastAPI would then document every error answer (404, and
    # the 401/403/413 added where the router is included) as text/plain, though they are JSON.
    responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}, **ERRORS},
)
def run_logs(
    run_id: str,
    session: SessionDep,
    tail: Annotated[int | None, Query(ge=1, le=100_000, description="Only the last N lines")] = None,
) -> PlainTextResponse:
    """The run's train.log: every stage event, training loss lines and the worker's own notes."""
    return PlainTextResponse(svc.log_tail(store.get_run(session, run_id), tail))
