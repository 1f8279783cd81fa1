"""The job status read (``GET /v1/generation-jobs/{id}``), the API's most polled answer, as JSON bytes.

A read is one Core SELECT of the job's row (its counters are kept incrementally, so no GROUP BY), the
public model built from it and rendered by pydantic-core once.

A finished job (completed, failed, cancelled, budget_exhausted) changes only through retry-failed, so
its rendered answer is kept per process for ``MEDIFLOW_JOB_STATUS_CACHE_S`` seconds together with the
job's project: a hit is served only to a caller that may see that project (the same rule as
``ownership.visible``), after the caller's key was checked as on every request. retry-failed in this
process drops the entry at once; in another API process the finished answer is served for at most that
many seconds more. A running job is always read from the database.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mediflow.core.ttl_cache import RenewingCache
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

# job id -> (its project, the rendered answer); renewed from half the cache time on by one request.
_finished: RenewingCache[str, tuple[str | None, bytes]] = RenewingCache(CACHE_MAX)


def cached(job_id: str, caller_project: str | None) -> bytes | None:
    """The finished job's answer if this process rendered it less than the cache time ago and the
    caller may see it (``caller_project`` None: every project); else None (read the database)."""

    def visible(entry: tuple[str | None, bytes]) -> bool:
        return caller_project is None or entry[0] == caller_project

    entry = _finished.get(job_id, may_renew=visible)
    if entry is None or not visible(entry):
        return None  # the database read answers (for another project: the 404 of a missing job)
    return entry[1]


def forget(job_id: str) -> None:
    """Drop a job's cached answer (it is running again)."""
    _finished.forget(job_id)


def status_json(session: Session, job_id: str, cache_s: float = 0.0) -> bytes:
    """The job's public status as JSON; 404 (NotFoundError) unless the session's caller may see it."""
    # Core on the session's connection (Session.execute would take the ORM's path for a Core row).
    mark = _finished.mark()  # a retry-failed committed while we read must not be undone by our put
    row = session.connection().execute(_READ, {"job_id": job_id}).first()
    job = ownership.visible(session, row, f"generation job {job_id!r}")
    body = job_public(job).model_dump_json(by_alias=True).encode()  # type: ignore[arg-type]
    if cache_s > 0 and JobStatus(job.status).is_final:
        _finished.put(job_id, (job.project_id, body), cache_s, mark)
    else:
        _finished.forget(job_id)  # running again (retry-failed through another process)
    return body
