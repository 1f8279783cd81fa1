"""Turn a recipe into an ordered list of steps with concrete configs (pure: nothing runs here).

Order: [evaluate base] → PIT(each expert) → SLERP(each expert) → merge → SFT → DPO, with an evaluate
step after every step that produces a model. With one expert the merge is skipped (there is nothing
to combine) and the SLERPed expert goes on to alignment; with none, alignment starts from the base.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from mediflow.training.artifacts import MODEL
from mediflow.training.recipe import ExportRef, Recipe
from mediflow.training.stages.dpo import DpoStageConfig
from mediflow.training.stages.evaluate import EvaluateStageConfig
from mediflow.training.stages.merge import MergeStageConfig
from mediflow.training.stages.pit import PitConfig
from mediflow.training.stages.sft import SftStageConfig
from mediflow.training.stages.slerp import SlerpStageConfig


@dataclass(frozen=True)
class PlannedStep:
    step_id: str
    stage: str
    config: BaseModel
    upstream: tuple[str, ...] = field(default=())
    """Step ids whose outputs this step reads; their fingerprints feed into this one's."""

    def step_dir(self, run_dir: Path) -> Path:
        return run_dir / self.step_id


def eval_exports(recipe: Recipe) -> list[ExportRef]:
    if recipe.evaluate.exports is not None:
        return list(recipe.evaluate.exports)
    refs = [ExportRef(kind="pit", path=e.path, name=f"pit-{e.name}") for e in recipe.experts]
    if recipe.alignment.sft:
        refs.insert(0, ExportRef(kind="sft", path=recipe.alignment.sft.export, name="sft"))
    return refs


class _Planner:
    def __init__(self, recipe: Recipe, run_dir: Path) -> None:
        self.recipe = recipe
        self.run_dir = run_dir
        self.steps: list[PlannedStep] = []
        self.exports = eval_exports(recipe)

    def model_of(self, step_id: str) -> Path:
        return self.run_dir / step_id / MODEL

    def add(self, step_id: str, stage: str, config: BaseModel, upstream: tuple[str, ...] = ()) -> str:
        self.steps.append(PlannedStep(step_id, stage, config, upstream))
        return step_id

    def add_eval(self, target: str, model: Path, upstream: tuple[str, ...]) -> None:
        ev = self.recipe.evaluate
        if not ev.enabled or not (self.exports or ev.suite):
            return
        config = EvaluateStageConfig(
            model=model,
            exports=self.exports,
            suite=ev.suite,
            max_rows=ev.max_eval_rows,
            generation_prompts=ev.generation_prompts,
            max_new_tokens=ev.max_new_tokens,
            batch_size=ev.batch_size,
            max_length=ev.max_length,
        )
        self.add(f"eval-{target}", "evaluate", config, upstream)

    def add_model_step(self, step_id: str, stage: str, config: BaseModel, upstream: tuple[str, ...]) -> str:
        self.add(step_id, stage, config, upstream)
        self.add_eval(step_id, self.model_of(step_id), (step_id,))
        return step_id


def plan_recipe(recipe: Recipe, run_dir: Path) -> list[PlannedStep]:
    """The steps ``run_recipe`` will run, in order; ``recipe`` must hold absolute paths."""
    p = _Planner(recipe, run_dir)
    base = recipe.base_model
    if recipe.evaluate.include_base:
        p.add_eval("base", base, ())
    pits = {e.name: _plan_pit(p, e.name, e.path) for e in recipe.experts}
    slerps = {name: _plan_slerp(p, name, step) for name, step in pits.items()}
    current, current_step = base, tuple[str, ...]()
    if len(slerps) == 1:
        (only,) = slerps.values()
        current, current_step = p.model_of(only), (only,)
    elif slerps:
        models = {name: p.model_of(step) for name, step in slerps.items()}
        merge = MergeStageConfig(
            base_model=base, models=models, settings=recipe.merge, selection=recipe.selection
        )
        p.add_model_step("merge", "merge", merge, tuple(slerps.values()))
        current, current_step = p.model_of("merge"), ("merge",)
    if sft := recipe.alignment.sft:
        cfg = SftStageConfig(model=current, export=sft.export, hparams=sft.hparams)
        current, current_step = p.model_of(p.add_model_step("sft", "sft", cfg, current_step)), ("sft",)
    if dpo := recipe.alignment.dpo:
        dcfg = DpoStageConfig(model=current, export=dpo.export, hparams=dpo.hparams, beta=dpo.beta)
        p.add_model_step("dpo", "dpo", dcfg, current_step)
    return p.steps


def _plan_pit(p: _Planner, name: str, export: Path) -> str:
    pit = p.recipe.pit
    config = PitConfig(base_model=p.recipe.base_model, export=export, stage1=pit.stage1, stage2=pit.stage2)
    return p.add_model_step(f"pit-{name}", "pit", config, ())


def _plan_slerp(p: _Planner, name: str, pit_step: str) -> str:
    s, ev = p.recipe.slerp, p.recipe.evaluate
    config = SlerpStageConfig(
        base_model=p.recipe.base_model,
        expert_model=p.model_of(pit_step),
        ratios=s.ratios,
        validation=s.validation,
        selection=p.recipe.selection,
        max_eval_rows=s.max_eval_rows or ev.max_eval_rows,
        max_length=ev.max_length,
        batch_size=ev.batch_size,
        dtype=s.dtype,
    )
    return p.add_model_step(f"slerp-{name}", "slerp", config, (pit_step,))


def final_model(steps: list[PlannedStep], run_dir: Path, base: Path) -> Path:
    """The last model any step produces (the base when the recipe trains nothing)."""
    producing = [s for s in steps if s.stage != "evaluate"]
    return producing[-1].step_dir(run_dir) / MODEL if producing else base
