"""Every registry of the project, declared once with its built-in names.

Each pluggable module registers its entries here (``TEACHERS.decorator("openai")`` …); schemas, CLI
choices and OpenAPI enums read ``names()``. Adding a backend or a format means its module plus one line
in the map below, nothing else. Values are import paths only: nothing here imports an upper layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mediflow.core.registry import Registry

if TYPE_CHECKING:
    from mediflow.exports.formats import ExportFormat
    from mediflow.generators.error_injection import ErrorType
    from mediflow.generators.stages import Stage as PromptStage
    from mediflow.generators.teachers import TeacherFactory
    from mediflow.training.stages.registry import Stage as TrainingStage

_T = "mediflow.generators.teachers."
TEACHERS: Registry[TeacherFactory] = Registry(
    "teacher backend",
    {
        "embedded": _T + "embedded",
        "openai": _T + "openai_backend",
        "azure": _T + "openai_backend",
        "transformers": _T + "transformers_backend",
        "vllm": _T + "vllm_backend",
    },
)

_G = "mediflow.generators."
PROMPT_STAGES: Registry[type[PromptStage]] = Registry(
    "prompt stage",
    {
        "document": _G + "stages",
        "instruction": _G + "stages",
        "output": _G + "stages",
        "judge": "mediflow.quality.judge",
        "error_injection": _G + "error_injection",
        "pit_qa": _G + "pit",
        "pit_summary": _G + "pit",
        "pit_entities": _G + "pit",
        "pit_relations": _G + "pit",
    },
)

ERROR_TYPES: Registry[ErrorType] = Registry(
    "error type",
    {
        name: _G + "error_injection"
        for name in (
            "factual_error",
            "partially_correct",
            "ambiguity",
            "omission",
            "wrong_format",
            "hallucinated_finding",
            "wrong_unit_or_dose",
        )
    },
)

_F = "mediflow.exports.formats."
EXPORT_FORMATS: Registry[type[ExportFormat]] = Registry(
    "export format",
    {"mediflow": _F + "mediflow", "sft": _F + "sft", "dpo": _F + "dpo", "pit": _F + "pit"},
)

_S = "mediflow.training.stages."
TRAINING_STAGES: Registry[TrainingStage[Any]] = Registry(
    "training stage",
    {name: _S + name for name in ("pit", "slerp", "merge", "sft", "dpo", "evaluate")},
)

# mergekit methods the recipes may name, with the parameters each takes (per model).
MERGE_METHODS: dict[str, frozenset[str]] = {
    "breadcrumbs": frozenset({"density", "gamma"}),
    "breadcrumbs_ties": frozenset({"density", "gamma"}),
    "ties": frozenset({"density"}),
    "task_arithmetic": frozenset(),
    "dare_ties": frozenset({"density"}),
    "linear": frozenset(),
}

# Evaluation task families: item fields, prompt, answer parser and metrics (mediflow.evaluation.families).
EVAL_FAMILIES: Registry[Any] = Registry(
    "evaluation family",
    {
        name: "mediflow.evaluation.families"
        for name in (
            "multiple_choice",
            "classification",
            "qa",
            "summarization",
            "extraction",
            "coding",
            "error_correction",
            "note_generation",
        )
    },
)
