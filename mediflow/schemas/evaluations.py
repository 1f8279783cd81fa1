"""Request and response models for evaluations (models x a task suite)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from mediflow.evaluation.harness import EvalOptions  # light: no torch behind this import

_LABEL = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"


class ModelRef(BaseModel):
    """A model to score: a directory under the models root, or a model step of a training run."""

    model_config = ConfigDict(extra="forbid")

    label: str = Field(pattern=_LABEL, description="Column name in the report, e.g. base, merge, dpo")
    path: str | None = Field(default=None, description="Model directory under MEDIFLOW_MODELS_DIR")
    training_run_id: str | None = Field(default=None, description="A training run holding the model")
    step: str | None = Field(
        default=None, description="Its step id (pit-notes, merge, sft, dpo …); default: final"
    )

    @model_validator(mode="after")
    def _one_source(self) -> ModelRef:
        if (self.path is None) == (self.training_run_id is None):
            raise ValueError("give exactly one of `path` and `training_run_id`")
        if self.step is not None and self.training_run_id is None:
            raise ValueError("`step` goes with `training_run_id`")
        return self


class EvaluationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "models": [
                        {"label": "base", "path": "tiny-llama"},
                        {"label": "dpo", "training_run_id": "3f2a...", "step": "dpo"},
                    ],
                    "suite": "bundled",
                    "options": {"max_items_per_task": 10, "max_new_tokens": 128},
                }
            ]
        },
    )

    models: list[ModelRef] = Field(min_length=1, max_length=32)
    suite: str | None = Field(default=None, description="`bundled`; or give suite_jsonl")
    suite_jsonl: str | None = Field(
        default=None, max_length=20_000_000, description="A suite file's text (JSONL, one item per line)"
    )
    options: EvalOptions = Field(default_factory=EvalOptions)

    @model_validator(mode="after")
    def _checks(self) -> EvaluationCreate:
        if (self.suite is None) == (self.suite_jsonl is None):
            raise ValueError("give exactly one of `suite` and `suite_jsonl`")
        if self.suite is not None and self.suite != "bundled":
            raise ValueError("`suite` may only be 'bundled'; send other suites as `suite_jsonl`")
        labels = [m.label for m in self.models]
        if dupes := sorted({x for x in labels if labels.count(x) > 1}):
            raise ValueError(f"model labels must be unique, repeated: {dupes}")
        return self


class TaskScore(BaseModel):
    family: str
    items: int
    metrics: dict[str, float] = Field(description="Metric -> score, 0-100")
    score: float = Field(description="Mean of the task's metrics")


class ModelScores(BaseModel):
    model: str = Field(description="The model directory scored")
    average: float | None = Field(description="Unweighted mean of the task scores")
    tasks: dict[str, TaskScore]
    scored_items: int
    items_per_s: float | None


class EvaluationLinks(BaseModel):
    self: str
    report: str
    chart: str


class EvaluationPublic(BaseModel):
    id: str
    status: str = Field(description="queued, running, completed or failed")
    models: dict[str, str] = Field(description="Label -> model directory")
    suite: str = Field(description="bundled, or the name of the uploaded suite")
    tasks: list[str] = Field(description="The suite's task names")
    options: dict[str, Any]
    results: dict[str, ModelScores] = Field(description="Label -> scores, for every model scored so far")
    averages: dict[str, float | None] = Field(description="Label -> average, side by side")
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    links: EvaluationLinks


class EvaluationList(BaseModel):
    items: list[EvaluationPublic]
    total: int
    limit: int
    offset: int
