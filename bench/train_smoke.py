"""Smoke-test an installation: every stage of the tiny-cpu recipe on a tiny random model.

    python -m bench.train_smoke /tmp/smoke [--device cuda --precision bf16]

Prints one JSON line per progress event and a final summary; exits non-zero on any failure. It needs
no network and no downloaded model, so it also checks a GPU box before a real recipe is started there.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from mediflow.training.recipe import Recipe, builtin_recipe_path, load_recipe
from mediflow.training.runner import run_recipe
from tests.support.training import build_tiny_workspace

_DTYPES = {"fp32": "float32", "bf16": "bfloat16", "fp16": "float16"}


def with_runtime(recipe: Recipe, device: str, precision: str) -> Recipe:
    """The recipe on another device, with every training phase and merge in ``precision``."""
    data = recipe.model_dump()
    phases = [data["pit"]["stage1"], data["pit"]["stage2"]]
    phases += [data["alignment"][k]["hparams"] for k in ("sft", "dpo") if data["alignment"][k]]
    for hp in phases:
        hp["precision"] = precision
    data["slerp"]["dtype"] = data["merge"]["dtype"] = _DTYPES[precision]
    data["device"] = device
    return Recipe.model_validate(data)


def _print_event(event: dict[str, Any]) -> None:
    print(json.dumps({k: v for k, v in event.items() if k != "metrics"}, default=str), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")
    parser.add_argument("--precision", choices=list(_DTYPES), default="fp32")
    parser.add_argument("--tokenizer", choices=["auto", "smollm2", "fallback"], default="auto")
    parser.add_argument("--size", choices=["tiny", "small"], default="tiny", help="small: ~110M parameters")
    args = parser.parse_args(argv)
    root = args.workdir.resolve()
    if not (root / "models" / "tiny-llama").exists():
        build_tiny_workspace(root, tokenizer=args.tokenizer, size=args.size)
    recipe = with_runtime(
        load_recipe(builtin_recipe_path("tiny-cpu"), root=root), args.device, args.precision
    )
    summary = run_recipe(recipe, root / "run", progress_callback=_print_event)
    print(json.dumps({"summary": {k: v for k, v in summary.items() if k != "steps"}}, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
