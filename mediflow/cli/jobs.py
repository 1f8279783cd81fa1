"""``mediflow jobs list|show|cancel|follow|retry-failed``, ``mediflow samples`` and ``mediflow preview``."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from mediflow.cli.common import api, api_options
from mediflow.cli.generate import body_from_options, job_options, validate_body
from mediflow.core.statuses import JobStatus, SampleStatus

console = Console()


@click.group()
def jobs() -> None:
    """Generation jobs: list, show, cancel, follow, retry the failed samples."""


@jobs.command("list")
@click.option("--status", type=click.Choice([s.value for s in JobStatus]), default=None)
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--offset", type=int, default=0)
@api_options
def jobs_list(status: str | None, limit: int, offset: int, api_url: str | None, api_key: str | None) -> None:
    """Newest jobs first."""
    with api(api_url, api_key) as client:
        page = client.list_jobs(status=status, limit=limit, offset=offset)
    table = Table("id", "kind", "status", "planned", "done", "failed", "progress", "cost", "created")
    for j in page.items:
        cost = f"${j.tokens.cost:.4f}" if j.tokens.cost is not None else "-"
        table.add_row(
            j.id,
            j.kind,
            j.status,
            str(j.counts.planned),
            str(j.counts.done),
            str(j.counts.failed),
            f"{j.progress:.0%}",
            cost,
            f"{j.created_at:%Y-%m-%d %H:%M}",
        )
    console.print(table)
    console.print(f"{len(page.items)} of {page.total}")


@jobs.command("show")
@click.argument("job_id")
@click.option("--json", "as_json", is_flag=True, help="The job resource as JSON.")
@api_options
def jobs_show(job_id: str, as_json: bool, api_url: str | None, api_key: str | None) -> None:
    """A job: status, counts, rate, ETA, tokens, cost and its spec."""
    from mediflow.cli.progress import live_line

    with api(api_url, api_key) as client:
        job = client.get_job(job_id)
    if as_json:
        click.echo(job.model_dump_json(indent=2))
        return
    console.print(
        f"[bold]job {job.id}[/] ({job.kind}) {job.status} · {job.progress:.0%} of {job.counts.planned}"
    )
    console.print(live_line(job), highlight=False)
    if job.error:
        console.print(f"[red]error:[/] {job.error}")
    if job.stop_reason:
        console.print(f"stopped: {job.stop_reason}")
    click.echo(json.dumps(job.spec.model_dump(mode="json", exclude_none=True), indent=2))


@jobs.command("cancel")
@click.argument("job_id")
@api_options
def jobs_cancel(job_id: str, api_url: str | None, api_key: str | None) -> None:
    """Stop launching samples; what was made is kept."""
    with api(api_url, api_key) as client:
        job = client.cancel_job(job_id)
    console.print(f"job {job.id} {job.status}")


@jobs.command("follow")
@click.argument("job_id")
@api_options
def jobs_follow(job_id: str, api_url: str | None, api_key: str | None) -> None:
    """The progress bar (rate, ETA, tokens, cost) until the job ends, then the summary."""
    from mediflow.cli.progress import follow_job, print_summary

    with api(api_url, api_key) as client:
        job = follow_job(client, job_id, console)
        print_summary(client, job, console, n_examples=0)
    if job.status == "failed":
        sys.exit(1)


@jobs.command("retry-failed")
@click.argument("job_id")
@click.option("--follow/--no-follow", default=True, show_default=True)
@api_options
def jobs_retry_failed(job_id: str, follow: bool, api_url: str | None, api_key: str | None) -> None:
    """Run a finished job's failed samples again (after fixing a key, a rate limit, a server)."""
    from mediflow.cli.progress import follow_job, print_summary

    with api(api_url, api_key) as client:
        job = client.retry_failed(job_id)
        console.print(f"job {job.id} {job.status}: {job.counts.pending} samples to run again")
        if follow:
            job = follow_job(client, job_id, console)
            print_summary(client, job, console, n_examples=0)


@click.command()
@click.option("--job", "job_id", default=None, help="Only this job's samples.")
@click.option("--status", type=click.Choice([s.value for s in SampleStatus]), default=None)
@click.option("--task-type", default=None)
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--cursor", default=None, help="next_cursor of the previous page.")
@click.option("--id", "sample_id", type=int, default=None, help="One sample, with its checks.")
@click.option("--output", type=click.Choice(["table", "jsonl", "pretty"]), default="table", show_default=True)
@api_options
def samples(
    job_id: str | None,
    status: str | None,
    task_type: str | None,
    limit: int,
    cursor: str | None,
    sample_id: int | None,
    output: str,
    api_url: str | None,
    api_key: str | None,
) -> None:
    """Browse stored samples (MediFlow columns, provenance, failure, checks)."""
    from mediflow.cli.progress import render_sample

    with api(api_url, api_key) as client:
        if sample_id is not None:
            rows = [client.get_sample(sample_id).model_dump(mode="json")]
            next_cursor = None
        else:
            page = client.list_samples(
                job_id=job_id, status=status, task_type=task_type, cursor=cursor, limit=limit
            )
            rows, next_cursor = [s.model_dump(mode="json") for s in page.items], page.next_cursor
    if output == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif output == "pretty" or sample_id is not None:
        for row in rows:
            console.print(Panel(render_sample(row), title=f"sample {row['id']} ({row['status']})"))
            if row.get("failure"):
                console.print(f"failure: {row['failure']}", highlight=False)
            if row.get("checks"):
                console.print(f"checks: {json.dumps(row['checks'])}", highlight=False)
    else:
        table = Table("id", "job", "status", "task type", "document", "lvl", "format", "quality", "reason")
        for r in rows:
            table.add_row(
                str(r["id"]),
                r["job_id"][:8],
                r["status"],
                r["task_type"],
                r["input_data"],
                str(r["difficulty_level"]),
                r["output_format"],
                "" if r["quality"] is None else f"{r['quality']:g}",
                (r["failure"] or {}).get("reason") or "",
            )
        console.print(table)
    if next_cursor and output != "jsonl":
        console.print(f"more: --cursor {next_cursor}")


@click.command()
@job_options
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Keep the throw-away database here (default: a temporary directory).",
)
def preview(spec_file: Path | None, data_dir: Path | None, **opts: Any) -> None:
    """Run a spec inline, here, with no API, broker or worker (e.g. -n 5), and print the samples."""
    body = body_from_options(spec_file, opts)
    validate_body(body)
    if data_dir is not None:
        data_dir.mkdir(parents=True, exist_ok=True)
        _preview(body, data_dir)
        return
    with tempfile.TemporaryDirectory(prefix="mediflow-preview-") as tmp:
        _preview(body, Path(tmp))


def _preview(body: dict[str, Any], data_dir: Path) -> None:
    from mediflow.core.settings import get_settings
    from mediflow.schemas.jobs import GenerationJobCreate
    from mediflow.services import generation as svc
    from mediflow.services.sample_pages import list_samples
    from mediflow.storage.db import session_scope
    from mediflow.storage.migrate import upgrade
    from mediflow.workers.runner import JobRunner

    settings = get_settings().model_copy(
        update={"data_dir": data_dir, "database_url": None, "broker_url": None, "limiter_url": None}
    )
    url = settings.resolved_database_url
    upgrade(url)
    spec = GenerationJobCreate.model_validate(body)
    with session_scope(url) as session:
        job_id = svc.submit_job(session, spec.model_copy(update={"shards": 1}), settings=settings)[0].id
    size = f"{spec.n_samples} samples" if spec.quota is None else "a quota job"
    with console.status(f"running {size} inline on {spec.teacher.backend}"):
        JobRunner(job_id, settings).run()
    with session_scope(url) as session:
        job = svc.job_public(svc.store.get_job(session, job_id))
        rows = [s.model_dump(mode="json") for s in list_samples(session, job_id=job_id, limit=500).items]
    from mediflow.cli.progress import live_line, render_sample

    for row in rows:
        title = f"sample {row['index']}: {row['task_type']} on {row['input_data']} ({row['status']})"
        console.print(Panel(render_sample(row), title=title))
        if row.get("failure"):
            console.print(f"failure: {row['failure']}", highlight=False)
    console.print(f"preview {job.status}: {live_line(job)}", highlight=False)
    if job.error:
        console.print(f"[red]error:[/] {job.error}")
