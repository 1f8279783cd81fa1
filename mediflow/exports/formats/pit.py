"""``pit``: stage 1 is the task data as plain LM text; stage 2 adds the raw source documents."""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
from sqlalchemy import ColumnElement

from mediflow.exports.formats import ExportFormat, Routed, Row, register_format
from mediflow.generators.pit import PIT_PREFIX, render_task_text
from mediflow.storage.models import Sample

PIT_SCHEMA = pa.schema([("text", pa.string()), ("kind", pa.string()), ("document_id", pa.string())])


@register_format
class PitFormat(ExportFormat):
    name = "pit"
    targets = ("stage1", "stage2")
    group_by_document = True

    def where(self) -> list[ColumnElement[bool]]:
        return [Sample.document_id.is_not(None), Sample.task_type.startswith(PIT_PREFIX)]

    def schema(self, target: str) -> pa.Schema:
        return PIT_SCHEMA

    def convert(self, row: Row) -> Iterable[Routed]:
        record = {
            "text": render_task_text(row["task_type"], row["output"]),
            "kind": "task",
            "document_id": str(row["document_id"]),
        }
        yield "stage1", record
        yield "stage2", record

    def document(self, document_id: int, text: str) -> Iterable[Routed]:
        yield "stage2", {"text": text, "kind": "document", "document_id": str(document_id)}
