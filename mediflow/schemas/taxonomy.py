"""The clinical generation taxonomy: task types, document types, difficulty levels, output formats."""

from __future__ import annotations

from collections import Counter
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

K = TypeVar("K")
V = TypeVar("V")

_ID = r"^[a-z][a-z0-9_]*$"


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


class DocumentType(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str = Field(pattern=_ID)
    name: str
    description: str = Field(min_length=10, description="What such a document looks like; used in prompts")


class DocumentFamily(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str = Field(pattern=_ID)
    name: str
    document_types: list[DocumentType] = Field(min_length=1)


class DifficultyLevel(BaseModel):
    model_config = ConfigDict(frozen=True)

    level: int = Field(ge=1, le=10)
    name: str
    description: str = Field(min_length=10)


class OutputFormat(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str = Field(pattern=_ID)
    description: str = Field(min_length=10)


class Taxonomy(BaseModel):
    """A validated taxonomy; ids are unique within each kind."""

    model_config = ConfigDict(frozen=True)

    version: str
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

    @property
    def document_types(self) -> list[DocumentType]:
        return [d for f in self.document_families for d in f.document_types]

    def task(self, task_id: str) -> TaskType:
        return _lookup({t.id: t for t in self.task_types}, task_id, "task type")

    def document(self, doc_id: str) -> DocumentType:
        return _lookup({d.id: d for d in self.document_types}, doc_id, "document type")

    def family_of(self, doc_id: str) -> DocumentFamily:
        for fam in self.document_families:
            if any(d.id == doc_id for d in fam.document_types):
                return fam
        raise KeyError(f"unknown document type {doc_id!r}")

    def difficulty(self, level: int) -> DifficultyLevel:
        return _lookup({d.level: d for d in self.difficulty_levels}, level, "difficulty level")

    def output_format(self, fmt: str) -> OutputFormat:
        return _lookup({o.id: o for o in self.output_formats}, fmt, "output format")


def _lookup(table: dict[K, V], key: K, kind: str) -> V:
    try:
        return table[key]
    except KeyError:
        valid = ", ".join(str(k) for k in table)
        raise KeyError(f"unknown {kind} {key!r}; valid: {valid}") from None
