"""Task-suite scores for a saved model: what the evaluate, SLERP and merge stages decide and report by."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mediflow.evaluation.harness import EvalOptions, evaluate_loaded, write_result
from mediflow.evaluation.suites import load_suite
from mediflow.training.hf import Device, load_for_eval, load_tokenizer
from mediflow.training.recipe import SuiteScoring


def score_model(
    model_dir: Path, scoring: SuiteScoring, device: Device, out_dir: Path | None = None
) -> dict[str, Any]:
    """Per-task scores and the average of ``model_dir`` on ``scoring.suite``; predictions go to ``out_dir``."""
    suite = load_suite(scoring.suite)
    options = EvalOptions.model_validate(scoring.model_dump(exclude={"suite"}))
    model = load_for_eval(model_dir, device)
    result = evaluate_loaded(model, load_tokenizer(model_dir), suite, options)
    if out_dir is not None:
        write_result(result, out_dir)
    return {k: v for k, v in result.items() if k != "predictions"}
