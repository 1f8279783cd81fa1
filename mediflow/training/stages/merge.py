"""Merge the SLERPed experts into one model with a mergekit method (BreadCrumbs in the paper)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from mediflow.training.merging import multi_merge_config, non_finite_tensors, run_mergekit
from mediflow.training.recipe import MergeSettings
from mediflow.training.stages.registry import Stage, StageContext, register_stage


class MergeStageConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    base_model: Path
    models: dict[str, Path] = Field(min_length=1, description="Expert name → SLERPed model directory")
    settings: MergeSettings
    seed: int = 0


def run_merge_stage(config: MergeStageConfig, ctx: StageContext) -> dict[str, Any]:
    mk_config = multi_merge_config(config.base_model, config.models, config.settings)
    run_mergekit(
        mk_config,
        ctx.model_dir,
        tokenizer_from=config.base_model,
        cuda=ctx.device == "cuda",
        seed=config.seed,
    )
    if bad := non_finite_tensors(ctx.model_dir):
        raise RuntimeError(f"{config.settings.method} merge produced non-finite tensors: {bad[:5]}")
    return {"method": config.settings.method, "experts": list(config.models), "mergekit_config": mk_config}


STAGE = register_stage(
    Stage("merge", MergeStageConfig, run_merge_stage, description="Multi-expert merge with mergekit")
)
