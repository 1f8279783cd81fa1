"""Following a job in the terminal: a progress bar, then a summary."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from mediflow.cli.client import MediflowClient


def follow_job(client: MediflowClient, job_id: str, console: Console, poll_s: float = 0.5) -> dict[str, Any]:
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("done {task.fields[done]} · failed {task.fields[failed]}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as bar:
        task = bar.add_task("queued", total=None, done=0, failed=0)

        def update(job: dict[str, Any]) -> None:
            c = job["counts"]
            bar.update(
                task,
                description=job["status"],
                total=c["planned"],
                completed=c["planned"] - c["pending"],  # every finished row, gated ones included
                done=c["done"],
                failed=c["failed"],
            )

        return client.wait_job(job_id, poll_s=poll_s, on_update=update)


def print_summary(client: MediflowClient, job: dict[str, Any], console: Console, n_examples: int = 2) -> None:
    c, t = job["counts"], job["tokens"]
    table = Table(title=f"job {job['id']}: {job['status']}")
    columns = ("planned", "done", "failed", "filtered", "duplicate", "phi", "cancelled")
    for col in (*columns, "tokens in", "tokens out"):
        table.add_column(col, justify="right")
    table.add_row(*(str(c.get(col, 0)) for col in columns), str(t["input"]), str(t["output"]))
    console.print(table)
    if job.get("error"):
        console.print(f"[red]error:[/] {job['error']}")
    failed = client.samples(job["id"], status="failed", limit=200) if c["failed"] else []
    if failed:
        reasons: dict[str, int] = {}
        for s in failed:
            key = f"{s['failure']['stage']}/{s['failure']['reason']}"
            reasons[key] = reasons.get(key, 0) + 1
        console.print(
            "failures by stage/reason: " + ", ".join(f"{k} × {v}" for k, v in sorted(reasons.items()))
        )
    for s in client.samples(job["id"], status="done", limit=n_examples)[:n_examples] if n_examples else []:
        console.print(
            Panel(_render_sample(s), title=f"sample {s['index']}: {s['task_type']} on {s['input_data']}")
        )


def _clip(text: str, limit: int = 900) -> str:
    return text if len(text) <= limit else text[:limit] + " …"


def _render_sample(s: dict[str, Any]) -> str:
    output = s["output"] or ""
    if s["output_format"] == "json":
        output = json.dumps(json.loads(output), indent=2, ensure_ascii=False)
    doc, output = _clip(s["input"] or ""), _clip(output)
    return (
        f"[bold]difficulty[/] {s['difficulty_level']} · [bold]format[/] {s['output_format']} · "
        f"[bold]teacher[/] {s['provenance']['teacher_backend']}/{s['provenance']['teacher_model']}\n\n"
        f"[bold]instruction[/]\n{s['instruction']}\n\n[bold]input[/]\n{doc}\n\n[bold]output[/]\n{output}"
    )
