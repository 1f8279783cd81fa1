"""SLERP one expert back into the base, at the ratio that scores best.

With a selection suite the ratio with the highest average task score wins (ties: the smaller ratio,
the one closer to the base); without one, the lowest loss on the validation export, and the run log
says that the fallback decided; with neither, the first ratio.
"""

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
from mediflow.training.recipe import ExportRef, MergeDtype, SuiteScoring
from mediflow.training.scoring import score_model
from mediflow.training.stages.registry import Stage, StageContext, register_stage


class SlerpStageConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    base_model: Path
    expert_model: Path
    ratios: list[float] = Field(min_length=1)
    validation: ExportRef | None = None
    selection: SuiteScoring | None = None
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


def _loss(model_dir: Path, config: SlerpStageConfig, ctx: StageContext) -> dict[str, Any]:
    assert config.validation is not None
    rows = validation_rows(config.validation.kind, config.validation.path, config.max_eval_rows)
    model = load_for_eval(model_dir, ctx.device)
    return dataset_loss(
        model, load_tokenizer(model_dir), rows, max_length=config.max_length, batch_size=config.batch_size
    )


def _score(model_dir: Path, config: SlerpStageConfig, ctx: StageContext) -> dict[str, Any]:
    """The candidate's numbers and its key (higher is better)."""
    if config.selection is not None:
        result = score_model(model_dir, config.selection, ctx.device)
        tasks = {t: r["score"] for t, r in result["tasks"].items()}
        return {"average": result["average"], "tasks": tasks, "key": float(result["average"])}
    loss = _loss(model_dir, config, ctx)
    # NaN loss (e.g. no scorable tokens) must never win the comparison.
    return loss | {"key": -float(loss["loss"]) if math.isfinite(loss["loss"]) else -math.inf}


def run_slerp(config: SlerpStageConfig, ctx: StageContext) -> dict[str, Any]:
    if config.validation is None and config.selection is None:
        _merge(config, config.ratios[0], ctx.model_dir, ctx)
        ctx.reporter.log.info(
            "slerp ratio %s: the first ratio (no selection suite, no validation set)", config.ratios[0]
        )
        return {"ratio": config.ratios[0], "candidates": [], "selected_by": "first ratio (no validation set)"}
    if config.selection is not None:
        selected_by = f"highest average score on suite {config.selection.suite}"
    else:
        assert config.validation is not None
        selected_by = f"lowest loss on {config.validation.label} (fallback: no selection suite)"
    candidates: list[dict[str, Any]] = []
    best: dict[str, Any] | None = None
    for ratio in sorted(config.ratios):
        ctx.reporter.check_cancel()  # each candidate is a full merge + eval: a natural stopping point
        out = _merge(config, ratio, ctx.work_dir / f"t{ratio:.4f}", ctx)
        score = _score(out, config, ctx) | {"ratio": ratio}
        shown = {k: score[k] for k in ("average", "loss") if k in score}
        ctx.reporter.emit("slerp_candidate", ratio=ratio, **shown)
        candidates.append({k: v for k, v in score.items() if k != "key"})
        # Keep only the best model so far on disk: a 3.8B candidate is ~8 GB.
        if best is None or score["key"] > best["key"]:
            if best is not None:
                drop_dir(best["dir"])
            best = score | {"dir": out}
        else:
            drop_dir(out)
    assert best is not None  # ratios has min_length=1
    os.replace(best["dir"], ctx.model_dir)
    drop_dir(ctx.work_dir)
    ctx.reporter.log.info("slerp ratio %s selected by %s", best["ratio"], selected_by)
    chosen: dict[str, Any] = {k: best[k] for k in ("loss", "average") if k in best}
    return {"ratio": best["ratio"], **chosen, "candidates": candidates, "selected_by": selected_by}


STAGE = register_stage(
    Stage("slerp", SlerpStageConfig, run_slerp, description="SLERP an expert into the base model")
)
