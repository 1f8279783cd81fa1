"""Adaptive concurrency, rate limits and backoff, in process and shared through Redis."""

from __future__ import annotations

import asyncio
import random
import time
import uuid

import pytest
import redis.asyncio as aioredis

from mediflow.generators.control import (
    AimdLimiter,
    Backoff,
    CappedLimiter,
    SlidingWindowRateLimiter,
    job_share,
)
from mediflow.generators.control_redis import RedisAimdLimiter, RedisRateLimiter
from tests.support.waiting import async_wait_until


async def test_aimd_halves_on_overload_once_per_cooldown_and_climbs_back_to_the_ceiling() -> None:
    lim = AimdLimiter(initial=8, ceiling=10, cooldown_s=60)
    for _ in range(3):
        await lim.acquire()
    for _ in range(3):
        await lim.release(overloaded=True)  # a burst of 429s counts once
    assert lim.limit == 4
    for _ in range(200):
        await lim.acquire()
        await lim.release(overloaded=False)
    assert lim.limit == 10  # never above the hard ceiling


async def test_aimd_never_goes_below_the_floor_and_bounds_calls_in_flight() -> None:
    lim = AimdLimiter(initial=2, ceiling=2, floor=1, cooldown_s=0)
    for _ in range(5):
        await lim.acquire()
        await lim.release(overloaded=True)
    assert lim.limit == 1
    await lim.acquire()
    second = asyncio.create_task(lim.acquire())
    await asyncio.sleep(0.05)
    assert not second.done()  # one slot only
    await lim.release(overloaded=False)
    await asyncio.wait_for(second, 1)
    await lim.release(overloaded=False)


def test_job_shares_add_up_to_the_limit_and_only_grow_as_shards_finish() -> None:
    for total in range(1, 40):
        for k in range(1, min(total, 12) + 1):
            shards = list(range(k))
            parts = [job_share(total, i, shards) for i in shards]
            assert sum(parts) == total and min(parts) >= 1
            for gone in shards:  # a shard finishes: each survivor's part is at least what it was
                left = [i for i in shards if i != gone]
                assert all(job_share(total, i, left) >= parts[i] for i in left)
                # so survivors holding old and new parts at once never exceed the job's limit
                assert sum(max(job_share(total, i, left), parts[i]) for i in left) <= total


async def test_capped_limiter_bounds_calls_and_follows_a_raised_cap() -> None:
    lim = CappedLimiter(AimdLimiter(initial=8, ceiling=8), cap=2)
    await lim.acquire()
    await lim.acquire()
    third = asyncio.create_task(lim.acquire())
    await asyncio.sleep(0.05)
    assert not third.done() and lim.limit == 2  # the cap binds below the inner limit
    await lim.set_cap(3)  # a shard finished: this one's share grew
    await asyncio.wait_for(third, 1)
    for _ in range(3):
        await lim.release(overloaded=False)
    assert lim.in_flight == 0


async def test_capped_limiter_wakes_the_first_waiter_for_each_freed_slot() -> None:
    lim = CappedLimiter(AimdLimiter(initial=8, ceiling=8), cap=2)
    await lim.acquire()
    await lim.acquire()
    order: list[int] = []

    async def call(n: int) -> None:
        await lim.acquire()
        order.append(n)

    waiting = [asyncio.create_task(call(n)) for n in range(6)]
    await asyncio.sleep(0.01)
    assert order == [] and lim.in_flight == 2
    for done in range(1, 7):
        await lim.release(overloaded=False)
        await asyncio.sleep(0)  # one step: only the woken waiter runs
        assert order == list(range(done)) and lim.in_flight == 2
    await asyncio.gather(*waiting)
    for _ in range(2):
        await lim.release(overloaded=False)
    assert lim.in_flight == 0


async def test_capped_limiter_lets_a_call_take_a_free_slot_before_the_waiters() -> None:
    # A sample's next stage goes before samples not started, so samples finish one by one (a budget
    # stop keeps whole samples); the woken waiter keeps its place at the front.
    lim = CappedLimiter(AimdLimiter(initial=8, ceiling=8), cap=1)
    await lim.acquire()
    order: list[str] = []

    async def call(name: str) -> None:
        await lim.acquire()
        order.append(name)

    waiting = [asyncio.create_task(call(n)) for n in ("first", "second")]
    await asyncio.sleep(0.01)
    await lim.release(overloaded=False)
    await lim.acquire()  # the releasing sample's next stage, before the woken waiter runs
    await asyncio.sleep(0.01)
    assert order == [] and lim.in_flight == 1
    await lim.release(overloaded=False)
    await asyncio.sleep(0.01)
    assert order == ["first"]
    await lim.release(overloaded=False)
    await asyncio.wait_for(asyncio.gather(*waiting), 1)
    assert order == ["first", "second"] and lim.in_flight == 1


async def test_capped_limiter_loses_no_slot_to_a_cancelled_waiter() -> None:
    lim = CappedLimiter(AimdLimiter(initial=8, ceiling=8), cap=1)
    await lim.acquire()
    queued = asyncio.create_task(lim.acquire())
    handed = asyncio.create_task(lim.acquire())
    last = asyncio.create_task(lim.acquire())
    await asyncio.sleep(0.01)
    queued.cancel()  # cancelled while queued
    await asyncio.sleep(0)
    await lim.release(overloaded=False)  # the slot goes to `handed`...
    handed.cancel()  # ...which is cancelled before it runs: the slot must move on to `last`
    await asyncio.wait_for(last, 1)
    assert queued.cancelled() and handed.cancelled() and lim.in_flight == 1
    await lim.release(overloaded=False)
    assert lim.in_flight == 0


async def test_retry_after_pauses_new_calls() -> None:
    lim = AimdLimiter(initial=4, ceiling=4)
    await lim.acquire()
    await lim.release(overloaded=True, retry_after_s=0.3)
    start = time.monotonic()
    await lim.acquire()
    assert time.monotonic() - start >= 0.25
    await lim.release(overloaded=False)


async def test_sliding_window_rpm_waits_for_the_window() -> None:
    class Fast(SlidingWindowRateLimiter):
        WINDOW_S = 0.4

    rates = Fast(rpm=3, tpm=None)
    start = time.monotonic()
    for _ in range(6):
        await rates.acquire(10)
    assert time.monotonic() - start >= 0.35  # the 4th request waited for the window to slide


async def test_sliding_window_tpm_counts_recorded_tokens() -> None:
    class Fast(SlidingWindowRateLimiter):
        WINDOW_S = 0.3

    rates = Fast(rpm=None, tpm=100)
    await rates.acquire(50)
    await rates.record(90)
    start = time.monotonic()
    await rates.acquire(50)  # 90 + 50 > 100 until the first call leaves the window
    assert time.monotonic() - start >= 0.25


def test_backoff_is_exponential_with_full_jitter_and_honours_retry_after() -> None:
    rng = random.Random(0)
    b = Backoff(base_s=0.5, max_s=4)
    delays = [b.delay(a, None, rng) for a in range(8) for _ in range(50)]
    assert all(0 <= d <= 4 for d in delays)
    assert max(b.delay(0, None, rng) for _ in range(100)) <= 0.5
    assert b.delay(3, 7.0, rng) == 7.0 and b.delay(0, 500, rng) == 120.0


@pytest.fixture
async def redis_client(redis_url: str):  # type: ignore[no-untyped-def]
    client = aioredis.Redis.from_url(redis_url)
    yield client
    await client.aclose()


async def test_redis_limiter_holds_across_two_workers(redis_client: aioredis.Redis) -> None:
    key = uuid.uuid4().hex
    workers = [RedisAimdLimiter(redis_client, key, initial=3, ceiling=3) for _ in range(2)]
    in_flight = peak = 0

    async def call(lim: RedisAimdLimiter) -> None:
        nonlocal in_flight, peak
        await lim.acquire()
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.02)
        in_flight -= 1
        await lim.release(overloaded=False)

    await asyncio.gather(*(call(workers[i % 2]) for i in range(24)))
    assert peak == 3  # both "workers" together never exceeded the shared limit


async def test_redis_limiter_shares_backoff_and_pause(redis_client: aioredis.Redis) -> None:
    key = uuid.uuid4().hex
    a = RedisAimdLimiter(redis_client, key, initial=8, ceiling=8)
    b = RedisAimdLimiter(redis_client, key, initial=8, ceiling=8)
    await a.acquire()
    await a.release(overloaded=True, retry_after_s=0.3)
    assert a.limit == 4
    start = time.monotonic()
    await b.acquire()  # the other worker waits out the Retry-After too
    assert time.monotonic() - start >= 0.2
    await b.release(overloaded=False)
    assert 4 < b.limit < 5  # and climbs from the shared, halved limit


async def test_redis_rpm_limit_is_shared(redis_client: aioredis.Redis) -> None:
    if 60 - time.time() % 60 < 2:  # stay inside one fixed minute window
        await asyncio.sleep(2.1)
    key = uuid.uuid4().hex
    limits = [RedisRateLimiter(redis_client, key, rpm=5, tpm=None) for _ in range(2)]
    for i in range(5):
        await limits[i % 2].acquire(10)
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(limits[0].acquire(10), timeout=0.3)


async def test_redis_slots_of_a_dead_worker_expire_while_live_ones_are_renewed(
    redis_client: aioredis.Redis,
) -> None:
    key = uuid.uuid4().hex
    dead = RedisAimdLimiter(redis_client, key, initial=2, ceiling=2, lease_s=0.6)
    live = RedisAimdLimiter(redis_client, key, initial=2, ceiling=2, lease_s=0.6)
    await dead.acquire()
    await live.acquire()
    first_expiry = time.time() + 0.6
    assert dead._renewer is not None
    dead._renewer.cancel()  # the process died: nobody renews its lease or releases its slot

    async def only_live_unexpired() -> bool:
        unexpired = await redis_client.zrangebyscore(live.keys[0], time.time(), "+inf")
        return time.time() > first_expiry and [m.decode() for m in unexpired] == live._tokens

    # The live lease was renewed past its first expiry; the dead one lapsed and its slot is free again.
    await async_wait_until(only_live_unexpired, 5, "the dead worker's slot to lapse")
    await asyncio.wait_for(live.acquire(), timeout=1.0)
    await live.release(overloaded=False)
    await live.release(overloaded=False)
    await live.aclose()
