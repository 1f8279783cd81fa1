"""MediPhi-style training: recipes, stages (PIT, SLERP, merge, SFT, DPO, evaluate) and a resumable runner.

Typical use::

    from mediflow.training import load_recipe, run_recipe
    recipe = load_recipe("my-recipe.yaml", root=data_dir)
    summary = run_recipe(recipe, run_dir, progress_callback=on_event, should_cancel=is_cancelled)

Names are imported lazily: validating a recipe (``mediflow.training.recipe``) must not pull in torch,
transformers and TRL, which the API process may not even have installed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # real types for mypy and editors; at runtime __getattr__ imports on first use
    from mediflow.training.artifacts import RunLockedError
    from mediflow.training.data import ExportFormatError
    from mediflow.training.plan import PlannedStep, plan_recipe
    from mediflow.training.progress import TrainingCancelled
    from mediflow.training.recipe import (
        Recipe,
        RecipeError,
        builtin_recipe_path,
        builtin_recipes,
        load_recipe,
        recipe_from_dict,
    )
    from mediflow.training.runner import run_recipe
    from mediflow.training.stages import UnknownStageError, get_stage, stage_names

_EXPORTS = {
    "ExportFormatError": "mediflow.training.data",
    "PlannedStep": "mediflow.training.plan",
    "plan_recipe": "mediflow.training.plan",
    "TrainingCancelled": "mediflow.training.progress",
    "Recipe": "mediflow.training.recipe",
    "RecipeError": "mediflow.training.recipe",
    "builtin_recipe_path": "mediflow.training.recipe",
    "builtin_recipes": "mediflow.training.recipe",
    "load_recipe": "mediflow.training.recipe",
    "recipe_from_dict": "mediflow.training.recipe",
    "run_recipe": "mediflow.training.runner",
    "RunLockedError": "mediflow.training.artifacts",
    "UnknownStageError": "mediflow.training.stages",
    "get_stage": "mediflow.training.stages",
    "stage_names": "mediflow.training.stages",
}

__all__ = [  # a literal list, so linters see the TYPE_CHECKING imports as re-exports
    "ExportFormatError",
    "PlannedStep",
    "Recipe",
    "RecipeError",
    "RunLockedError",
    "TrainingCancelled",
    "UnknownStageError",
    "builtin_recipe_path",
    "builtin_recipes",
    "get_stage",
    "load_recipe",
    "plan_recipe",
    "recipe_from_dict",
    "run_recipe",
    "stage_names",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'mediflow.training' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
