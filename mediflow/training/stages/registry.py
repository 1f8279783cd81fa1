"""Stages registered by name: each is a config model plus a run function."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from mediflow.core.registries import TRAINING_STAGES
from mediflow.core.registry import UnknownNameError
from mediflow.training.artifacts import MODEL
from mediflow.training.hf import Device
from mediflow.training.progress import Reporter

C = TypeVar("C", bound=BaseModel)


UnknownStageError = UnknownNameError


@dataclass(frozen=True)
class StageContext:
    """Where a stage writes and whom it tells; the step directory is empty when ``run`` starts."""

    step_dir: Path
    reporter: Reporter
    device: Device

    @property
    def model_dir(self) -> Path:
        return self.step_dir / MODEL

    @property
    def work_dir(self) -> Path:
        """Scratch space (trainer output, merge candidates); stages remove it when done."""
        return self.step_dir / "work"


@dataclass(frozen=True)
class Stage(Generic[C]):
    name: str
    config_type: type[C]
    run: Callable[[C, StageContext], dict[str, Any]]
    produces_model: bool = True
    description: str = ""

    def run_dict(self, config: dict[str, Any], ctx: StageContext) -> dict[str, Any]:
        """Validate a plain dict into this stage's config and run it (for callers holding JSON)."""
        return self.run(self.config_type.model_validate(config), ctx)


def register_stage(stage: Stage[C]) -> Stage[C]:
    TRAINING_STAGES.register(stage.name, stage)
    return stage


def get_stage(name: str) -> Stage[Any]:
    return TRAINING_STAGES.get(name)


def stage_names() -> list[str]:
    return list(TRAINING_STAGES.names())
