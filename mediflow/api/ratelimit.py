"""Per-key token buckets: one for every POST (and other writes), one more for job creation; in Redis
when there is one (shared by every API process), in process otherwise. An empty bucket answers 429
with Retry-After. A limiter that cannot be reached fails closed in production (503), open with a
warning in development (``MEDIFLOW_LIMITER_FAIL_OPEN`` decides either way).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from typing import Any, Protocol

from fastapi import HTTPException, Request
from starlette.concurrency import run_in_threadpool

from mediflow.api.auth import SAFE_METHODS, CurrentKey, ReadKey
from mediflow.core.errors import UnavailableError
from mediflow.core.settings import Settings
from mediflow.schemas.common import ErrorResponse
from mediflow.services.api_keys import Caller

log = logging.getLogger(__name__)

# KEYS[1] bucket; ARGV: rate per second, burst, now (s). Returns {allowed, seconds until a token}.
_LUA = """
local rate, burst, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1]) or burst
local ts = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - ts) * rate)
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = (1 - tokens) / rate
end
redis.call('HSET', KEYS[1], 'tokens', tokens, 'ts', now)
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 1)
return {allowed, tostring(wait)}
"""


class Limiter(Protocol):
    def take(self, key: str) -> float:
        """Take one token; 0 when allowed, else the seconds until one is available."""


class MemoryLimiter:
    def __init__(self, per_minute: float, burst: int) -> None:
        self.rate, self.burst = per_minute / 60.0, float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        now = time.monotonic()
        with self._lock:
            tokens, ts = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - ts) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate


class RedisLimiter:
    def __init__(self, url: str, per_minute: float, burst: int, namespace: str = "mediflow:rl") -> None:
        import redis

        self.rate, self.burst, self.namespace = per_minute / 60.0, burst, namespace
        self._redis = redis.Redis.from_url(url, socket_timeout=2)
        self._script = self._redis.register_script(_LUA)

    def take(self, key: str) -> float:
        allowed, wait = self._script(
            keys=[f"{self.namespace}:{key}"], args=[self.rate, self.burst, time.time()]
        )
        return 0.0 if int(allowed) else float(wait)


# Documented on every router: any write may be rate limited, or refused while the limiter is down.
LIMIT_RESPONSES: dict[int | str, dict[str, Any]] = {
    429: {"model": ErrorResponse, "description": "too many requests with this key; see Retry-After"},
    503: {"model": ErrorResponse, "description": "the rate limiter is unavailable (production)"},
}


def make_limiter(settings: Settings, per_minute: float | None = None, burst: int | None = None) -> Limiter:
    per_minute = per_minute or settings.job_rate_per_minute
    burst = burst or settings.job_rate_burst
    url = settings.resolved_limiter_url
    if url:
        return RedisLimiter(url, per_minute, burst)
    return MemoryLimiter(per_minute, burst)


def _take(request: Request, limiter: Limiter, bucket: str, what: str) -> None:
    settings: Settings = request.app.state.settings
    try:
        wait = limiter.take(bucket)
    except Exception as exc:
        if not settings.limiter_fails_open:
            log.error("rate limiter unavailable; refusing writes: %s", type(exc).__name__)
            raise UnavailableError(
                "the rate limiter is unavailable, so writes are refused; retry shortly", retry_after_s=5
            ) from None
        log.warning("rate limiter unavailable, not limiting: %s", exc)
        return
    if wait > 0:
        raise HTTPException(
            429,
            f"too many {what} with this key; retry in {math.ceil(wait)} s",
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
        )


def limit_job_creation(request: Request, key: CurrentKey) -> None:
    """Dependency for job-creating routes: one token per job from the caller key's bucket."""
    _take(request, request.app.state.job_limiter, f"jobs:{key.id}", "jobs created")


async def authorize_writes(request: Request, key: CurrentKey) -> Caller:
    """``authorize`` (read for safe methods, write otherwise) and then ``limit_writes``'s token, as one
    dependency: the protected routers' only one, so a polled read resolves one key check, not two."""
    if request.method not in SAFE_METHODS:
        await run_in_threadpool(
            _take, request, request.app.state.write_limiter, f"writes:{key.id}", "requests"
        )
    return key


async def limit_writes(request: Request, key: ReadKey) -> None:
    """Dependency on every router: one token per POST/PUT/PATCH/DELETE from the key's write bucket.

    It needs only a valid key (read): each router checks the scope a write needs (write, review, admin).
    Async, so a read passes without a thread-pool hop; the bucket (Redis) is taken in a thread.
    """
    if request.method not in SAFE_METHODS:
        limiter = request.app.state.write_limiter
        await run_in_threadpool(_take, request, limiter, f"writes:{key.id}", "requests")
