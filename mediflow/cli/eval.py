"""``mediflow eval``: score models on a task suite, locally or through the API; check, write and
derive suites; check training exports for contamination."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from mediflow.cli.common import api, api_options
from mediflow.core.errors import InvalidRequestError

console = Console()
SUITE_HELP = "'bundled' (the synthetic suite mediflow writes), a .jsonl suite file, or a directory of them."


def scores_table(results: dict[str, dict[str, Any]], title: str) -> Table:
    """Tasks down, models across, the average last: the report's table in the terminal."""
    from mediflow.evaluation.report import comparison

    table_data = comparison(results)
    table = Table("task", *table_data["models"], title=title)
    for task, scores in table_data["tasks"].items():
        table.add_row(task, *(_fmt(scores[m]) for m in table_data["models"]))
    table.add_row("[bold]average[/]", *(f"[bold]{_fmt(v)}[/]" for v in table_data["average"].values()))
    return table


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _load(suite: str) -> Any:
    from mediflow.evaluation.suites import load_suite

    try:
        return load_suite(suite)
    except InvalidRequestError as exc:
        raise click.ClickException(str(exc)) from None


@click.group("eval")
def eval_group() -> None:
    """Clinical task evaluation: suites, scores, reports, contamination."""


@eval_group.command("run")
@click.argument("models", nargs=-1, required=True)
@click.option("--suite", default="bundled", show_default=True, help=SUITE_HELP)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write scores, predictions, report and chart here.",
)
@click.option("--shots", default=0, show_default=True, help="Solved examples per prompt.")
@click.option("--max-items", type=int, default=None, help="At most this many items per task.")
@click.option("--max-new-tokens", default=128, show_default=True)
@click.option("--batch-size", default=8, show_default=True)
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True)
@click.option("--threads", type=int, default=None, help="torch CPU threads.")
def run_local(
    models: tuple[str, ...],
    suite: str,
    out: Path | None,
    shots: int,
    max_items: int | None,
    max_new_tokens: int,
    batch_size: int,
    device: str,
    threads: int | None,
) -> None:
    """Score local model directories (LABEL=DIR or DIR) on a suite, here, without the service."""
    from mediflow.evaluation.harness import EvalOptions, evaluate_model, write_result
    from mediflow.evaluation.report import write_report
    from mediflow.training.hf import resolve_device

    if threads:
        import torch

        torch.set_num_threads(threads)
    loaded = _load(suite)
    options = EvalOptions(
        shots=shots, max_items_per_task=max_items, max_new_tokens=max_new_tokens, batch_size=batch_size
    )
    results: dict[str, dict[str, Any]] = {}
    for spec in models:
        label, _, path = spec.rpartition("=")
        label = label or Path(path).name
        console.print(f"scoring [bold]{label}[/] ({path}) on {loaded.name} ...")
        result = evaluate_model(Path(path), loaded, options, resolve_device(device))
        console.print(
            f"  {result['scored_items']} items in {result['elapsed_s']} s ({result['items_per_s']} items/s)"
        )
        if out is not None:
            write_result(result, out / label)
        results[label] = result
    console.print(scores_table(results, f"task scores on {loaded.name}"))
    if out is not None:
        paths = write_report(results, out / "report", title=f"Task scores on {loaded.name}")
        click.echo(f"report: {paths['markdown']}  chart: {paths['chart']}")


@eval_group.command("submit")
@click.option(
    "--model",
    "models",
    multiple=True,
    required=True,
    help="LABEL=DIR under the models root, or LABEL=run:RUN_ID[:STEP].",
)
@click.option(
    "--suite", default="bundled", show_default=True, help="'bundled' or a local .jsonl file (uploaded)."
)
@click.option("--max-items", type=int, default=None, help="At most this many items per task.")
@click.option("--max-new-tokens", default=128, show_default=True)
@click.option("--shots", default=0, show_default=True)
@click.option("--wait/--no-wait", default=True, show_default=True)
@api_options
def submit(
    models: tuple[str, ...],
    suite: str,
    max_items: int | None,
    max_new_tokens: int,
    shots: int,
    wait: bool,
    api_url: str | None,
    api_key: str | None,
) -> None:
    """Score models on a suite through the service (a training worker runs it)."""
    body: dict[str, Any] = {
        "models": [_model_ref(m) for m in models],
        "options": {"max_items_per_task": max_items, "max_new_tokens": max_new_tokens, "shots": shots},
    }
    if suite == "bundled":
        body["suite"] = "bundled"
    else:
        body["suite_jsonl"] = Path(suite).read_text(encoding="utf-8")
    with api(api_url, api_key) as client:
        ev = client.create_evaluation(body)
        console.print(f"evaluation [bold]{ev.id}[/] {ev.status}")
        if wait:
            ev = client.wait_evaluation(ev.id)
    if ev.results:
        results = {label: scores.model_dump() for label, scores in ev.results.items()}
        console.print(scores_table(results, f"evaluation {ev.id} ({ev.status})"))
    if ev.status == "failed":
        console.print(f"[red]failed[/]: {ev.error}")
        sys.exit(1)


def _model_ref(spec: str) -> dict[str, Any]:
    label, sep, target = spec.partition("=")
    if not sep or not label:
        raise click.BadParameter(f"{spec!r}: use LABEL=DIR or LABEL=run:RUN_ID[:STEP]", param_hint="--model")
    if target.startswith("run:"):
        run_id, _, step = target.removeprefix("run:").partition(":")
        return {"label": label, "training_run_id": run_id} | ({"step": step} if step else {})
    return {"label": label, "path": target}


@eval_group.command("check")
@click.argument("suite")
def check(suite: str) -> None:
    """Validate a suite; print its tasks, families and item counts (exit 1 naming a bad line)."""
    loaded = _load(suite)
    table = Table("task", "family", "items", title=f"{loaded.name}: {loaded.size} items")
    for name, task in loaded.tasks.items():
        table.add_row(name, task.family, str(len(task.items)))
    console.print(table)


@eval_group.command("write-bundled")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--seed", default=13, show_default=True)
@click.option("--per-task", default=25, show_default=True)
def write_bundled(out: Path, seed: int, per_task: int) -> None:
    """Write the bundled synthetic suite as one JSONL file (to read, edit or extend)."""
    from mediflow.evaluation.bundled import bundled_suite

    suite = bundled_suite(seed, per_task)
    out.write_text(suite.to_jsonl(), encoding="utf-8")
    click.echo(f"{suite.size} items in {len(suite.tasks)} tasks -> {out}")


@eval_group.command("heldout")
@click.argument("export_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--split", default="test", show_default=True)
@click.option("--per-task", default=50, show_default=True)
def heldout(export_dir: Path, out: Path, split: str, per_task: int) -> None:
    """A suite from a mediflow-format export's held-out split, one task per task type."""
    from mediflow.evaluation.heldout import heldout_suite

    try:
        suite = heldout_suite(export_dir, split=split, per_task=per_task)
    except InvalidRequestError as exc:
        raise click.ClickException(str(exc)) from None
    out.write_text(suite.to_jsonl(), encoding="utf-8")
    click.echo(f"{suite.size} items in {len(suite.tasks)} tasks -> {out}")


@eval_group.command("contamination")
@click.argument(
    "exports", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option("--suite", default="bundled", show_default=True, help=SUITE_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
def contamination(exports: tuple[Path, ...], suite: str, as_json: bool) -> None:
    """13-gram overlap between training exports (every split) and a suite, per task."""
    from mediflow.evaluation.contamination import SuiteIndex, contamination_report, export_rows

    index = SuiteIndex(_load(suite))
    report = contamination_report(index, (row for e in exports for row in export_rows(e)))
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    table = Table(
        "task",
        "items",
        "contaminated",
        "share",
        title=f"{report['contaminated_rows']} of {report['training_rows']} training rows overlap {report['suite']}",
    )
    for name, t in report["tasks"].items():
        table.add_row(name, str(t["items"]), str(t["contaminated"]), f"{t['share']:.1%}")
    console.print(table)
