"""A bounded per-process cache whose entries are trusted for a fixed time and renewed by one caller.

An entry is served for at most ``ttl_s`` seconds after it was put, never longer. From half that age on,
the first ``get`` answers None (that caller reads the source and puts a fresh entry) while every other
caller keeps getting the entry until it expires: under load one read renews it instead of every request
in flight at the moment it expires (a stampede that set the p99 of polled reads). If the renewing caller
never puts (it failed), the entry still ends at ``ttl_s`` and the next ``get`` renews it.

A reader takes ``mark()`` before it reads the source and passes it to ``put``: if anything was forgotten
meanwhile (a key revoked, a job re-queued), the put is dropped, so a read that raced a forget cannot put
back what the forget removed.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


@dataclass
class _Entry(Generic[V]):
    value: V
    renew_at: float
    expires: float
    renewing: bool = False


class RenewingCache(Generic[K, V]):
    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[K, _Entry[V]] = OrderedDict()
        self._lock = threading.Lock()
        self._forgets = 0  # how many forgets so far: a put marked before one of them is stale

    def mark(self) -> int:
        """Take before reading the source; pass to ``put``."""
        with self._lock:
            return self._forgets

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
                del self._entries[key]
                return None
            if now >= entry.renew_at and not entry.renewing and (may_renew is None or may_renew(entry.value)):
                entry.renewing = True
                return None
            return entry.value

    def put(self, key: K, value: V, ttl_s: float, mark: int | None = None) -> None:
        """Keep ``value`` for ``ttl_s`` seconds; not when something was forgotten since ``mark``."""
        now = time.monotonic()
        with self._lock:
            if mark is not None and mark != self._forgets:
                self._entries.pop(key, None)  # read before a forget: it may be what was forgotten
                return
            self._entries[key] = _Entry(value, now + ttl_s / 2, now + ttl_s)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def forget(self, key: K) -> None:
        with self._lock:
            self._forgets += 1
            self._entries.pop(key, None)

    def forget_where(self, drop: Callable[[K, V], bool]) -> None:
        """Drop every entry for which ``drop(key, value)`` is true."""
        with self._lock:
            self._forgets += 1
            for key in [k for k, e in self._entries.items() if drop(k, e.value)]:
                del self._entries[key]
