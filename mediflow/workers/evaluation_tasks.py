"""The evaluation task: scores models on a suite inside a training worker (the machine with the GPU).

Thin: it takes the evaluation id and calls ``services.evaluations.run_evaluation``; torch is imported
only when a model is loaded.
"""

from __future__ import annotations

from celery import Celery, shared_task

from mediflow.core.settings import Settings, get_settings
from mediflow.workers.app import EVALUATE_TASK
from mediflow.workers.runner import new_worker_id


@shared_task(name=EVALUATE_TASK, acks_late=True, reject_on_worker_lost=True)
def evaluate(eval_id: str) -> str:
    from mediflow.services.evaluations import run_evaluation

    return run_evaluation(eval_id, get_settings(), new_worker_id())


def enqueue_evaluation(app: Celery, settings: Settings, eval_id: str) -> None:
    app.send_task(EVALUATE_TASK, args=[eval_id], queue=settings.training_queue)
