"""Generation jobs submitted as the API would, and what a worker made of them (the worker tests)."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from mediflow.core.settings import Settings
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services.generation import submit_job
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.models import GenerationJob, Sample
from mediflow.workers.app import create_celery_app
from mediflow.workers.dispatch import enqueue_job
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply


class InFlightCounter:
    """A responder that answers after 30 ms and records the most calls the server had at once."""

    def __init__(self) -> None:
        self.in_flight = self.peak = 0

    async def __call__(self, req: dict, n: int) -> Reply:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        await asyncio.sleep(0.03)
        self.in_flight -= 1
        return clinical_reply(req, n)


def submit(
    settings: Settings, teacher: LoopbackTeacher, n: int, concurrency: int = 4, **extra: object
) -> str:
    spec = GenerationJobCreate.model_validate(
        {
            "n_samples": n,
            "teacher": teacher.teacher_spec(concurrency=concurrency),
            # The judge is on by default; these tests are about the worker, so it stays out.
            "quality": {"judge": None},
            **extra,
        }
    )
    with session_scope(settings.resolved_database_url) as s:
        job, _ = submit_job(s, spec, settings=settings)
    enqueue_job(create_celery_app(settings), settings, job.id)
    return job.id


def job_state(settings: Settings, job_id: str) -> GenerationJob:
    with session_scope(settings.resolved_database_url) as s:
        return store.get_job(s, job_id)


def rows(settings: Settings, job_id: str) -> list[Sample]:
    with session_scope(settings.resolved_database_url) as s:
        return list(s.scalars(select(Sample).where(Sample.job_id == job_id).order_by(Sample.index)))


def assert_exactly_once(settings: Settings, job_id: str, n: int) -> list[Sample]:
    got = rows(settings, job_id)
    assert [r.index for r in got] == list(range(n))
    with session_scope(settings.resolved_database_url) as s:
        assert s.scalar(select(func.count()).select_from(Sample).where(Sample.job_id == job_id)) == n
    return got
