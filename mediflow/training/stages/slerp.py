"""SLERP one expert back into the base; with a validation set, keep the ratio with the lowest loss."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from mediflow.training.data import validation_rows
from mediflow.training.evaluation import dataset_loss
from mediflow.training.hf import drop_dir, load_for_eval, load_tokenizer
from mediflow.training.merging import non_finite_tensors, run_mergekit, slerp_config
from mediflow.training.recipe import ExportRef, MergeDtype
from mediflow.training.stages.registry import Stage, StageContext, register_stage


class SlerpStageConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    base_model: Path
    expert_model: Path
    ratios: list[float] = Field(min_length=1)
    validation: ExportRef | None = None
    max_eval_rows: int = 64
    max_length: int = 1024
    batch_size: int = 8
    dtype: MergeDtype = "bfloat16"


def _merge(config: SlerpStageConfig, ratio: float, out_dir: Path, ctx: StageContext) -> Path:
    run_mergekit(
        slerp_config(config.base_model, config.expert_model, ratio, config.dtype),
        out_dir,
        tokenizer_from=config.base_model,
        cuda=ctx.device == "cuda",
    )
    if bad := non_finite_tensors(out_dir):
        raise RuntimeError(f"SLERP at t={ratio} produced non-finite tensors: {bad[:5]}")
    return out_dir


def _score(model_dir: Path, config: SlerpStageConfig, ctx: StageContext) -> dict[str, Any]:
    assert config.validation is not None
    rows = validation_rows(config.validation.kind, config.validation.path, config.max_eval_rows)
    model = load_for_eval(model_dir, ctx.device)
    return dataset_loss(
        model, load_tokenizer(model_dir), rows, max_length=config.max_length, batch_size=config.batch_size
    )


def _key(score: dict[str, Any]) -> float:
    # NaN loss (e.g. no scorable tokens) must never win the comparison.
    return float(score["loss"]) if math.isfinite(score["loss"]) else math.inf


def run_slerp(config: SlerpStageConfig, ctx: StageContext) -> dict[str, Any]:
    if config.validation is None:
        _merge(config, config.ratios[0], ctx.model_dir, ctx)
        return {"ratio": config.ratios[0], "candidates": [], "selected_by": "first ratio (no validation set)"}
    candidates: list[dict[str, Any]] = []
    best: dict[str, Any] | None = None
    for ratio in config.ratios:
        ctx.reporter.check_cancel()  # each candidate is a full merge + eval: a natural stopping point
        out = _merge(config, ratio, ctx.work_dir / f"t{ratio:.4f}", ctx)
        score = _score(out, config, ctx) | {"ratio": ratio}
        ctx.reporter.emit("slerp_candidate", ratio=ratio, loss=score["loss"])
        candidates.append(score)
        # Keep only the best model so far on disk: a 3.8B candidate is ~8 GB.
        if best is None or _key(score) < _key(best):
            if best is not None:
                drop_dir(best["dir"])
            best = score | {"dir": out}
        else:
            drop_dir(out)
    assert best is not None  # ratios has min_length=1
    os.replace(best["dir"], ctx.model_dir)
    drop_dir(ctx.work_dir)
    return {
        "ratio": best["ratio"],
        "loss": best["loss"],
        "candidates": candidates,
        "selected_by": f"lowest loss on {config.validation.label}",
    }


STAGE = register_stage(
    Stage("slerp", SlerpStageConfig, run_slerp, description="SLERP an expert into the base model")
)
