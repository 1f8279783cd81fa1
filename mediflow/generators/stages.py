"""Generation stages: pure prompt builders and output parsers, registered by name.

A stage never calls a model. ``format_input(row)`` turns the sample so far into chat messages and
``format_output(text, row)`` turns the teacher's reply into columns (or raises ``StageOutputError``).
The pipeline runs them against a teacher; tests run them without one.
"""

from __future__ import annotations

import abc
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from mediflow.core.registries import PROMPT_STAGES
from mediflow.generators.shapes import shape_errors
from mediflow.generators.teachers.base import Message

Row = Mapping[str, Any]


@dataclass(frozen=True)
class PromptTemplate:
    """A versioned prompt; bump ``version`` whenever the wording changes (it is stored on every row)."""

    name: str
    version: str
    system: str
    user: str

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.version}"

    def render(self, row: Row) -> list[Message]:
        return [
            {"role": "system", "content": self.system.format_map(row)},
            {"role": "user", "content": self.user.format_map(row)},
        ]


class StageOutputError(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class Stage(abc.ABC):
    name: ClassVar[str]
    template: ClassVar[PromptTemplate]
    output_column: ClassVar[str]
    max_tokens: ClassVar[int]

    def format_input(self, row: Row) -> list[Message]:
        return self.template.render(row)

    def wants_json(self, row: Row) -> bool:
        return False

    def json_schema(self, row: Row) -> dict[str, Any] | None:
        return {"type": "object"} if self.wants_json(row) else None

    @abc.abstractmethod
    def format_output(self, text: str, row: Row) -> dict[str, Any]:
        """Columns this stage adds to the row."""


def register_prompt_stage(cls: type[Stage]) -> type[Stage]:
    return PROMPT_STAGES.register(cls.name, cls)


def get_prompt_stage(name: str) -> Stage:
    return PROMPT_STAGES.get(name)()


_PREAMBLE = re.compile(r"^\s*(sure|certainly|of course|here is|here's|below is)\b[^\n]*:\s*\n", re.IGNORECASE)


def clean_text(text: str) -> str:
    """Strip whitespace and a chatty first line such as "Sure, here is the note:"."""
    return _PREAMBLE.sub("", text.strip(), count=1).strip()


def _require_text(text: str, min_chars: int) -> str:
    cleaned = clean_text(text)
    if len(cleaned) < min_chars:
        raise StageOutputError(
            "empty_output", f"expected at least {min_chars} characters, got {len(cleaned)}"
        )
    return cleaned


_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


def parse_json_object(text: str) -> dict[str, Any]:
    """Parse a reply that should be one JSON object, tolerating code fences and surrounding prose."""
    candidate = text.strip()
    fenced = _FENCE.match(candidate)
    if fenced:
        candidate = fenced.group(1)
    # strict=False: a raw tab or newline inside a string (small models write them) is not an error.
    try:
        value = json.loads(candidate, strict=False)
    except json.JSONDecodeError as first:
        start, end = candidate.find("{"), candidate.rfind("}")
        if start < 0 or end <= start:
            raise StageOutputError("invalid_json", f"no JSON object found ({first.msg})") from None
        try:
            value = json.loads(candidate[start : end + 1], strict=False)
        except json.JSONDecodeError as exc:
            raise StageOutputError("invalid_json", f"{exc.msg} at char {exc.pos}") from None
    if not isinstance(value, dict):
        raise StageOutputError("invalid_json", f"expected a JSON object, got {type(value).__name__}")
    if not value:
        raise StageOutputError("invalid_json", "the JSON object is empty")
    return value


PLANTED_ERROR_TYPES = ("diagnosis", "management", "treatment", "pharmacotherapy", "causal_organism")


def planted_error_schema() -> dict[str, Any]:
    text = {"type": "string", "minLength": 1}
    return {
        "type": "object",
        "properties": {
            "document": {"type": "string", "minLength": 40},
            "error_sentence": text,
            "corrected_sentence": text,
            "error_type": {"enum": list(PLANTED_ERROR_TYPES)},
        },
        "required": ["document", "error_sentence", "corrected_sentence", "error_type"],
    }


@register_prompt_stage
class DocumentStage(Stage):
    """Writes the input document for the planned task, level and scenario (not just its type)."""

    name = "document"
    output_column = "input"
    max_tokens = 1800
    template = PromptTemplate(
        name="mediflow.document",
        version="3",
        system=(
            "You are an experienced clinician who writes realistic but entirely fictional clinical "
            "documents for training medical language models."
        ),
        user=(
            "Write one {document_name} ({document_family}).\n"
            "What it looks like: {document_description}\n\n"
            "The case:\n{scenario_text}\n\n"
            "It will be the input of this task: {task_name}. {task_description}\n"
            "So the document must suit it: {task_directive}\n"
            "{also_for_rule}"
            "Planned difficulty: level {difficulty_level} of 6 ({difficulty_name}). {level_directive}\n\n"
            "Make it clinically coherent and specific: realistic findings, measurements, medications with "
            "doses, and the usual section headings of this document type. Length: {length_rule}\n"
            "{dates_rule} Do not include names, dates of birth, addresses, phone numbers or record "
            "numbers; refer to 'the patient'.\n"
            "{reply_rule}"
        ),
    )

    def wants_json(self, row: Row) -> bool:
        return bool(row.get("planted_error"))

    def json_schema(self, row: Row) -> dict[str, Any] | None:
        return planted_error_schema() if self.wants_json(row) else None

    def format_output(self, text: str, row: Row) -> dict[str, Any]:
        if not self.wants_json(row):
            return {"input": _require_text(text, 40)}
        value = parse_json_object(text)
        problems = shape_errors(value, planted_error_schema())
        if problems:
            raise StageOutputError("schema_mismatch", "; ".join(problems[:5]))
        document = _require_text(str(value["document"]), 40)
        sentence = str(value["error_sentence"]).strip()
        if _squash(sentence) not in _squash(document):
            raise StageOutputError("planted_error_missing", "the error sentence is not in the document")
        if _squash(sentence) == _squash(str(value["corrected_sentence"])):
            raise StageOutputError("planted_error_missing", "the corrected sentence equals the error")
        gold = {
            "has_error": True,
            "error_sentence": sentence,
            "corrected_sentence": str(value["corrected_sentence"]).strip(),
            "error_type": value["error_type"],
        }
        # "_" columns stay in the row (for later stages and provenance) and are not stored as such.
        return {"input": document, "_gold": gold}


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


@register_prompt_stage
class InstructionStage(Stage):
    name = "instruction"
    output_column = "instruction"
    max_tokens = 256
    template = PromptTemplate(
        name="mediflow.instruction",
        version="3",
        system="You design evaluation tasks for clinical natural language processing.",
        user=(
            "Here is a clinical document ({document_name}):\n\n{input}\n\n"
            "Write one instruction that asks a model to perform this task on the document:\n"
            "Task: {task_name}. {task_description}\n"
            "Difficulty: level {difficulty_level} of 6 ({difficulty_name}). {difficulty_description}\n"
            "{label_rule}"
            "{variant_rule}"
            "Required answer format: {format_instruction}\n\n"
            "The instruction must be self-contained, must not contain the answer, and must state the "
            "answer format. Reply with the instruction text only."
        ),
    )

    def format_output(self, text: str, row: Row) -> dict[str, Any]:
        return {"instruction": _require_text(text, 15)}


@register_prompt_stage
class OutputStage(Stage):
    """The gold answer, constrained to the task's JSON Schema (with the planned label) and validated."""

    name = "output"
    output_column = "output"
    max_tokens = 900
    template = PromptTemplate(
        name="mediflow.output",
        version="2",
        system="You are a meticulous clinical expert. You answer exactly what is asked, grounded in the document.",
        user=(
            "{instruction}\n\nDocument ({document_name}):\n{input}\n\n{answer_key}"
            "Answer format: {format_instruction}"
        ),
    )

    def format_input(self, row: Row) -> list[Message]:
        return self.template.render({**row, "answer_key": answer_key(row)})

    def wants_json(self, row: Row) -> bool:
        return row["output_format"] == "json"

    def json_schema(self, row: Row) -> dict[str, Any] | None:
        if not self.wants_json(row):
            return None
        return row.get("answer_schema") or {"type": "object"}

    def format_output(self, text: str, row: Row) -> dict[str, Any]:
        if self.wants_json(row):
            value = parse_json_object(text)
            problems = shape_errors(value, self.json_schema(row) or {})
            if problems:
                raise StageOutputError("schema_mismatch", "; ".join(problems[:5]))
            return {"output": json.dumps(value, ensure_ascii=False)}
        answer = _require_text(text, 2)
        label = row.get("planned_label")
        if row.get("task_type") == "natural_language_inference" and label and label not in answer.lower():
            raise StageOutputError("label_mismatch", f"the answer does not give the planned label {label!r}")
        return {"output": answer}


def answer_key(row: Row) -> str:
    """What the case design fixed (a planned label, a planted error), so the gold answer agrees with it."""
    gold = row.get("_gold")
    if gold:
        return (
            "Answer key from the case design (use it; never say you were given it): the note contains one "
            f'{gold["error_type"]} error in the sentence "{gold["error_sentence"]}"; the correct sentence '
            f'is "{gold["corrected_sentence"]}".\n\n'
        )
    label = row.get("planned_label")
    if label is None:
        return ""
    if row.get("task_type") == "error_detection_correction":
        return (
            "Answer key from the case design (never say you were given it): the note contains no error.\n\n"
        )
    field = row.get("label_field", "label")
    return f"Answer key from the case design (never say you were given it): {field} = {label}.\n\n"


def repair_messages(messages: list[Message], bad_reply: str, error: StageOutputError) -> list[Message]:
    """The one follow-up turn that asks the teacher to fix a reply that was not valid JSON."""
    return [
        *messages,
        {"role": "assistant", "content": bad_reply},
        {
            "role": "user",
            "content": (
                f"That reply was not a valid JSON object ({error.detail}). Reply again with only the "
                "corrected JSON object: no prose, no code fences."
                if error.reason == "invalid_json"
                else f"That JSON object does not have the required shape ({error.detail}). Reply again "
                "with only the corrected JSON object: no prose, no code fences."
            ),
        },
    ]


GENERATION_STAGES: tuple[str, ...] = ("document", "instruction", "output")
