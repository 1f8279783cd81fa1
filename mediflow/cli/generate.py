"""``mediflow generate``, ``mediflow report`` and ``mediflow taxonomy``: jobs through the API."""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.console import Console

from mediflow.core.settings import get_settings

console = Console()


@click.command()
@click.option("--api", "api_url", default=None, help="API base URL (default: http://MEDIFLOW_API_HOST:PORT).")
@click.option("-n", "--n-samples", type=int, required=True)
@click.option("--task-type", "task_types", multiple=True, help="Repeat for several; default all.")
@click.option("--document-type", "document_types", multiple=True)
@click.option("--difficulty", "difficulty_levels", type=int, multiple=True)
@click.option("--format", "output_formats", multiple=True, help="plain_text and/or json")
@click.option("--teacher", "teacher_name", default=None, help="A named teacher the operator declared")
@click.option("--backend", default=None, help="Teacher backend (embedded, openai, ...)")
@click.option("--model", default=None)
@click.option("--base-url", default=None, help="An ad-hoc endpoint, if the server allows them (no key sent)")
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
    from mediflow.cli.client import ApiError, MediflowClient

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
            from mediflow.cli.progress import follow_job, print_summary

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
    teacher_name: str | None = None,
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
            "name": teacher_name,
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


@click.command()
@click.argument("job_id")
@click.option("--api", "api_url", default=None, help="API base URL (default: http://MEDIFLOW_API_HOST:PORT).")
@click.option("--api-key", envvar="MEDIFLOW_API_KEY", default=None, help="Bearer key (or MEDIFLOW_API_KEY).")
def report(job_id: str, api_url: str | None, api_key: str | None) -> None:
    """Print a job's coverage and quality report as tables."""
    from mediflow.cli.client import ApiError, MediflowClient
    from mediflow.cli.rendering import print_report

    settings = get_settings()
    api_url = api_url or f"http://{settings.api_host}:{settings.api_port}"
    with MediflowClient(api_url, api_key=api_key) as client:
        try:
            print_report(client.report(job_id), console)
        except ApiError as exc:
            raise click.ClickException(exc.describe()) from None
        except OSError as exc:
            raise click.ClickException(f"cannot reach the API at {api_url}: {exc}") from None


@click.command()
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
