"""The Celery task that runs exports on the workers (the generation queue, which every worker reads)."""

from __future__ import annotations

from celery import Celery, shared_task

from mediflow.core.settings import Settings, get_settings
from mediflow.exports.run import run_export

EXPORT_TASK = "mediflow.export"


@shared_task(name=EXPORT_TASK, acks_late=True, reject_on_worker_lost=True)
def export(export_id: str) -> str:
    return run_export(export_id, get_settings())


def enqueue_export(app: Celery, settings: Settings, export_id: str) -> None:
    app.send_task(EXPORT_TASK, args=[export_id], queue=settings.generation_queue)
