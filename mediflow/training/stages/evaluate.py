"""Validation loss / perplexity on each export, task-suite scores, and a few greedy samples to eyeball."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from mediflow.training.data import validation_rows
from mediflow.training.evaluation import dataset_loss, greedy_samples
from mediflow.training.hf import load_for_eval, load_tokenizer
from mediflow.training.recipe import ExportRef, SuiteScoring
from mediflow.training.scoring import score_model
from mediflow.training.stages.registry import Stage, StageContext, register_stage


class EvaluateStageConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    model: Path
    exports: list[ExportRef] = Field(default_factory=list)
    suite: SuiteScoring | None = None
    max_rows: int = 64
    generation_prompts: int = 3
    max_new_tokens: int = 64
    batch_size: int = 8
    max_length: int = 1024


def _sample_source(exports: list[ExportRef]) -> ExportRef:
    # Instruction prompts show more than the opening of a PIT text, so prefer a chat export.
    return next((e for e in exports if e.kind != "pit"), exports[0])


def run_evaluate(config: EvaluateStageConfig, ctx: StageContext) -> dict[str, Any]:
    model = load_for_eval(config.model, ctx.device)
    tokenizer = load_tokenizer(config.model)
    scores = {}
    for ref in config.exports:
        rows = validation_rows(ref.kind, ref.path, config.max_rows)
        scores[ref.label] = dataset_loss(
            model, tokenizer, rows, max_length=config.max_length, batch_size=config.batch_size
        )
    losses = [s["loss"] for s in scores.values() if math.isfinite(s["loss"])]
    samples: list[dict[str, str]] = []
    if config.exports:
        source = _sample_source(config.exports)
        rows = validation_rows(source.kind, source.path, config.generation_prompts)
        samples = greedy_samples(
            model, tokenizer, rows, count=config.generation_prompts, max_new_tokens=config.max_new_tokens
        )
    del model
    metrics = {
        "model": str(config.model),
        "exports": scores,
        "mean_loss": sum(losses) / len(losses) if losses else None,
        "samples": samples,
    }
    if config.suite is not None:
        metrics["suite"] = score_model(config.model, config.suite, ctx.device, ctx.step_dir / "suite")
    return metrics


STAGE = register_stage(
    Stage(
        "evaluate",
        EvaluateStageConfig,
        run_evaluate,
        produces_model=False,
        description="Validation loss/perplexity, task-suite scores and greedy samples",
    )
)
