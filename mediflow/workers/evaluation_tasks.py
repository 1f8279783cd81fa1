"""The evaluation task: scores models on a suite inside a training worker (the machine with the GPU).

Thin: it takes the evaluation id and calls ``services.evaluations.run_evaluation``; torch is imported
only when a model is loaded.
"""

from __future__ import annotations

import logging

from celery import Celery, shared_task

from mediflow.core.settings import Settings, get_settings
from mediflow.storage.db import session_scope
from mediflow.workers.app import EVALUATE_TASK
from mediflow.workers.dispatch import resend_stalled
from mediflow.workers.runner import new_worker_id

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

    return resend_stalled(settings, "evaluation", stalled, lambda e: enqueue_evaluation(app, settings, e))
