"""The stored reports of finished jobs (``job_reports``): one row per job, replaced when the job changes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mediflow.storage.models import JobReportCache, utcnow


def cached(session: Session, job_id: str, built_for: str) -> dict[str, Any] | None:
    return session.scalar(
        select(JobReportCache.body).where(
            JobReportCache.job_id == job_id, JobReportCache.built_for == built_for
        )
    )


def keep(session: Session, job_id: str, built_for: str, body: dict[str, Any]) -> None:
    """Store (or replace) a job's report; a concurrent writer of the same report is not an error."""
    try:
        with session.begin_nested():
            session.execute(delete(JobReportCache).where(JobReportCache.job_id == job_id))
            session.add(JobReportCache(job_id=job_id, built_for=built_for, body=body, built_at=utcnow()))
    except IntegrityError:
        pass  # another request stored the same report first
