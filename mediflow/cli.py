"""The ``mediflow`` command line."""

from __future__ import annotations

import os
import sys
from typing import Any

import click
from rich.console import Console

from mediflow.cli_data import corpus, export
from mediflow.settings import get_settings

console = Console()


def _setup_logging(level: str) -> None:
    from mediflow.logs import configure_logging

    configure_logging(get_settings(), level)


@click.group()
@click.version_option(package_name="mediflow")
def main() -> None:
    """mediflow: synthetic clinical instruction data and MediPhi-style training."""


@main.command()
@click.option("--host", default=None, help="Bind address (MEDIFLOW_API_HOST).")
@click.option("--port", type=int, default=None, help="Port (MEDIFLOW_API_PORT).")
@click.option("--workers", type=int, default=1, show_default=True, help="Uvicorn worker processes.")
@click.option("--log-level", default="info", show_default=True)
def serve(host: str | None, port: int | None, workers: int, log_level: str) -> None:
    """Run the REST API."""
    import uvicorn

    from mediflow.logs import logging_config

    settings = get_settings()
    _setup_logging(log_level)
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


@main.command()
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
    _setup_logging(log_level)
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


@main.group()
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


@main.command()
@click.option("--api", "api_url", default=None, help="API base URL (default: http://MEDIFLOW_API_HOST:PORT).")
@click.option("-n", "--n-samples", type=int, required=True)
@click.option("--task-type", "task_types", multiple=True, help="Repeat for several; default all.")
@click.option("--document-type", "document_types", multiple=True)
@click.option("--difficulty", "difficulty_levels", type=int, multiple=True)
@click.option("--format", "output_formats", multiple=True, help="plain_text and/or json")
@click.option("--backend", default=None, help="Teacher backend (embedded, openai, ...)")
@click.option("--model", default=None)
@click.option("--base-url", default=None, help="OpenAI-compatible endpoint for the openai backend")
@click.option("--temperature", type=float, default=None)
@click.option("--max-tokens", type=int, default=None)
@click.option("--concurrency", type=int, default=None)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--idempotency-key", default=None)
@click.option("--wait/--no-wait", default=True, show_default=True, help="Follow progress until the job ends.")
@click.option(
    "--api-key", envvar="MEDIFLOW_API_KEY", default=None, help="A write-scope key (MEDIFLOW_API_KEY)."
)
def generate(
    api_url: str | None, idempotency_key: str | None, wait: bool, api_key: str | None, **opts: Any
) -> None:
    """Submit a generation job to the API and follow it."""
    from mediflow.client import ApiError, MediflowClient

    settings = get_settings()
    api_url = api_url or f"http://{settings.api_host}:{settings.api_port}"
    body = build_job_body(**opts)
    with MediflowClient(api_url, api_key=api_key) as client:
        try:
            job = client.create_job(body, idempotency_key)
        except ApiError as exc:
            raise click.ClickException(exc.describe()) from None
        except OSError as exc:
            raise click.ClickException(f"cannot reach the API at {api_url}: {exc}") from None
        console.print(f"job [bold]{job['id']}[/] {job['status']}: {job['counts']['planned']} samples planned")
        if wait:
            from mediflow.progress import follow_job, print_summary

            job = follow_job(client, job["id"], console)
            print_summary(client, job, console, n_examples=0)
            if job["status"] == "failed":
                sys.exit(1)


def build_job_body(
    *,
    n_samples: int,
    task_types: tuple[str, ...] = (),
    document_types: tuple[str, ...] = (),
    difficulty_levels: tuple[int, ...] = (),
    output_formats: tuple[str, ...] = (),
    backend: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    temperature: float | None = None,
    max_tokens: int | None = None,
    concurrency: int | None = None,
    seed: int = 0,
) -> dict[str, Any]:
    """A job request body with only what the user set; the API fills in the defaults."""
    body: dict[str, Any] = {"n_samples": n_samples, "seed": seed}
    for key, values in (
        ("task_types", task_types),
        ("document_types", document_types),
        ("difficulty_levels", difficulty_levels),
        ("output_formats", output_formats),
    ):
        if values:
            body[key] = list(values)
    teacher = {
        k: v
        for k, v in {
            "backend": backend,
            "model": model,
            "base_url": base_url,
            "temperature": temperature,
            "max_tokens": max_tokens,
            "concurrency": concurrency,
        }.items()
        if v is not None
    }
    if teacher:
        body["teacher"] = teacher
    return body


@main.command()
@click.option("-n", "--n-samples", type=int, default=10, show_default=True)
@click.option(
    "--data-dir", default=".mediflow-demo", show_default=True, help="Where the demo keeps its state."
)
@click.option("--port", type=int, default=0, help="API port (0: a free one).")
@click.option("--max-tokens", type=int, default=384, show_default=True)
def demo(n_samples: int, data_dir: str, port: int, max_tokens: int) -> None:
    """Start the API and a worker on embedded defaults, run a small job through REST, stop both."""
    from mediflow.demo import run_demo

    sys.exit(
        run_demo(n_samples=n_samples, data_dir=data_dir, port=port, max_tokens=max_tokens, console=console)
    )


@main.command()
def taxonomy() -> None:
    """Print the packaged taxonomy."""
    from rich.table import Table

    from mediflow.generators.taxonomy import default_taxonomy

    tax = default_taxonomy()
    table = Table(title=f"task types (taxonomy {tax.version})")
    table.add_column("id")
    table.add_column("family")
    table.add_column("description")
    for t in tax.task_types:
        table.add_row(t.id, t.family, t.description)
    console.print(table)
    for fam in tax.document_families:
        console.print(f"[bold]{fam.name}[/]: " + ", ".join(d.id for d in fam.document_types))
    console.print("difficulty levels: " + ", ".join(f"{d.level} {d.name}" for d in tax.difficulty_levels))
    console.print("output formats: " + ", ".join(o.id for o in tax.output_formats))


from mediflow.cli_keys import keys  # noqa: E402 - registered last, next to the other commands


@main.command()
@click.argument("job_id")
@click.option("--api", "api_url", default=None, help="API base URL (default: http://MEDIFLOW_API_HOST:PORT).")
@click.option("--api-key", envvar="MEDIFLOW_API_KEY", default=None, help="Bearer key (or MEDIFLOW_API_KEY).")
def report(job_id: str, api_url: str | None, api_key: str | None) -> None:
    """Print a job's coverage and quality report as tables."""
    from mediflow.client import ApiError, MediflowClient
    from mediflow.report_view import print_report

    settings = get_settings()
    api_url = api_url or f"http://{settings.api_host}:{settings.api_port}"
    with MediflowClient(api_url, api_key=api_key) as client:
        try:
            print_report(client.report(job_id), console)
        except ApiError as exc:
            raise click.ClickException(exc.describe()) from None
        except OSError as exc:
            raise click.ClickException(f"cannot reach the API at {api_url}: {exc}") from None


main.add_command(keys)

# Data commands live in their own module; registering them here keeps one entry point.
main.add_command(corpus)
main.add_command(export)

from mediflow.cli_train import train  # noqa: E402 - its own module, one entry point

main.add_command(train)

if __name__ == "__main__":
    main()
