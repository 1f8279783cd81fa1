from __future__ import annotations

from pathlib import Path

import pytest

from mediflow.training.merging import multi_merge_config
from mediflow.training.plan import final_model, plan_recipe
from mediflow.training.recipe import MergeSettings, Recipe, builtin_recipe_path, load_recipe


def _tiny(workspace: Path) -> Recipe:
    return load_recipe(builtin_recipe_path("tiny-cpu"), root=workspace)


def test_steps_follow_the_paper_order(workspace: Path, tmp_path: Path) -> None:
    steps = plan_recipe(_tiny(workspace), tmp_path)
    ids = [s.step_id for s in steps if s.stage != "evaluate"]
    assert ids == ["pit-notes", "pit-guidelines", "slerp-notes", "slerp-guidelines", "merge", "sft", "dpo"]
    # Every model is evaluated right after it is made, and the base once up front.
    evals = [s.step_id for s in steps if s.stage == "evaluate"]
    assert evals == ["eval-base"] + [f"eval-{i}" for i in ids]
    assert final_model(steps, tmp_path, workspace) == tmp_path / "dpo" / "model"


def test_single_expert_skips_the_merge(workspace: Path, tmp_path: Path) -> None:
    recipe = _tiny(workspace)
    recipe = recipe.model_copy(update={"experts": recipe.experts[:1]})
    steps = {s.step_id: s for s in plan_recipe(recipe, tmp_path)}
    assert "merge" not in steps
    assert steps["sft"].config.model == tmp_path / "slerp-notes" / "model"  # type: ignore[attr-defined]


def test_alignment_only_recipe_starts_from_the_base(workspace: Path, tmp_path: Path) -> None:
    recipe = _tiny(workspace)
    recipe = recipe.model_copy(
        update={"experts": [], "evaluate": recipe.evaluate.model_copy(update={"enabled": False})}
    )
    steps = plan_recipe(recipe, tmp_path)
    assert [s.step_id for s in steps] == ["sft", "dpo"]
    assert steps[0].config.model == recipe.base_model  # type: ignore[attr-defined]


def test_merge_config_uses_absolute_paths_and_method_parameters(tmp_path: Path) -> None:
    settings = MergeSettings(method="breadcrumbs", density=0.9, gamma=0.01, weights={"b": 0.5})
    config = multi_merge_config(tmp_path / "base", {"a": tmp_path / "a", "b": tmp_path / "b"}, settings)
    assert config["base_model"] == str(tmp_path / "base")
    assert [m["parameters"] for m in config["models"]] == [
        {"weight": 1.0, "density": 0.9, "gamma": 0.01},
        {"weight": 0.5, "density": 0.9, "gamma": 0.01},
    ]
    linear = multi_merge_config(tmp_path / "base", {"a": tmp_path / "a"}, MergeSettings(method="linear"))
    assert "base_model" not in linear


def test_relative_paths_never_reach_mergekit(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="absolute"):
        multi_merge_config(Path("base"), {"a": tmp_path / "a"}, MergeSettings(method="task_arithmetic"))
