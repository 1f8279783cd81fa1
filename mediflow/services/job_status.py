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

import threading
import time
from collections import OrderedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediflow.services.generation import job_public
from mediflow.storage import ownership
from mediflow.storage.models import GenerationJob, JobStatus

CACHE_MAX = 4096
_JOBS = GenerationJob.__table__

# job id -> (its project, the rendered answer, monotonic time it expires); oldest out first.
_finished: OrderedDict[str, tuple[str | None, bytes, float]] = OrderedDict()
_lock = threading.Lock()


def cached(job_id: str, caller_project: str | None) -> bytes | None:
    """The finished job's answer if this process rendered it less than the cache time ago and the
    caller may see it (``caller_project`` None: every project); else None (read the database)."""
    with _lock:
        entry = _finished.get(job_id)
        if entry is None:
            return None
        project, body, expires = entry
        if expires <= time.monotonic():
            del _finished[job_id]
            return None
    if caller_project is not None and project != caller_project:
        return None  # the database read answers (the same 404 as for a job that does not exist)
    return body


def forget(job_id: str) -> None:
    """Drop a job's cached answer (it is running again)."""
    with _lock:
        _finished.pop(job_id, None)


def status_json(session: Session, job_id: str, cache_s: float = 0.0) -> bytes:
    """The job's public status as JSON; 404 (NotFoundError) unless the session's caller may see it."""
    row = session.execute(select(_JOBS).where(_JOBS.c.id == job_id)).first()
    job = ownership.visible(session, row, f"generation job {job_id!r}")
    body = job_public(job).model_dump_json(by_alias=True).encode()  # type: ignore[arg-type]
    if cache_s > 0 and JobStatus(job.status).is_final:
        with _lock:
            _finished[job_id] = (job.project_id, body, time.monotonic() + cache_s)
            _finished.move_to_end(job_id)
            while len(_finished) > CACHE_MAX:
                _finished.popitem(last=False)
    return body
