"""The training task, on its own queue, and the scan that re-queues runs whose worker died.

Only ``mediflow worker --queue training`` consumes the training queue (one run at a time: the CLI forces
concurrency 1 there), so a run never lands on a generation worker and never shares a machine's cores
with another run. Every worker imports this module (the Celery include list), but torch is imported
only when a run starts.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import Celery, shared_task
from sqlalchemy.orm import Session

from mediflow.core.settings import Settings, get_settings
from mediflow.storage import training_runs as store
from mediflow.storage.db import session_scope
from mediflow.workers.app import TRAIN_TASK
from mediflow.workers.dispatch import resend_stalled

log = logging.getLogger(__name__)


@shared_task(name=TRAIN_TASK, acks_late=True, reject_on_worker_lost=True)
def train(run_id: str) -> str:
    from mediflow.workers.training_runner import TrainingRunner

    return TrainingRunner(run_id, get_settings()).run()


def enqueue_training(app: Celery, settings: Settings, run_id: str) -> None:
    app.send_task(TRAIN_TASK, args=[run_id], queue=settings.training_queue)
    with session_scope(settings.resolved_database_url) as session:
        store.mark_enqueued(session, run_id)


def requeue_stalled_runs(app: Celery, settings: Settings) -> list[str]:
    """Re-send runs whose worker stopped heartbeating, and queued runs whose message never went out.

    A worker killed with SIGKILL can lose its message on some brokers (and Redis gives it back only
    after the visibility timeout): the database decides what still needs running. The library resumes
    from the last completed step.
    """

    def recover(session: Session, stall: timedelta) -> list[str]:
        return [r for r in store.stalled_runs(session, stall) if store.recover_stalled(session, r)]

    return resend_stalled(settings, "training run", recover, lambda r: enqueue_training(app, settings, r))


def consumes_training(app: Celery, settings: Settings) -> bool:
    """Whether this worker process was started on the training queue (``-Q training``)."""
    return settings.training_queue in (app.amqp.queues.consume_from or {})
