"""Handing a job to the workers: the broker message plus the record that it was sent."""

from __future__ import annotations

from celery import Celery

from mediflow.core.settings import Settings
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.workers.app import GENERATE_TASK


def enqueue_job(app: Celery, settings: Settings, job_id: str, shards: list[int] | None = None) -> None:
    """Send one message per shard (all of the job's by default) and record that each went out."""
    url = settings.resolved_database_url
    if shards is None:
        with session_scope(url) as session:
            shards = store.shard_numbers(session, job_id)
    for shard in shards:
        app.send_task(GENERATE_TASK, args=[job_id, shard], queue=settings.generation_queue)
        with session_scope(url) as session:
            store.mark_enqueued(session, job_id, shard)
