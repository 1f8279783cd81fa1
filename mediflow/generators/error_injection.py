"""DPO rejected answers: one deliberate error injected into the gold output, or a weaker teacher's answer.

MediFlow's DPO split pairs each top-quality row's ``output`` with a ``rejected_output`` that the
teacher rewrote with exactly one error of a recorded ``error_type``. Error types are a registry so
a new kind is one ``register_error_type`` call; the stage, the chooser and the checks stay pure.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from mediflow.core.registries import ERROR_TYPES
from mediflow.generators.stages import (
    PromptTemplate,
    Row,
    Stage,
    StageOutputError,
    clean_text,
    get_prompt_stage,
    parse_json_object,
    register_prompt_stage,
)
from mediflow.generators.teachers.base import ChatRequest, Message
from mediflow.quality.judge import CRITERIA, Criterion
from mediflow.schemas.teacher import TeacherSpec

WRONG_FORMAT = "wrong_format"
WEAKER_MODEL = "weaker_model"  # the error_type recorded for a weaker teacher's answer


@dataclass(frozen=True)
class ErrorType:
    id: str
    description: str  # goes into the prompt verbatim: say what to change, concretely
    keeps_json_shape: bool = True


def register_error_type(error_type: ErrorType) -> ErrorType:
    return ERROR_TYPES.register(error_type.id, error_type)


def get_error_type(name: str) -> ErrorType:
    return ERROR_TYPES.get(name)


def error_type_names() -> tuple[str, ...]:
    return ERROR_TYPES.names()


for _error_type in (
    ErrorType(
        "factual_error",
        "change one clinical fact so that it contradicts the document (e.g. the wrong side, lobe, "
        "diagnosis, lab value or drug)",
    ),
    ErrorType(
        "partially_correct",
        "keep the answer mostly right but make one part of it wrong or incomplete, so it is only "
        "partially correct",
    ),
    ErrorType(
        "ambiguity",
        "replace one precise statement with a vague or ambiguous one that could be read several "
        "ways (e.g. 'some changes', 'a medication', 'recently')",
    ),
    ErrorType(
        "omission",
        "leave out one important piece of information that the instruction asks for (one finding, "
        "item, value or step); in JSON empty or drop one list item rather than a required key",
    ),
    ErrorType(
        WRONG_FORMAT,
        "break the required answer format while keeping the content: for a JSON answer produce "
        "invalid JSON or a different structure (renamed or missing keys, prose instead of JSON); "
        "for a plain-text answer return it as a JSON object, a Markdown table or a fenced code block, "
        "which the instruction did not ask for",
        keeps_json_shape=False,
    ),
    ErrorType(
        "hallucinated_finding",
        "add one plausible finding, diagnosis, value or medication that does not appear in the "
        "document and is not supported by it",
    ),
    ErrorType(
        "wrong_unit_or_dose",
        "change one dose, unit, frequency or measurement unit to a wrong one (e.g. mg to g, daily "
        "to twice daily, mmol/L to mg/dL without converting)",
    ),
):
    register_error_type(_error_type)


def is_json_row(row: Row) -> bool:
    return row.get("output_format") == "json"


def _format_rule(row: Row, error_type: ErrorType) -> str:
    if error_type.keeps_json_shape and is_json_row(row):
        return "Return a valid JSON object shaped like the correct answer; put the error in a value."
    if not error_type.keeps_json_shape:
        return "The format itself is the error: do not return the answer in the required format."
    return "Keep the same format, style and length as the correct answer."


ERROR_INJECTION_TEMPLATE = PromptTemplate(
    name="mediflow.error_injection",
    version="2",
    system=(
        "You create rejected answers for preference training of clinical language models. You rewrite "
        "a correct answer so that it contains exactly one deliberate, realistic error."
    ),
    user=(
        "INSTRUCTION:\n{instruction}\n\nDOCUMENT:\n{input}\n\nCORRECT ANSWER:\n{output}\n\n"
        "Rewrite the correct answer with exactly ONE error of type '{error_type}': {error_description}.\n"
        "Change nothing else. The error must be plausible, not obvious, and must not be marked, "
        "explained or commented on. {format_rule}\n"
        "Reply with only the rewritten answer."
    ),
)


@register_prompt_stage
class ErrorInjectionStage(Stage):
    name = "error_injection"
    output_column = "rejected_output"
    max_tokens = 800
    template = ERROR_INJECTION_TEMPLATE

    def format_input(self, row: Row) -> list[Message]:
        error_type = get_error_type(row["error_type"])
        context = {
            **row,
            "error_description": error_type.description,
            "format_rule": _format_rule(row, error_type),
        }
        return self.template.render(context)

    def wants_json(self, row: Row) -> bool:
        # Never constrain wrong_format to JSON: it has to be able to break it.
        return is_json_row(row) and get_error_type(row["error_type"]).keeps_json_shape

    def format_output(self, text: str, row: Row) -> dict[str, Any]:
        error_type = get_error_type(row["error_type"])
        rejected = _rejected_text(text, row, error_type)
        if _same_answer(rejected, str(row["output"])):
            raise StageOutputError("rejection_identical", "the rewritten answer equals the gold output")
        if error_type.id == WRONG_FORMAT and is_json_row(row) and _same_json_shape(rejected, row["output"]):
            raise StageOutputError(
                "rejection_not_wrong_format", "still a valid JSON object with the gold's keys and value kinds"
            )
        if (
            error_type.id == WRONG_FORMAT
            and not is_json_row(row)
            and not _reformatted(rejected, str(row["output"]))
        ):
            raise StageOutputError(
                "rejection_not_wrong_format", "still plain text like the gold: no JSON, table or code block"
            )
        return {"rejected_output": rejected, "error_type": error_type.id}


def _rejected_text(text: str, row: Row, error_type: ErrorType) -> str:
    if is_json_row(row) and error_type.keeps_json_shape:
        # Canonical form, like OutputStage stores the gold, so the two compare like for like.
        return json.dumps(parse_json_object(text), ensure_ascii=False)
    rejected = clean_text(text)
    if not rejected:
        raise StageOutputError("empty_output", "the rewritten answer is empty")
    return rejected


_WS = re.compile(r"\s+")


def _same_answer(rejected: str, gold: str) -> bool:
    if _WS.sub(" ", rejected).strip() == _WS.sub(" ", gold).strip():
        return True
    # Re-serialised JSON with the same content is the same answer too.
    a, b = _json_object_or_none(rejected), _json_object_or_none(gold)
    return a is not None and a == b


def _json_object_or_none(text: str) -> dict[str, Any] | None:
    try:
        return parse_json_object(text)
    except StageOutputError:
        return None


_MARKUP = (
    re.compile(r"^\s*```", re.MULTILINE),  # a fenced code block
    re.compile(r"^\s*\|.*\|\s*$\n^\s*\|[\s:|-]+\|\s*$", re.MULTILINE),  # a Markdown table
    re.compile(r"^#{1,6}\s", re.MULTILINE),  # Markdown headings
)


def _reformatted(rejected: str, gold: str) -> bool:
    """True when a plain-text gold was turned into another format: JSON, a table, code or headings."""
    stripped = rejected.strip()
    if stripped[:1] in "{[":
        try:
            json.loads(stripped)
            return True
        except json.JSONDecodeError:
            pass
    return any(p.search(rejected) and not p.search(gold) for p in _MARKUP)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "string" if isinstance(value, str) else "null"


def _same_json_shape(rejected: str, gold: str) -> bool:
    """True when ``rejected`` still reads as a JSON object with the gold's keys and value kinds."""
    candidate, reference = _json_object_or_none(rejected), _json_object_or_none(gold)
    if candidate is None or reference is None or candidate.keys() != reference.keys():
        return False
    # null is compatible with anything: blanking a value is an omission, not a format error.
    return all(
        candidate[k] is None or reference[k] is None or _kind(candidate[k]) == _kind(reference[k])
        for k in reference
    )


def choose_error_type(row: Row, seed: int, allowed: Sequence[str] | None = None) -> str:
    """Error type for the sample at ``row["index"]``: each type exactly once per cycle of len(allowed).

    The order is reshuffled every cycle (seeded), so it cannot lock onto the plan's own periodic
    stratification of task types. For exact balance within a filtered subset, pass the position in
    that subset as ``index``.
    """
    names = sorted(set(allowed)) if allowed is not None else list(error_type_names())
    if not names:
        raise ValueError("allowed error types must not be empty")
    for name in names:
        get_error_type(name)  # fail early on a typo
    index = int(row["index"])
    cycle, position = divmod(index, len(names))
    random.Random(f"mediflow.error_type:{seed}:{cycle}").shuffle(names)
    return names[position]


def weaker_model_messages(row: Row) -> list[Message]:
    """The output stage's prompt, unchanged: the weaker teacher answers the same instruction + input."""
    return get_prompt_stage("output").format_input(row)


def weaker_model_request(row: Row, teacher: TeacherSpec, seed: int) -> ChatRequest:
    output_stage = get_prompt_stage("output")
    return ChatRequest(
        messages=weaker_model_messages(row),
        max_tokens=min(teacher.max_tokens, output_stage.max_tokens),
        temperature=teacher.temperature,
        top_p=teacher.top_p,
        seed=seed,
        json_schema=output_stage.json_schema(row),
    )


def weaker_model_rejection(text: str, row: Row) -> dict[str, Any]:
    """Parse the weaker teacher's answer like the output stage does; identical answers are no pair."""
    rejected = get_prompt_stage("output").format_output(text, row)["output"]
    if _same_answer(rejected, str(row["output"])):
        raise StageOutputError("rejection_identical", "the weaker teacher gave the gold answer")
    return {"rejected_output": rejected, "error_type": WEAKER_MODEL}


def _default_min_scores() -> dict[Criterion, float]:
    return {"quality": 4.0}


class DpoConfig(BaseModel):
    """Whether and how a job builds DPO pairs from its top-quality rows."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = False
    strategy: Literal["error_injection", "weaker_model"] = "error_injection"
    min_scores: dict[Criterion, float] = Field(
        default_factory=_default_min_scores,
        description="Top-quality subset: every listed judge median must be at least this",
    )
    error_types: list[str] | None = Field(default=None, description="Allowed error types; all if unset")
    weaker_teacher: TeacherSpec | None = Field(
        default=None, description="The teacher whose answers become rejected outputs (weaker_model)"
    )

    @field_validator("error_types")
    @classmethod
    def _known(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        if not value:
            raise ValueError("error_types must not be empty; omit it to use all")
        unknown = [v for v in value if v not in error_type_names()]
        if unknown:
            raise ValueError(f"unknown error types {unknown}; valid: {', '.join(error_type_names())}")
        return value

    @field_validator("min_scores")
    @classmethod
    def _in_scale(cls, value: dict[Criterion, float]) -> dict[Criterion, float]:
        if any(not 1.0 <= v <= 5.0 for v in value.values()):
            raise ValueError("min_scores must be within 1..5")
        return value

    @model_validator(mode="after")
    def _teacher_for_strategy(self) -> DpoConfig:
        if self.enabled and self.strategy == "weaker_model" and self.weaker_teacher is None:
            raise ValueError("strategy 'weaker_model' needs weaker_teacher")
        return self

    def selects(self, scores: Mapping[str, float | None]) -> bool:
        """Whether a judged row belongs to the top-quality subset; unjudged criteria never qualify."""
        for name in CRITERIA:
            minimum = self.min_scores.get(name)
            if minimum is None:
                continue
            value = scores.get(name)
            if value is None or value < minimum:
                return False
        return True
