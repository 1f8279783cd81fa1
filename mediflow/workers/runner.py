"""Running one shard of a generation job inside a worker: lease, plan, concurrent pipeline, batched writes.

Job state lives in the database, not in the broker: the runner holds a lease on its shard (worker id +
heartbeat), writes each finished sample once (only rows still pending are updated), and stops
launching new samples when the job is cancelled, a budget cap or its project's daily quota is reached,
or its lease is lost. Samples already in flight still land. The last shard to finish gives the job its
final status. Every call's spend is added to the project's day (``storage.usage``) at each heartbeat
and when the shard ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import math
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from mediflow.core.heap import settle_heap
from mediflow.core.settings import Settings
from mediflow.generators.control import CappedLimiter, job_share
from mediflow.generators.pipeline import Pipeline, SampleResult, Sampling, prompt_versions
from mediflow.generators.plan import PlanItem
from mediflow.generators.teachers import Teacher, create_teacher
from mediflow.generators.teachers.endpoints import bind, job_teachers
from mediflow.generators.teachers.governed import BudgetExhausted
from mediflow.quality.dedup_index import dedup_written
from mediflow.quality.diversity import embed
from mediflow.quality.gate import QualityGate, quality_pool, warm_pool
from mediflow.quality.semantic_pass import semantic_dedup_job
from mediflow.schemas.jobs import GenerationJobCreate, TeacherSpec
from mediflow.schemas.quality import DedupSpec
from mediflow.services import job_kinds, quotas
from mediflow.services.report import store_final_report
from mediflow.storage import jobs as store
from mediflow.storage import usage
from mediflow.storage.db import session_scope
from mediflow.storage.leases import new_worker_id
from mediflow.storage.models import GenerationJob, JobStatus
from mediflow.workers.budget import BudgetTracker
from mediflow.workers.governance import governed_teacher

log = logging.getLogger(__name__)
T = TypeVar("T")
DB_OUTAGE_S = 120.0  # how long a job waits out an unreachable database before it gives up

TeacherFactory = Callable[[TeacherSpec, Settings], Teacher]
# Sends the job's shards to the workers again (a top-up round); without one the runner runs them itself.
Dispatch = Callable[[list[int]], None]


class JobRunner:
    def __init__(
        self,
        job_id: str,
        settings: Settings,
        *,
        shard: int = 0,
        worker_id: str | None = None,
        teacher_factory: TeacherFactory = create_teacher,
        dispatch: Dispatch | None = None,
    ) -> None:
        self.job_id = job_id
        self.dispatch = dispatch
        self.shard = shard
        self.settings = settings
        self.url = settings.resolved_database_url
        self.worker_id = worker_id or new_worker_id()
        self.teacher_factory = teacher_factory
        self._stop = asyncio.Event()
        self._draining = asyncio.Event()  # no more samples will be launched: write what is left now
        self._lost = False
        self._beat_call: asyncio.Future[store.Directive | None] | None = None
        self.budget: BudgetTracker | None = None
        self.project_id: str | None = None
        # The job's unfinished shards, and each governed teacher's cap with the job-wide number it splits.
        self._unfinished: list[int] = [shard]
        self._caps: list[tuple[CappedLimiter, int]] = []
        # Set when the job deduplicates: each written batch is checked against the persisted LSH state.
        self.dedup: DedupSpec | None = None

    @property
    def name(self) -> str:
        return f"job {self.job_id} shard {self.shard}"

    def run(self) -> str:
        """Run the shard to the end; returns what happened ("skipped", "finished", "lost", "failed")."""
        return asyncio.run(self.arun())

    async def _db(self, fn: Callable[[Session], T]) -> T:
        def call() -> T:
            with session_scope(self.url) as session:
                return fn(session)

        # A database restart must pause the job, not fail it: every step here is safe to redo (writes
        # only touch pending rows), so connection errors are retried for up to DB_OUTAGE_S.
        delay, waited = 0.25, 0.0
        while True:
            try:
                return await asyncio.to_thread(call)
            except OperationalError as exc:
                if waited >= DB_OUTAGE_S:
                    raise
                log.warning(
                    "%s: database unavailable (%s); retrying in %.1fs",
                    self.name,
                    type(exc.orig).__name__,
                    delay,
                )
                await asyncio.sleep(delay)
                waited += delay
                delay = min(delay * 2, 5.0)

    async def arun(self) -> str:
        stall = timedelta(seconds=self.settings.stall_timeout_s)
        claimed = await self._db(
            lambda s: store.claim_shard(s, self.job_id, self.shard, self.worker_id, stall)
        )
        if not claimed:
            log.info("%s is finished or held by a live worker; skipping", self.name)
            return "skipped"
        log.info("%s claimed by %s", self.name, self.worker_id)
        try:
            return await self._run_claimed()
        except Exception as exc:  # the job records why; the worker lives on
            log.error("%s failed: %s\n%s", self.name, exc, traceback.format_exc())
            message = f"{type(exc).__name__}: {exc}"
            holder = (self.shard, self.worker_id)
            if await self._db(lambda s: store.fail_job(s, self.job_id, message, holder)):
                return "failed"
            log.warning(
                "%s: lease lost before the failure was recorded; the job is left to its holder", self.name
            )
            return "lost"

    async def _run_claimed(self) -> str:
        # The lease is kept from the claim on: planning and starting the quality processes (each imports
        # the PHI scanner) come first and, on a loaded machine, outlasted a short stall timeout, so the
        # stall scan re-queued a shard whose worker was alive and two runs of it overlapped.
        beat = asyncio.create_task(self._heartbeat())
        try:
            return await self._run_leased(beat)
        finally:
            await self._end_heartbeat(beat)

    async def _run_leased(self, beat: asyncio.Task[None]) -> str:
        job = await self._db(lambda s: store.get_job(s, self.job_id))
        spec = GenerationJobCreate.model_validate(job.spec)
        self.project_id = job.project_id
        self.dedup = spec.quality.dedup if spec.quality.dedup.enabled else None
        # The API bound every teacher to its endpoint; bind again here, before any key is used.
        for field, teacher_spec in job_teachers(spec):
            bind(teacher_spec, self.settings, job.project_id, field=field)
        plan = await self._ensure_plan(spec)
        self._unfinished = await self._db(lambda s: store.unfinished_shards(s, self.job_id))
        quota, spent = await self._db(self._project_day)
        self.budget = BudgetTracker(
            spec.budget,
            spec.teacher.price,
            job.tokens_in,
            job.tokens_out,
            project_id=job.project_id,
            quota=quota,
            project_spent=spent,
        )
        if job.status == JobStatus.cancelling.value or job.stop_reason:
            plan = store.ShardPlan([], {}, [])
        teacher = self._governed(spec.teacher, spec)
        extra = self._quality_teachers(spec)
        try:
            await self._execute(teacher, spec, plan, extra, beat)
        finally:
            for t in {id(t): t for t in (teacher, *extra.values())}.values():
                await t.aclose()
            await self._book_spend()
        if self._lost:
            log.warning("%s: lease lost to another worker; leaving the rest to it", self.name)
            return "lost"
        # The last shard out runs the semantic dedup pass (when asked for), plans a top-up round (kept-row
        # quotas) or stores the job's report with its final status, so no reader waits for a read of
        # every row of a finished job. MinHash dedup already ran as each batch was written.
        outcome = await self._db(
            lambda s: store.finish_shard(
                s,
                self.job_id,
                self.shard,
                self.worker_id,
                before_final=functools.partial(semantic_dedup_job, embed=self._embed),
                after_final=self._store_report,
                next_round=quotas.next_round,
            )
        )
        if outcome == "next_round":
            await self._next_round()
        return "finished"

    def _store_report(self, session: Session, job: GenerationJob) -> None:
        """Only a cache: a report that cannot be built must not undo the job's end."""
        try:
            with session.begin_nested():
                store_final_report(session, job.id)
        except Exception as exc:
            log.warning("%s: could not store the job's report: %s", self.name, exc)

    async def _next_round(self) -> None:
        """A top-up round was planned: hand every shard to the workers, or run them here in turn."""
        shards = await self._db(lambda s: store.shard_numbers(s, self.job_id))
        if self.dispatch is not None:
            await asyncio.to_thread(self.dispatch, shards)
            return
        for shard in shards:
            runner = JobRunner(self.job_id, self.settings, shard=shard, teacher_factory=self.teacher_factory)
            await runner.arun()

    def _embed(self, texts: list[str]) -> Any:
        """Sentence embeddings for the semantic dedup pass, computed in the quality process pool: it
        runs in the finishing shard's database thread, and must not hold the GIL the event loop needs."""
        return quality_pool(self.settings.quality_processes).submit(embed, texts).result()

    def _governed(self, spec: TeacherSpec, job: GenerationJobCreate) -> Teacher:
        assert self.budget is not None
        teacher = governed_teacher(
            self.teacher_factory(spec, self.settings),
            spec,
            self.settings,
            budget_check=self.budget.exceeded,
            on_usage=self.budget.spend,
            seed=job.seed + self.shard,
            project_id=self.project_id,
            share=self._share,
        )
        assert isinstance(teacher.limiter, CappedLimiter)
        self._caps.append((teacher.limiter, spec.ceiling))
        return teacher

    def _project_day(self, session: Session) -> tuple[usage.Quota, usage.Spend]:
        """The project's quota in force and its spend today (one primary-key read each)."""
        assert self.project_id is not None
        day = usage.utc_day(self.settings.now())
        return usage.project_quota(session, self.project_id, self.settings), usage.spent_on(
            session, self.project_id, day
        )

    def _add_spend(self, taken: usage.Spend, session: Session) -> None:
        if not taken:  # nothing to book: a beat before the job (and its project) was read books nothing
            return
        assert self.project_id is not None
        usage.add_spend(session, self.project_id, usage.utc_day(self.settings.now()), taken)

    async def _book_spend(self) -> None:
        """Add the calls not booked yet to the project's day (the shard is ending)."""
        if self.budget is None or not (taken := self.budget.take_unbooked()):
            return
        try:
            await self._db(functools.partial(self._add_spend, taken))
        except Exception as exc:  # the job's own counters still hold it; the quota misses these calls
            log.warning("%s: could not book %s to the project's usage: %s", self.name, taken, exc)

    def _share(self, total: int) -> int:
        return job_share(total, self.shard, self._unfinished)

    def _quality_teachers(self, spec: GenerationJobCreate) -> dict[str, Teacher]:
        """A separate judge or weaker-model teacher, when the job names one; all count to the budget."""
        q = spec.quality
        teachers: dict[str, Teacher] = {}
        if q.judge is not None and q.judge.enabled and q.judge.teacher is not None:
            teachers["judge"] = self._governed(q.judge.teacher, spec)
        if q.dpo.enabled and q.dpo.strategy == "weaker_model" and q.dpo.weaker_teacher is not None:
            teachers["rejection"] = self._governed(q.dpo.weaker_teacher, spec)
        return teachers

    async def _ensure_plan(self, spec: GenerationJobCreate) -> store.ShardPlan:
        """Materialise the plan once (all rows or none), then hand back this shard's pending rows, with
        their stored ranks.

        Several shards may start at once; the losers of the insert race just read what the winner wrote.
        """
        for attempt in range(10):
            try:
                return await self._db(functools.partial(self._plan_in_session, spec))
            except (IntegrityError, OperationalError) as exc:
                log.info("%s: plan race (%s); retrying", self.name, type(exc).__name__)
                await asyncio.sleep(0.1 * (attempt + 1))
        return await self._db(functools.partial(self._plan_in_session, spec))

    def _plan_in_session(self, spec: GenerationJobCreate, session: Session) -> store.ShardPlan:
        if not store.has_plan(session, self.job_id):
            store.materialise_plan(session, self.job_id, job_kinds.plan_items(session, spec))
            session.flush()
        return store.shard_plan(session, self.job_id, self.shard)

    def _plan_state(
        self, items: list[PlanItem], stored: bool, session: Session
    ) -> tuple[list[PlanItem], dict[int, tuple[str, Any]]]:
        """The job's top-up rows so far (only when the plan has no stored ranks, to recompute them), and
        the shared documents already written for our groups."""
        groups = {it.group for it in items if it.group is not None}
        topups = [] if stored else store.topup_items(session, self.job_id)
        return topups, store.shared_documents(session, self.job_id, groups)

    async def _execute(
        self,
        teacher: Teacher,
        spec: GenerationJobCreate,
        plan: store.ShardPlan,
        extra: dict[str, Teacher],
        beat: asyncio.Task[None],
    ) -> None:
        t = spec.teacher
        sampling = Sampling(temperature=t.temperature, max_tokens=t.max_tokens, top_p=t.top_p, seed=spec.seed)
        items = plan.items
        topups, written = await self._db(functools.partial(self._plan_state, items, plan.ranks is not None))
        # Off the event loop: without stored ranks the pipeline recomputes the whole job's plan for its
        # annotations (a CPU-bound half-minute at a million rows, longer on a loaded machine), and the
        # heartbeat must keep beating meanwhile, or the stall scan re-queues the shard.
        pipeline = await asyncio.to_thread(
            functools.partial(job_kinds.make_pipeline, spec, teacher, sampling, self.url, topups, stored=plan)
        )
        pipeline.expect(items)
        for group, (text, case) in written.items():
            pipeline.prefill(group, {"input": text, "_gold": (case or {}).get("gold")})
        pipeline.gate = QualityGate(
            spec.quality,
            pipeline,
            judge_teacher=extra.get("judge", teacher),
            rejection_teacher=extra.get("rejection", teacher),
            seed=spec.seed,
            executor=await self._quality_pool(spec),
        )
        provenance: dict[str, Any] = {
            "teacher_backend": t.backend,
            "teacher_model": teacher.model,
            "prompt_versions": prompt_versions(job_kinds.stage_names(spec)),
            "sampling": sampling.as_dict(),
        }
        queue: asyncio.Queue[SampleResult | None] = asyncio.Queue()
        writer = asyncio.create_task(self._writer(queue, provenance))
        settle_heap()
        try:
            # The limiter, not this loop, paces the teacher: twice its ceiling in samples keeps every call
            # slot busy while other samples are being screened or written.
            await self._launch(pipeline, items, 2 * t.ceiling, queue)
        finally:
            self._draining.set()
            await queue.put(None)
            await writer
            await self._end_heartbeat(beat)

    async def _quality_pool(self, spec: GenerationJobCreate) -> ProcessPoolExecutor | None:
        if not (spec.quality.phi.enabled or spec.quality.dedup.enabled):
            return None
        pool = quality_pool(self.settings.quality_processes)
        # At once on a worker's later jobs; the first waits for the imports (and the scanner, if it screens).
        await warm_pool(pool, screen=spec.quality.phi.enabled)
        return pool

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
                result: SampleResult | None = await pipeline.run(item)
            except BudgetExhausted as exc:
                # The row stays pending; the job's finaliser marks it with the budget reason.
                result = None
                await self._budget_stop(str(exc))
            except Exception as exc:  # a bug must cost one sample, never the job
                log.exception("%s sample %d: unexpected error", self.name, item.index)
                result = SampleResult(item.index, "failed").fail("pipeline", "internal_error", repr(exc))
            finally:
                slots.release()
            if result is not None:
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

    async def _budget_stop(self, reason: str) -> None:
        if not self._stop.is_set():
            log.warning("%s: %s; stopping", self.name, reason)
            self._stop.set()
            await self._db(lambda s: store.stop_job(s, self.job_id, reason))

    async def _writer(self, queue: asyncio.Queue[SampleResult | None], provenance: dict[str, Any]) -> None:
        """Write results in whatever batches have accumulated, a batch at most every ``flush_interval_s``.

        A write costs the worker milliseconds of CPU whatever its size (the job lock, the counters, the
        dedup lookups, the commit), holding the GIL the event loop needs for much of it; writing as soon
        as the previous write ended made batches of ~5 rows at 30 samples/s. The wait ends at once when a
        full batch is queued, and when the shard stops launching samples (the last rows do not wait).
        """
        loop = asyncio.get_running_loop()
        last_write = -math.inf
        done = False
        while not done:
            batch: list[SampleResult] = []
            first = await queue.get()
            if first is None:
                break
            wait = last_write + self.settings.flush_interval_s - loop.time()
            if wait > 0 and queue.qsize() < self.settings.flush_batch_size and not self._draining.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._draining.wait(), wait)
            last_write = loop.time()
            batch.append(first)
            while not queue.empty() and len(batch) < self.settings.flush_batch_size:
                nxt = queue.get_nowait()
                if nxt is None:
                    done = True
                    break
                batch.append(nxt)
            await self._db(functools.partial(self._write, batch, provenance))

    def _write(self, batch: list[SampleResult], provenance: dict[str, Any], session: Session) -> None:
        write_batch(session, self.job_id, batch, provenance, self.dedup)
        if self.budget is not None:
            self.budget.written(sum(r.tokens_in for r in batch), sum(r.tokens_out for r in batch))

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(self.settings.heartbeat_interval_s)
            taken = self.budget.take_unbooked() if self.budget is not None else usage.Spend()
            # Shielded: cancelling the heartbeat cannot stop a beat already in its database thread, so
            # _end_heartbeat waits for this future instead.
            self._beat_call = asyncio.ensure_future(self._beat_once(taken))
            try:
                directive = await asyncio.shield(self._beat_call)
            except Exception as exc:  # a database blip must not kill the job; the next beat retries
                log.warning("%s: heartbeat failed: %s", self.name, exc)
                continue
            if directive is None:
                self._lost = True
                self._stop.set()
                continue
            if directive.unfinished and list(directive.unfinished) != self._unfinished:
                self._unfinished = list(directive.unfinished)  # a shard finished: our share grows
                for limiter, ceiling in self._caps:
                    await limiter.set_cap(self._share(ceiling))
            if directive.stop:
                self._stop.set()
            elif self.budget is not None and (reason := self.budget.exceeded()):
                await self._budget_stop(reason)

    async def _beat_once(self, taken: usage.Spend) -> store.Directive | None:
        try:
            directive, day = await self._db(functools.partial(self._beat, taken))
        except Exception:
            if self.budget is not None:  # not booked: the next beat, or the shard's last booking, books it
                self.budget.return_unbooked(taken)
            raise
        if day is not None and self.budget is not None:
            # Committed: the row as read holds ``taken``, which the tracker counted apart until now.
            self.budget.sync_project(*day, booked=taken)
        return directive

    async def _end_heartbeat(self, beat: asyncio.Task[None]) -> None:
        """Stop the heartbeat and wait for a beat already in flight, so that no beat overlaps what comes
        next: the shard's finish or the job's failure. On PostgreSQL a beat and a finish lock the same rows
        in opposite orders, so an overlap could deadlock (and be retried)."""
        beat.cancel()
        call = self._beat_call
        if call is not None and not call.done():
            # Its outcome was the beat's to act on; a failed one has handed its spend back to be booked.
            await asyncio.gather(call, return_exceptions=True)

    def _beat(
        self, taken: usage.Spend, session: Session
    ) -> tuple[store.Directive | None, tuple[usage.Quota, usage.Spend] | None]:
        """The heartbeat's directive, and the project's quota and spend today as read after booking
        ``taken`` (None when the lease is lost or the job has no budget tracker)."""
        self._add_spend(taken, session)  # spent even if the lease turns out lost
        directive = store.heartbeat(session, self.job_id, self.shard, self.worker_id)
        if directive is None or self.budget is None:
            return directive, None
        # The counters are kept current by every shard's writes: reading them is O(1).
        self.budget.sync(directive.tokens_in, directive.tokens_out)
        return directive, self._project_day(session)


def write_batch(
    session: Session,
    job_id: str,
    batch: list[SampleResult],
    provenance: dict[str, Any],
    dedup: DedupSpec | None,
) -> list[SampleResult]:
    """Store a batch of results; with dedup on, check its kept rows against the job's LSH state.

    The job lock comes first, so the dedup step sees every batch committed before this one and no
    other writer of the job runs until this transaction ends.
    """
    if dedup is not None:
        store.lock_job(session, job_id)
    written = store.write_results(session, job_id, batch, provenance)
    if dedup is not None:
        dedup_written(session, job_id, dedup, written)
    return written
