"""Handing a job to the workers: the broker message plus the record that it was sent."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import TypeVar

from celery import Celery
from sqlalchemy.orm import Session

from mediflow.core.settings import Settings
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.workers.app import GENERATE_TASK

log = logging.getLogger(__name__)
K = TypeVar("K")


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


def resend_stalled(
    settings: Settings,
    what: str,
    recover: Callable[[Session, timedelta], Sequence[K]],
    send: Callable[[K], None],
) -> list[K]:
    """The stall scan's one step for any leased kind: ``recover`` releases (in one transaction) what a
    dead worker held or what never went out and answers what to send again; each is then re-sent."""
    stall = timedelta(seconds=settings.stall_timeout_s)
    with session_scope(settings.resolved_database_url) as session:
        resend = list(recover(session, stall))
    for key in resend:
        log.warning("%s %s stalled or never sent; re-queued", what, key)
        send(key)
    return resend
