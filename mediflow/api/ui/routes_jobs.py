"""Jobs: the list with live progress, creating from a form or a pasted spec, the job page, cancel."""

from __future__ import annotations

from typing import Annotated, Any

import yaml
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import ValidationError

from mediflow.api.deps import CeleryDep, SessionDep, SettingsDep
from mediflow.api.resources import send_task
from mediflow.api.ui.paging import LIST_PAGE, PagerDep, render_list
from mediflow.api.ui.render import render
from mediflow.api.ui.session import COOKIE_PATH, ActionDep, ConsoleDep
from mediflow.api.ui.views import job_live, report_charts
from mediflow.core.errors import InvalidRequestError, NotFoundError, field_path
from mediflow.core.registries import TEACHERS
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services import generation as svc
from mediflow.services import job_status
from mediflow.services import reviews as review_svc
from mediflow.services.report import cached_report
from mediflow.storage import jobs as store
from mediflow.storage.models import utcnow
from mediflow.workers.dispatch import enqueue_job

router = APIRouter(prefix=f"{COOKIE_PATH}/jobs")
JOBS_PAGE = LIST_PAGE  # the live endpoint answers for one page of the list at most
QUOTA_ROWS = 200  # strata listed on the job page (short ones first); the JSON report has them all


@router.get("")
def jobs(request: Request, session: SessionDep, console: ConsoleDep, pager: PagerDep) -> Response:
    rows, total = store.list_jobs(session, limit=pager.size, offset=pager.offset)
    now = utcnow()
    items = [(svc.job_public(j), job_live(svc.job_public(j), now)) for j in rows]
    return render_list(request, console, "jobs", pager, items, total)


@router.get("/live")
def live(
    session: SessionDep, _: ConsoleDep, ids: Annotated[str, Query(max_length=JOBS_PAGE * 40)] = ""
) -> JSONResponse:
    """Progress of the listed jobs, for the pages' polling script."""
    now = utcnow()
    out: dict[str, Any] = {}
    for job_id in [i for i in ids.split(",") if i][:JOBS_PAGE]:
        try:
            out[job_id] = job_live(svc.job_public(store.get_job(session, job_id)), now)
        except NotFoundError:  # a deleted or unknown id simply has no entry
            continue
    return JSONResponse(out)


def _new_page(
    request: Request, console: Any, values: dict[str, Any], errors: list[tuple[str, str]], status: int = 200
) -> Response:
    return render(
        request,
        "job_new.html",
        status,
        console=console,
        active="jobs",
        backends=TEACHERS.names(),
        values=values,
        errors=errors,
    )


@router.get("/new")
def new_job(request: Request, console: ConsoleDep) -> Response:
    console.need("write")
    return _new_page(request, console, {"n_samples": 20, "backend": "openai", "seed": 0}, [])


def _spec_from_form(values: dict[str, Any]) -> dict[str, Any]:
    pasted = (values.get("spec") or "").strip()
    if pasted:
        try:
            data = yaml.safe_load(pasted)  # JSON is YAML too
        except yaml.YAMLError as exc:
            raise InvalidRequestError("spec", f"not valid JSON or YAML: {exc}") from exc
        if not isinstance(data, dict):
            raise InvalidRequestError("spec", "must be a mapping of job fields")
        return data
    teacher: dict[str, Any] = {"backend": values["backend"]}
    for name in ("model", "base_url"):
        if values.get(name):
            teacher[name] = values[name]
    spec: dict[str, Any] = {"n_samples": values["n_samples"], "seed": values["seed"], "teacher": teacher}
    if values.get("task_types"):
        spec["task_types"] = [t.strip() for t in values["task_types"].split(",") if t.strip()]
    return spec


@router.post("")
def create_job(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    celery: CeleryDep,
    console: ActionDep,
    n_samples: Annotated[int, Form(ge=1, le=10_000_000)] = 20,
    backend: Annotated[str, Form(max_length=32)] = "openai",
    model: Annotated[str, Form(max_length=255)] = "",
    base_url: Annotated[str, Form(max_length=2048)] = "",
    task_types: Annotated[str, Form(max_length=4000)] = "",
    seed: Annotated[int, Form(ge=0)] = 0,
    spec: Annotated[str, Form(max_length=200_000)] = "",
) -> Response:
    console.need("write")
    values = {
        "n_samples": n_samples,
        "backend": backend,
        "model": model,
        "base_url": base_url,
        "task_types": task_types,
        "seed": seed,
        "spec": spec,
    }
    try:
        body = GenerationJobCreate.model_validate(_spec_from_form(values))
        job, _ = svc.submit_job(session, body, None, settings)
    except ValidationError as exc:
        errors = [
            (field_path(e["loc"]) or "spec", e["msg"].removeprefix("Value error, ")) for e in exc.errors()
        ]
        return _new_page(request, console, values, errors, 422)
    except InvalidRequestError as exc:
        return _new_page(request, console, values, list(exc.details) or [(exc.field, exc.reason)], 422)
    send_task(lambda: enqueue_job(celery, settings, job.id), f"job {job.id}")
    return RedirectResponse(f"{COOKIE_PATH}/jobs/{job.id}", status_code=303)


@router.get("/{job_id}")
def job_page(
    job_id: str, request: Request, session: SessionDep, settings: SettingsDep, console: ConsoleDep
) -> Response:
    job = svc.job_public(store.get_job(session, job_id))
    report = cached_report(session, job_id, settings.console_live_report_s)
    return render(
        request,
        "job.html",
        console=console,
        active="jobs",
        job=job,
        live=job_live(job, utcnow()),
        report=report,
        charts=report_charts(report),
        quota_rows=QUOTA_ROWS,
        reviews=review_svc.summary(session, job_id),
    )


@router.get("/{job_id}/reviews/export")
def export_reviews(
    job_id: str,
    session: SessionDep,
    _: ConsoleDep,
    format: Annotated[str, Query(max_length=16)] = "label_studio",
) -> Response:
    """The job's reviews for Label Studio or Argilla, downloaded with the console session."""
    body = review_svc.export_reviews(session, job_id, format)
    jsonl = format == "argilla"
    return Response(
        body,
        media_type="application/x-ndjson" if jsonl else "application/json",
        headers={
            "Content-Disposition": f'attachment; filename="reviews-{job_id}.{"jsonl" if jsonl else "json"}"'
        },
    )


@router.post("/{job_id}/cancel")
def cancel(job_id: str, session: SessionDep, console: ActionDep) -> Response:
    console.need("write")
    store.request_cancel(session, job_id)
    session.commit()
    job_status.forget(job_id)  # the API's polled status shows the cancel at once
    return RedirectResponse(f"{COOKIE_PATH}/jobs/{job_id}", status_code=303)
