"""Run a whole recipe, resumably: finished steps (same config, same inputs) are skipped."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import torch

from mediflow.training.artifacts import (
    METRICS,
    MODEL,
    fingerprint,
    is_complete,
    mark_complete,
    output_id,
    read_metrics,
    reset_dir,
    run_lock,
    write_json,
)
from mediflow.training.hf import Device, resolve_device
from mediflow.training.plan import PlannedStep, final_model, plan_recipe
from mediflow.training.progress import (
    CancelFn,
    ProgressFn,
    Reporter,
    TrainingCancelled,
    close_run_log,
    open_run_log,
)
from mediflow.training.recipe import Recipe
from mediflow.training.stages import StageContext, get_stage


def run_recipe(
    recipe: Recipe,
    run_dir: str | Path,
    *,
    progress_callback: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> dict[str, Any]:
    """Run every step of ``recipe`` under ``run_dir``; return per-step metrics and artifact paths.

    Raises ``TrainingCancelled`` when ``should_cancel()`` turns true (checked between steps and after
    every optimizer step); what finished stays on disk and the next call resumes from there. Raises
    ``RunLockedError`` when another process is running the same ``run_dir``.
    """
    run = Path(run_dir).resolve()
    run.mkdir(parents=True, exist_ok=True)
    recipe = recipe.resolved(Path.cwd())  # a no-op for recipes from load_recipe; mergekit needs absolute
    recipe.check_paths()
    with run_lock(run):
        log = open_run_log(run)
        reporter = Reporter(log, progress_callback, should_cancel)
        try:
            return _run(recipe, run, reporter)
        except TrainingCancelled:
            log.info("run cancelled; completed steps are kept for resume")
            raise
        except Exception:
            log.exception("run failed")
            raise
        finally:
            close_run_log(log)


def _run(recipe: Recipe, run: Path, reporter: Reporter) -> dict[str, Any]:
    if recipe.threads:
        torch.set_num_threads(recipe.threads)
    device = resolve_device(recipe.device)
    steps = plan_recipe(recipe, run)
    write_json(run / "recipe.json", recipe.model_dump(mode="json"))
    reporter.emit("run_start", steps=[s.step_id for s in steps], device=device, run_dir=str(run))
    started = time.monotonic()
    outputs: dict[str, str] = {}  # step id → id of the output it produced (see artifacts.output_id)
    results: dict[str, dict[str, Any]] = {}
    for index, step in enumerate(steps):
        reporter.at(step.stage, step.step_id)
        reporter.check_cancel()
        fp = fingerprint(step.config, [outputs[u] for u in step.upstream], run)
        results[step.step_id] = _run_step(step, fp, run, device, reporter, (index, len(steps)))
        outputs[step.step_id] = output_id(step.step_dir(run))
    reporter.at("", "")
    report = _suite_report(results, run)
    summary = {
        "recipe": recipe.name,
        "run_dir": str(run),
        "device": device,
        "final_model": str(final_model(steps, run, recipe.base_model)),
        "elapsed_s": round(time.monotonic() - started, 2),
        "steps": results,
        "report": report,
    }
    write_json(run / "summary.json", summary)
    reporter.emit("run_end", final_model=summary["final_model"], elapsed_s=summary["elapsed_s"])
    return summary


def _run_step(
    step: PlannedStep, fp: str, run: Path, device: Device, reporter: Reporter, position: tuple[int, int]
) -> dict[str, Any]:
    stage = get_stage(step.stage)
    step_dir = step.step_dir(run)
    where = {"index": position[0], "total": position[1]}
    if is_complete(step_dir, fp):
        reporter.emit("stage_skipped", **where)
        return _result(step, step_dir, "skipped", stage.produces_model)
    reporter.emit("stage_start", **where)
    reset_dir(step_dir)
    started = time.monotonic()
    metrics = stage.run(step.config, StageContext(step_dir, reporter, device))
    elapsed = round(time.monotonic() - started, 2)
    write_json(step_dir / METRICS, metrics | {"elapsed_s": elapsed, "fingerprint": fp})
    mark_complete(step_dir, fp, elapsed)  # last: a marker means everything above is on disk
    reporter.emit("stage_end", elapsed_s=elapsed, metrics=metrics, **where)
    return _result(step, step_dir, "ran", stage.produces_model)


def _result(step: PlannedStep, step_dir: Path, status: str, produces_model: bool) -> dict[str, Any]:
    return {
        "stage": step.stage,
        "status": status,
        "dir": str(step_dir),
        "model_dir": str(step_dir / MODEL) if produces_model else None,
        "metrics_path": str(step_dir / METRICS),
        "metrics": read_metrics(step_dir),
    }


def _suite_report(results: dict[str, dict[str, Any]], run: Path) -> dict[str, str] | None:
    """Every model's task-suite scores side by side (report.md, report.json, chart.png under report/)."""
    scored = {
        step_id.removeprefix("eval-"): r["metrics"]["suite"]
        for step_id, r in results.items()
        if r["stage"] == "evaluate" and r.get("metrics") and "suite" in r["metrics"]
    }
    if not scored:
        return None
    from mediflow.evaluation.report import write_report

    return write_report(scored, run / "report", title=f"Task scores per model ({run.name})")
