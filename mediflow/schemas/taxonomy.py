"""The clinical generation taxonomy: task types, document types, difficulty levels, output formats.

Besides the four axes it holds the compatibility map the plan obeys: every document type carries
features (``dialogue``, ``consumer_message``, ``multi_section``, ...), a task names the features its
input needs, a level names the features it needs to be answerable at that depth, and a cell is planned
only when its document has them. Tasks with a label field plan their labels (``labels``), and every
task has a JSON Schema that structured output is constrained to and validated against.
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

K = TypeVar("K")
V = TypeVar("V")

_ID = r"^[a-z][a-z0-9_]*$"


class Requirement(BaseModel):
    """Document features a task or level needs: all of ``all_of`` and at least one of ``any_of``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    all_of: list[str] = Field(default_factory=list)
    any_of: list[str] = Field(default_factory=list)
    none_of: list[str] = Field(default_factory=list)

    def met_by(self, features: frozenset[str]) -> bool:
        return (
            all(f in features for f in self.all_of)
            and (not self.any_of or any(f in features for f in self.any_of))
            and not any(f in features for f in self.none_of)
        )

    def features(self) -> set[str]:
        return {*self.all_of, *self.any_of, *self.none_of}

    def describe(self) -> str:
        parts = []
        if self.all_of:
            parts.append("all of " + ", ".join(self.all_of))
        if self.any_of:
            parts.append("one of " + ", ".join(self.any_of))
        if self.none_of:
            parts.append("none of " + ", ".join(self.none_of))
        return "; ".join(parts) or "any document"


class LabelPlan(BaseModel):
    """A label the plan balances: each value (repeat one to weight it) once per cycle, per task."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    field: str = Field(description="The JSON answer field that carries the label")
    values: list[str] = Field(min_length=2)
    instruction: str = Field(
        min_length=10, description="Told to the instruction writer; {label} is the planned value"
    )


class TaskType(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str = Field(pattern=_ID)
    name: str
    family: str = Field(description="CLUE+ task family, e.g. qa, summarization, extraction")
    description: str = Field(min_length=10, description="What the task asks; used verbatim in prompts")
    json_hint: str = Field(
        default="",
        description="Shape of a good JSON answer for this task; used when the output format is json",
    )
    json_schema: dict[str, Any] = Field(
        default_factory=lambda: {"type": "object", "minProperties": 1},
        description="JSON Schema of a json answer: sent as structured output and validated",
    )
    requires: Requirement = Field(
        default_factory=Requirement, description="Document features this task's input must have"
    )
    document_directive: str = Field(
        default="", description="What the document writer must put in for this task (prompt text)"
    )
    long_input: bool = Field(default=False, description="Wants long multi-section inputs at hard levels")
    labels: LabelPlan | None = Field(default=None, description="A label whose distribution is planned")


class DocumentType(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str = Field(pattern=_ID)
    name: str
    description: str = Field(min_length=10, description="What such a document looks like; used in prompts")
    features: list[str] | None = Field(default=None, description="Overrides the family's features")
    population: str | None = Field(
        default=None, description="Scenario population: pediatric, obstetric or adult; any if unset"
    )
    systems: list[str] | None = Field(
        default=None, description="Body systems the scenario's condition is drawn from; any if unset"
    )


class DocumentFamily(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str = Field(pattern=_ID)
    name: str
    features: list[str] = Field(default_factory=list, description="Features of its document types")
    document_types: list[DocumentType] = Field(min_length=1)


class DifficultyLevel(BaseModel):
    model_config = ConfigDict(frozen=True)

    level: int = Field(ge=1, le=10)
    name: str
    description: str = Field(min_length=10)
    weight: float = Field(default=1.0, gt=0, le=100, description="Default share of the plan, relative")
    requires: Requirement = Field(
        default_factory=Requirement, description="Document features this level needs"
    )
    document_directive: str = Field(default="", description="What the document must contain at this level")


class OutputFormat(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str = Field(pattern=_ID)
    description: str = Field(min_length=10)


class Taxonomy(BaseModel):
    """A validated taxonomy; ids are unique within each kind."""

    model_config = ConfigDict(frozen=True)

    version: str
    features: dict[str, str] = Field(
        default_factory=dict, description="Document feature -> what it means; every feature used is here"
    )
    task_types: list[TaskType] = Field(min_length=1)
    document_families: list[DocumentFamily] = Field(min_length=1)
    difficulty_levels: list[DifficultyLevel] = Field(min_length=1)
    output_formats: list[OutputFormat] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Taxonomy:
        kinds: dict[str, list[object]] = {
            "task_types": [t.id for t in self.task_types],
            "document_families": [f.id for f in self.document_families],
            "document_types": [d.id for d in self.document_types],
            "difficulty_levels": [d.level for d in self.difficulty_levels],
            "output_formats": [o.id for o in self.output_formats],
        }
        for kind, ids in kinds.items():
            dupes = sorted(str(i) for i, n in Counter(ids).items() if n > 1)
            if dupes:
                raise ValueError(f"duplicate {kind} ids: {', '.join(dupes)}")
        return self

    @model_validator(mode="after")
    def _known_features(self) -> Taxonomy:
        if not self.features:
            return self  # a taxonomy without a compatibility map: every cell is allowed
        used: set[str] = set()
        for t in self.task_types:
            used |= t.requires.features()
        for lv in self.difficulty_levels:
            used |= lv.requires.features()
        for d in self.document_types:
            used |= self.features_of(d.id)
        unknown = sorted(used - set(self.features))
        if unknown:
            raise ValueError(f"undeclared document features: {', '.join(unknown)}")
        for t in self.task_types:
            if not any(self.fits(t.id, d.id) for d in self.document_types):
                raise ValueError(f"task type {t.id!r} fits no document type")
        return self

    @property
    def document_types(self) -> list[DocumentType]:
        return [d for f in self.document_families for d in f.document_types]

    @cached_property
    def _tasks(self) -> dict[str, TaskType]:
        return {t.id: t for t in self.task_types}

    @cached_property
    def _documents(self) -> dict[str, DocumentType]:
        return {d.id: d for d in self.document_types}

    @cached_property
    def _families(self) -> dict[str, DocumentFamily]:
        return {d.id: f for f in self.document_families for d in f.document_types}

    @cached_property
    def _compatible(self) -> frozenset[tuple[str, str, int]]:
        return frozenset(
            (t.id, d.id, lv.level)
            for t in self.task_types
            for d in self.document_types
            for lv in self.difficulty_levels
            if t.requires.met_by(self.features_of(d.id)) and lv.requires.met_by(self.features_of(d.id))
        )

    def task(self, task_id: str) -> TaskType:
        return _lookup(self._tasks, task_id, "task type")

    def document(self, doc_id: str) -> DocumentType:
        return _lookup(self._documents, doc_id, "document type")

    def family_of(self, doc_id: str) -> DocumentFamily:
        if doc_id not in self._families:
            raise KeyError(f"unknown document type {doc_id!r}")
        return self._families[doc_id]

    def difficulty(self, level: int) -> DifficultyLevel:
        return _lookup({d.level: d for d in self.difficulty_levels}, level, "difficulty level")

    def output_format(self, fmt: str) -> OutputFormat:
        return _lookup({o.id: o for o in self.output_formats}, fmt, "output format")

    def features_of(self, doc_id: str) -> frozenset[str]:
        doc = self.document(doc_id)
        return frozenset(doc.features if doc.features is not None else self.family_of(doc_id).features)

    def fits(self, task_id: str, doc_id: str, level: int | None = None) -> bool:
        """Whether a (task, document[, level]) cell can produce a sensible sample."""
        if level is not None and not self.features:
            return True
        if level is not None:
            return (task_id, doc_id, level) in self._compatible
        features = self.features_of(doc_id)
        if not self.task(task_id).requires.met_by(features):
            return False
        return level is None or self.difficulty(level).requires.met_by(features)

    def level_weights(self) -> dict[int, float]:
        return {d.level: d.weight for d in self.difficulty_levels}


def _lookup(table: dict[K, V], key: K, kind: str) -> V:
    try:
        return table[key]
    except KeyError:
        valid = ", ".join(str(k) for k in table)
        raise KeyError(f"unknown {kind} {key!r}; valid: {valid}") from None
