"""The Celery task that runs exports on the workers (the generation queue, which every worker reads)."""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import Celery, shared_task
from sqlalchemy.orm import Session

from mediflow.core.settings import Settings, get_settings
from mediflow.exports import store
from mediflow.exports.run import run_export
from mediflow.storage.db import session_scope
from mediflow.workers.dispatch import resend_stalled

log = logging.getLogger(__name__)
EXPORT_TASK = "mediflow.export"


@shared_task(name=EXPORT_TASK, acks_late=True, reject_on_worker_lost=True)
def export(export_id: str) -> str:
    return run_export(export_id, get_settings())


def enqueue_export(app: Celery, settings: Settings, export_id: str) -> None:
    app.send_task(EXPORT_TASK, args=[export_id], queue=settings.generation_queue)
    with session_scope(settings.resolved_database_url) as session:
        store.mark_enqueued(session, export_id)


def requeue_stalled_exports(app: Celery, settings: Settings) -> list[str]:
    """Re-send exports whose worker died (stale heartbeat) and queued ones whose message never went out.

    The export starts over (its directory is rewritten); one that lost MAX_ATTEMPTS workers fails.
    """

    def recover(session: Session, stall: timedelta) -> list[str]:
        return [e for e in store.stalled_exports(session, stall) if store.recover_stalled(session, e)]

    return resend_stalled(settings, "export", recover, lambda e: enqueue_export(app, settings, e))
