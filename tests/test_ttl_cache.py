"""RenewingCache: an entry is never served past its ttl, and from half of it one caller renews it;
forgets count per group; a fair cache makes room from the largest group. Microcache: its reads are
shared until their key's group is forgotten."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from mediflow.core.microcache import Microcache
from mediflow.core.ttl_cache import RenewingCache


def _wait_until(t: float) -> None:
    while time.monotonic() < t:
        time.sleep(0.01)


def test_one_caller_renews_while_the_others_keep_the_entry() -> None:
    cache: RenewingCache[str, int] = RenewingCache(10)
    put_at = time.monotonic()
    cache.put("a", 1, ttl_s=0.6)
    assert cache.get("a") == 1
    _wait_until(put_at + 0.35)  # past half the ttl
    assert cache.get("a") is None  # this caller renews
    assert [cache.get("a") for _ in range(5)] == [1] * 5  # the others are not sent to the source
    cache.put("a", 2, ttl_s=0.6)
    assert cache.get("a") == 2


def test_an_entry_nobody_renewed_ends_at_its_ttl() -> None:
    cache: RenewingCache[str, int] = RenewingCache(10)
    put_at = time.monotonic()
    cache.put("a", 1, ttl_s=0.4)
    _wait_until(put_at + 0.25)
    assert cache.get("a") is None  # chosen to renew, and never puts (its read failed)
    assert cache.get("a") == 1
    _wait_until(put_at + 0.45)
    assert cache.get("a") is None and cache.get("a") is None  # expired: gone for everyone


def test_a_caller_who_may_not_renew_never_takes_the_renewal() -> None:
    cache: RenewingCache[str, int] = RenewingCache(10)
    put_at = time.monotonic()
    cache.put("a", 1, ttl_s=0.6)
    _wait_until(put_at + 0.35)
    assert cache.get("a", may_renew=lambda v: False) == 1
    assert cache.get("a") is None  # the renewal is still there for a caller who may take it


def test_forget_and_the_bound() -> None:
    cache: RenewingCache[str, int] = RenewingCache(3)
    for i in range(5):
        cache.put(str(i), i, ttl_s=60)
    assert [cache.get(str(i)) for i in range(5)] == [None, None, 2, 3, 4]  # oldest out first
    cache.forget("3")
    cache.forget_where(lambda _k, v: v == 4)
    assert [cache.get(str(i)) for i in range(5)] == [None, None, 2, None, None]


def test_a_read_that_raced_a_forget_does_not_put_back_what_was_forgotten() -> None:
    """A key read from the database just before its revocation committed must not be cached after it."""
    cache: RenewingCache[str, int] = RenewingCache(10)
    mark = cache.mark("a")  # the reader starts (reads the key's row: still live)
    cache.forget_where(lambda _k, v: v == 1)  # meanwhile: revoked, dropped from the cache
    cache.put("a", 1, ttl_s=60, mark=mark)  # the reader's put arrives late
    assert cache.get("a") is None
    cache.put("a", 1, ttl_s=60, mark=cache.mark("a"))  # a read that started after the forget is kept
    assert cache.get("a") == 1
    mark = cache.mark("a")
    cache.forget("a")
    cache.put("a", 2, ttl_s=60, mark=mark)
    assert cache.get("a") is None


def test_a_forget_drops_only_the_puts_of_its_own_key() -> None:
    """A job's cancel (or a poll with the running cache time 0) must not cost every other job's read its put."""
    cache: RenewingCache[str, int] = RenewingCache(10)
    marks = {k: cache.mark(k) for k in "abc"}
    for _ in range(3):
        cache.forget("b")
    cache.put("a", 1, ttl_s=60, mark=marks["a"])
    cache.put("b", 2, ttl_s=60, mark=marks["b"])
    cache.put("c", 3, ttl_s=60, mark=marks["c"])
    assert [cache.get(k) for k in "abc"] == [1, None, 3]


def test_groups_are_forgotten_together_and_only_themselves() -> None:
    cache: RenewingCache[tuple[str, int], int] = RenewingCache(10, group=lambda k: k[0])
    cache.put(("p", 1), 1, ttl_s=60)
    cache.put(("p", 2), 2, ttl_s=60)
    cache.put(("q", 1), 3, ttl_s=60)
    in_flight = {"p": cache.mark(("p", 3)), "q": cache.mark(("q", 2))}
    cache.forget_groups(["p"])
    cache.put(("p", 3), 4, ttl_s=60, mark=in_flight["p"])  # read before p's forget: dropped
    cache.put(("q", 2), 5, ttl_s=60, mark=in_flight["q"])  # q was not forgotten: kept
    assert [cache.get(k) for k in [("p", 1), ("p", 2), ("p", 3), ("q", 1), ("q", 2)]] == [
        None,
        None,
        None,
        3,
        5,
    ]
    cache.forget_all()
    assert cache.get(("q", 1)) is None
    cache.put(("q", 3), 6, ttl_s=60, mark=in_flight["q"])
    assert cache.get(("q", 3)) is None


def test_a_long_history_of_forgets_stays_bounded_and_still_drops_what_it_must() -> None:
    """Old forgets fold into a floor: memory stays bounded, and a very old mark is refused, never kept."""
    cache: RenewingCache[str, int] = RenewingCache(2)
    old = cache.mark("a")
    cache.forget("a")
    for i in range(1000):
        cache.forget(f"other-{i}")
    assert len(cache._forgot) <= cache._forgot_max
    cache.put("a", 1, ttl_s=60, mark=old)
    assert cache.get("a") is None
    cache.put("a", 1, ttl_s=60, mark=cache.mark("a"))
    assert cache.get("a") == 1


def test_a_fair_cache_makes_room_from_the_group_that_holds_the_most() -> None:
    """One group cycling through many keys evicts its own oldest; a small group keeps its entries."""
    cache: RenewingCache[tuple[str, int], int] = RenewingCache(8, group=lambda k: k[0], fair=True)
    cache.put(("small", 0), 0, ttl_s=60)
    cache.put(("small", 1), 1, ttl_s=60)
    for i in range(100):
        cache.put(("big", i), i, ttl_s=60)
    assert cache.get(("small", 0)) == 0 and cache.get(("small", 1)) == 1
    assert [i for i in range(100) if cache.get(("big", i)) is not None] == list(range(94, 100))
    # The bound holds for everyone together: a third group takes its share from the largest.
    for i in range(4):
        cache.put(("mid", i), i, ttl_s=60)
    kept = {g: sum(cache.get((g, i)) is not None for i in range(100)) for g in ("small", "big", "mid")}
    assert kept == {"small": 2, "big": 3, "mid": 3}


def test_a_plain_cache_stays_first_in_first_out() -> None:
    cache: RenewingCache[tuple[str, int], int] = RenewingCache(3, group=lambda k: k[0])
    cache.put(("small", 0), 0, ttl_s=60)
    for i in range(3):
        cache.put(("big", i), i, ttl_s=60)
    assert cache.get(("small", 0)) is None


def test_a_full_fair_cache_drops_an_expired_entry_first() -> None:
    cache: RenewingCache[tuple[str, int], int] = RenewingCache(3, group=lambda k: k[0], fair=True)
    cache.put(("idle", 0), 0, ttl_s=0.05)
    cache.put(("busy", 0), 0, ttl_s=60)
    cache.put(("busy", 1), 1, ttl_s=60)
    time.sleep(0.1)
    cache.put(("busy", 2), 2, ttl_s=60)
    assert [cache.get(("busy", i)) for i in range(3)] == [0, 1, 2]


def test_max_entries_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_entries"):
        RenewingCache(0)


async def test_microcache_reads_are_shared_until_their_own_key_is_forgotten() -> None:
    cache: Microcache[str, int] = Microcache(10)
    calls: list[str] = []

    def reader(key: str) -> Any:
        async def read() -> int:
            calls.append(key)
            await asyncio.sleep(0.05)
            return len(calls)

        return read

    async def later(key: str, forget: str | None) -> int:
        await asyncio.sleep(0.01)
        if forget is not None:
            cache.forget(forget)
        return await cache.read_shared(key, reader(key))

    # Another key's forget: the later request still joins the read in flight.
    shared = await asyncio.gather(cache.read_shared("a", reader("a")), later("a", forget="b"))
    assert calls == ["a"] and shared == [1, 1]
    # Its own key's forget: the later request reads for itself (it may follow a write).
    calls.clear()
    apart = await asyncio.gather(cache.read_shared("a", reader("a")), later("a", forget="a"))
    assert calls == ["a", "a"] and apart == [2, 2]
