"""What happens to a generated sample before it is stored: PHI screening, judge, DPO rejection.

Order matters and saves teacher calls: a sample dropped for PHI is never judged; only a sample that
passes the judge and falls in the top-quality subset gets an error-injected rejection. Whatever the
outcome, the reason is recorded on the row (``status``, ``failure_reason``, ``checks``); nothing is
silently dropped. A kept sample leaves with its dedup signature (content hash, MinHash), computed in
the same process pool, in the same trip as its screening when PHI screening is on; the writer checks it
against the job's persisted LSH state (``mediflow.quality.dedup_index``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from mediflow.core.heap import freeze_heap, settle_heap
from mediflow.generators.error_injection import (
    ErrorInjectionStage,
    choose_error_type,
    get_error_type,
    weaker_model_rejection,
    weaker_model_request,
)
from mediflow.generators.pipeline import Pipeline, SampleResult
from mediflow.generators.stages import StageOutputError
from mediflow.generators.teachers.base import Teacher, TeacherError
from mediflow.quality.dedup import DedupConfig, sample_text, signature
from mediflow.quality.judge import check_rejection, judge_sample
from mediflow.quality.phi import PhiOutcome, apply_policy, get_scanner
from mediflow.schemas.quality import QualitySpec
from mediflow.schemas.teacher import TeacherSpec

SCREENED_FIELDS = ("instruction", "input", "output")
log = logging.getLogger(__name__)
T = TypeVar("T")

QUALITY_NICENESS = 10
_pool: ProcessPoolExecutor | None = None
_pool_size = 0
_pool_lock = threading.Lock()


# Names, a place and a date: the recognisers load their word lists (~0.3-1 s) on the first text that needs them.
_WARM_TEXT = "Seen by Dr. Maria Keller in Springfield, Ohio on 03/04/2021."


_heap_holds_scanner = False  # per pool process: its recognizers are frozen


def _warm() -> int:
    """Load the recognizers in this pool process (once; later calls cost a scan of one line)."""
    global _heap_holds_scanner
    get_scanner().scan(_WARM_TEXT)
    if not _heap_holds_scanner:
        # The word lists and recognizers stay out of every collection. Between calls a pool process keeps
        # no job's data, so freezing again adds the scanner (and caches) to what _start_process froze.
        freeze_heap()
        _heap_holds_scanner = True
    return os.getpid()


PARENT_CHECK_SECONDS = 1.0


def _exit_with_parent(parent: int) -> None:
    """End this pool process once the worker that started it is gone.

    A pool process waits on its call queue and never learns that the worker died: a SIGKILLed or
    OOM-killed worker left its pool processes (~180 MiB each, one per core) running for good, and
    every restart added more. Polling the parent pid works whatever thread spawned the process (a
    parent-death signal would fire when that thread ended, not the worker).
    """
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:
            os._exit(0)


def _start_process() -> None:
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True, name="parent-watch").start()
    # Screening is throughput work, the loop scheduling teacher calls is latency work: when both want a
    # core, the loop must win, or calls in flight sag while a batch of samples is screened.
    with contextlib.suppress(OSError):
        os.nice(QUALITY_NICENESS)
    # No scanner here: a job with dedup alone signs MinHashes and never needs the PHI recognizers
    # (~45-70 MiB a process: ~130 MiB without them, 174-199 with them); warm_pool loads them when a job
    # screens. The heap settings apply to every pool process: what it has imported is frozen now, the
    # scanner when it loads (_warm).
    settle_heap()


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def quality_pool(processes: int = 0) -> ProcessPoolExecutor:
    """The worker process's pool for CPU-bound quality work, started once and shared by its shards.

    PHI screening is pure-Python regex and Presidio work: in a thread it holds the GIL and starves the
    event loop that schedules teacher calls (calls in flight fell from ~52 to ~10 of 64). In other
    processes it uses every core the worker is given and leaves the loop free. Spawned, not forked: the
    worker has threads (heartbeats, the broker) that a fork would copy mid-lock.
    """
    global _pool, _pool_size
    with _pool_lock:
        if _pool is None:
            _pool_size = processes or usable_cores()
            ctx = multiprocessing.get_context("spawn")
            _pool = ProcessPoolExecutor(max_workers=_pool_size, mp_context=ctx, initializer=_start_process)
        return _pool


WARM_ROUNDS = 8


async def warm_pool(pool: ProcessPoolExecutor, screen: bool = True) -> None:
    """Start every pool process before samples need it and, with ``screen``, load the PHI scanner in
    each, so a job's first samples do not wait for the word lists. The pool hands calls to whichever
    process is free, so a round may warm one process twice and miss another: rounds repeat until every
    process has answered (a warm process answers at once)."""
    loop = asyncio.get_running_loop()
    size = max(_pool_size, 1)
    task = _warm if screen else os.getpid
    seen: set[int] = set()
    for _ in range(WARM_ROUNDS):
        seen.update(await asyncio.gather(*(loop.run_in_executor(pool, task) for _ in range(size))))
        if len(seen) >= size:
            return
    # Not an error: a process missed here loads the scanner on its first sample instead.
    log.debug("warm_pool: %d of %d pool processes answered in %d rounds", len(seen), size, WARM_ROUNDS)


Signature = tuple[str, bytes]  # (content hash, packed MinHash)
# What the pool needs to sign a screened sample: the column deduplicated with the instruction, the config.
SignWith = tuple[str, DedupConfig]


def screen_and_sign(
    policy: str, values: Mapping[str, str | None], sign: SignWith | None
) -> tuple[PhiOutcome, Signature | None]:
    """Screen a sample's texts and, unless the policy drops it, sign what it will be stored with (the
    redacted or surrogate texts): one trip to the pool, the texts sent once, where a trip each cost the
    event loop ~0.2 ms more per sample. A sample the judge filters later was signed for nothing (~0.5 ms
    of a pool process)."""
    outcome = apply_policy(policy, values)
    if sign is None or outcome.drop:
        return outcome, None
    stored = {**values, **{k: v for k, v in (outcome.redacted or {}).items() if v is not None}}
    field, config = sign
    return outcome, signature(sample_text(stored.get("instruction") or "", stored.get(field) or ""), config)


def _reset_pool(broken: Executor) -> None:
    global _pool
    with _pool_lock:
        if _pool is broken:
            _pool = None


@dataclass
class QualityGate:
    spec: QualitySpec
    pipeline: Pipeline  # runs the error-injection stage with the generator's sampling and JSON repair
    judge_teacher: Teacher
    rejection_teacher: Teacher  # the generator (error injection) or a weaker model
    seed: int = 0
    # Where CPU-bound screening runs: a process pool (quality_pool) in workers; None: a thread.
    executor: Executor | None = field(default=None, repr=False)

    async def apply(self, row: dict[str, Any], result: SampleResult) -> None:
        checks: dict[str, Any] = {}
        try:
            sign = self._sign_with(row)
            found, signed = await self._screen(row, result, checks, SCREENED_FIELDS, sign)
            if found:
                result.status, result.failure_reason = "phi", "phi"
                result.error_detail = "PHI found: " + ", ".join(f"{k} x{v}" for k, v in found.items())
                return
            if not await self._judge(row, result, checks):
                return
            await self._dpo_pair(row, result, checks)
            await self._sign(result, sign, signed)
        finally:
            if result.truncated:
                # Kept, but visible: the judge sees the cut text, exports can filter on it.
                checks["truncated"] = sorted(set(result.truncated))
            result.columns["checks"] = checks

    async def _screen(
        self,
        row: dict[str, Any],
        result: SampleResult,
        checks: dict[str, Any],
        fields: tuple[str, ...],
        sign: SignWith | None = None,
    ) -> tuple[dict[str, int], Signature | None]:
        """PHI screening (CPU-bound, off the event loop): the findings when the policy says drop, and
        with ``sign`` the signature of the sample as it will be stored."""
        if not self.spec.phi.enabled:
            return {}, None
        policy = self.spec.phi.policy
        values = {name: result.columns.get(name) for name in fields}
        outcome, signed = await self._offload(screen_and_sign, policy, values, sign)
        found = checks.setdefault("phi", {"policy": policy, "counts": {}})
        for name, count in outcome.summary.items():
            found["counts"][name] = found["counts"].get(name, 0) + count
        for kind, prefixes in outcome.zip3.items():  # which ZIP3s may stay and which become 000
            found.setdefault("zip3", {})[kind] = sorted({*found.get("zip3", {}).get(kind, []), *prefixes})
        result.columns["phi_count"] = int(result.columns.get("phi_count", 0)) + outcome.total
        if outcome.drop:
            return outcome.summary, None
        if outcome.redacted:
            for name, text in outcome.redacted.items():
                if text is not None:
                    result.columns[name] = row[name] = text
        return {}, signed

    @cached_property
    def _dedup_config(self) -> DedupConfig:
        return DedupConfig(threshold=self.spec.dedup.threshold, num_perm=self.spec.dedup.num_perm)

    def _sign_with(self, row: dict[str, Any]) -> SignWith | None:
        """What a sample is deduplicated on: its instruction with its input, or its answer when it
        shares its document with an earlier row of its task."""
        if not self.spec.dedup.enabled:
            return None
        return ("output" if row.get("dedup_on_answer") else self.pipeline.dedup_field), self._dedup_config

    async def _sign(self, result: SampleResult, sign: SignWith | None, signed: Signature | None) -> None:
        """The kept sample's dedup signature: made with its screening, or here (CPU-bound MinHash, off
        the event loop) when PHI screening is off. The screened texts are the stored ones: the judge
        and the DPO pair add columns, they change none of these."""
        if sign is None or result.status != "done":
            return
        if signed is None:
            field, config = sign
            text = sample_text(result.columns.get("instruction") or "", result.columns.get(field) or "")
            signed = await self._offload(signature, text, config)
        result.columns["content_hash"], result.columns["minhash"] = signed

    async def _offload(self, fn: Callable[..., T], *args: Any) -> T:
        if self.executor is None:
            return await asyncio.to_thread(fn, *args)
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self.executor, fn, *args)
        except BrokenProcessPool:  # a pool process died (killed for memory?): run here, start anew
            log.warning("quality pool broken; running %s in a thread and starting a new pool", fn.__name__)
            _reset_pool(self.executor)
            return await asyncio.to_thread(fn, *args)

    async def _judge(self, row: dict[str, Any], result: SampleResult, checks: dict[str, Any]) -> bool:
        judge = self.spec.judge
        if judge is None or not judge.enabled:
            return True
        judged = await judge_sample(self.judge_teacher, _public_row(row, result), judge, self.seed)
        result.tokens_in += judged.tokens_in
        result.tokens_out += judged.tokens_out
        result.latency_s += judged.latency_s
        result.attempts += judged.total_votes
        checks["judge"] = judged.details()
        if not judged.ok:
            result.fail("judge", judged.failure_reason or "judge_failed", judged.failure_detail or "")
            return False
        result.columns.update(judged.columns())
        row.update(judged.columns())
        passed, why = judge.passes(judged)
        if not passed:
            result.status, result.failure_reason, result.error_detail = "filtered", "judge_threshold", why
            return False
        return True

    async def _dpo_pair(self, row: dict[str, Any], result: SampleResult, checks: dict[str, Any]) -> None:
        dpo = self.spec.dpo
        if not dpo.enabled:
            return
        scores: dict[str, float | None] = {k: row.get(k) for k in dpo.min_scores}
        if not dpo.selects(scores):
            # Recorded, so a job with few or no pairs says why (the report counts these).
            checks["dpo"] = {
                "skipped": "below_min_scores",
                "scores": scores,
                "min_scores": dict(dpo.min_scores),
            }
            return
        pair_row = _public_row(row, result)
        try:
            if dpo.strategy == "weaker_model":
                assert dpo.weaker_teacher is not None  # validated by DpoConfig
                columns = await self._weaker_answer(pair_row, dpo.weaker_teacher, result)
            else:
                pair_row["error_type"] = choose_error_type(pair_row, self.seed, dpo.error_types)
                verified = await self._verified_injection(pair_row, result, checks)
                if verified is None:
                    return
                columns = verified
        except (TeacherError, StageOutputError) as exc:
            reason = exc.reason
            checks["dpo"] = {"failed": reason, "detail": str(exc)[:500]}
            return
        # The rejected answer is stored too, so it is screened like the rest.
        result.columns.update(columns)
        if (await self._screen(row, result, checks, ("rejected_output",)))[0]:
            # PHI in the rejection only: keep the sample, drop the pair.
            result.columns["rejected_output"] = result.columns["error_type"] = None
            checks["dpo"] = {"failed": "phi_in_rejection"}
            return
        checks["dpo"] = {"error_type": columns["error_type"], "strategy": dpo.strategy}

    async def _verified_injection(
        self, row: dict[str, Any], result: SampleResult, checks: dict[str, Any]
    ) -> dict[str, Any] | None:
        """Inject, have the judge confirm the rejection holds its error_type; retry once, else drop."""
        description = get_error_type(row["error_type"]).description
        verdicts = []
        for attempt in range(2):
            columns = await self.pipeline.run_stage(ErrorInjectionStage(), row, result, 200 + attempt * 50)
            verdict = await check_rejection(
                self.judge_teacher, {**row, **columns}, description, self.seed + attempt
            )
            result.tokens_in += verdict.tokens_in
            result.tokens_out += verdict.tokens_out
            result.latency_s += verdict.latency_s
            result.attempts += 1
            verdicts.append(verdict.explanation)
            if verdict.contains_error:
                return columns
        checks["dpo"] = {"failed": "error_not_verified", "detail": " | ".join(verdicts)[:500]}
        return None

    async def _weaker_answer(
        self, row: dict[str, Any], spec: TeacherSpec, result: SampleResult
    ) -> dict[str, Any]:
        completion = await self.rejection_teacher.complete(weaker_model_request(row, spec, self.seed))
        result.add(completion)
        return weaker_model_rejection(completion.text, row)


def _public_row(row: dict[str, Any], result: SampleResult) -> dict[str, Any]:
    """The columns the judge and error-injection prompts read, for MediFlow and PIT rows alike."""
    return {
        **row,
        **{k: v for k, v in result.columns.items() if k in ("instruction", "input", "output")},
        "input_data": row.get("input_data") or row.get("corpus_name", "clinical document"),
        "difficulty_level": row.get("difficulty_level", 0),
    }
