"""Pages of samples (``GET /v1/samples``): keyset pagination, and only the columns a page shows.

A page reads plain column tuples, never ORM objects, and never the columns no public field shows (the
dedup signature, the content hash): at 50 or 500 rows a page that is polled is mostly this cost.
``fields`` names the public fields wanted (``id`` always comes); without it a row has them all.

A rendered page is kept per process for ``MEDIFLOW_SAMPLES_PAGE_CACHE_S`` (1 s) under its caller's
project and its whole query ("microcaching": a page that many clients poll is read and rendered once
per that time, and requests that miss together share one read). A key of one project is never served
a page read for another (the project is part of the key, and the page's SELECT is scoped by it). Rows
a worker writes show within that time; a write request's commit through this process drops, at once,
the kept pages its caller could see (``forget_pages``, called from the API's session dependency).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any

import pydantic_core
from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from mediflow.core import errors
from mediflow.core.microcache import Microcache
from mediflow.schemas.samples import SAMPLE_FIELDS, SampleList, SampleProvenance
from mediflow.storage import ownership
from mediflow.storage.models import GenerationJob, Sample

# Public fields built from several columns; every other public field is the column of its name.
FAILURE_COLUMNS = {"stage": "failed_stage", "reason": "failure_reason", "detail": "error_detail"}
DERIVED: dict[str, tuple[str, ...]] = {
    "provenance": tuple(SampleProvenance.model_fields),
    "failure": tuple(FAILURE_COLUMNS.values()),
}


def parse_fields(raw: str | None) -> tuple[str, ...]:
    """``"status,output"`` -> ("id", "status", "output") in SamplePublic's order; all fields if None."""
    if raw is None or not raw.strip():
        return SAMPLE_FIELDS
    asked = {name.strip() for name in raw.split(",") if name.strip()}
    unknown = sorted(asked - set(SAMPLE_FIELDS))
    if unknown:
        raise errors.InvalidRequestError(
            "fields", f"unknown field {', '.join(map(repr, unknown))}; valid: {', '.join(SAMPLE_FIELDS)}"
        )
    asked.add("id")  # the cursor
    return tuple(name for name in SAMPLE_FIELDS if name in asked)


def _columns(fields: Iterable[str]) -> list[Any]:
    names: dict[str, None] = {}
    for name in fields:
        names.update(dict.fromkeys(DERIVED.get(name, (name,))))
    return [getattr(Sample, name) for name in names]


@functools.lru_cache(maxsize=256)
def _builder(fields: tuple[str, ...]) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """A row tuple -> its public dict, by column position: a Row's attribute lookup (``getattr``) cost
    more than the rest of building a 50-row page together."""
    at = {col.key: i for i, col in enumerate(_columns(fields))}
    provenance = tuple((col, at[col]) for col in DERIVED["provenance"]) if "provenance" in fields else ()
    failure = tuple((k, at[col]) for k, col in FAILURE_COLUMNS.items()) if "failure" in fields else ()
    reason = at.get(FAILURE_COLUMNS["reason"])
    plain = tuple((name, at[name]) for name in fields if name not in DERIVED)

    def build(row: Sequence[Any]) -> dict[str, Any]:
        item = {name: row[i] for name, i in plain}
        if provenance:
            item["provenance"] = {col: row[i] for col, i in provenance}
        if failure:
            item["failure"] = {k: row[i] for k, i in failure} if row[reason] else None  # type: ignore[index]
        return {name: item[name] for name in fields}  # SamplePublic's order

    return build


@functools.lru_cache(maxsize=256)
def _statement(fields: tuple[str, ...], scoped: bool, filters: frozenset[str]) -> Select[Any]:
    """The page's SELECT for one shape (fields, which filters), built once with bound parameters:
    building and keying a new statement cost a page more than running it (~0.9 of 1.9 ms, 50 rows)."""
    query = select(*_columns(fields)).order_by(Sample.id).limit(bindparam("limit"))
    if scoped:
        project = GenerationJob.project_id == bindparam("project")
        query = query.where(Sample.job_id.in_(select(GenerationJob.id).where(project)))
    if "job_id" in filters:
        query = query.where(Sample.job_id == bindparam("job_id"))
    if "task_type" in filters:
        query = query.where(Sample.task_type == bindparam("task_type"))
    if "status" in filters:
        query = query.where(Sample.status == bindparam("status"))
    if "cursor" in filters:
        query = query.where(Sample.id > bindparam("cursor"))
    return query


def page_items(
    session: Session,
    *,
    job_id: str | None = None,
    task_type: str | None = None,
    status: str | None = None,
    cursor: int | None = None,
    limit: int = 50,
    fields: Sequence[str] = SAMPLE_FIELDS,
) -> dict[str, Any]:
    """One page as plain data (``SampleList``'s shape, only the asked fields in each row).

    Keyset pagination by id: stable while rows are being written, cheap at any depth."""
    params: dict[str, Any] = {"limit": limit + 1}
    project = ownership.caller_project(session)
    if project is not None:
        params["project"] = project
    filters = {"job_id": job_id, "task_type": task_type, "status": status, "cursor": cursor}
    params.update({k: v for k, v in filters.items() if v is not None})
    query = _statement(
        tuple(fields), project is not None, frozenset(k for k, v in filters.items() if v is not None)
    )
    # Core rows through the session's connection: Session.execute would take the ORM's path for them.
    rows = session.connection().execute(query, params).all()
    more = len(rows) > limit
    rows = rows[:limit]
    if DERIVED.keys().isdisjoint(fields):  # every field is its own column, selected in this order
        items = [dict(zip(fields, row, strict=True)) for row in rows]
    else:
        build = _builder(tuple(fields))
        items = [build(r) for r in rows]
    return {"items": items, "next_cursor": str(rows[-1].id) if more and rows else None}


def list_samples(session: Session, **page: Any) -> SampleList:
    """``page_items`` as the validated model (the CLI's export of a job's rows)."""
    return SampleList.model_validate(page_items(session, **page))


def page_json(session: Session, **page: Any) -> bytes:
    """``page_items`` rendered straight to JSON by pydantic-core, for the API: the values are the typed
    columns read above, so a second validation through ``SampleList`` would check nothing new (a test
    holds the bytes equal to the model's, ``exclude_unset``)."""
    return pydantic_core.to_json(page_items(session, **page))


# Memory bound: at most this many pages of at most this size each per process (~64 MiB); a larger page
# (hundreds of full rows) is read every time rather than held. The pages are grouped by the caller's
# project (None: admins): a write forgets its group's pages only, and a full cache makes room from the
# project holding the most, so one project cycling through pages cannot push out every other's.
PAGE_CACHE_MAX = 256
PAGE_KEEP_MAX_BYTES = 256 * 1024
PageKey = tuple[Any, ...]


def _project_of(key: PageKey) -> str | None:
    project: str | None = key[0]
    return project


_pages: Microcache[PageKey, bytes] = Microcache(PAGE_CACHE_MAX, group=_project_of, fair=True)


def page_key(session: Session, **page: Any) -> PageKey:
    """What a page's answer depends on: the caller's project (None: an admin, every project) and the
    query, normalised (``fields`` as ``parse_fields`` gives it)."""
    return (ownership.caller_project(session), *sorted(page.items()))


def cached_page(key: PageKey) -> bytes | None:
    return _pages.get(key)


def page_json_kept(session: Session, key: PageKey, ttl_s: float, **page: Any) -> bytes:
    """``page_json``, kept ``ttl_s`` seconds under ``key`` (0, or a page over PAGE_KEEP_MAX_BYTES: not
    kept)."""
    mark = _pages.mark(key)  # a write through this process while we read must not be undone by our put
    body = page_json(session, **page)
    if ttl_s > 0 and len(body) <= PAGE_KEEP_MAX_BYTES:
        _pages.put(key, body, ttl_s, mark)
    return body


async def read_shared(key: PageKey, read: Callable[[], Awaitable[bytes]]) -> bytes:
    """``read()``, or the outcome of the one already running for the same key in this process; never
    one that began before a ``forget_pages`` of its project (a write through this process shows to the
    next read)."""
    return await _pages.read_shared(key, read)


def forget_pages(project: str | None = None) -> None:
    """Drop the kept pages a write by a caller of ``project`` may change: that project's and the
    admins' (which show every project); every page for None (an admin's write, or a write outside a
    request)."""
    if project is None:
        _pages.forget_all()
    else:
        _pages.forget_groups((project, None))
