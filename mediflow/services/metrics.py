"""Prometheus metrics.

Two sources, so any number of API and worker processes report consistent numbers without a shared
multiprocess directory:
- the database, read at scrape time by ``DatabaseCollector`` (jobs by status, samples, tokens, cost,
  errors by reason, samples/s, queue depth): the same answer from every API process;
- in-process histograms recorded by workers around each teacher call (latency, outcome), which each
  worker serves on its own port (``mediflow worker --metrics-port``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import timedelta
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, or_, select

from mediflow.core.settings import Settings
from mediflow.generators.teachers import ChatRequest, Completion, Teacher, TeacherError, create_teacher
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.storage.db import session_scope
from mediflow.storage.models import GenerationJob, JobStatus, Sample, SampleStatus, utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mediflow.schemas.teacher import TeacherSpec

log = logging.getLogger(__name__)

TEACHER_LATENCY = Histogram(
    "mediflow_teacher_latency_seconds",
    "Wall time of one teacher call, retries inside the client included",
    ["backend", "outcome"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, float("inf")),
)
_LIVE = (JobStatus.running.value, JobStatus.cancelling.value)


class InstrumentedTeacher(Teacher):
    """Times every call of the wrapped teacher; the outcome label is ``ok`` or the failure reason."""

    def __init__(self, inner: Teacher) -> None:
        super().__init__(inner.model)
        self.inner = inner
        self.backend = inner.backend  # type: ignore[misc]

    async def complete(self, request: ChatRequest) -> Completion:
        start = time.perf_counter()
        outcome = "ok"
        try:
            return await self.inner.complete(request)
        except TeacherError as exc:
            outcome = exc.reason
            raise
        except Exception:
            outcome = "exception"
            raise
        finally:
            TEACHER_LATENCY.labels(self.inner.backend, outcome).observe(time.perf_counter() - start)

    async def aclose(self) -> None:
        await self.inner.aclose()


def instrumented_teacher(spec: TeacherSpec, settings: Settings) -> Teacher:
    """A ``JobRunner`` teacher factory that records teacher latency."""
    return InstrumentedTeacher(create_teacher(spec, settings))


class DatabaseCollector(Collector):
    """Gauges computed from the database at scrape time, cached briefly against scrape storms."""

    def __init__(self, settings: Settings, ttl_s: float = 5.0) -> None:
        self.settings = settings
        self.ttl_s = ttl_s
        self._cache: tuple[float, list[Metric]] | None = None
        self._lock = threading.Lock()
        self._cost = _CostTally()

    def collect(self) -> Iterator[Metric]:
        with self._lock:
            if self._cache is None or time.monotonic() - self._cache[0] > self.ttl_s:
                self._cache = (time.monotonic(), self._gather())
            metrics = self._cache[1]
        yield from metrics

    def _gather(self) -> list[Metric]:
        up = GaugeMetricFamily("mediflow_database_up", "1 when the last scrape could read the database")
        try:
            metrics = list(self._from_database())
            up.add_metric([], 1)
        except Exception as exc:  # a scrape must answer even while the database restarts
            log.warning("metrics: database unavailable: %s", exc)
            metrics = []
            up.add_metric([], 0)
        return [up, *metrics, *self._queue_depth()]

    def _from_database(self) -> Iterable[Metric]:
        s = self.settings
        with session_scope(s.resolved_database_url) as session:
            jobs = GaugeMetricFamily("mediflow_jobs", "Generation jobs by status", labels=["status"])
            by_status = dict(
                session.execute(
                    select(GenerationJob.status, func.count()).group_by(GenerationJob.status)
                ).all()
            )
            for status in JobStatus:
                jobs.add_metric([status.value], by_status.get(status.value, 0))
            n = session.execute(
                select(
                    func.coalesce(func.sum(GenerationJob.n_done), 0),
                    func.coalesce(func.sum(GenerationJob.n_failed), 0),
                    func.coalesce(func.sum(GenerationJob.n_cancelled), 0),
                    func.coalesce(func.sum(GenerationJob.tokens_in), 0),
                    func.coalesce(func.sum(GenerationJob.tokens_out), 0),
                )
            ).one()
            samples = GaugeMetricFamily("mediflow_samples", "Finished samples by status", labels=["status"])
            for label, value in zip(("done", "failed", "cancelled"), n[:3], strict=True):
                samples.add_metric([label], int(value))
            tokens = GaugeMetricFamily("mediflow_teacher_tokens", "Teacher tokens", labels=["direction"])
            tokens.add_metric(["input"], int(n[3]))
            tokens.add_metric(["output"], int(n[4]))
            cost = GaugeMetricFamily("mediflow_teacher_cost_usd", "Teacher cost at each job's frozen price")
            cost.add_metric([], self._cost.total(session))
            errors = GaugeMetricFamily(
                "mediflow_sample_errors", "Failed samples by reason", labels=["reason"]
            )
            reasons = session.execute(
                select(Sample.failure_reason, func.count())
                .where(Sample.status == SampleStatus.failed.value)
                .group_by(Sample.failure_reason)
            ).all()
            for reason, count in reasons:
                errors.add_metric([reason or "unknown"], count)
            rate = GaugeMetricFamily(
                "mediflow_samples_per_second", "Samples finished over the last minute / 60"
            )
            rate.add_metric([], self._recent(session) / 60.0)
        return [jobs, samples, tokens, cost, errors, rate]

    @staticmethod
    def _recent(session: Session) -> int:
        # Only jobs live or finished within the minute: the (job_id, status) index keeps it cheap.
        since = utcnow() - timedelta(seconds=60)
        recent_jobs = select(GenerationJob.id).where(
            or_(GenerationJob.status.in_(_LIVE), GenerationJob.finished_at >= since)
        )
        query = select(func.count()).where(Sample.job_id.in_(recent_jobs), Sample.completed_at >= since)
        return int(session.scalar(query) or 0)

    def _queue_depth(self) -> list[Metric]:
        url = self.settings.resolved_broker_url
        if not url.startswith(("redis://", "rediss://")):
            return []  # the SQLite broker is for embedded use; its depth is not worth a scrape
        depth = GaugeMetricFamily("mediflow_queue_depth", "Messages waiting in the broker", labels=["queue"])
        try:
            import redis

            client = redis.Redis.from_url(url, socket_timeout=2)
            try:
                depth.add_metric(
                    [self.settings.generation_queue], client.llen(self.settings.generation_queue)
                )
            finally:
                client.close()
        except Exception as exc:
            log.warning("metrics: broker unavailable: %s", exc)
            return []
        return [depth]


class _CostTally:
    """Sum of job costs; a finished job's cost never changes, so each is read once and remembered."""

    def __init__(self) -> None:
        self.final_total = 0.0
        self.counted: set[str] = set()

    def total(self, session: Session) -> float:
        from mediflow.services.generation import job_cost

        live = 0.0
        ids = session.scalars(
            select(GenerationJob.id).where(GenerationJob.tokens_in + GenerationJob.tokens_out > 0)
        ).all()
        todo = [i for i in ids if i not in self.counted]
        for start in range(0, len(todo), 500):
            chunk = todo[start : start + 500]
            for job in session.scalars(select(GenerationJob).where(GenerationJob.id.in_(chunk))):
                try:
                    value = job_cost(GenerationJobCreate.model_validate(job.spec), job) or 0.0
                except ValueError:  # a spec from an older schema: no price to apply
                    value = 0.0
                if JobStatus(job.status).is_final:
                    self.counted.add(job.id)
                    self.final_total += value
                else:
                    live += value
        return round(self.final_total + live, 6)


def api_registry(settings: Settings) -> CollectorRegistry:
    """The registry an API process serves: the database view (workers serve their own histograms)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseCollector(settings))
    return registry
