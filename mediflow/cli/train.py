"""``mediflow train``: submit a training recipe through the API, follow its stages, print the metrics."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from mediflow.cli.common import api, api_options, read_mapping
from mediflow.client import Client
from mediflow.schemas.training import TrainingRunPublic

console = Console()
HIDDEN = frozenset({"fingerprint", "export", "model"})  # long paths and hashes: in the JSON, not the table


def request_body(recipe_file: Path | None, builtin: str | None, overrides: Path | None) -> dict[str, Any]:
    """The POST body: a recipe file's content, or a built-in recipe's name plus an overrides file."""
    if (recipe_file is None) == (builtin is None):
        raise click.UsageError("give a RECIPE file or --builtin NAME (not both)")
    if recipe_file is not None:
        if overrides is not None:
            raise click.UsageError("--overrides goes with --builtin; edit the recipe file instead")
        return {"recipe": read_mapping(recipe_file, "RECIPE")}
    return {"recipe_name": builtin, "overrides": read_mapping(overrides, "--overrides") if overrides else {}}


def progress_line(run: TrainingRunPublic) -> str:
    p = run.progress
    where = f"[{(p.stage_index or 0) + 1}/{p.stage_total}] {p.step_id}" if p.step_id else ""
    parts = [run.status, where]
    if p.step is not None:
        parts.append(f"{p.phase} step {p.step}/{p.max_steps}")
    if p.loss is not None:
        parts.append(f"loss {p.loss:.4f}")
    if p.eta_s is not None:
        parts.append(f"eta {p.eta_s:.0f}s")
    return "  ".join(x for x in parts if x)


def follow(client: Client, run_id: str, poll_s: float = 1.0) -> TrainingRunPublic:
    """Print a line whenever the progress changes, until the run ends."""
    last = [""]

    def show(run: TrainingRunPublic) -> None:
        if (line := progress_line(run)) != last[0]:
            console.print(line, highlight=False)
            last[0] = line

    return client.wait_run(run_id, poll_s=poll_s, on_update=show)


def metrics_table(run: TrainingRunPublic) -> Table:
    """One row per finished step; evaluate steps show their validation loss per export."""
    table = Table("step", "metrics", title=f"training run {run.id} ({run.status})")
    for step_id, metrics in run.metrics.items():
        if "exports" in metrics:
            shown = {
                name: round(s["loss"], 4)
                for name, s in metrics["exports"].items()
                if s.get("loss") is not None
            }
        else:
            shown = {
                k: _short(v)
                for k, v in metrics.items()
                if k not in HIDDEN and isinstance(v, int | float | str)
            }
        table.add_row(step_id, json.dumps(shown, default=str))
    return table


def _short(value: Any) -> Any:
    return round(value, 4) if isinstance(value, float) else value


@click.command("train")
@click.argument("recipe_file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--builtin", default=None, help="A built-in recipe (tiny-cpu, mediphi) instead of a file.")
@click.option(
    "--overrides",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="YAML/JSON merged into the --builtin recipe (e.g. base_model and export_id references).",
)
@click.option("--follow", "follow_id", default=None, help="Follow an existing run instead of submitting.")
@click.option("--wait/--no-wait", default=True, show_default=True, help="Follow progress until the run ends.")
@api_options
def train(
    recipe_file: Path | None,
    builtin: str | None,
    overrides: Path | None,
    follow_id: str | None,
    wait: bool,
    api_url: str | None,
    api_key: str | None,
) -> None:
    """Submit a training recipe (YAML or JSON) to the API; a `training` worker runs it.

    Exports may be named by id anywhere a recipe names an export directory (`export_id: ...`).
    """
    with api(api_url, api_key) as client:
        if follow_id is None:
            run = client.create_run(request_body(recipe_file, builtin, overrides))
            console.print(f"training run [bold]{run.id}[/] {run.status}")
            click.echo(f"run dir: {run.run_dir}")  # plain: rich would wrap a long path
            follow_id = run.id
            if not wait:
                return
        run = follow(client, follow_id)
    console.print(metrics_table(run))
    if run.final_model:
        click.echo(f"final model: {run.final_model}")
    if run.status != "completed":
        console.print(f"[red]{run.status}[/]: {run.error or ''}")
        sys.exit(1)
