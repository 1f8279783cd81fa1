"""The Celery application. Job state lives in our database; the broker only carries job ids."""

from __future__ import annotations

from celery import Celery

from mediflow.core.settings import Settings, get_settings

GENERATE_TASK = "mediflow.generate"
TRAIN_TASK = "mediflow.train"
EVALUATE_TASK = "mediflow.evaluate"


def create_celery_app(settings: Settings | None = None) -> Celery:
    settings = settings or get_settings()
    settings.ensure_dirs()
    app = Celery(
        "mediflow",
        broker=settings.resolved_broker_url,
        include=[
            "mediflow.workers.tasks",
            "mediflow.workers.export_tasks",
            "mediflow.workers.training_tasks",
            "mediflow.workers.evaluation_tasks",
            "mediflow.workers.scan",
        ],
    )
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        task_default_queue=settings.generation_queue,
        task_routes={
            GENERATE_TASK: {"queue": settings.generation_queue},
            TRAIN_TASK: {"queue": settings.training_queue},
            EVALUATE_TASK: {"queue": settings.training_queue},
        },
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_cancel_long_running_tasks_on_connection_loss=False,
    )
    if app.conf.broker_url.startswith(("redis://", "rediss://")):
        # Redis redelivers an unacked message after this; our own stall scan usually acts first.
        app.conf.broker_transport_options = {"visibility_timeout": 3600}
    return app
