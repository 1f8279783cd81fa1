"""The evaluation task: scores models on a suite inside a training worker (the machine with the GPU).

Thin: it takes the evaluation id and calls ``services.evaluations.run_evaluation``; torch is imported
only when a model is loaded.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from celery import Celery, shared_task
from celery.signals import worker_ready, worker_shutdown

from mediflow.core.settings import Settings, get_settings
from mediflow.storage.db import session_scope
from mediflow.workers.app import EVALUATE_TASK
from mediflow.workers.runner import new_worker_id
from mediflow.workers.scan import PeriodicScan
from mediflow.workers.training_tasks import consumes_training

log = logging.getLogger(__name__)


@shared_task(name=EVALUATE_TASK, acks_late=True, reject_on_worker_lost=True)
def evaluate(eval_id: str) -> str:
    from mediflow.services.evaluations import run_evaluation

    return run_evaluation(eval_id, get_settings(), new_worker_id())


def enqueue_evaluation(app: Celery, settings: Settings, eval_id: str) -> None:
    from mediflow.services.evaluations import mark_enqueued

    app.send_task(EVALUATE_TASK, args=[eval_id], queue=settings.training_queue)
    with session_scope(settings.resolved_database_url) as session:
        mark_enqueued(session, eval_id)


def requeue_stalled_evaluations(app: Celery, settings: Settings) -> list[str]:
    """Send again what a dead worker held or what never went out; the database decides."""
    from mediflow.services.evaluations import stalled

    with session_scope(settings.resolved_database_url) as session:
        ids = stalled(session, timedelta(seconds=settings.stall_timeout_s))
    for eval_id in ids:
        log.warning("evaluation %s stalled or never sent; re-queued", eval_id)
        enqueue_evaluation(app, settings, eval_id)
    return ids


_scanner: PeriodicScan | None = None


@worker_ready.connect
def _start_scanner(sender: Any = None, **_: Any) -> None:
    global _scanner
    settings = get_settings()
    if consumes_training(sender.app, settings):
        app = sender.app
        _scanner = PeriodicScan(
            "mediflow-evaluation-stall-scan",
            lambda: requeue_stalled_evaluations(app, settings),
            settings.stall_scan_interval_s,
        )
        _scanner.start()


@worker_shutdown.connect
def _stop_scanner(**_: Any) -> None:
    if _scanner is not None:
        _scanner.stopped.set()
