"""Shared request dependencies, as Annotated aliases."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from celery import Celery
from fastapi import Depends, Request
from sqlalchemy.orm import Session

from mediflow.core.settings import Settings
from mediflow.storage.db import session_scope


def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_db(request: Request) -> Iterator[Session]:
    settings: Settings = request.app.state.settings
    with session_scope(settings.resolved_database_url) as session:
        yield session


def get_celery(request: Request) -> Celery:
    app: Celery = request.app.state.celery
    return app


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
SessionDep = Annotated[Session, Depends(get_db)]
CeleryDep = Annotated[Celery, Depends(get_celery)]
