"""SmolLM2-135M-Instruct on the bundled suite before and after the recipe, per task.

    python -m bench.eval_smol [WORKDIR] [--max-items 4] [--max-new-tokens 48]     # or: make eval-smol

Builds the HF model from the embedded GGUF (as ``make train-smol`` does), runs the same small recipe
(PIT → SLERP → TIES → SFT (LoRA) → DPO) with every evaluate step also scoring the bundled synthetic
suite (``--select``: the SLERP ratios and the merge chosen on it too), and prints every model's per-task scores
side by side: base first, DPO last. The report (Markdown, JSON, PNG chart) lands in WORKDIR/run/report.
Nothing is downloaded. Takes 15-30 minutes on 2 busy CPU cores (generation is the cost); scores of a 135M model trained for a few
steps on synthetic data are low, and the point is that every stage is scored the same way.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.train_smol import _quiet_progress_bars, build_workspace, smol_recipe
from mediflow.training import run_recipe
from mediflow.training.recipe import Recipe


def with_suite(recipe: Recipe, max_items: int, max_new_tokens: int, select: bool) -> Recipe:
    data = recipe.model_dump()
    scoring = {
        "suite": "bundled",
        "max_items_per_task": max_items,
        "max_new_tokens": max_new_tokens,
        "batch_size": 16,
    }
    data["evaluate"] |= {"suite": scoring, "generation_prompts": 0}
    if select:  # four more suite passes (two SLERP candidates per expert) and one for the merge
        data["selection"] = scoring
    return Recipe.model_validate(data)


def _on_event(event: dict[str, Any]) -> None:
    if event["event"] == "stage_end" and event["stage"] == "evaluate" and "suite" in event["metrics"]:
        suite = event["metrics"]["suite"]
        print(
            f"{event['step_id'].removeprefix('eval-'):>18}  suite average {suite['average']:6.2f}"
            f"  ({suite['scored_items']} items, {suite['items_per_s']} items/s)",
            flush=True,
        )
    elif event["event"] == "stage_start" and event["stage"] != "evaluate":
        print(f"-- {event['step_id']} ({event['index'] + 1}/{event['total']})", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("workdir", nargs="?", type=Path, default=None)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1 is steadiest under load)")
    parser.add_argument("--max-items", type=int, default=2, help="items per task (the suite has 25)")
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--select", action="store_true", help="also choose SLERP ratios on the suite")
    args = parser.parse_args(argv)
    _quiet_progress_bars()
    root = (args.workdir or Path(tempfile.mkdtemp(prefix="mediflow-eval-smol-"))).resolve()
    started = time.monotonic()
    build_workspace(root)
    recipe = with_suite(smol_recipe(root, args.threads), args.max_items, args.max_new_tokens, args.select)
    summary = run_recipe(recipe, root / "run", progress_callback=_on_event)
    report = summary["report"]
    print(Path(report["markdown"]).read_text(encoding="utf-8"))
    print(f"report: {report['markdown']}  chart: {report['chart']}  total {time.monotonic() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
