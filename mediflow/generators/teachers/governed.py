"""A teacher wrapped with everything between a stage and the wire: cache, budget, limits, retries."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
from collections.abc import Callable

from mediflow.generators.cache import TeacherCache, cache_key
from mediflow.generators.control import (
    OVERLOAD_REASONS,
    Backoff,
    ConcurrencyLimiter,
    RequestRateLimiter,
    estimate_tokens,
)
from mediflow.generators.teachers.base import ChatRequest, Completion, Teacher, TeacherError

log = logging.getLogger(__name__)


class BudgetExhausted(Exception):
    """The job's token or cost cap is reached: stop launching calls, keep what was produced."""


def transient_reply_fault(completion: Completion) -> TeacherError | None:
    """A reply that arrived but is unusable for a passing reason: empty, or cut off at max_tokens."""
    if not completion.text.strip():
        return TeacherError("empty_output", "the teacher answered with no text")
    if completion.finish_reason == "length":
        return TeacherError("truncated", f"the reply was cut at max_tokens ({completion.tokens_out} tokens)")
    return None


def redraw(request: ChatRequest, attempt: int) -> ChatRequest:
    """The same request with another reproducible seed, for a retry that must not repeat a reply."""
    if request.seed is None:
        return request
    return dataclasses.replace(request, seed=(request.seed + 7919 * attempt) % 2**31)


class GovernedTeacher(Teacher):
    backend = "governed"

    def __init__(
        self,
        inner: Teacher,
        *,
        limiter: ConcurrencyLimiter,
        rates: RequestRateLimiter,
        max_retries: int,
        backoff: Backoff | None = None,
        cache: TeacherCache | None = None,
        budget_check: Callable[[], str | None] | None = None,
        on_usage: Callable[[Completion], None] | None = None,
        seed: int = 0,
        cache_namespace: str = "",
    ) -> None:
        super().__init__(inner.model)
        self.inner = inner
        self.limiter, self.rates = limiter, rates
        self.max_retries = max_retries
        self.backoff = backoff or Backoff()
        self.cache = cache
        self.cache_namespace = cache_namespace  # endpoint and project: whose answers may be reused
        self.budget_check = budget_check
        self.on_usage = on_usage
        self._rng = random.Random(seed)

    async def complete(self, request: ChatRequest) -> Completion:
        key = cache_key(self.inner.backend, self.model, request, self.cache_namespace) if self.cache else None
        if self.cache and key:
            hit = await self.cache.get(key)
            if hit is not None:
                return dataclasses.replace(hit, attempts=0)
        completion = await self._call_with_retries(request)
        if self.cache and key:
            await self.cache.put(key, self.model, completion)
        return completion

    async def _call_with_retries(self, request: ChatRequest) -> Completion:
        attempt = 0
        while True:
            if self.budget_check is not None and (reason := self.budget_check()):
                raise BudgetExhausted(reason)
            attempt += 1
            await self.rates.acquire(estimate_tokens(request.messages, request.max_tokens))
            await self.limiter.acquire()
            try:
                completion = await self.inner.complete(request)
            except TeacherError as exc:
                await self.limiter.release(exc.reason in OVERLOAD_REASONS, exc.retry_after_s)
                if exc.permanent or attempt > self.max_retries:
                    exc.extra["attempts"] = attempt
                    raise
                delay = self.backoff.delay(attempt - 1, exc.retry_after_s, self._rng)
                log.debug("teacher %s: %s; retry %d in %.2fs", self.model, exc.reason, attempt, delay)
                await asyncio.sleep(delay)
                continue
            except BaseException:
                await self.limiter.release(False)
                raise
            await self.limiter.release(False)
            await self.rates.record(completion.tokens_in + completion.tokens_out)
            if self.on_usage is not None:
                self.on_usage(completion)
            fault = transient_reply_fault(completion)
            if fault is not None and attempt <= self.max_retries:
                # An empty or cut-off reply is a transient fault like a 500: the same backoff, again,
                # as a new draw: a seeded backend (llama.cpp, vLLM) would repeat the same reply.
                delay = self.backoff.delay(attempt - 1, None, self._rng)
                log.debug("teacher %s: %s; retry %d in %.2fs", self.model, fault.reason, attempt, delay)
                await asyncio.sleep(delay)
                request = redraw(request, attempt)
                continue
            if fault is not None and fault.reason == "empty_output":
                fault.extra["attempts"] = attempt
                raise fault
            # Cut at max_tokens on every attempt: the task may need more; kept, flagged as truncated.
            return dataclasses.replace(completion, attempts=attempt)

    async def aclose(self) -> None:
        closer = getattr(self.limiter, "aclose", None)
        if closer is not None:
            await closer()
        await self.inner.aclose()
