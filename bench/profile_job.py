"""Where a default job's CPU goes, in every process: one job run in-process under cProfile.

The loopback teacher of ``bench.teacher_overhead`` answers in its own process (its CPU is not the
client's); the job runs here through ``JobRunner`` on SQLite, exactly as a worker runs it, with every
quality default on (PHI screening, dedup, the 5-vote judge) or, with ``--no-judge``, PHI and dedup only.
Three kinds of thread or process do the work and each gets its own profile, the pool processes' and
the database threads' timed in their thread's CPU time (a wall-clock profile would charge a preempted,
niced pool process for its waits), the event loop's in wall-clock time (it is the thread that runs):

- the event loop (teacher calls, the pipeline, the judge's prompts and votes, the gate);
- the database threads (``asyncio.to_thread``: row building, SQL, dedup against the LSH state);
- the quality pool processes (PHI screening, MinHash signatures), profiled from their initializer.

It prints the CPU ms per sample of each (from the OS, so profiling overhead shows too) and the top
functions of each by own time and by cumulative time.

    python -m bench.profile_job [--samples 400] [--concurrency 64] [--no-judge] [--no-phi] [--top 25]
                                [--no-profile] [--flush-interval S]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import multiprocessing
import multiprocessing.util
import os
import pstats
import resource
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from bench.procs import cpu_seconds
from bench.teacher_overhead import TASKS, start_loopback
from mediflow.core.settings import Settings
from mediflow.quality import gate
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services.generation import submit_job
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.migrate import upgrade
from mediflow.workers.runner import JobRunner
from tests.support.processes import LOOPBACK_TEACHERS

_PROFILE_DIR_ENV = "MEDIFLOW_PROFILE_POOL_DIR"


def _profiled_pool_process() -> None:
    """The pool initializer, plus a profile of everything the process does after it, dumped at exit."""
    gate._start_process()
    profile = cProfile.Profile(time.thread_time)
    out = Path(os.environ[_PROFILE_DIR_ENV]) / f"pool-{os.getpid()}.prof"

    def dump() -> None:
        profile.disable()
        profile.dump_stats(out)

    multiprocessing.util.Finalize(None, dump, exitpriority=100)
    profile.enable()


class GcClock:
    """CPU seconds the worker process spends in the cyclic garbage collector, by generation."""

    def __init__(self) -> None:
        self.seconds = [0.0, 0.0, 0.0]
        self.count = [0, 0, 0]
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.thread_time()
        else:
            self.seconds[info["generation"]] += time.thread_time() - self._start
            self.count[info["generation"]] += 1


class ProfiledThreads(ThreadPoolExecutor):
    """The loop's default executor with one profile per thread (cProfile only sees its own thread)."""

    def __init__(self) -> None:
        self.profiles: list[cProfile.Profile] = []
        super().__init__(max_workers=8, initializer=self._start)

    def _start(self) -> None:
        profile = cProfile.Profile(time.thread_time)
        self.profiles.append(profile)
        profile.enable()


def job_spec(
    n: int, concurrency: int, base_url: str, seed: int, judge: bool, phi: bool = True
) -> GenerationJobCreate:
    quality: dict[str, Any] = {} if judge else {"judge": None}
    if not phi:
        quality["phi"] = {"enabled": False}
    return GenerationJobCreate.model_validate(
        {
            "n_samples": n,
            "task_types": TASKS,
            "output_formats": ["plain_text"],
            "seed": seed,
            **({"quality": quality} if quality else {}),
            "teacher": {
                "backend": "openai",
                "base_url": base_url,
                "model": "loopback",
                "concurrency": concurrency,
                "max_tokens": 512,
            },
        }
    )


def run_job(settings: Settings, spec: GenerationJobCreate, threads: ThreadPoolExecutor | None) -> None:
    with session_scope(settings.resolved_database_url) as s:
        job_id = submit_job(s, spec, settings=settings)[0].id
    runner = JobRunner(job_id, settings)

    async def main() -> None:
        if threads is not None:
            asyncio.get_running_loop().set_default_executor(threads)
        await runner.arun()

    asyncio.run(main())
    with session_scope(settings.resolved_database_url) as s:
        job = store.get_job(s, job_id)
        if job.status != "completed" or job.n_done != spec.n_samples:
            raise RuntimeError(f"job did not complete cleanly: {job.status} done={job.n_done}")


def _thread_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_THREAD)
    return usage.ru_utime + usage.ru_stime


def _children_cpu(exclude: int) -> float:
    """CPU seconds of this process's live descendants but ``exclude`` (the loopback teacher)."""
    me = os.getpid()
    return cpu_seconds(me, exclude=frozenset({me, exclude}))


def report(title: str, stats: pstats.Stats | None, top: int) -> None:
    print(f"\n=== {title} ===")
    if stats is None:
        print("(nothing profiled)")
        return
    for order in ("tottime", "cumulative"):
        buf = io.StringIO()
        stats.stream = buf  # type: ignore[attr-defined]
        stats.sort_stats(order).print_stats(top)
        text = buf.getvalue()
        print(text[text.find("   ncalls") :])


def merged(profiles: list[Any]) -> pstats.Stats | None:
    stats: pstats.Stats | None = None
    for p in profiles:
        if stats is None:
            stats = pstats.Stats(p)
        else:
            stats.add(p)
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=int, default=400)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--latency", type=float, default=0.1)
    ap.add_argument("--no-judge", action="store_true", help="PHI and dedup only (the bench's pd side)")
    ap.add_argument(
        "--no-phi", action="store_true", help="PHI screening off (as bench.scale runs by default)"
    )
    ap.add_argument("--no-profile", action="store_true", help="CPU per sample only (cProfile inflates it)")
    ap.add_argument("--flush-interval", type=float, help="the worker setting flush_interval_s")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="mediflow-profile-"))
    os.environ[_PROFILE_DIR_ENV] = str(tmp)
    loopback, base_url = start_loopback(args.latency, tmp)
    settings = Settings(
        data_dir=tmp,
        database_url=f"sqlite:///{tmp / 'profile.sqlite'}",
        broker_url=f"sqla+sqlite:///{tmp / 'broker.sqlite'}",
        **LOOPBACK_TEACHERS,
        **({} if args.flush_interval is None else {"flush_interval_s": args.flush_interval}),
    )
    upgrade(settings.resolved_database_url)
    judge, phi = not args.no_judge, not args.no_phi
    initializer = gate._start_process if args.no_profile else _profiled_pool_process
    gate._pool_size = settings.quality_processes or gate.usable_cores()
    gate._pool = ProcessPoolExecutor(
        max_workers=gate._pool_size, mp_context=multiprocessing.get_context("spawn"), initializer=initializer
    )
    try:
        run_job(settings, job_spec(16, 4, base_url, 998, judge, phi), None)  # imports, pool, recognisers
        threads = None if args.no_profile else ProfiledThreads()
        # Wall clock here: reading a thread's CPU clock is a system call per profiled function call,
        # which on this call-heavy thread multiplies its cost ~6x and skews the breakdown.
        loop_profile = cProfile.Profile()
        wall, cpu_main, cpu_pool = time.perf_counter(), _thread_cpu(), _children_cpu(loopback.pid)
        cpu_proc = time.process_time()
        gc_clock = GcClock()
        gc.callbacks.append(gc_clock)
        if not args.no_profile:
            loop_profile.enable()
        run_job(settings, job_spec(args.samples, args.concurrency, base_url, 7, judge, phi), threads)
        loop_profile.disable()
        gc.callbacks.remove(gc_clock)
        wall = time.perf_counter() - wall
        cpu_main = _thread_cpu() - cpu_main
        cpu_proc = time.process_time() - cpu_proc
        cpu_pool = _children_cpu(loopback.pid) - cpu_pool
        gate._pool.shutdown(wait=True)  # the pool processes dump their profiles as they exit
    finally:
        loopback.terminate()
        loopback.wait()
    n = args.samples
    print(
        f"{n} samples, {args.concurrency} in flight, judge {'on' if judge else 'off'}, PHI {'on' if phi else 'off'}, "
        f"{wall:.1f} s, "
        f"{n / wall:.1f} samples/s, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    print(
        f"CPU ms per sample: worker process {1000 * cpu_proc / n:.2f} (event loop thread "
        f"{1000 * cpu_main / n:.2f}, other threads {1000 * (cpu_proc - cpu_main) / n:.2f}); "
        f"quality pool {1000 * cpu_pool / n:.2f}"
    )
    print(
        "garbage collector: "
        + ", ".join(
            f"gen{g} {gc_clock.count[g]}x {1000 * gc_clock.seconds[g] / n:.2f} ms/sample" for g in range(3)
        )
    )
    if args.no_profile:
        return
    loop_profile.dump_stats(tmp / "loop.prof")
    print(f"profiles in {tmp}: loop.prof, threads.prof, pool-*.prof (pstats)")
    report("event loop thread", merged([loop_profile]), args.top)
    assert threads is not None
    threads.shutdown(wait=True)
    db_stats = merged(threads.profiles)
    if db_stats is not None:
        db_stats.dump_stats(tmp / "threads.prof")
    report("database threads", db_stats, args.top)
    pool_files = sorted(str(p) for p in tmp.glob("pool-*.prof"))
    report("quality pool processes", merged(pool_files), args.top)


if __name__ == "__main__":
    threading.current_thread().name = "loop"
    main()
