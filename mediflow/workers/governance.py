"""Building the governed teacher a shard uses: limits (local or shared via Redis), retries, cache."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from mediflow.core.settings import Settings
from mediflow.generators.cache import TeacherCache
from mediflow.generators.control import (
    AimdLimiter,
    CappedLimiter,
    ConcurrencyLimiter,
    NoRateLimit,
    RequestRateLimiter,
    SlidingWindowRateLimiter,
)
from mediflow.generators.teachers.base import Completion, Teacher
from mediflow.generators.teachers.endpoints import endpoint_identity
from mediflow.generators.teachers.governed import GovernedTeacher
from mediflow.schemas.teacher import TeacherSpec


def endpoint_key(spec: TeacherSpec, model: str, settings: Settings) -> str:
    """Workers calling the same endpoint and model share one set of limits."""
    return hashlib.sha256(f"{endpoint_identity(spec, settings)}|{model}".encode()).hexdigest()[:16]


def _limits(
    spec: TeacherSpec, model: str, settings: Settings, initial_share: int
) -> tuple[ConcurrencyLimiter, RequestRateLimiter]:
    ceiling = spec.ceiling
    # Without adaptation the limit is pinned: no decrease, no climb.
    floor = 1 if spec.adaptive else ceiling
    initial = spec.concurrency if spec.adaptive else ceiling
    redis_url = settings.resolved_limiter_url
    if redis_url and spec.backend not in ("embedded", "transformers", "vllm"):
        import redis.asyncio as aioredis

        from mediflow.generators.control_redis import RedisAimdLimiter, RedisRateLimiter

        client = aioredis.Redis.from_url(redis_url)
        key = endpoint_key(spec, model, settings)
        limiter: ConcurrencyLimiter = RedisAimdLimiter(client, key, initial, ceiling, floor)
        rates: RequestRateLimiter = RedisRateLimiter(client, key, spec.rpm_limit, spec.tpm_limit)
        return limiter, rates
    # In process, this shard's AIMD starts from its part of the job's starting concurrency.
    limiter = AimdLimiter(max(floor, initial_share) if spec.adaptive else ceiling, ceiling, floor)
    rates = (
        SlidingWindowRateLimiter(spec.rpm_limit, spec.tpm_limit)
        if spec.rpm_limit or spec.tpm_limit
        else NoRateLimit()
    )
    return limiter, rates


def governed_teacher(
    inner: Teacher,
    spec: TeacherSpec,
    settings: Settings,
    *,
    budget_check: Callable[[], str | None] | None = None,
    on_usage: Callable[[Completion], None] | None = None,
    seed: int = 0,
    share: Callable[[int], int] = lambda total: total,
    project_id: str | None = None,
) -> GovernedTeacher:
    """``share`` maps a job-wide number to this shard's part of it (``control.job_share``): the calls in
    flight of a whole job stay under ``concurrency``/``max_concurrency`` however it is sharded. The
    returned teacher's ``limiter`` is a ``CappedLimiter`` whose cap the runner moves as shards finish.
    ``project_id`` keys its cache (unless the operator shares the cache across projects)."""
    limiter, rates = _limits(spec, inner.model, settings, share(spec.concurrency))
    cache_project = None if settings.teacher_cache_shared else project_id
    namespace = f"{endpoint_identity(spec, settings)}|project:{cache_project or '*'}"
    return GovernedTeacher(
        inner,
        limiter=CappedLimiter(limiter, share(spec.ceiling)),
        rates=rates,
        max_retries=spec.max_retries,
        cache=TeacherCache(settings.resolved_database_url, cache_project) if spec.cache_enabled else None,
        cache_namespace=namespace,
        budget_check=budget_check,
        on_usage=on_usage,
        seed=seed,
    )
