"""Training stages. Importing this package registers every built-in stage."""

from mediflow.training.stages import dpo, evaluate, merge, pit, sft, slerp
from mediflow.training.stages.registry import (
    Stage,
    StageContext,
    UnknownStageError,
    get_stage,
    register_stage,
    stage_names,
)

__all__ = [
    "Stage",
    "StageContext",
    "UnknownStageError",
    "dpo",
    "evaluate",
    "get_stage",
    "merge",
    "pit",
    "register_stage",
    "sft",
    "slerp",
    "stage_names",
]
