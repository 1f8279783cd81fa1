"""Shared request dependencies, as Annotated aliases."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

from celery import Celery
from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from mediflow.core.errors import UnavailableError
from mediflow.core.settings import Settings
from mediflow.storage.db import session_capacity, session_factory


def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def db_gate(settings: Settings) -> asyncio.Semaphore:
    """At most as many open sessions as the pool serves without waiting; the rest queue here.

    Waiting here costs no thread, so requests that own a connection can always get a thread to finish
    and give it back (a thread blocked on the pool's own wait would hold one: a deadlock under load).
    """
    return asyncio.Semaphore(session_capacity(settings.resolved_database_url))


async def get_db(request: Request) -> AsyncIterator[Session]:
    """A session that commits on success and rolls back on any error; 503 + Retry-After when busy."""
    settings: Settings = request.app.state.settings
    gate: asyncio.Semaphore = request.app.state.db_gate
    try:
        await asyncio.wait_for(gate.acquire(), settings.api_db_wait_s)
    except TimeoutError:
        raise UnavailableError(
            "the database is busy; retry shortly", retry_after_s=settings.api_db_wait_s
        ) from None
    try:
        session = session_factory(settings.resolved_database_url)()
        try:
            yield session
            await run_in_threadpool(session.commit)
        except BaseException:
            await run_in_threadpool(session.rollback)
            raise
        finally:
            await run_in_threadpool(session.close)
    finally:
        gate.release()


def get_celery(request: Request) -> Celery:
    app: Celery = request.app.state.celery
    return app


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
SessionDep = Annotated[Session, Depends(get_db)]
CeleryDep = Annotated[Celery, Depends(get_celery)]
