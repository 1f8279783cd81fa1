"""The job status read (``GET /v1/generation-jobs/{id}``), the API's most polled answer, as JSON bytes.

A read is one Core SELECT of the job's row (its counters are kept incrementally, so no GROUP BY), the
public model built from it and rendered by pydantic-core once.

Every answer is kept per process together with the job's project (a hit is served only to a caller
that may see that project, the rule of ``ownership.visible``, after the caller's key was checked as on
every request):

- a finished job (completed, failed, cancelled, budget_exhausted) changes only through retry-failed:
  kept ``MEDIFLOW_JOB_STATUS_CACHE_S`` seconds;
- a job still queued or running changes with every batch a worker writes: kept
  ``MEDIFLOW_RUNNING_STATUS_CACHE_S`` seconds ("microcaching"), so a poller sees its progress at most
  that stale, while a hundred clients polling it cost one read per that time instead of one each.

Cancel and retry-failed in this process drop the entry at once; through another process they show
within those times. Requests that miss together share one read (``read_shared``): N concurrent misses
on one job make one SELECT, not N.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mediflow.core.errors import NotFoundError
from mediflow.core.microcache import Microcache
from mediflow.services.generation import job_public
from mediflow.storage import ownership
from mediflow.storage.models import GenerationJob, JobStatus

CACHE_MAX = 4096
_JOBS = GenerationJob.__table__
# What the public status reads (the rest, e.g. idempotency and lease columns, it never shows), by a
# statement built once: building and keying one per request cost as much as running it.
_NOT_SHOWN = frozenset({"idempotency_key", "request_hash", "dedup_layout", "created_by_key_id", "worker_id"})
_READ = select(*(c for c in _JOBS.columns if c.name not in _NOT_SHOWN)).where(
    _JOBS.c.id == bindparam("job_id")
)

# Tenancy rests on the project read with the row: never stop selecting it.
if "project_id" not in _READ.selected_columns:
    raise RuntimeError("the job status read must select project_id: visibility is decided by it")

Entry = tuple[str | None, bytes]  # (the job's project, its rendered answer)

# job id -> entry; renewed from half its cache time on by one request, forgotten per job (see Microcache).
_answers: Microcache[str, Entry] = Microcache(CACHE_MAX)


def _may_see(entry: Entry, caller_project: str | None) -> bool:
    return caller_project is None or entry[0] == caller_project


def cached(job_id: str, caller_project: str | None) -> bytes | None:
    """The job's answer if this process rendered it less than its cache time ago and the caller may
    see it (``caller_project`` None: every project); else None (read the database)."""
    entry = _answers.get(job_id, may_renew=lambda e: _may_see(e, caller_project))
    if entry is None or not _may_see(entry, caller_project):
        return None  # the database read answers (for another project: the 404 of a missing job)
    return entry[1]


def forget(job_id: str) -> None:
    """Drop a job's cached answer (cancelled or running again: show it at once)."""
    _answers.forget(job_id)


def read_entry(
    session: Session, job_id: str, cache_s: float = 0.0, running_cache_s: float = 0.0
) -> Entry | None:
    """The job's (project, answer) from the database, kept for its cache time; None if there is no
    such job. Decides nothing about the caller: ``answer`` does, for every request that shares it."""
    # Core on the session's connection (Session.execute would take the ORM's path for a Core row).
    mark = _answers.mark(job_id)  # a cancel or retry committed while we read must not be undone by our put
    row = session.connection().execute(_READ, {"job_id": job_id}).first()
    if row is None:
        return None
    entry = (row.project_id, job_public(row).model_dump_json(by_alias=True).encode())  # type: ignore[arg-type]
    ttl = cache_s if JobStatus(row.status).is_final else running_cache_s
    if ttl > 0:
        _answers.put(job_id, entry, ttl, mark)
    else:
        _answers.forget(job_id)  # e.g. running again through another process: not its finished answer
    return entry


def answer(session: Session, job_id: str, entry: Entry | None) -> bytes:
    """The answer for the session's caller; 404 (NotFoundError) unless it may see the job."""
    if entry is None or not ownership.may_see_project(session, entry[0]):
        raise NotFoundError(f"generation job {job_id!r} not found")  # another project's: the same 404
    return entry[1]


async def read_shared(job_id: str, read: Callable[[], Awaitable[Entry | None]]) -> Entry | None:
    """``read()`` (e.g. ``read_entry`` in a worker thread), or the outcome of the one already running
    for this job in this process. Each caller then applies its own tenancy with ``answer``.

    Never a read that began before this job's ``forget``: a client that cancelled the job and polls it
    next must see its cancel. Another job's forget neither splits this job's reads nor drops their puts."""
    return await _answers.read_shared(job_id, read)
