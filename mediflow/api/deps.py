"""Shared request dependencies, as Annotated aliases."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, TypeVar

from celery import Celery
from fastapi import Depends, Request
from sqlalchemy import event
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from mediflow.core.errors import UnavailableError
from mediflow.core.settings import Settings
from mediflow.services import sample_pages
from mediflow.storage import ownership
from mediflow.storage.db import autocommit_engine_for, session_capacity, session_factory

F = TypeVar("F", bound=Callable[..., Any])


async def get_settings_dep(request: Request) -> Settings:
    # async: FastAPI runs a plain ``def`` dependency in the thread pool, a hop for reading an attribute
    settings: Settings = request.app.state.settings
    return settings


def db_gate(settings: Settings) -> asyncio.Semaphore:
    """At most as many open sessions as the pool serves without waiting; the rest queue here.

    Waiting here costs no thread, so requests that own a connection can always get a thread to finish
    and give it back (a thread blocked on the pool's own wait would hold one: a deadlock under load).
    """
    return asyncio.Semaphore(session_capacity(settings.resolved_database_url))


_READS_ONLY = "__mediflow_reads_only__"
_AUTOCOMMIT = "autocommit"
_SAFE = frozenset({"GET", "HEAD"})
_WRITES = "mediflow.writes"  # the session serves a request that may write (not GET or HEAD)


def reads_only(endpoint: F) -> F:
    """Mark a route that only reads: its session runs each statement in autocommit (see
    ``storage.db.autocommit_engine_for``). Only what it reads matters: the key check's occasional
    ``last_used_at`` write commits on its own either way."""
    setattr(endpoint, _READS_ONLY, True)
    return endpoint


def _reads_only(request: Request) -> bool:
    return request.method in _SAFE and getattr(request.scope.get("endpoint"), _READS_ONLY, False)


async def get_db(request: Request) -> AsyncIterator[Session]:
    """A session that commits on success and rolls back on any error; 503 + Retry-After when busy."""
    settings: Settings = request.app.state.settings
    gate: asyncio.Semaphore = request.app.state.db_gate
    if gate.locked():  # wait_for costs a task: only when there is something to wait for
        try:
            await asyncio.wait_for(gate.acquire(), settings.api_db_wait_s)
        except TimeoutError:
            raise UnavailableError(
                "the database is busy; retry shortly", retry_after_s=settings.api_db_wait_s
            ) from None
    else:
        await gate.acquire()  # free: returns without suspending
    try:
        url = settings.resolved_database_url
        if _reads_only(request):
            session = session_factory(url)(bind=autocommit_engine_for(url), info={_AUTOCOMMIT: True})
        else:
            session = session_factory(url)()
        # Reads through it refuse until the key check names a caller (see storage.ownership).
        ownership.mark_request(session)
        if request.method not in _SAFE:
            session.info[_WRITES] = True
        try:
            yield session
        except BaseException:
            await _finish(session, commit=False)
            raise
        await _finish(session, commit=True)
    finally:
        gate.release()


@event.listens_for(Session, "after_commit")
def _pages_follow_writes(session: Session) -> None:
    """A write request's commit (a retry, a cancel, a review) may change rows that kept samples pages
    show: drop the pages its caller could see, at the commit, so the answer that follows it (and every
    read after) sees the write. Only for a verified caller: a refused request (a failed sign-in) or
    another project's write never empties a project's pages."""
    if session.info.get(_WRITES) and ownership.INFO_ALL in session.info:
        sample_pages.forget_pages(ownership.caller_project(session))


def _end(session: Session, commit: bool) -> None:
    try:
        session.commit() if commit else session.rollback()
    finally:
        session.close()


async def _finish(session: Session, *, commit: bool) -> None:
    """Commit (or roll back) and close in one thread-pool hop; none when the session never began."""
    pending = session.new or session.dirty or session.deleted
    if not pending and (session.get_transaction() is None or session.info.get(_AUTOCOMMIT)):
        # No connection taken, or one in autocommit with nothing to write: no COMMIT to send, and the
        # pool takes the connection back without a round trip (it is idle, not in a transaction).
        _end(session, commit)
        return
    await run_in_threadpool(_end, session, commit)


async def get_celery(request: Request) -> Celery:
    app: Celery = request.app.state.celery
    return app


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
SessionDep = Annotated[Session, Depends(get_db)]
CeleryDep = Annotated[Celery, Depends(get_celery)]
