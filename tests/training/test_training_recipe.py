from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from mediflow.training.recipe import (
    Recipe,
    RecipeError,
    builtin_recipe_path,
    builtin_recipes,
    load_recipe,
    recipe_from_dict,
)


def _minimal(**over: Any) -> dict[str, Any]:
    return {"name": "r", "base_model": "models/tiny-llama", **over}


def test_builtin_recipes_are_listed() -> None:
    assert {"mediphi", "tiny-cpu"} <= set(builtin_recipes())
    with pytest.raises(RecipeError, match="no built-in recipe 'nope'"):
        builtin_recipe_path("nope")


def test_mediphi_recipe_has_paper_values(tmp_path: Path) -> None:
    recipe = load_recipe(builtin_recipe_path("mediphi"), root=tmp_path, check_paths=False)
    assert (recipe.pit.stage1.epochs, recipe.pit.stage1.learning_rate) == (1, 1e-4)
    assert (recipe.pit.stage2.epochs, recipe.pit.stage2.learning_rate) == (2, 3e-4)
    assert recipe.slerp.ratios == [0.10, 0.25, 0.50]
    assert recipe.merge.method == "breadcrumbs"
    assert recipe.alignment.sft is not None and recipe.alignment.dpo is not None
    assert recipe.base_model == tmp_path / "models" / "Phi-3.5-mini-instruct"
    assert len(recipe.experts) == 5


def test_mediphi_placeholder_base_is_reported_missing(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match=r"base_model: .*Phi-3.5-mini-instruct is not an existing local"):
        load_recipe(builtin_recipe_path("mediphi"), root=tmp_path)


def test_tiny_recipe_loads_with_checked_absolute_paths(workspace: Path) -> None:
    recipe = load_recipe(builtin_recipe_path("tiny-cpu"), root=workspace)
    assert recipe.base_model == workspace / "models" / "tiny-llama"
    assert all(e.path.is_absolute() and e.path.is_dir() for e in recipe.experts)
    assert recipe.slerp.validation is not None and recipe.slerp.validation.path.is_absolute()


def test_unknown_merge_method_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match=r"merge\.method"):
        recipe_from_dict(_minimal(merge={"method": "frankenmerge"}), root=tmp_path, check_paths=False)


@pytest.mark.parametrize(
    ("merge", "message"),
    [
        ({"method": "ties", "density": 0.5, "gamma": 0.1}, "does not take \\['gamma'\\]"),
        ({"method": "breadcrumbs", "density": 0.9}, "needs \\['gamma'\\]"),
        ({"method": "linear", "density": 0.9}, "does not take \\['density'\\]"),
    ],
)
def test_merge_parameters_must_fit_the_method(tmp_path: Path, merge: dict[str, Any], message: str) -> None:
    with pytest.raises(RecipeError, match=message):
        recipe_from_dict(_minimal(merge=merge), root=tmp_path, check_paths=False)


def test_missing_base_model_field_is_reported(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match="base_model"):
        recipe_from_dict({"name": "r"}, root=tmp_path, check_paths=False)


def test_missing_base_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match="never downloads models"):
        recipe_from_dict(_minimal(base_model="microsoft/Phi-3.5-mini-instruct"), root=tmp_path)


def test_directory_without_config_is_not_a_model(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(RecipeError, match=r"has no config\.json"):
        recipe_from_dict(_minimal(base_model="empty"), root=tmp_path)


def test_bad_values_are_rejected(tmp_path: Path) -> None:
    experts = [{"name": "a", "path": "x"}, {"name": "a", "path": "y"}]
    with pytest.raises(RecipeError, match="unique"):
        recipe_from_dict(_minimal(experts=experts), root=tmp_path, check_paths=False)
    with pytest.raises(RecipeError, match="ratios"):
        recipe_from_dict(_minimal(slerp={"ratios": [0.0, 1.5]}), root=tmp_path, check_paths=False)
    with pytest.raises(RecipeError, match="precision"):
        recipe_from_dict(_minimal(pit={"stage1": {"precision": "int4"}}), root=tmp_path, check_paths=False)
    with pytest.raises(RecipeError, match="extra"):
        recipe_from_dict(_minimal(pit={"stage3": {}}), root=tmp_path, check_paths=False)


def test_absolute_paths_survive_resolution(tmp_path: Path) -> None:
    recipe = recipe_from_dict(
        _minimal(base_model=str(tmp_path / "m")), root=Path("/elsewhere"), check_paths=False
    )
    assert recipe.base_model == tmp_path / "m"
    assert recipe.resolved(Path("/other")) == recipe


def test_unresolved_recipe_fails_the_path_check() -> None:
    recipe = Recipe.model_validate(_minimal())
    with pytest.raises(RecipeError, match="is relative"):
        recipe.check_paths()


def test_yaml_must_be_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(["not", "a", "mapping"]))
    with pytest.raises(RecipeError, match="mapping"):
        load_recipe(path, root=tmp_path)


def test_eval_export_names_must_be_distinct(tmp_path: Path) -> None:
    exports = [{"kind": "sft", "path": "a/sft"}, {"kind": "sft", "path": "b/sft"}]
    with pytest.raises(RecipeError, match=r"distinct names, repeated: \['sft-sft'\]"):
        recipe_from_dict(_minimal(evaluate={"exports": exports}), root=tmp_path, check_paths=False)


def test_smoke_runtime_override_reaches_every_phase(tmp_path: Path) -> None:
    from bench.train_smoke import with_runtime

    recipe = load_recipe(builtin_recipe_path("tiny-cpu"), root=tmp_path, check_paths=False)
    gpu = with_runtime(recipe, "cuda", "bf16")
    assert gpu.device == "cuda" and gpu.merge.dtype == gpu.slerp.dtype == "bfloat16"
    assert gpu.alignment.sft is not None and gpu.alignment.dpo is not None
    phases = [gpu.pit.stage1, gpu.pit.stage2, gpu.alignment.sft.hparams, gpu.alignment.dpo.hparams]
    assert {hp.precision for hp in phases} == {"bf16"}


def test_validating_a_recipe_does_not_import_torch() -> None:
    """The API process validates recipes; it must not pay for (or even have) the training stack."""
    code = (
        "import sys, mediflow.training as t; t.load_recipe; t.RecipeError; "
        "assert 'torch' not in sys.modules and 'trl' not in sys.modules, 'heavy import'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
