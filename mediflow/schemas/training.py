"""Request and response models for training runs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from mediflow.training.recipe import builtin_recipes  # light: no torch behind this import

RECIPE_HELP = (
    "A training recipe (mediflow.training.Recipe). Anywhere it names an export directory "
    "(experts[].path, alignment.sft.export, alignment.dpo.export, slerp.validation.path, "
    "evaluate.exports[].path) you may give `export_id` instead: the id of a completed export of the "
    "matching format. base_model is a directory under the server's models root (MEDIFLOW_MODELS_DIR); "
    "export paths are under its artifacts root. Models are never downloaded."
)


class TrainingRunCreate(BaseModel):
    """A full recipe, or a built-in one by name with overrides deep-merged into it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "recipe_name": "tiny-cpu",
                    "overrides": {
                        "base_model": "tiny-llama",
                        "experts": [{"name": "notes", "export_id": "4f6c..."}],
                        "alignment": {"sft": {"export_id": "9a1e..."}, "dpo": {"export_id": "c2d0..."}},
                    },
                }
            ]
        },
    )

    recipe: dict[str, Any] | None = Field(default=None, description=RECIPE_HELP)
    recipe_name: str | None = Field(default=None, description="A built-in recipe: tiny-cpu or mediphi")
    overrides: dict[str, Any] = Field(
        default_factory=dict, description="Merged into the built-in recipe (mappings merge, lists replace)"
    )

    @field_validator("recipe_name")
    @classmethod
    def _known_recipe(cls, value: str | None) -> str | None:
        if value is not None and value not in builtin_recipes():
            raise ValueError(f"unknown built-in recipe {value!r}; valid: {', '.join(builtin_recipes())}")
        return value

    @model_validator(mode="after")
    def _one_source(self) -> TrainingRunCreate:
        if (self.recipe is None) == (self.recipe_name is None):
            raise ValueError("give exactly one of `recipe` and `recipe_name`")
        if self.recipe is not None and self.overrides:
            raise ValueError("`overrides` apply to `recipe_name` only; edit `recipe` itself")
        return self


class TrainingProgress(BaseModel):
    stage: str | None = Field(description="pit, slerp, merge, sft, dpo or evaluate")
    step_id: str | None = Field(description="e.g. pit-notes, slerp-notes, merge, eval-sft")
    stage_index: int | None = Field(description="0-based position of the step in the run")
    stage_total: int | None
    phase: str | None = Field(description="The training phase within the step, e.g. stage1")
    step: int | None = Field(description="Optimizer step within the phase")
    max_steps: int | None
    loss: float | None = Field(description="Last logged training loss")
    eta_s: float | None = Field(description="Seconds left in the current training phase")


class TrainingRunLinks(BaseModel):
    self: str
    cancel: str
    logs: str


class TrainingRunPublic(BaseModel):
    id: str
    name: str
    status: str
    recipe: dict[str, Any] = Field(description="The validated recipe, with absolute server paths")
    run_dir: str
    steps: list[str] | None = Field(description="The run's planned step ids, in order (once it started)")
    progress: TrainingProgress
    metrics: dict[str, dict[str, Any]] = Field(description="Step id -> metrics of every finished step")
    artifacts: dict[str, str] = Field(description="Step id -> model directory of every finished model step")
    final_model: str | None
    error: str | None
    attempts: int
    worker_id: str | None
    heartbeat_at: datetime | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    links: TrainingRunLinks


class TrainingRunList(BaseModel):
    items: list[TrainingRunPublic]
    total: int
    limit: int
    offset: int
