"""Following a job in the terminal: a progress bar with rate, ETA, tokens and cost, then a summary."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from mediflow.client import Client
from mediflow.schemas.jobs import GenerationJobPublic


def live_line(job: GenerationJobPublic) -> str:
    """done/failed/gated, then rate, ETA, tokens and cost (spent and projected) from the job's `live`."""
    c, live = job.counts, job.live
    gated = c.filtered + c.duplicate + c.phi
    parts = [f"done {c.done}", f"failed {c.failed}"] + ([f"gated {gated}"] if gated else [])
    if live is not None:
        if live.samples_per_s:
            parts.append(f"{live.samples_per_s * 60:.1f}/min")
        if live.eta_s is not None and live.eta_s > 0:
            parts.append(f"eta {_duration(live.eta_s)}")
        tokens = job.tokens.input + job.tokens.output
        if tokens:
            projected = f" of ~{live.tokens_projected:,}" if live.tokens_projected else ""
            parts.append(f"tokens {tokens:,}{projected}")
        if job.tokens.cost is not None:
            projected = f" of ~${live.cost_projected:.4f}" if live.cost_projected is not None else ""
            parts.append(f"${job.tokens.cost:.4f}{projected}")
    return " · ".join(parts)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


def follow_job(client: Client, job_id: str, console: Console, poll_s: float = 0.5) -> GenerationJobPublic:
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[live]}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as bar:
        task = bar.add_task("queued", total=None, live="")

        def update(job: GenerationJobPublic) -> None:
            c = job.counts
            bar.update(
                task,
                description=job.status,
                total=c.planned,
                completed=c.planned - c.pending,  # every finished row, gated ones included
                live=live_line(job),
            )

        return client.wait_job(job_id, poll_s=poll_s, on_update=update)


def print_summary(client: Client, job: GenerationJobPublic, console: Console, n_examples: int = 2) -> None:
    c, t = job.counts, job.tokens
    table = Table(title=f"job {job.id}: {job.status}")
    columns = ("planned", "done", "failed", "filtered", "duplicate", "phi", "cancelled")
    for col in (*columns, "tokens in", "tokens out", "cost"):
        table.add_column(col, justify="right")
    cost = f"${t.cost:.4f}" if t.cost is not None else "-"
    table.add_row(*(str(getattr(c, col)) for col in columns), str(t.input), str(t.output), cost)
    console.print(table)
    if job.error:
        console.print(f"[red]error:[/] {job.error}")
    failed = client.list_samples(job_id=job.id, status="failed", limit=200).items if c.failed else []
    if failed:
        reasons: dict[str, int] = {}
        for s in failed:
            key = f"{s.failure.stage}/{s.failure.reason}" if s.failure else "?"
            reasons[key] = reasons.get(key, 0) + 1
        console.print(
            "failures by stage/reason: " + ", ".join(f"{k} × {v}" for k, v in sorted(reasons.items()))
        )
    done = client.list_samples(job_id=job.id, status="done", limit=n_examples).items if n_examples else []
    for s in done[:n_examples]:
        row = s.model_dump(mode="json")
        console.print(Panel(render_sample(row), title=f"sample {s.index}: {s.task_type} on {s.input_data}"))


def _clip(text: str, limit: int = 900) -> str:
    return text if len(text) <= limit else text[:limit] + " …"


def render_sample(s: dict[str, Any]) -> str:
    output = s["output"] or ""
    if s["output_format"] == "json":
        with contextlib.suppress(ValueError):
            output = json.dumps(json.loads(output), indent=2, ensure_ascii=False)
    doc, output = _clip(s["input"] or ""), _clip(output)
    return (
        f"[bold]difficulty[/] {s['difficulty_level']} · [bold]format[/] {s['output_format']} · "
        f"[bold]teacher[/] {s['provenance']['teacher_backend']}/{s['provenance']['teacher_model']}\n\n"
        f"[bold]instruction[/]\n{s['instruction']}\n\n[bold]input[/]\n{doc}\n\n[bold]output[/]\n{output}"
    )
