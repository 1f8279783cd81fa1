"""Running one generation job inside a worker: lease, plan, concurrent pipeline, batched writes.

Job state lives in the database, not in the broker: the runner holds a lease (worker id + heartbeat),
writes each finished sample once (only rows still pending are updated), and stops launching new
samples when the job is cancelled or its lease is lost. Samples already in flight still land.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import traceback
import uuid
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from mediflow.generators.pipeline import Pipeline, SampleResult, Sampling, prompt_versions
from mediflow.generators.plan import PlanItem
from mediflow.generators.teachers import Teacher, create_teacher
from mediflow.schemas.jobs import GenerationJobCreate, TeacherSpec
from mediflow.services import job_kinds
from mediflow.settings import Settings
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.models import JobStatus

log = logging.getLogger(__name__)
T = TypeVar("T")

TeacherFactory = Callable[[TeacherSpec, Settings], Teacher]


def new_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class JobRunner:
    def __init__(
        self,
        job_id: str,
        settings: Settings,
        *,
        worker_id: str | None = None,
        teacher_factory: TeacherFactory = create_teacher,
    ) -> None:
        self.job_id = job_id
        self.settings = settings
        self.url = settings.resolved_database_url
        self.worker_id = worker_id or new_worker_id()
        self.teacher_factory = teacher_factory
        self._stop = asyncio.Event()
        self._cancelled = False
        self._lost = False

    def run(self) -> str:
        """Run the job to the end; returns what happened ("skipped", "completed", "cancelled", ...)."""
        return asyncio.run(self.arun())

    async def _db(self, fn: Callable[[Session], T]) -> T:
        def call() -> T:
            with session_scope(self.url) as session:
                return fn(session)

        return await asyncio.to_thread(call)

    async def arun(self) -> str:
        stall = timedelta(seconds=self.settings.stall_timeout_s)
        claimed = await self._db(lambda s: store.claim_job(s, self.job_id, self.worker_id, stall))
        if not claimed:
            log.info("job %s is finished or held by a live worker; skipping", self.job_id)
            return "skipped"
        log.info("job %s claimed by %s", self.job_id, self.worker_id)
        try:
            return await self._run_claimed()
        except Exception as exc:  # the job records why; the worker lives on
            log.error("job %s failed: %s\n%s", self.job_id, exc, traceback.format_exc())
            message = f"{type(exc).__name__}: {exc}"
            await self._db(lambda s: store.fail_job(s, self.job_id, message))
            return "failed"

    async def _run_claimed(self) -> str:
        job = await self._db(lambda s: store.get_job(s, self.job_id))
        spec = GenerationJobCreate.model_validate(job.spec)
        items = await self._db(lambda s: self._ensure_plan(s, spec))
        if job.status == JobStatus.cancelling.value:
            self._cancelled = True
            items = []
        teacher = self.teacher_factory(spec.teacher, self.settings)
        try:
            await self._execute(teacher, spec, items)
        finally:
            await teacher.aclose()
        if self._lost:
            log.warning("job %s: lease lost to another worker; leaving the rest to it", self.job_id)
            return "lost"
        await self._db(lambda s: store.finish_job(s, self.job_id, self.worker_id, cancelled=self._cancelled))
        return "cancelled" if self._cancelled else "completed"

    def _ensure_plan(self, session: Session, spec: GenerationJobCreate) -> list[PlanItem]:
        """Materialise the plan once (all rows or none), then hand back what is still pending."""
        if not store.has_plan(session, self.job_id):
            store.materialise_plan(session, self.job_id, job_kinds.plan_items(session, spec))
            session.flush()
        return store.pending_items(session, self.job_id)

    async def _execute(self, teacher: Teacher, spec: GenerationJobCreate, items: Iterable[PlanItem]) -> None:
        t = spec.teacher
        sampling = Sampling(temperature=t.temperature, max_tokens=t.max_tokens, top_p=t.top_p, seed=spec.seed)
        pipeline = job_kinds.make_pipeline(spec, teacher, sampling, self.url)
        provenance: dict[str, Any] = {
            "teacher_backend": t.backend,
            "teacher_model": teacher.model,
            "prompt_versions": prompt_versions(job_kinds.stage_names(spec)),
            "sampling": sampling.as_dict(),
        }
        queue: asyncio.Queue[SampleResult | None] = asyncio.Queue()
        writer = asyncio.create_task(self._writer(queue, provenance))
        beat = asyncio.create_task(self._heartbeat())
        try:
            await self._launch(pipeline, items, t.concurrency, queue)
        finally:
            await queue.put(None)
            await writer
            beat.cancel()

    async def _launch(
        self,
        pipeline: Pipeline,
        items: Iterable[PlanItem],
        concurrency: int,
        queue: asyncio.Queue[SampleResult | None],
    ) -> None:
        slots = asyncio.Semaphore(concurrency)
        in_flight: set[asyncio.Task[None]] = set()

        async def one(item: PlanItem) -> None:
            try:
                result = await pipeline.run(item)
            except Exception as exc:  # a bug must cost one sample, never the job
                log.exception("job %s sample %d: unexpected error", self.job_id, item.index)
                result = SampleResult(item.index, "failed").fail("pipeline", "internal_error", repr(exc))
            finally:
                slots.release()
            queue.put_nowait(result)

        for item in items:
            await slots.acquire()
            if self._stop.is_set():
                slots.release()
                break
            task = asyncio.create_task(one(item))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
        if in_flight:
            await asyncio.gather(*in_flight)

    async def _writer(self, queue: asyncio.Queue[SampleResult | None], provenance: dict[str, Any]) -> None:
        """Write results in whatever batches have accumulated while the previous write ran."""
        done = False
        while not done:
            batch: list[SampleResult] = []
            first = await queue.get()
            if first is None:
                break
            batch.append(first)
            while not queue.empty() and len(batch) < self.settings.flush_batch_size:
                nxt = queue.get_nowait()
                if nxt is None:
                    done = True
                    break
                batch.append(nxt)
            await self._db(lambda s, b=batch: store.record_results(s, self.job_id, b, provenance))  # type: ignore[misc]

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(self.settings.heartbeat_interval_s)
            try:
                status = await self._db(self._beat)
            except Exception as exc:  # a database blip must not kill the job; the next beat retries
                log.warning("job %s: heartbeat failed: %s", self.job_id, exc)
                continue
            if status is None:
                self._lost = True
                self._stop.set()
            elif status == JobStatus.cancelling.value:
                self._cancelled = True
                self._stop.set()

    def _beat(self, session: Session) -> str | None:
        status = store.heartbeat(session, self.job_id, self.worker_id)
        if status is not None:
            store.refresh_counters(session, store.get_job(session, self.job_id))
        return status
