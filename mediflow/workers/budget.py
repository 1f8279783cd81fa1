"""Token and cost caps for one job, checked before every teacher call of every shard.

The job's spend is what the database holds (written samples of every shard, synced at each
heartbeat) plus what this shard has spent on calls whose samples are not written yet. Shards learn of
each other's spend at their heartbeat, so a cap can be overshot by at most the calls in flight plus
one heartbeat interval of spend; the job then stops cleanly with status budget_exhausted.
"""

from __future__ import annotations

import threading

from mediflow.generators.teachers.base import Completion
from mediflow.schemas.teacher import Budget, TeacherPrice


class BudgetTracker:
    def __init__(
        self, budget: Budget | None, price: TeacherPrice | None, tokens_in: int, tokens_out: int
    ) -> None:
        self.budget = budget
        self.price = price
        self._db_in, self._db_out = tokens_in, tokens_out
        self._unwritten_in = self._unwritten_out = 0
        self._lock = threading.Lock()  # spend() runs on the event loop, written() in a DB thread

    def spend(self, completion: Completion) -> None:
        with self._lock:
            self._unwritten_in += completion.tokens_in
            self._unwritten_out += completion.tokens_out

    def written(self, tokens_in: int, tokens_out: int) -> None:
        with self._lock:
            self._unwritten_in = max(0, self._unwritten_in - tokens_in)
            self._unwritten_out = max(0, self._unwritten_out - tokens_out)
            self._db_in += tokens_in
            self._db_out += tokens_out

    def sync(self, tokens_in: int, tokens_out: int) -> None:
        """Take the job's totals from the database (they include the other shards' writes)."""
        with self._lock:
            self._db_in, self._db_out = max(self._db_in, tokens_in), max(self._db_out, tokens_out)

    @property
    def tokens(self) -> tuple[int, int]:
        with self._lock:
            return self._db_in + self._unwritten_in, self._db_out + self._unwritten_out

    def exceeded(self) -> str | None:
        """The reason the job must stop, or None while it is within its caps."""
        if self.budget is None:
            return None
        tokens_in, tokens_out = self.tokens
        if self.budget.max_tokens is not None and tokens_in + tokens_out >= self.budget.max_tokens:
            return f"budget_exhausted: {tokens_in + tokens_out} tokens >= max_tokens {self.budget.max_tokens}"
        if self.budget.max_cost is not None and self.price is not None:
            cost = self.price.cost(tokens_in, tokens_out)
            if cost >= self.budget.max_cost:
                return f"budget_exhausted: cost ${cost:.4f} >= max_cost ${self.budget.max_cost:.4f}"
        return None
