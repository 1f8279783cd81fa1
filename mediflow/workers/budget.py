"""Token and cost caps for one job, and its project's daily quota, checked before every teacher call.

The job's spend is what the database holds (written samples of every shard, synced at each
heartbeat) plus what this shard has spent on calls whose samples are not written yet. Shards learn of
each other's spend at their heartbeat, so a cap can be overshot by at most the calls in flight plus
one heartbeat interval of spend; the job then stops cleanly with status budget_exhausted.

The project's spend today is the ``project_usage`` row (every job's calls, booked by each shard at its
heartbeat: ``take_unbooked``) plus this shard's calls not booked yet, those being booked included: a
call is counted from the moment it is spent until a read of the row that holds it replaces it
(``sync_project(..., booked=...)``), so no call checked while a heartbeat is in its database thread
misses the spend that beat is booking. Every call counts, the ones whose
sample is never written too (a retry, a row left pending when the job stops). Other jobs' spend arrives
at this shard's next heartbeat, so the quota can be overshot by the calls in flight of the project's
running jobs plus one heartbeat interval of their spend.
"""

from __future__ import annotations

import threading

from mediflow.generators.teachers.base import Completion
from mediflow.schemas.teacher import Budget, TeacherPrice
from mediflow.storage.usage import Quota, Spend

NO_QUOTA = Quota(None, None)


class BudgetTracker:
    def __init__(
        self,
        budget: Budget | None,
        price: TeacherPrice | None,
        tokens_in: int,
        tokens_out: int,
        *,
        project_id: str = "",
        quota: Quota = NO_QUOTA,
        project_spent: Spend | None = None,
    ) -> None:
        self.budget = budget
        self.price = price
        self._db_in, self._db_out = tokens_in, tokens_out
        self._unwritten_in = self._unwritten_out = 0
        self.project_id = project_id
        self.quota = quota
        self._project_spent = project_spent or Spend()  # today's row, as last read
        self._unbooked = Spend()  # this shard's calls not added to that row yet
        self._booking = Spend()  # taken to be added to that row, and not in the row as last read
        self._lock = threading.Lock()  # spend() runs on the event loop, written() in a DB thread

    def spend(self, completion: Completion) -> None:
        with self._lock:
            self._unwritten_in += completion.tokens_in
            self._unwritten_out += completion.tokens_out
            cost = self.price.cost(completion.tokens_in, completion.tokens_out) if self.price else 0.0
            self._unbooked += Spend(completion.tokens_in, completion.tokens_out, cost)

    def take_unbooked(self) -> Spend:
        """The calls' spend to add to the project's row now; ``return_unbooked`` if that write fails.
        It still counts towards the quota until ``sync_project`` is given a read that holds it."""
        with self._lock:
            taken, self._unbooked = self._unbooked, Spend()
            self._booking += taken
            return taken

    def return_unbooked(self, taken: Spend) -> None:
        with self._lock:
            self._booking -= taken
            self._unbooked += taken

    def sync_project(self, quota: Quota, spent_today: Spend, booked: Spend = Spend()) -> None:
        """Today's row as read after its write committed, with ``booked`` (taken, and added to the row
        in that write) in it, and the quota in force."""
        with self._lock:
            self.quota, self._project_spent = quota, spent_today
            self._booking -= booked

    def quota_reached(self) -> str | None:
        if not self.quota.any:  # checked before every call: most projects have no quota
            return None
        with self._lock:
            spent = self._project_spent + self._booking + self._unbooked
        reason = self.quota.reached(self.project_id, spent)
        return f"budget_exhausted: {reason}" if reason else None

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
        """The reason the job must stop, or None while it is within its caps and its project's quota."""
        if reason := self.quota_reached():
            return reason
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
