"""The API's microcache: answers kept a second or so per process, and misses read once together.

A ``RenewingCache`` (entries trusted for their ttl, renewed by one caller, forgotten per group) and a
``SingleFlight`` (requests that miss together share one read), joined the one way that keeps
read-your-writes: a read is shared only by requests that arrive before its key's group is forgotten.
A request after a forget (a cancel, a write) never joins a read that began before it, while the reads
of every other group go on being shared and kept.

What a value may be served to is the caller's concern: key it by the caller's project (samples pages),
or keep the project in the value and check it on every hit (job status).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar, cast

from mediflow.core.single_flight import SingleFlight
from mediflow.core.ttl_cache import K, RenewingCache, V

R = TypeVar("R")


class Microcache(RenewingCache[K, V]):
    def __init__(
        self, max_entries: int, *, group: Callable[[K], Hashable] | None = None, fair: bool = False
    ) -> None:
        super().__init__(max_entries, group=group, fair=fair)
        self._flights: SingleFlight[tuple[K, int], Any] = SingleFlight()

    async def read_shared(self, key: K, read: Callable[[], Awaitable[R]]) -> R:
        """``read()``, or the outcome of the one already running for ``key`` in this process that began
        after its group was last forgotten. ``read`` takes its own ``mark(key)`` and puts what it keeps;
        its outcome (which may be more than the kept value, e.g. a not-found) is what the sharers get."""
        return cast(R, await self._flights.do((key, self.mark(key)), read))
