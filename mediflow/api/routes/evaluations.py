"""/v1/evaluations: score models on a task suite (in a training worker), read scores and the report."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import FileResponse, PlainTextResponse

from mediflow.api.deps import CeleryDep, SessionDep, SettingsDep
from mediflow.api.resources import Window, accepted
from mediflow.schemas.common import ErrorResponse
from mediflow.schemas.evaluations import EvaluationCreate, EvaluationList, EvaluationPublic
from mediflow.services import evaluations as svc
from mediflow.workers.evaluation_tasks import enqueue_evaluation

router = APIRouter(prefix=svc.EVALS_PATH, tags=["evaluations"])
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorResponse} for code in (404, 422)}


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=EvaluationPublic, responses=ERRORS)
def create_evaluation(
    body: EvaluationCreate, session: SessionDep, settings: SettingsDep, celery: CeleryDep, response: Response
) -> EvaluationPublic:
    """Models x suite: each model's per-task scores and average, then a side-by-side report."""
    ev = svc.submit(session, body, settings)
    accepted(response, svc.EVALS_PATH, ev.id, lambda: enqueue_evaluation(celery, settings, ev.id))
    return svc.public(ev)


@router.get("", response_model=EvaluationList)
def list_evaluations(session: SessionDep, query: Annotated[Window, Query()]) -> EvaluationList:
    rows, total = svc.list_evaluations(session, limit=query.limit, offset=query.offset)
    return query.page(EvaluationList, [svc.public(r) for r in rows], total)


@router.get("/{eval_id}", response_model=EvaluationPublic, responses=ERRORS)
def get_evaluation(eval_id: str, session: SessionDep) -> EvaluationPublic:
    return svc.public(svc.get(session, eval_id))


@router.get(
    "/{eval_id}/report",
    responses={200: {"content": {"text/markdown": {"schema": {"type": "string"}}}}, **ERRORS},
)
def evaluation_report(eval_id: str, session: SessionDep, settings: SettingsDep) -> PlainTextResponse:
    """Task scores side by side, one column per model (Markdown)."""
    path = svc.report_file(settings, svc.get(session, eval_id), "report.md")
    return PlainTextResponse(path.read_text(encoding="utf-8"), media_type="text/markdown")


@router.get(
    "/{eval_id}/chart",
    responses={200: {"content": {"image/png": {"schema": {"type": "string", "format": "binary"}}}}, **ERRORS},
)
def evaluation_chart(eval_id: str, session: SessionDep, settings: SettingsDep) -> FileResponse:
    """The report as a grouped bar chart (PNG)."""
    return FileResponse(
        svc.report_file(settings, svc.get(session, eval_id), "chart.png"), media_type="image/png"
    )
