"""Real Celery worker processes on a Redis broker (a queue of their own per test) on PostgreSQL: a job end
to end, and a sharded job on two workers sharing one limit through a SIGKILL."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from mediflow.core.settings import Settings
from tests.support.loopback import LoopbackTeacher
from tests.support.processes import start_worker, stop
from tests.support.waiting import wait_until
from tests.support.worker_jobs import InFlightCounter, assert_exactly_once, job_state, submit

pytestmark = pytest.mark.timeout(240)


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
