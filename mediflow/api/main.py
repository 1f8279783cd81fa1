"""The FastAPI application factory."""

from __future__ import annotations

from fastapi import FastAPI

from mediflow import __version__
from mediflow.api.errors import install_error_handlers
from mediflow.api.routes import corpora, exports, health, jobs, samples, taxonomy, training_runs
from mediflow.settings import Settings, get_settings
from mediflow.workers.app import create_celery_app


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    settings.ensure_dirs()
    app = FastAPI(
        title="mediflow",
        version=__version__,
        description="Synthetic clinical instruction data generation (MediFlow style) and MediPhi-style training.",
    )
    app.state.settings = settings
    app.state.celery = create_celery_app(settings)
    install_error_handlers(app)
    for module in (health, taxonomy, jobs, samples):
        app.include_router(module.router)
    app.include_router(corpora.router)
    app.include_router(exports.router)
    app.include_router(training_runs.router)
    return app
