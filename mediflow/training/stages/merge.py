"""Merge the SLERPed experts into one model with a mergekit method (BreadCrumbs in the paper).

With a selection suite the merge is scored; with ``merge.search`` too, CMA-ES tunes the per-expert
parameters and the final merge is whichever scores best: the recipe's own parameters or the best
candidate found (the run log says which and why).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from mediflow.training.hf import drop_dir
from mediflow.training.merge_search import journal_path, run_search
from mediflow.training.merging import multi_merge_config, non_finite_tensors, run_mergekit
from mediflow.training.recipe import MergeSettings, SuiteScoring
from mediflow.training.scoring import score_model
from mediflow.training.stages.registry import Stage, StageContext, register_stage


class MergeStageConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    base_model: Path
    models: dict[str, Path] = Field(min_length=1, description="Expert name → SLERPed model directory")
    settings: MergeSettings
    selection: SuiteScoring | None = None
    seed: int = 0


def _merge(
    config: MergeStageConfig, per_model: dict[str, dict[str, float]] | None, out: Path, ctx: StageContext
) -> Path:
    mk_config = multi_merge_config(config.base_model, config.models, config.settings, per_model)
    run_mergekit(
        mk_config, out, tokenizer_from=config.base_model, cuda=ctx.device == "cuda", seed=config.seed
    )
    if bad := non_finite_tensors(out):
        raise RuntimeError(f"{config.settings.method} merge produced non-finite tensors: {bad[:5]}")
    return out


def run_merge_stage(config: MergeStageConfig, ctx: StageContext) -> dict[str, Any]:
    s = config.settings
    _merge(config, None, ctx.model_dir, ctx)
    metrics: dict[str, Any] = {
        "method": s.method,
        "experts": list(config.models),
        "mergekit_config": multi_merge_config(config.base_model, config.models, s),
    }
    if config.selection is None:
        return metrics | {"selected_by": "recipe parameters (no selection suite)"}
    own = score_model(ctx.model_dir, config.selection, ctx.device)
    metrics["recipe_params_score"] = own["average"]
    if s.search is None:
        return metrics | {"score": own["average"], "selected_by": "recipe parameters (no merge.search)"}

    def score(path: Path) -> dict[str, Any]:
        ctx.reporter.check_cancel()
        return score_model(path, config.selection, ctx.device)  # type: ignore[arg-type]

    # The budget is left out of the key: raising it continues the same search instead of restarting.
    key = config.model_dump(mode="json", exclude={"settings": {"search": {"max_evaluations", "max_seconds"}}})
    found = run_search(
        s,
        list(config.models),
        journal=journal_path(ctx.step_dir, key),
        work_dir=ctx.work_dir,
        merge=lambda params, out: _merge(config, params, out, ctx),
        score=score,
        on_candidate=lambda r: ctx.reporter.emit(
            "merge_candidate", n=r["n"], score=r["score"], params=r["params"]
        ),
    )
    metrics["search"] = found
    if found["best_score"] > own["average"]:
        best = _merge(config, found["best_params"], ctx.work_dir / "best", ctx)
        drop_dir(ctx.model_dir)
        os.replace(best, ctx.model_dir)
        metrics["mergekit_config"] = multi_merge_config(
            config.base_model, config.models, s, found["best_params"]
        )
        metrics |= {
            "score": found["best_score"],
            "selected_by": "merge search (higher average than the recipe's parameters)",
        }
    else:
        metrics |= {
            "score": own["average"],
            "selected_by": "recipe parameters (no search candidate scored higher)",
        }
    drop_dir(ctx.work_dir)
    ctx.reporter.log.info("merge selected by %s: score %s", metrics["selected_by"], metrics["score"])
    return metrics


STAGE = register_stage(
    Stage("merge", MergeStageConfig, run_merge_stage, description="Multi-expert merge with mergekit")
)
