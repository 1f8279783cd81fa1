"""A bounded per-process cache whose entries are trusted for a fixed time and renewed by one caller.

An entry is served for at most ``ttl_s`` seconds after it was put, never longer. From half that age on,
the first ``get`` answers None (that caller reads the source and puts a fresh entry) while every other
caller keeps getting the entry until it expires: under load one read renews it instead of every request
in flight at the moment it expires (a stampede that set the p99 of polled reads). If the renewing caller
never puts (it failed), the entry still ends at ``ttl_s`` and the next ``get`` renews it.

A reader takes ``mark(key)`` before it reads the source and passes it to ``put``: if the key's group was
forgotten meanwhile (a key revoked, a job re-queued, a project's write), the put is dropped, so a read
that raced a forget cannot put back what the forget removed. Forgets are counted per group (``group(key)``,
the key itself unless told), so forgetting one group never drops the puts in flight for another.

Memory is bounded by ``max_entries``; with ``fair`` a full cache makes room from the group that holds the
most entries, so one group that cycles through many keys evicts its own oldest, not everyone's.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

K = TypeVar("K")
V = TypeVar("V")

# How many groups' last forgets are remembered per entry the cache may hold. An older one is folded into
# a floor that every group shares: only a read that began before it (rare: thousands of forgets ago)
# loses its put for that reason.
FORGETS_PER_ENTRY = 4


@dataclass
class _Entry(Generic[V]):
    value: V
    renew_at: float
    expires: float
    renewing: bool = False


def _itself(key: Any) -> Hashable:
    return key  # a dict key: hashable


class RenewingCache(Generic[K, V]):
    def __init__(
        self, max_entries: int, *, group: Callable[[K], Hashable] | None = None, fair: bool = False
    ) -> None:
        if max_entries < 1:
            raise ValueError(f"max_entries must be at least 1, not {max_entries}")
        self.max_entries = max_entries
        self.group: Callable[[K], Hashable] = group or _itself
        self.fair = fair
        self._entries: OrderedDict[K, _Entry[V]] = OrderedDict()  # oldest put first
        # group -> its keys, oldest put first; kept only when a group may hold several keys
        self._grouped = group is not None
        self._members: dict[Hashable, OrderedDict[K, None]] = {}
        self._lock = threading.Lock()
        # Forget stamps: every forget takes the next tick; a group's generation is the tick of its last
        # forget (at least the floor). A put is stale when its key's generation moved since its mark.
        self._tick = 0
        self._floor = 0
        self._forgot: OrderedDict[Hashable, int] = OrderedDict()  # group -> tick, oldest first
        self._forgot_max = max(FORGETS_PER_ENTRY * max_entries, 64)

    def _generation(self, group: Hashable) -> int:
        return max(self._forgot.get(group, 0), self._floor)

    def mark(self, key: K) -> int:
        """Take before reading the source for ``key``; pass to ``put``. It moves only when the key's
        group is forgotten (or everything is)."""
        with self._lock:
            return self._generation(self.group(key))

    def get(self, key: K, may_renew: Callable[[V], bool] | None = None) -> V | None:
        """The entry if it is younger than its ttl; None when absent, expired, or this caller is the one
        to renew it. ``may_renew(value)`` False: this caller may not renew it (it gets the entry, or None
        once expired), e.g. a caller who is not allowed the value and will be refused anyway."""
        now = time.monotonic()
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry.expires <= now:
                self._drop(key)
                return None
            if now >= entry.renew_at and not entry.renewing and (may_renew is None or may_renew(entry.value)):
                entry.renewing = True
                return None
            return entry.value

    def put(self, key: K, value: V, ttl_s: float, mark: int | None = None) -> None:
        """Keep ``value`` for ``ttl_s`` seconds; not when the key's group was forgotten since ``mark``."""
        now = time.monotonic()
        group = self.group(key)
        with self._lock:
            if mark is not None and mark != self._generation(group):
                self._drop(key)  # read before a forget: it may be what was forgotten
                return
            self._drop(key)
            self._entries[key] = _Entry(value, now + ttl_s / 2, now + ttl_s)
            if self._grouped:
                self._members.setdefault(group, OrderedDict())[key] = None
            while len(self._entries) > self.max_entries:
                self._drop(self._victim(group, now))

    def forget(self, key: K) -> None:
        """Drop ``key``; puts marked before this for any key of its group are dropped too."""
        with self._lock:
            self._stamp(self.group(key))
            self._drop(key)

    def forget_groups(self, groups: Iterable[Hashable]) -> None:
        """Drop every entry of these groups, and the puts marked for them before this."""
        with self._lock:
            for group in groups:
                self._stamp(group)
                # Ungrouped, the group is the key itself.
                for key in list(self._members.get(group, ())) if self._grouped else [cast(K, group)]:
                    self._drop(key)

    def forget_where(self, drop: Callable[[K, V], bool]) -> None:
        """Drop every entry for which ``drop(key, value)`` is true. A read in flight has no value yet to
        ask ``drop`` about, so every put marked before this is dropped (a revocation: rare)."""
        with self._lock:
            self._forget_all_marks()
            for key in [k for k, e in self._entries.items() if drop(k, e.value)]:
                self._drop(key)

    def forget_all(self) -> None:
        with self._lock:
            self._forget_all_marks()
            self._entries.clear()
            self._members.clear()

    def _forget_all_marks(self) -> None:
        self._tick += 1
        self._floor = self._tick
        self._forgot.clear()

    def _stamp(self, group: Hashable) -> None:
        self._tick += 1
        self._forgot[group] = self._tick
        self._forgot.move_to_end(group)
        while len(self._forgot) > self._forgot_max:
            _, tick = self._forgot.popitem(last=False)
            self._floor = max(self._floor, tick)

    def _drop(self, key: K) -> None:
        if self._entries.pop(key, None) is None or not self._grouped:
            return
        group = self.group(key)
        members = self._members[group]
        del members[key]
        if not members:
            del self._members[group]

    def _victim(self, putting: Hashable, now: float) -> K:
        """What leaves a full cache: the oldest entry if it has expired or the cache is not ``fair``; else
        the oldest of the group holding the most entries (the putting group's own on a tie)."""
        oldest, entry = next(iter(self._entries.items()))
        if not (self.fair and self._grouped) or entry.expires <= now:
            return oldest
        largest = putting
        for group, members in self._members.items():
            if len(members) > len(self._members[largest]):
                largest = group
        return next(iter(self._members[largest]))
