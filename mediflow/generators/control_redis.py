"""The limits of ``control`` shared through Redis, so they hold across every worker of an endpoint.

State per endpoint (``mediflow:teacher:<endpoint-hash>:*``): the AIMD limit (a float), a pause-until
timestamp (Retry-After), the calls in flight as a sorted set of leases that expire (a worker killed
mid-call cannot leak a slot), and fixed one-minute windows for RPM and TPM.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

import redis.asyncio as aioredis

# Take a slot if fewer leases than floor(limit) are live and no pause is in force.
_ACQUIRE = """
local slots, limit_key, pause_key = KEYS[1], KEYS[2], KEYS[3]
local now, lease_until, token, initial = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], ARGV[4]
redis.call('ZREMRANGEBYSCORE', slots, '-inf', now)
local pause = tonumber(redis.call('GET', pause_key) or '0')
if pause > now then return tostring(pause - now) end
local limit = tonumber(redis.call('GET', limit_key) or initial)
if redis.call('ZCARD', slots) < math.floor(limit) then
  redis.call('ZADD', slots, lease_until, token)
  redis.call('EXPIRE', slots, 3600)
  return 'ok'
end
return 'full'
"""

# Release a slot and move the shared limit: +1/limit on success, x factor on overload (cool-down).
_RELEASE = """
local slots, limit_key, pause_key, last_key = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local token, overloaded, now = ARGV[1], ARGV[2] == '1', tonumber(ARGV[3])
local initial, floor, ceiling = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local factor, cooldown, retry_after = tonumber(ARGV[7]), tonumber(ARGV[8]), tonumber(ARGV[9])
redis.call('ZREM', slots, token)
local limit = tonumber(redis.call('GET', limit_key) or initial)
if overloaded then
  local last = tonumber(redis.call('GET', last_key) or '0')
  if now - last >= cooldown then
    limit = math.max(floor, limit * factor)
    redis.call('SET', last_key, tostring(now), 'EX', 3600)
  end
  if retry_after > 0 then
    local pause = tonumber(redis.call('GET', pause_key) or '0')
    if now + retry_after > pause then redis.call('SET', pause_key, tostring(now + retry_after), 'EX', 300) end
  end
else
  limit = math.min(ceiling, limit + 1.0 / limit)
end
redis.call('SET', limit_key, tostring(limit), 'EX', 3600)
return tostring(limit)
"""

# Count one request and its estimated tokens in the current minute, or say how long to wait.
_RATE = """
local req_key, tok_key = KEYS[1], KEYS[2]
local rpm, tpm, est, wait = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local reqs = tonumber(redis.call('GET', req_key) or '0')
local toks = tonumber(redis.call('GET', tok_key) or '0')
if (rpm > 0 and reqs >= rpm) or (tpm > 0 and toks > 0 and toks + est > tpm) then return tostring(wait) end
redis.call('INCR', req_key)
redis.call('EXPIRE', req_key, 120)
return 'ok'
"""


class RedisAimdLimiter:
    """``AimdLimiter`` with its state in Redis; each worker polls briefly when the endpoint is full."""

    def __init__(
        self,
        client: aioredis.Redis,
        endpoint: str,
        initial: int,
        ceiling: int,
        floor: int = 1,
        decrease_factor: float = 0.5,
        cooldown_s: float = 1.0,
        lease_s: float = 15.0,
    ) -> None:
        self.client = client
        prefix = f"mediflow:teacher:{endpoint}"
        self.keys = [f"{prefix}:slots", f"{prefix}:limit", f"{prefix}:pause", f"{prefix}:last-decrease"]
        self.initial, self.ceiling, self.floor = initial, ceiling, floor
        self.decrease_factor, self.cooldown_s, self.lease_s = decrease_factor, cooldown_s, lease_s
        self._acquire = client.register_script(_ACQUIRE)
        self._release = client.register_script(_RELEASE)
        self._tokens: list[str] = []
        self._limit = float(initial)
        self._renewer: asyncio.Task[None] | None = None

    @property
    def limit(self) -> float:
        return self._limit

    async def acquire(self) -> None:
        token = uuid.uuid4().hex
        while True:
            now = time.time()
            got: Any = await self._acquire(
                keys=self.keys[:3], args=[now, now + self.lease_s, token, self.initial]
            )
            got = got.decode() if isinstance(got, bytes) else str(got)
            if got == "ok":
                self._tokens.append(token)
                if self._renewer is None or self._renewer.done():
                    self._renewer = asyncio.get_running_loop().create_task(self._renew())
                return
            await asyncio.sleep(min(float(got), 1.0) if got != "full" else 0.01)

    async def _renew(self) -> None:
        """Keep our leases alive while calls run; a worker killed with SIGKILL stops renewing, and
        its slots free themselves within ``lease_s`` instead of blocking the endpoint."""
        while True:
            await asyncio.sleep(self.lease_s / 3)
            if self._tokens:
                until = time.time() + self.lease_s
                await self.client.zadd(self.keys[0], dict.fromkeys(self._tokens, until), xx=True)

    async def aclose(self) -> None:
        if self._renewer is not None:
            self._renewer.cancel()

    async def release(self, overloaded: bool, retry_after_s: float | None = None) -> None:
        token = self._tokens.pop()
        limit: Any = await self._release(
            keys=self.keys,
            args=[
                token,
                "1" if overloaded else "0",
                time.time(),
                self.initial,
                self.floor,
                self.ceiling,
                self.decrease_factor,
                self.cooldown_s,
                min(retry_after_s or 0.0, 120.0),
            ],
        )
        self._limit = float(limit)


class RedisRateLimiter:
    """RPM / TPM over fixed one-minute windows shared by every worker of an endpoint."""

    def __init__(self, client: aioredis.Redis, endpoint: str, rpm: int | None, tpm: int | None) -> None:
        self.client = client
        self.prefix = f"mediflow:teacher:{endpoint}"
        self.rpm, self.tpm = rpm or 0, tpm or 0
        self._rate = client.register_script(_RATE)

    def _keys(self) -> tuple[list[str], float]:
        now = time.time()
        window = int(now // 60)
        return [f"{self.prefix}:rpm:{window}", f"{self.prefix}:tpm:{window}"], (window + 1) * 60 - now

    async def acquire(self, est_tokens: int) -> None:
        if not (self.rpm or self.tpm):
            return
        while True:
            keys, until_next = self._keys()
            got: Any = await self._rate(keys=keys, args=[self.rpm, self.tpm, est_tokens, until_next])
            got = got.decode() if isinstance(got, bytes) else str(got)
            if got == "ok":
                return
            await asyncio.sleep(min(float(got), 1.0) + 0.01)

    async def record(self, tokens: int) -> None:
        if self.tpm and tokens:
            keys, _ = self._keys()
            pipe = self.client.pipeline()
            pipe.incrby(keys[1], tokens)
            pipe.expire(keys[1], 120)
            await pipe.execute()
