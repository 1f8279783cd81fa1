"""Real Celery worker processes running jobs against a loopback teacher, including SIGKILL mid-job."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mediflow.core.settings import Settings
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services.generation import submit_job
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.models import GenerationJob, Sample
from mediflow.workers.app import create_celery_app
from mediflow.workers.dispatch import enqueue_job
from mediflow.workers.runner import JobRunner
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply
from tests.support.processes import LOOPBACK_TEACHERS, start_worker, stop
from tests.support.waiting import wait_until

# The in-process runner tests check storage semantics on both databases; each test that starts real
# worker processes runs on one, split between SQLite and PostgreSQL.
pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def teacher() -> Iterator[LoopbackTeacher]:
    with LoopbackTeacher() as srv:
        yield srv


class InFlightCounter:
    """A responder that answers after 30 ms and records the most calls the server had at once."""

    def __init__(self) -> None:
        self.in_flight = self.peak = 0

    async def __call__(self, req: dict, n: int) -> Reply:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        await asyncio.sleep(0.03)
        self.in_flight -= 1
        return clinical_reply(req, n)


def submit(
    settings: Settings, teacher: LoopbackTeacher, n: int, concurrency: int = 4, **extra: object
) -> str:
    spec = GenerationJobCreate.model_validate(
        {
            "n_samples": n,
            "teacher": teacher.teacher_spec(concurrency=concurrency),
            # The judge is on by default; these tests are about the worker, so it stays out.
            "quality": {"judge": None},
            **extra,
        }
    )
    with session_scope(settings.resolved_database_url) as s:
        job, _ = submit_job(s, spec, settings=settings)
    enqueue_job(create_celery_app(settings), settings, job.id)
    return job.id


def job_state(settings: Settings, job_id: str) -> GenerationJob:
    with session_scope(settings.resolved_database_url) as s:
        return store.get_job(s, job_id)


def rows(settings: Settings, job_id: str) -> list[Sample]:
    with session_scope(settings.resolved_database_url) as s:
        return list(s.scalars(select(Sample).where(Sample.job_id == job_id).order_by(Sample.index)))


def assert_exactly_once(settings: Settings, job_id: str, n: int) -> list[Sample]:
    got = rows(settings, job_id)
    assert [r.index for r in got] == list(range(n))
    with session_scope(settings.resolved_database_url) as s:
        assert s.scalar(select(func.count()).select_from(Sample).where(Sample.job_id == job_id)) == n
    return got


@pytest.mark.db("sqlite")
def test_worker_runs_a_job_to_completion(
    settings: Settings, teacher: LoopbackTeacher, tmp_path: Path
) -> None:
    worker = start_worker(settings, tmp_path / "worker.log")
    try:
        job_id = submit(settings, teacher, 8, output_formats=["plain_text", "json"])
        wait_until(lambda: job_state(settings, job_id).status == "completed", 90, "job completion")
    finally:
        stop(worker)
    job = job_state(settings, job_id)
    assert (job.n_planned, job.n_done, job.n_failed) == (8, 8, 0)
    assert job.tokens_in > 0 and job.tokens_out > 0 and job.started_at and job.finished_at
    for r in assert_exactly_once(settings, job_id, 8):
        assert r.status == "done" and r.instruction and r.input and r.output
        assert (r.teacher_backend, r.teacher_model, r.attempts) == ("openai", "loopback", 3)
        assert r.prompt_versions == {
            "document": "mediflow.document@3",
            "instruction": "mediflow.instruction@3",
            "output": "mediflow.output@2",
        }
        assert r.sampling is not None and r.sampling["temperature"] == 0.7
        assert r.tokens_in > 0 and r.latency_ms >= 0 and r.completed_at is not None


def test_failures_are_counted_with_reasons(settings: Settings, teacher: LoopbackTeacher) -> None:
    def flaky(req: dict, n: int) -> Reply:
        if req.get("response_format"):
            return Reply("definitely not json")
        if n % 7 == 0:
            return Reply(status=400, error_message="prompt rejected")
        return clinical_reply(req, n)

    teacher.responder = flaky
    job_id = submit(settings, teacher, 10, output_formats=["plain_text", "json"])
    assert JobRunner(job_id, settings).run() == "finished"
    job = job_state(settings, job_id)
    assert job.n_planned == job.n_done + job.n_failed == 10
    assert job.n_failed >= 5  # every json sample fails after one repair
    failed = [r for r in rows(settings, job_id) if r.status == "failed"]
    assert all(r.failure_reason in {"invalid_json", "teacher_rejected"} and r.failed_stage for r in failed)
    assert {r.failure_reason for r in failed if r.output_format == "json"} >= {"invalid_json"}


def test_runner_respects_concurrency(settings: Settings, teacher: LoopbackTeacher) -> None:
    teacher.responder = counter = InFlightCounter()
    job_id = submit(settings, teacher, 12, concurrency=3)
    JobRunner(job_id, settings).run()
    assert job_state(settings, job_id).n_done == 12
    assert 2 <= counter.peak <= 3


def test_redelivered_task_for_a_finished_job_is_a_no_op(settings: Settings, teacher: LoopbackTeacher) -> None:
    job_id = submit(settings, teacher, 3)
    assert JobRunner(job_id, settings).run() == "finished"
    calls = teacher.calls
    assert JobRunner(job_id, settings).run() == "skipped"
    assert teacher.calls == calls


@pytest.mark.db("postgres")
def test_cancel_stops_between_batches_and_keeps_what_was_made(
    settings: Settings, teacher: LoopbackTeacher, tmp_path: Path
) -> None:
    teacher.responder = lambda req, n: Reply(clinical_reply(req, n).content, delay_s=0.05)
    worker = start_worker(settings, tmp_path / "worker.log")
    try:
        job_id = submit(settings, teacher, 200, concurrency=2)
        wait_until(lambda: job_state(settings, job_id).n_done >= 3, 60, "some samples")
        with session_scope(settings.resolved_database_url) as s:
            store.request_cancel(s, job_id)
        wait_until(lambda: job_state(settings, job_id).status == "cancelled", 30, "cancellation")
    finally:
        stop(worker)
    job = job_state(settings, job_id)
    assert job.n_done >= 3 and job.n_cancelled > 0
    assert job.n_done + job.n_failed + job.n_cancelled == 200
    got = assert_exactly_once(settings, job_id, 200)
    assert all(r.output for r in got if r.status == "done")


@pytest.mark.db("sqlite")
def test_sigkill_mid_job_then_a_new_worker_finishes_each_index_once(
    settings: Settings, teacher: LoopbackTeacher, tmp_path: Path
) -> None:
    teacher.responder = lambda req, n: Reply(clinical_reply(req, n).content, delay_s=0.02)
    n = 40
    first = start_worker(settings, tmp_path / "worker1.log")
    try:
        job_id = submit(settings, teacher, n, concurrency=2)
        wait_until(lambda: job_state(settings, job_id).n_done >= 5, 60, "progress before the kill")
    finally:
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
    done_at_kill = job_state(settings, job_id).n_done
    assert done_at_kill < n, "the job finished before the kill; make it longer"
    second = start_worker(settings, tmp_path / "worker2.log")
    try:
        wait_until(lambda: job_state(settings, job_id).status == "completed", 120, "completion after restart")
    finally:
        stop(second)
    job = job_state(settings, job_id)
    assert (job.n_done, job.n_failed) == (n, 0)
    assert job.attempts >= 2
    got = assert_exactly_once(settings, job_id, n)
    assert all(r.status == "done" and r.output for r in got)


@pytest.mark.db("postgres")
def test_redis_broker_end_to_end(redis_settings: Settings, teacher: LoopbackTeacher, tmp_path: Path) -> None:
    s = redis_settings
    worker = start_worker(s, tmp_path / "worker.log")
    try:
        job_id = submit(s, teacher, 5)
        wait_until(lambda: job_state(s, job_id).status == "completed", 60, "completion over redis")
    finally:
        stop(worker)
    assert job_state(s, job_id).n_done == 5
    assert_exactly_once(s, job_id, 5)


@pytest.mark.db("postgres")
def test_sharded_job_on_two_workers_shares_one_limit_and_survives_sigkill(
    redis_settings: Settings, teacher: LoopbackTeacher, tmp_path: Path
) -> None:
    teacher.responder = counter = InFlightCounter()
    s = redis_settings
    n = 60
    workers = [start_worker(s, tmp_path / f"worker{i}.log", concurrency=2) for i in range(2)]
    try:
        job_id = submit(s, teacher, n, concurrency=3, shards=4)
        wait_until(lambda: job_state(s, job_id).n_done >= 10, 90, "progress on both workers")
        os.kill(workers[0].pid, signal.SIGKILL)
        workers[0].wait()
        wait_until(lambda: job_state(s, job_id).status == "completed", 180, "completion on the survivor")
    finally:
        for w in workers:
            stop(w)
    job = job_state(s, job_id)
    assert (job.n_shards, job.n_done, job.n_failed) == (4, n, 0)
    assert_exactly_once(s, job_id, n)
    assert counter.peak <= 3, f"{counter.peak} calls in flight across two workers with a shared limit of 3"


@pytest.mark.db("sqlite")
def test_job_wide_concurrency_holds_across_two_worker_processes(
    teacher: LoopbackTeacher, settings: Settings, tmp_path: Path
) -> None:
    """No shared limiter (the embedded broker, no Redis): the shards split the job's concurrency.

    One database (a process-level test). Before the split, each of the 4 shards ran 4 calls at once.
    """
    s = settings
    assert s.resolved_limiter_url is None
    teacher.responder = counter = InFlightCounter()
    workers = [start_worker(s, tmp_path / f"worker{i}.log", concurrency=2) for i in range(2)]
    try:
        job_id = submit(s, teacher, 48, concurrency=4, shards=4)
        wait_until(lambda: job_state(s, job_id).status == "completed", 180, "completion")
    finally:
        for w in workers:
            stop(w)
    job = job_state(s, job_id)
    assert (job.n_shards, job.n_done, job.n_failed) == (4, 48, 0)
    assert 1 <= counter.peak <= 4, f"{counter.peak} calls in flight for a job capped at 4"


class ArrivalSampler:
    """A slow responder that records how many calls the server holds as each call arrives (itself included)."""

    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s
        self.in_flight = 0
        self.at_arrival: list[int] = []

    async def __call__(self, req: dict, n: int) -> Reply:
        self.in_flight += 1
        self.at_arrival.append(self.in_flight)
        # Spread over +-50 % (fixed per call number) so calls do not finish in lockstep waves, where a
        # count at arrival would read 1, 2, ... however full the client keeps its slots.
        await asyncio.sleep(self.delay_s * (0.5 + (n * 7919 % 101) / 100))
        self.in_flight -= 1
        return clinical_reply(req, n)


def test_quality_work_keeps_the_configured_calls_in_flight(
    teacher: LoopbackTeacher, sqlite_url: str, tmp_path: Path
) -> None:
    """PHI screening and dedup on: the screening runs in worker processes, so the event loop keeps the
    teacher at its configured concurrency. Counted on the server, per arriving call, not timed."""
    s = Settings(
        data_dir=tmp_path / "data",
        database_url=sqlite_url,
        broker_url=f"sqla+sqlite:///{tmp_path / 'b.sqlite'}",
        **LOOPBACK_TEACHERS,
    )
    concurrency, n = 16, 96
    teacher.responder = sampler = ArrivalSampler(delay_s=0.5)
    quality = {"phi": {"enabled": True, "policy": "flag"}, "dedup": {"enabled": True}, "judge": None}
    job_id = submit(s, teacher, n, concurrency=concurrency, quality=quality)
    assert JobRunner(job_id, s).run() == "finished"
    job = job_state(s, job_id)
    assert job.n_done + job.n_duplicate == n
    # Steady state: after the first wave, before the last samples' chains run out.
    steady = sampler.at_arrival[concurrency : -3 * concurrency]
    mean = sum(steady) / len(steady)
    assert mean >= 0.9 * concurrency, f"{mean:.1f} of {concurrency} calls in flight on average"
