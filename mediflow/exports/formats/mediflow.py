"""``mediflow``: exactly the public MediFlow columns, so our rows and the public dataset concatenate."""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa

from mediflow.exports.formats import ExportFormat, Routed, Row, register_format

MEDIFLOW_SCHEMA = pa.schema(
    [
        ("instruction", pa.string()),
        ("input", pa.string()),
        ("output", pa.string()),
        ("task_type", pa.string()),
        ("input_data", pa.string()),
        ("output_format", pa.string()),
        ("difficulty_level", pa.int64()),
        ("rejected_output", pa.string()),
        ("error_type", pa.string()),
        ("quality", pa.float64()),
        ("alignment", pa.float64()),
        ("coherence", pa.float64()),
        ("realism", pa.float64()),
        ("difficulty", pa.float64()),
    ]
)


@register_format
class MediflowFormat(ExportFormat):
    name = "mediflow"

    def schema(self, target: str) -> pa.Schema:
        return MEDIFLOW_SCHEMA

    def convert(self, row: Row) -> Iterable[Routed]:
        yield "", {name: row[name] for name in MEDIFLOW_SCHEMA.names}
