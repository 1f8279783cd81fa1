"""RenewingCache: an entry is never served past its ttl, and from half of it one caller renews it."""

from __future__ import annotations

import time

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
    mark = cache.mark()  # the reader starts (reads the key's row: still live)
    cache.forget_where(lambda _k, v: v == 1)  # meanwhile: revoked, dropped from the cache
    cache.put("a", 1, ttl_s=60, mark=mark)  # the reader's put arrives late
    assert cache.get("a") is None
    cache.put("a", 1, ttl_s=60, mark=cache.mark())  # a read that started after the forget is kept
    assert cache.get("a") == 1
