"""The two row types that cross layers: a planned sample (generation → storage) and its result.

Generators produce them and storage writes them; both import them from here, so storage never reaches
up into generation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol


class Usage(Protocol):
    """What a teacher completion reports about one call."""

    @property
    def finish_reason(self) -> str | None: ...
    @property
    def attempts(self) -> int: ...
    @property
    def tokens_in(self) -> int: ...
    @property
    def tokens_out(self) -> int: ...
    @property
    def latency_s(self) -> float: ...


@dataclass(frozen=True)
class PlanItem:
    index: int
    task_type: str
    document_type: str
    difficulty_level: int
    output_format: str
    # PIT items only: the source document and which of its token-count chunks this item covers.
    document_id: int | None = None
    chunk_index: int | None = None
    # Several instructions per document: the index of the row whose document this row shares (its
    # group's first row, which writes it); None when the row has a document of its own.
    group: int | None = None
    # Kept-row quotas: 0 for the first plan, n for rows planned by the n-th top-up round.
    topup_round: int = 0

    @property
    def cell(self) -> tuple[str, str, int, str]:
        return (self.task_type, self.document_type, self.difficulty_level, self.output_format)

    @property
    def unit(self) -> int:
        """The rows that must run together (one shared document) share this; it picks the shard."""
        return self.index if self.group is None else self.group


def plan_ranks(
    items: Iterable[PlanItem], by_task: Counter[str] | None = None, by_doc: Counter[str] | None = None
) -> Iterator[tuple[int, int]]:
    """Each item's rank within its task and within its document type, in the order given (index order).

    Scenarios are drawn by document-type rank and planned labels by task rank. A row that shares its
    group's document does not count to its document type (one scenario per document). ``by_task`` and
    ``by_doc`` hold the counts of the rows planned before these (a top-up round's), and are updated.
    """
    by_task = Counter() if by_task is None else by_task
    by_doc = Counter() if by_doc is None else by_doc
    for it in items:
        yield by_task[it.task_type], by_doc[it.document_type]
        by_task[it.task_type] += 1
        if it.group is None or it.group == it.index:
            by_doc[it.document_type] += 1


@dataclass
class SampleResult:
    index: int
    status: str  # "done" or "failed"
    columns: dict[str, Any] = field(default_factory=dict)
    tokens_in: int = 0
    tokens_out: int = 0
    latency_s: float = 0.0
    attempts: int = 0
    failed_stage: str | None = None
    failure_reason: str | None = None
    error_detail: str | None = None
    truncated: list[str] = field(default_factory=list)  # stages whose reply hit max_tokens

    def add(self, completion: Usage, stage: str | None = None) -> None:
        if stage is not None and completion.finish_reason == "length":
            self.truncated.append(stage)
        self.attempts += completion.attempts
        self.tokens_in += completion.tokens_in
        self.tokens_out += completion.tokens_out
        self.latency_s += completion.latency_s

    def fail(self, stage: str, reason: str, detail: str) -> SampleResult:
        self.status, self.failed_stage, self.failure_reason = "failed", stage, reason
        self.error_detail = detail[:2000]
        return self
