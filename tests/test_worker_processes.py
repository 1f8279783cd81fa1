"""Real Celery worker processes on the embedded (SQLite) broker running jobs against a loopback teacher,
including SIGKILL mid-job. Each test starts processes, so each runs on one database, split between SQLite
and PostgreSQL; the Redis-broker tests are in test_worker_redis.py (a file each, so xdist's loadfile
spreads them over its processes)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from mediflow.core.settings import Settings
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply
from tests.support.processes import start_worker, stop
from tests.support.waiting import wait_until
from tests.support.worker_jobs import InFlightCounter, assert_exactly_once, job_state, submit

pytestmark = pytest.mark.timeout(240)


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
