"""Every row created in a request records the API key that created it and the project it belongs to;
every read in a request sees only the caller's project (admins see all).

The auth dependency puts the caller's key id and project in ``session.info``; before each flush, new
rows of any model with a ``created_by_key_id`` / ``project_id`` column are stamped with them. Reads go
through ``visible`` (one row) and ``scoped`` (a query). A session without a caller (a worker, the CLI
on the database) sees everything: tenancy is the API's boundary.

That default must never reach a request: the API's session dependency marks its sessions with
``mark_request``, and on a marked session without a caller (a route that forgot its key check, a caller
set without a project) every helper here refuses (``NoCallerError``, a 403) instead of showing every
project.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, event, func, select
from sqlalchemy.orm import Session

from mediflow.core.errors import ForbiddenError, NotFoundError

INFO_KEY = "api_key_id"
INFO_PROJECT = "project_id"
INFO_ALL = "all_projects"
INFO_REQUEST = "request_session"

T = TypeVar("T")
S = TypeVar("S", bound=Select[Any])


class NoCallerError(ForbiddenError):
    """A request's session has no verified caller: refused rather than shown every project."""


def mark_request(session: Session) -> None:
    """This session serves a request: it must get a caller before anything is read through it."""
    session.info[INFO_REQUEST] = True


def set_caller(session: Session, key_id: str, project_id: str, *, all_projects: bool) -> None:
    session.info[INFO_KEY] = key_id
    session.info[INFO_PROJECT] = project_id
    session.info[INFO_ALL] = all_projects


def _checked_project(session: Session) -> str | None:
    """The caller's own project; None for a session outside a request that has no caller."""
    info = session.info
    project: str | None = info.get(INFO_PROJECT)
    if INFO_ALL not in info:
        if info.get(INFO_REQUEST):
            raise NoCallerError("this request has no verified API key")
        return None  # a worker or the CLI: tenancy is the API's boundary
    if not project:  # a caller without a project would otherwise be confined to none
        raise NoCallerError("this request's API key has no project")
    return project


def caller_project(session: Session) -> str | None:
    """The project a caller is confined to; None when it sees every project (admin, worker)."""
    project = _checked_project(session)
    return None if session.info.get(INFO_ALL, True) else project


def own_project(session: Session) -> str | None:
    """The caller's own project (admins too); None outside a request."""
    return _checked_project(session)


def may_see_project(session: Session, project_id: str | None) -> bool:
    """Whether the caller may see what belongs to ``project_id`` (``visible``'s rule, for a value)."""
    project = caller_project(session)
    return project is None or project_id == project


def visible(session: Session, row: T | None, what: str) -> T:
    """``row`` if it exists and the caller may see it; else the same 404 either way."""
    if row is None or not may_see(session, row):
        raise NotFoundError(f"{what} not found")
    return row


def may_see(session: Session, row: Any) -> bool:
    """Whether the caller may see ``row`` (a model without a project column: every caller)."""
    project = caller_project(session)
    return project is None or getattr(row, "project_id", project) == project


def scoped(session: Session, query: S, model: Any) -> S:
    """``query`` restricted to the caller's project (unchanged for admins and workers)."""
    project = caller_project(session)
    return query if project is None else query.where(model.project_id == project)


def page(
    session: Session, model: type[T], *, limit: int, offset: int, status: str | None = None
) -> tuple[list[T], int]:
    """One page of the caller's ``model`` rows, newest first (id breaks ties), with the total for paging."""
    query = scoped(session, select(model), model)
    if status:
        query = query.where(model.status == status)  # type: ignore[attr-defined]
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    newest_first = (model.created_at.desc(), model.id)  # type: ignore[attr-defined]
    rows = session.scalars(query.order_by(*newest_first).limit(limit).offset(offset)).all()
    return list(rows), int(total)


def visible_ids(session: Session, model: Any, ids: list[str]) -> set[str]:
    """Which of ``ids`` exist and are visible to the caller."""
    return set(session.scalars(scoped(session, select(model.id).where(model.id.in_(ids)), model)))


@event.listens_for(Session, "before_flush")
def _stamp_creator(session: Session, _context: Any, _instances: Any) -> None:
    key_id = session.info.get(INFO_KEY)
    project = session.info.get(INFO_PROJECT)
    if key_id is None and project is None:
        return
    for obj in session.new:
        if key_id is not None and hasattr(obj, "created_by_key_id") and obj.created_by_key_id is None:
            obj.created_by_key_id = key_id
        # Keys get their project from whoever creates them; cache rows carry the key's own.
        stampable = type(obj).__name__ not in ("ApiKey", "TeacherCacheEntry")
        if project is not None and stampable and getattr(obj, "project_id", 1) is None:
            obj.project_id = project
