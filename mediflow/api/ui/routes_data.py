"""Exports (list, create with a review selection, the rendered card, download) and training runs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, RedirectResponse, Response
from markdown_it import MarkdownIt
from markupsafe import Markup
from pydantic import ValidationError

from mediflow.api.deps import CeleryDep, SessionDep, SettingsDep
from mediflow.api.resources import send_task
from mediflow.api.ui import charts
from mediflow.api.ui.paging import PagerDep, render_list
from mediflow.api.ui.render import render
from mediflow.api.ui.session import COOKIE_PATH, ActionDep, ConsoleDep
from mediflow.api.ui.views import loss_series
from mediflow.core.errors import InvalidRequestError, NotFoundError, field_path
from mediflow.core.registries import EXPORT_FORMATS
from mediflow.exports import store as export_store
from mediflow.schemas.exports import ExportCreate
from mediflow.services import exports as export_svc
from mediflow.services import training as training_svc
from mediflow.storage import training_runs as run_store
from mediflow.workers.export_tasks import enqueue_export

router = APIRouter(prefix=COOKIE_PATH)
# html=False: the card's text is shown as Markdown, never as raw HTML.
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


@router.get("/exports")
def exports(
    request: Request,
    session: SessionDep,
    console: ConsoleDep,
    pager: PagerDep,
    job_id: Annotated[str, Query(max_length=64)] = "",
) -> Response:
    rows, total = export_store.list_exports(session, limit=pager.size, offset=pager.offset)
    items = [export_svc.export_public(e) for e in rows]
    return render_list(
        request,
        console,
        "exports",
        pager,
        items,
        total,
        formats=EXPORT_FORMATS.names(),
        job_id=job_id,
        error=None,
    )


@router.post("/exports")
def create_export(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    celery: CeleryDep,
    console: ActionDep,
    job_id: Annotated[str, Form(max_length=64)] = "",
    format: Annotated[str, Form(max_length=32)] = "mediflow",
    reviewed: Annotated[str, Form(max_length=16)] = "not_rejected",
) -> Response:
    console.need("write")
    try:
        spec = ExportCreate.model_validate(
            {"format": format, "job_ids": [job_id] if job_id else None, "reviewed": reviewed}
        )
        export = export_svc.submit_export(session, spec, settings)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InvalidRequestError(field_path(first["loc"]) or "export", first["msg"]) from exc
    send_task(lambda: enqueue_export(celery, settings, export.id), f"export {export.id}")
    return RedirectResponse(f"{COOKIE_PATH}/exports/{export.id}", status_code=303)


def _card(export_id: str, path: str | None) -> Markup | None:
    if not path or not (Path(path) / "README.md").is_file():
        return None
    text = (Path(path) / "README.md").read_text(encoding="utf-8")
    if text.startswith("---\n"):  # the Hub's YAML front matter: metadata, not prose
        end = text.find("\n---\n", 4)
        text = text[end + 5 :] if end > 0 else text
    text = text.replace("](charts/", f"]({COOKIE_PATH}/exports/{export_id}/charts/")
    return Markup(_MARKDOWN.render(text))


@router.get("/exports/{export_id}")
def export_page(export_id: str, request: Request, session: SessionDep, console: ConsoleDep) -> Response:
    export = export_store.get_export(session, export_id)
    return render(
        request,
        "export.html",
        console=console,
        active="exports",
        export=export_svc.export_public(export),
        card=_card(export.id, export.artifact_path),
    )


@router.get("/exports/{export_id}/charts/{name}")
def export_chart(
    export_id: str,
    name: Annotated[str, PathParam(pattern=r"^[\w-]+\.png$")],
    session: SessionDep,
    _: ConsoleDep,
) -> FileResponse:
    export = export_store.get_export(session, export_id)
    path = Path(export.artifact_path or "/nonexistent") / "charts" / name
    if "/" in name or not path.is_file():
        raise NotFoundError(f"chart {name!r} not found")
    return FileResponse(path, media_type="image/png")


@router.get("/exports/{export_id}/download")
def download(export_id: str, session: SessionDep, _: ConsoleDep) -> FileResponse:
    path = export_svc.archive_of(export_store.get_export(session, export_id))
    return FileResponse(path, media_type="application/gzip", filename=f"mediflow-export-{export_id}.tar.gz")


@router.get("/training")
def training(request: Request, session: SessionDep, console: ConsoleDep, pager: PagerDep) -> Response:
    rows, total = run_store.list_runs(session, limit=pager.size, offset=pager.offset)
    return render_list(request, console, "training", pager, [training_svc.run_public(r) for r in rows], total)


@router.get("/training/{run_id}")
def training_run(run_id: str, request: Request, session: SessionDep, console: ConsoleDep) -> Response:
    run = run_store.get_run(session, run_id)
    public = training_svc.run_public(run)
    series = loss_series(training_svc.log_tail(run, 20_000))
    scores = [
        (f"{step}: {name}", float(value))
        for step, metrics in public.metrics.items()
        for name, value in (metrics or {}).items()
        if step.startswith("eval") and isinstance(value, int | float)
    ]
    return render(
        request,
        "training_run.html",
        console=console,
        active="training",
        run=public,
        loss=charts.line_chart(series, "Training loss per optimizer step"),
        scores=charts.bar_chart(scores, "Evaluation scores") if scores else None,
    )
