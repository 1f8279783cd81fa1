"""``dpo``: conversational prompt/chosen/rejected from the error-injection pairs."""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
from sqlalchemy import ColumnElement

from mediflow.exports.formats import (
    MESSAGES,
    ExportFormat,
    Routed,
    Row,
    assistant,
    prompt_messages,
    register_format,
)
from mediflow.storage.models import Sample


@register_format
class DpoFormat(ExportFormat):
    name = "dpo"

    def where(self) -> list[ColumnElement[bool]]:
        # Only rows the error-injection stage gave a rejected answer form a preference pair.
        return [Sample.rejected_output.is_not(None), Sample.rejected_output != ""]

    def schema(self, target: str) -> pa.Schema:
        return pa.schema([("prompt", MESSAGES), ("chosen", MESSAGES), ("rejected", MESSAGES)])

    def convert(self, row: Row) -> Iterable[Routed]:
        yield (
            "",
            {
                "prompt": prompt_messages(row, self.spec.system_prompt),
                "chosen": assistant(row["output"]),
                "rejected": assistant(row["rejected_output"]),
            },
        )
