"""The job runner in process against a loopback teacher: failure reasons, concurrency, redelivery, quality
work. Storage semantics, so on both databases; the tests with real worker processes are in
test_worker_processes.py (embedded broker) and test_worker_redis.py (Redis broker)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from mediflow.core.settings import Settings
from mediflow.generators.plan import PlanItem
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services import job_kinds
from mediflow.storage import jobs as store
from mediflow.storage import usage
from mediflow.storage.db import session_scope
from mediflow.workers.runner import JobRunner
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply
from tests.support.processes import LOOPBACK_TEACHERS
from tests.support.worker_jobs import InFlightCounter, job_state, rows, submit

pytestmark = pytest.mark.timeout(240)


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


def test_the_lease_is_held_while_the_pipeline_is_built(
    settings: Settings, teacher: LoopbackTeacher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the pipeline recomputes the whole job's plan (CPU-bound: half a minute at a million rows).
    It runs off the event loop, so the heartbeat goes on: on the loop, a 1M-row job's shards were each
    seen as stalled, re-queued and claimed again, over and over."""
    s = settings.model_copy(update={"stall_timeout_s": 1.0})  # heartbeats every 0.2 s
    stall = timedelta(seconds=s.stall_timeout_s)
    job_id = submit(s, teacher, 4)
    seen: list[tuple[bool, bool]] = []
    build = job_kinds.make_pipeline

    def slow_build(*args: Any, **kwargs: Any) -> Any:
        time.sleep(s.stall_timeout_s + 0.5)  # holds its thread, as a long plan holds the CPU
        with session_scope(s.resolved_database_url) as session:
            stalled = (job_id, 0) in store.stalled_shards(session, stall)
            seen.append((stalled, store.claim_shard(session, job_id, 0, "another-worker", stall)))
        return build(*args, **kwargs)

    monkeypatch.setattr(job_kinds, "make_pipeline", slow_build)
    assert JobRunner(job_id, s).run() == "finished"
    assert seen == [(False, False)]
    assert job_state(s, job_id).n_done == 4


def test_a_beat_in_flight_ends_before_the_shard_goes_on(settings: Settings) -> None:
    """Ending the heartbeat waits for a beat already in its database thread (cancelling the task cannot
    stop the thread), so no beat overlaps the shard's finish or the job's failure: on PostgreSQL the two
    lock the same rows in opposite orders."""
    s = settings.model_copy(update={"heartbeat_interval_s": 0.01})
    started, release = threading.Event(), threading.Event()
    events: list[str] = []

    class SlowBeat(JobRunner):
        def _beat(
            self, taken: usage.Spend, session: Session
        ) -> tuple[store.Directive | None, tuple[usage.Quota, usage.Spend] | None]:
            started.set()
            release.wait(5)
            events.append("beat done")
            return None, None

    async def scenario() -> None:
        runner = SlowBeat("no-such-job", s)
        beat = asyncio.create_task(runner._heartbeat())
        assert await asyncio.to_thread(started.wait, 5)
        ending = asyncio.create_task(runner._end_heartbeat(beat))
        await asyncio.sleep(0.2)
        assert not ending.done()  # still waiting for the beat's thread
        release.set()
        await ending
        events.append("ended")
        assert beat.cancelled()

    asyncio.run(scenario())
    assert events == ["beat done", "ended"]


@pytest.mark.parametrize("slow", ["_run_leased", "_ensure_plan"])
def test_the_lease_is_held_from_the_claim(
    settings: Settings, teacher: LoopbackTeacher, caplog: pytest.LogCaptureFixture, slow: str
) -> None:
    """A shard slower to start than the stall timeout (reading the job, planning, warming the quality
    processes on a loaded machine) keeps its lease from the claim on: the stall scan does not see it and
    another worker cannot claim it. ``_run_leased`` is slow before the job (and its project) is read."""
    s = settings.model_copy(update={"stall_timeout_s": 1.5})  # heartbeats every 0.2 s
    stall = timedelta(seconds=s.stall_timeout_s)
    job_id = submit(s, teacher, 4)
    seen: list[tuple[bool, bool]] = []

    def others(session: Session) -> tuple[bool, bool]:
        stalled = (job_id, 0) in store.stalled_shards(session, stall)
        return stalled, store.claim_shard(session, job_id, 0, "another-worker", stall)

    class SlowStart(JobRunner):
        async def _pause(self, where: str) -> None:
            if where == slow:
                await asyncio.sleep(s.stall_timeout_s + 0.5)
                seen.append(await self._db(others))

        async def _run_leased(self, beat: asyncio.Task[None]) -> str:
            await self._pause("_run_leased")
            return await super()._run_leased(beat)

        async def _ensure_plan(self, spec: GenerationJobCreate) -> list[PlanItem]:
            await self._pause("_ensure_plan")
            return await super()._ensure_plan(spec)

    with caplog.at_level(logging.WARNING, logger="mediflow.workers.runner"):
        assert SlowStart(job_id, s).run() == "finished"
    assert seen == [(False, False)]
    assert job_state(s, job_id).n_done == 4
    assert not [r.getMessage() for r in caplog.records if "heartbeat failed" in r.getMessage()]
