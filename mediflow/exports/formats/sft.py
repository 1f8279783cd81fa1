"""``sft``: conversational prompt/completion (TRL masks the prompt) or a single ``messages`` column."""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa

from mediflow.exports.formats import (
    MESSAGES,
    ExportFormat,
    Routed,
    Row,
    assistant,
    prompt_messages,
    register_format,
)


@register_format
class SftFormat(ExportFormat):
    name = "sft"

    def schema(self, target: str) -> pa.Schema:
        if self.spec.sft_variant == "messages":
            return pa.schema([("messages", MESSAGES)])
        return pa.schema([("prompt", MESSAGES), ("completion", MESSAGES)])

    def convert(self, row: Row) -> Iterable[Routed]:
        prompt = prompt_messages(row, self.spec.system_prompt)
        completion = assistant(row["output"])
        if self.spec.sft_variant == "messages":
            yield "", {"messages": prompt + completion}
        else:
            yield "", {"prompt": prompt, "completion": completion}
