"""Handing a job to the workers: the broker message plus the record that it was sent."""

from __future__ import annotations

from celery import Celery

from mediflow.settings import Settings
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.workers.app import GENERATE_TASK


def enqueue_job(app: Celery, settings: Settings, job_id: str) -> None:
    app.send_task(GENERATE_TASK, args=[job_id], queue=settings.generation_queue)
    with session_scope(settings.resolved_database_url) as session:
        store.mark_enqueued(session, job_id)
