"""``mediflow serve``, ``mediflow worker`` and ``mediflow db``: running the service's processes."""

from __future__ import annotations

import os
from typing import Any

import click
from rich.console import Console

from mediflow.core.settings import get_settings

console = Console()


def setup_logging(level: str) -> None:
    from mediflow.core.logs import configure_logging

    configure_logging(get_settings(), level)


@click.command()
@click.option("--host", default=None, help="Bind address (MEDIFLOW_API_HOST).")
@click.option("--port", type=int, default=None, help="Port (MEDIFLOW_API_PORT).")
@click.option("--workers", type=int, default=1, show_default=True, help="Uvicorn worker processes.")
@click.option("--log-level", default="info", show_default=True)
def serve(host: str | None, port: int | None, workers: int, log_level: str) -> None:
    """Run the REST API."""
    import uvicorn

    from mediflow.core.logs import logging_config

    settings = get_settings()
    setup_logging(log_level)
    uvicorn.run(
        "mediflow.api.main:create_app",
        factory=True,
        host=host or settings.api_host,
        port=port or settings.api_port,
        workers=workers,
        log_level=log_level,
        # Applied in every uvicorn worker process: JSON lines, job ids, secrets masked.
        log_config=logging_config(settings, log_level),
    )


@click.command()
@click.option("--queue", "-Q", default=None, help="Queue to consume (default: the generation queue).")
@click.option(
    "--concurrency", "-c", type=int, default=None, help="Jobs run at once (MEDIFLOW_WORKER_CONCURRENCY)."
)
@click.option("--log-level", default="info", show_default=True)
@click.option("--metrics-port", type=int, default=None, help="Serve this worker's Prometheus metrics here.")
def worker(queue: str | None, concurrency: int | None, log_level: str, metrics_port: int | None) -> None:
    """Run a Celery worker that executes jobs."""
    from mediflow.workers.app import create_celery_app

    settings = get_settings()
    setup_logging(log_level)
    if metrics_port is not None:
        from prometheus_client import start_http_server

        start_http_server(metrics_port)  # teacher latency histograms of this worker process
    app = create_celery_app(settings)
    # Threads, not prefork: jobs are asyncio I/O (or llama.cpp, which releases the GIL), and a
    # SIGKILL then takes the whole worker down at once instead of orphaning pool children.
    app.worker_main(
        [
            "worker",
            "--pool=threads",
            f"--concurrency={worker_concurrency(queue, concurrency, settings)}",
            "-Q",
            queue or settings.generation_queue,
            f"--loglevel={log_level.upper()}",
            "--without-gossip",
            "--without-mingle",
            "-n",
            f"mediflow-{os.getpid()}@%h",
        ]
    )


def worker_concurrency(queue: str | None, concurrency: int | None, settings: Any) -> int:
    """A training worker runs one run at a time: a run uses every core and most of the memory."""
    if queue == settings.training_queue:
        return 1
    return concurrency or settings.worker_concurrency


@click.group()
def db() -> None:
    """Database schema management."""


@db.command("upgrade")
@click.option("--revision", default="head", show_default=True)
def db_upgrade(revision: str) -> None:
    """Apply migrations to the configured database."""
    from mediflow.storage.migrate import upgrade

    settings = get_settings()
    settings.ensure_dirs()
    upgrade(settings.resolved_database_url, revision)
    console.print(f"database at revision [bold]{revision}[/]: {_redact_url(settings.resolved_database_url)}")


def _redact_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
