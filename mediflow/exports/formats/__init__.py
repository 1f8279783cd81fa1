"""Export formats, registered by name: each turns a stored row into the records of its layout."""

from __future__ import annotations

import abc
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

import pyarrow as pa
from sqlalchemy import ColumnElement

from mediflow.core.registries import EXPORT_FORMATS
from mediflow.schemas.exports import ExportCreate

Row = Mapping[str, Any]
Record = dict[str, Any]
# Which DatasetDict (a subdirectory; "" is the export root) a record goes to, and the record.
Routed = tuple[str, Record]

MESSAGES = pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())]))


class ExportFormat(abc.ABC):
    name: ClassVar[str]
    targets: ClassVar[tuple[str, ...]] = ("",)
    # PIT keeps every row of a document (and the document) in one split; others group near-duplicates.
    group_by_document: ClassVar[bool] = False

    def __init__(self, spec: ExportCreate) -> None:
        self.spec = spec

    def where(self) -> list[ColumnElement[bool]]:
        """Extra conditions on the ``samples`` rows this format can use."""
        return []

    @abc.abstractmethod
    def schema(self, target: str) -> pa.Schema:
        """The Arrow schema of one target's records."""

    @abc.abstractmethod
    def convert(self, row: Row) -> Iterable[Routed]:
        """The records one stored row becomes."""

    def document(self, document_id: int, text: str) -> Iterable[Routed]:
        """The records a source document becomes (PIT stage 2 only)."""
        return ()


def register_format(cls: type[ExportFormat]) -> type[ExportFormat]:
    return EXPORT_FORMATS.register(cls.name, cls)


def format_names() -> tuple[str, ...]:
    return EXPORT_FORMATS.names()


def get_format(name: str, spec: ExportCreate) -> ExportFormat:
    return EXPORT_FORMATS.get(name)(spec)


def user_message(row: Row) -> str:
    """The prompt a trainer sees: the instruction, then the document it applies to."""
    instruction, document = row["instruction"] or "", row["input"] or ""
    return f"{instruction}\n\n{document}".strip()


def prompt_messages(row: Row, system_prompt: str | None) -> list[dict[str, str]]:
    system = [{"role": "system", "content": system_prompt}] if system_prompt else []
    return [*system, {"role": "user", "content": user_message(row)}]


def assistant(content: str) -> list[dict[str, str]]:
    return [{"role": "assistant", "content": content}]
