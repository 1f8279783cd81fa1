"""The FastAPI application factory."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.routing import APIRoute

from mediflow import __version__
from mediflow.api.auth import AUTH_RESPONSES, require_scope
from mediflow.api.deps import db_gate
from mediflow.api.errors import install_error_handlers
from mediflow.api.fastlane import StatusFastLane
from mediflow.api.limits import BODY_RESPONSES, BUSY_RESPONSES, BodySizeLimit
from mediflow.api.ratelimit import LIMIT_RESPONSES, authorize_writes, limit_writes, make_limiter
from mediflow.api.routes import (
    base_models,
    corpora,
    evaluations,
    exports,
    health,
    jobs,
    keys,
    metrics,
    reviews,
    samples,
    taxonomy,
    training_runs,
)
from mediflow.api.ui import install_console
from mediflow.core.settings import Settings, get_settings
from mediflow.services.metrics import api_registry
from mediflow.workers.app import create_celery_app


def operation_id(route: APIRoute) -> str:
    """tag + route name (`generation_jobs-create_job`), so generated clients read naturally."""
    tag = str(route.tags[0]).replace(" ", "_") if route.tags else ""
    return f"{tag}-{route.name}" if tag else route.name


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # What the process holds once started (modules, the app, models, schemas: ~300k objects) moves out of
    # the collector's reach: a full collection then walks only what requests allocate. Before, each one
    # walked everything, a pause of up to ~0.3 s under load every few seconds (the p99 of a polled read).
    # Once a process: a process that builds many apps (the tests) would otherwise keep every one of them
    # out of the collector's reach.
    if gc.get_freeze_count() == 0:
        gc.collect()
        gc.freeze()
    yield


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    settings.ensure_dirs()
    app = FastAPI(
        title="mediflow",
        version=__version__,
        description="Synthetic clinical instruction data generation (MediFlow style) and MediPhi-style training.",
        # Public by default; MEDIFLOW_DOCS_PUBLIC=false serves them only to keys (see _keyed_docs).
        openapi_url="/openapi.json" if settings.docs_public else None,
        docs_url="/docs" if settings.docs_public else None,
        redoc_url="/redoc" if settings.docs_public else None,
        generate_unique_id_function=operation_id,
        lifespan=_lifespan,
    )
    app.state.settings = settings
    app.state.celery = create_celery_app(settings)
    app.state.job_limiter = make_limiter(settings)
    app.state.write_limiter = make_limiter(settings, settings.post_rate_per_minute, settings.post_rate_burst)
    app.state.metrics_registry = api_registry(settings)
    app.state.db_gate = db_gate(settings)
    install_error_handlers(app)
    app.add_middleware(
        BodySizeLimit, max_bytes=settings.max_request_bytes, upload_max_bytes=settings.max_upload_bytes
    )
    # Only the probes are open; every other router needs a key (read for GET, write otherwise).
    app.include_router(health.router)
    documented = {**AUTH_RESPONSES, **BODY_RESPONSES, **LIMIT_RESPONSES, **BUSY_RESPONSES}
    protected: dict[str, Any] = {
        "dependencies": [Depends(authorize_writes)],  # authorize, then limit_writes' token
        "responses": documented,
    }
    for module in (taxonomy, jobs, samples):
        app.include_router(module.router, **protected)
    app.include_router(corpora.router, **protected)
    app.include_router(exports.router, **protected)
    app.include_router(training_runs.router, **protected)
    app.include_router(base_models.router, **protected)
    app.include_router(evaluations.router, **protected)
    # Per-route scopes: reading needs read, recording a review needs review (not write).
    app.include_router(reviews.router, dependencies=[Depends(limit_writes)], responses=documented)
    admin = [Depends(require_scope("admin")), Depends(limit_writes)]
    app.include_router(keys.router, dependencies=admin, responses=documented)
    # Server-wide figures (every project's jobs, the queues): admin keys only, or public by setting.
    scraper: dict[str, Any] = {"dependencies": [Depends(require_scope("admin"))], "responses": documented}
    app.include_router(metrics.router, **(scraper if not settings.metrics_public else {}))
    install_console(app)  # /ui: the web console (session cookie, not bearer keys)
    # Outermost: a cached job status for a cached key, before routing (see api.fastlane).
    app.add_middleware(StatusFastLane, settings=settings)
    if not settings.docs_public:
        _keyed_docs(app)
    return app


def _keyed_docs(app: FastAPI) -> None:
    """/openapi.json and /docs for any valid key (read scope), hidden from the schema itself."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import HTMLResponse, JSONResponse

    read = [Depends(require_scope("read"))]

    @app.get("/openapi.json", include_in_schema=False, dependencies=read)
    def openapi_json() -> JSONResponse:
        return JSONResponse(app.openapi())

    @app.get("/docs", include_in_schema=False, dependencies=read)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="mediflow")
