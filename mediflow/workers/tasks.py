"""Celery tasks and the stalled-job scan that backs them up."""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import Celery, Task, shared_task
from sqlalchemy.orm import Session

from mediflow.core.logs import job_context
from mediflow.core.settings import Settings, get_settings
from mediflow.services.metrics import instrumented_teacher
from mediflow.storage import jobs as store
from mediflow.workers.app import GENERATE_TASK
from mediflow.workers.dispatch import enqueue_job, resend_stalled
from mediflow.workers.runner import JobRunner

log = logging.getLogger(__name__)


@shared_task(name=GENERATE_TASK, acks_late=True, reject_on_worker_lost=True, bind=True)
def generate(self: Task, job_id: str, shard: int = 0) -> str:
    settings = get_settings()

    def dispatch(shards: list[int]) -> None:  # a top-up round: every shard goes back to the workers
        enqueue_job(self.app, settings, job_id, shards)

    # asyncio.run copies this context, so every line the job logs carries its id.
    with job_context(job_id):
        runner = JobRunner(
            job_id, settings, shard=shard, teacher_factory=instrumented_teacher, dispatch=dispatch
        )
        return runner.run()


def requeue_stalled(app: Celery, settings: Settings) -> list[tuple[str, int]]:
    """Re-send shards whose worker died (stale heartbeat) and queued shards whose message never went out.

    A whole worker killed with SIGKILL can lose its message on some brokers, so the database, not the
    broker, decides what still needs running.
    """

    def recover(session: Session, stall: timedelta) -> list[tuple[str, int]]:
        stalled = store.stalled_shards(session, stall)
        return [
            (job_id, shard) for job_id, shard in stalled if store.release_shard(session, job_id, shard, stall)
        ]

    return resend_stalled(settings, "job shard", recover, lambda k: enqueue_job(app, settings, k[0], [k[1]]))


__all__ = ["enqueue_job", "generate", "requeue_stalled"]
