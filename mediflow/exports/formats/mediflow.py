"""``mediflow``: exactly the public MediFlow columns, so our rows and the public dataset concatenate.

Parity with the public card: text columns a row does not have are ``''`` (never null), and rows
with an error-injected rejection also go to a ``mediflow_dpo`` config, the card's second split.
"""

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
TEXT_COLUMNS = frozenset(f.name for f in MEDIFLOW_SCHEMA if pa.types.is_string(f.type))
DPO_TARGET = "mediflow_dpo"


def mediflow_record(row: Row) -> dict[str, object]:
    """One row in the public layout: missing text is '' as in the card; missing scores stay null."""
    return {
        name: ("" if row[name] is None and name in TEXT_COLUMNS else row[name])
        for name in MEDIFLOW_SCHEMA.names
    }


@register_format
class MediflowFormat(ExportFormat):
    name = "mediflow"
    targets = ("", DPO_TARGET)

    def schema(self, target: str) -> pa.Schema:
        return MEDIFLOW_SCHEMA

    def convert(self, row: Row) -> Iterable[Routed]:
        record = mediflow_record(row)
        yield "", record
        if record["rejected_output"]:
            yield DPO_TARGET, record
