"""How much of a teacher's throughput a mediflow job keeps, against a bare asyncio client loop.

A loopback OpenAI-compatible server (its own process) answers every call after a fixed latency with
realistic token counts. For each concurrency level the same samples (three chained calls each, with
mediflow's own prompts) run three ways, alternating, best of ``--repeat`` runs each:

- sdk: a bare loop as most people write it, ``AsyncOpenAI().chat.completions.create`` + a semaphore;
- bare: the same loop making each call exactly as mediflow's openai backend does (the SDK's aiohttp
  transport, ``client.post`` with a plain JSON body): the strictest baseline, the transport is equal;
- job: a real mediflow job, REST API process, worker process(es), database writes, leases, heartbeats,
  with PHI screening, dedup and the judge off (the bare loops do none of them: like with like);
- defaults (``--defaults``): the same job exactly as a user submits it, every quality default on (PHI
  screening, dedup and the default judge, k votes on the same teacher). The judge makes more teacher
  calls per sample than the loops, so this side is compared per teacher call (calls/s, counted by the
  loopback teacher) as well as per sample. It adds a side ``pd`` too: PHI screening and dedup on, the
  judge off, so the calls per sample equal the loops' and the ratio is per sample.

It prints samples/s, job/bare and job/sdk (the target is >= 0.95), and the client-side CPU per sample.
When the client's CPU is the bottleneck (high concurrency on two shared cores), the ratios measure CPU
per sample; ``--workers 2`` splits the job over two worker processes, which a bare loop cannot do.

    python -m bench.teacher_overhead [--latency 0.1] [--levels 16 64 256] [--db sqlite|postgres]
                                     [--repeat 3] [--workers 1] [--defaults]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai

from bench.procs import cpu_seconds, load_average, read_count, write_count
from mediflow.cli.common import wait_ready
from mediflow.client import Client
from mediflow.core.settings import Settings
from mediflow.generators.pipeline import sample_context
from mediflow.generators.plan import PlanAxes, build_plan
from mediflow.generators.stages import GENERATION_STAGES, get_prompt_stage
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.storage.migrate import upgrade
from tests.support.loopback import LoopbackTeacher, Reply, requested_schema, schema_instance
from tests.support.processes import LOOPBACK_TEACHERS, free_port, start_api, start_worker, stop

TASKS = ["summarization", "question_answering"]
BENCH_MAX_TOKENS = 50_000_000  # the server's largest job budget (max_job_tokens)


def serve_teacher(latency: float, port_file: Path, calls_file: Path, words: int = 120) -> None:
    """The loopback teacher process: fixed latency, realistic length, schema-valid JSON (judge votes).

    It writes how many calls it has answered to ``calls_file`` a few times a second, and the most calls
    it has held at once to ``<calls_file>.peak`` (reset by ``reset_peak``): what a side really had in flight.
    """
    filler = " ".join(["finding"] * words)
    in_flight = peak = 0

    async def reply(request: dict[str, object], call_no: int) -> Reply:
        nonlocal in_flight, peak
        in_flight += 1  # one event loop: no lock needed
        peak = max(peak, in_flight)
        try:
            await asyncio.sleep(latency)
        finally:
            in_flight -= 1
        schema = requested_schema(request)
        if schema:
            return Reply(json.dumps(schema_instance(schema, call_no)))
        if request.get("response_format"):
            return Reply(json.dumps({"answer": filler}))
        return Reply(f"Call {call_no}. {filler}")

    server = LoopbackTeacher(reply, record=False).start()
    port_file.write_text(str(server.port))
    peak_file, reset_file = _peak_files(calls_file.parent)
    while True:
        write_count(calls_file, server.calls)
        if reset_file.exists():
            peak = in_flight
            reset_file.unlink()
        write_count(peak_file, peak)
        time.sleep(0.1)


def _peak_files(tmp: Path) -> tuple[Path, Path]:
    return tmp / "loopback.peak", tmp / "loopback.peak-reset"


def teacher_calls(tmp: Path) -> int:
    """Calls the loopback teacher has answered, once its count has settled (it writes every 0.1 s)."""
    path = tmp / "loopback.calls"
    last: int | None = -1
    while True:
        time.sleep(0.3)
        now = read_count(path)
        if now is not None and now == last:
            return now
        last = now


def reset_peak(tmp: Path) -> None:
    """Start counting the loopback teacher's peak calls in flight afresh (it acknowledges within 0.1 s)."""
    _, reset_file = _peak_files(tmp)
    reset_file.touch()
    while reset_file.exists():
        time.sleep(0.02)


def peak_in_flight(tmp: Path) -> int:
    """The most calls the loopback teacher has held at once since ``reset_peak``."""
    peak_file, _ = _peak_files(tmp)
    time.sleep(0.15)  # one more write after the last call
    return read_count(peak_file) or 0


def start_loopback(latency: float, tmp: Path) -> tuple[subprocess.Popen[bytes], str]:
    port_file = tmp / "loopback.port"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.teacher_overhead",
            "--serve-teacher",
            str(tmp),
            "--latency",
            str(latency),
        ]
    )
    for _ in range(1200):  # 60 s: its imports take over 10 s on a loaded machine
        if port_file.exists() and port_file.read_text():
            return proc, f"http://127.0.0.1:{port_file.read_text()}/v1"
        time.sleep(0.05)
    raise RuntimeError("loopback teacher did not start")


def workload_rows(n: int, seed: int) -> list[dict[str, Any]]:
    """The samples every side generates: the plan's items as the prompt templates' context."""
    taxonomy = default_taxonomy()
    items = build_plan(n, PlanAxes.resolve(taxonomy, task_types=TASKS, output_formats=["plain_text"]), seed)
    return [sample_context(item, taxonomy) for item in items]


async def bare_loop(base_url: str, n: int, concurrency: int, seed: int, lean: bool = True) -> float:
    """Samples/s for the same three chained calls per sample, with no storage at all.

    ``lean`` makes each call the way mediflow's openai backend does (the SDK's aiohttp transport and a
    plain JSON body through ``client.post``): the strictest baseline. Otherwise it is the loop most
    people write, ``chat.completions.create`` on the default client.
    """
    client = openai.AsyncOpenAI(
        base_url=base_url,
        api_key="x",
        max_retries=0,
        timeout=60,
        http_client=openai.DefaultAioHttpClient() if lean else None,
    )
    stages = [get_prompt_stage(s) for s in GENERATION_STAGES]
    sem = asyncio.Semaphore(concurrency)

    async def call(messages: list[dict[str, str]]) -> str:
        body = {"model": "loopback", "messages": messages, "max_tokens": 512, "temperature": 0.7}
        if lean:
            raw = await client.post("/chat/completions", body=body, cast_to=bytes)
            return str(json.loads(raw)["choices"][0]["message"]["content"])
        resp = await client.chat.completions.create(**body)  # type: ignore[call-overload]
        return str(resp.choices[0].message.content)

    async def one(row: dict[str, Any]) -> None:
        async with sem:
            for stage in stages:
                row[stage.output_column] = await call(stage.format_input(row))

    rows = workload_rows(n, seed)
    start = time.perf_counter()
    await asyncio.gather(*(one(row) for row in rows))
    elapsed = time.perf_counter() - start
    await client.close()
    return n / elapsed


def mediflow_job(
    client: Client,
    base_url: str,
    n: int,
    concurrency: int,
    seed: int,
    shards: int = 1,
    defaults: bool = False,
    judge: bool = True,
) -> tuple[float, float, float]:
    """A real job: (samples/s over the worker's time from start to finish, samples/s from submission,
    that worker time in seconds).

    With several shards (one per worker process) each gets an equal part of ``concurrency``, so the
    calls in flight stay the same as in the bare loop. ``defaults`` submits the job as a user would,
    every quality default on (``judge=False`` turns only the judge off); otherwise PHI, dedup and the
    judge are off, as in the bare loops.
    """
    lean = {"quality": {"phi": {"enabled": False}, "dedup": {"enabled": False}, "judge": None}}
    quality = {} if judge else {"quality": {"judge": None}}
    submitted = time.perf_counter()
    job = client.create_job(
        {
            "n_samples": n,
            "task_types": TASKS,
            "output_formats": ["plain_text"],
            "seed": seed,
            "shards": shards,
            **(quality if defaults else lean),
            # The server's default job budget (5M tokens) ends a default job at 64 in flight early: its
            # 853 samples of 8 calls (the judge reads the whole sample, 5 times) spend ~5.1M.
            "budget": {"max_tokens": BENCH_MAX_TOKENS},
            "teacher": {
                "backend": "openai",
                "base_url": base_url,
                "model": "loopback",
                "concurrency": max(1, concurrency // shards),
                "max_tokens": 512,
            },
        }
    )
    # Polled slowly: the rate comes from the worker's own timestamps, not from when we notice the end.
    job = client.wait_job(job.id, poll_s=1.0, timeout_s=1800)
    wall = time.perf_counter() - submitted
    if job.status != "completed" or job.counts.done != n:
        raise RuntimeError(f"job did not complete cleanly: {job.status} {job.counts}")
    if job.started_at is None or job.finished_at is None:
        raise RuntimeError(f"job {job.id} completed without its start and finish times")
    seconds = (job.finished_at - job.started_at).total_seconds()
    return n / seconds, n / wall, seconds


Run = Callable[[int, int, int], float]  # (samples, concurrency, seed) -> samples/s
JOB_SIDES = ("job", "dflt", "pd")  # the sides whose client CPU is the API's and the workers'


@dataclass(frozen=True)
class Bench:
    """A running loopback teacher, API and worker(s), and a client with a write key."""

    tmp: Path
    base_url: str
    client: Client
    job_pids: tuple[int, ...]  # the workers and the API: a job's client-side CPU
    workers: int

    def warm_up(self, defaults: bool) -> None:
        """Imports, connections (and with ``defaults`` the quality pool, the PHI recognisers, the judge)."""
        mediflow_job(self.client, self.base_url, 8, 4, 999, self.workers)
        if defaults:
            mediflow_job(self.client, self.base_url, 8, 4, 998, self.workers, defaults=True)


@contextmanager
def running_bench(latency: float, db: str, workers: int) -> Iterator[Bench]:
    tmp = Path(tempfile.mkdtemp(prefix="mediflow-bench-"))
    loopback, base_url = start_loopback(latency, tmp)
    db_url = f"sqlite:///{tmp / 'bench.sqlite'}"
    if db == "postgres":
        db_url = os.environ.get("MEDIFLOW_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    settings = Settings(
        data_dir=tmp,
        database_url=db_url,
        broker_url=f"sqla+sqlite:///{tmp / 'broker.sqlite'}",
        **LOOPBACK_TEACHERS,
    )
    upgrade(settings.resolved_database_url)
    from mediflow.services.api_keys import create_key  # keys are required by the API
    from mediflow.storage.db import session_scope

    with session_scope(settings.resolved_database_url) as s:
        key = create_key(s, "bench", "write")[1]
    port = free_port()
    api = start_api(settings, port, tmp / "api.log")
    procs = [start_worker(settings, tmp / f"worker{i}.log") for i in range(workers)]
    try:
        with Client(f"http://127.0.0.1:{port}", api_key=key) as client:
            wait_ready(client, 60, alive=lambda: api.poll() is None)
            yield Bench(tmp, base_url, client, (*(w.pid for w in procs), api.pid), workers)
    finally:
        for w in procs:
            stop(w)
        stop(api)
        loopback.terminate()
        loopback.wait()


def loop_sides(base_url: str) -> dict[str, Run]:
    return {
        "sdk": lambda n, c, seed: asyncio.run(bare_loop(base_url, n, c, seed, lean=False)),
        "bare": lambda n, c, seed: asyncio.run(bare_loop(base_url, n, c, seed)),
    }


def job_sides(bench: Bench, defaults: bool, lean_job: bool = True) -> dict[str, Run]:
    """``job`` (quality off), and with ``defaults`` ``dflt`` (every default) and ``pd`` (judge off)."""
    b = bench
    sides: dict[str, Run] = {}
    if lean_job:
        sides["job"] = lambda n, c, seed: mediflow_job(b.client, b.base_url, n, c, seed, b.workers)[0]
    if defaults:
        sides["dflt"] = lambda n, c, seed: mediflow_job(
            b.client, b.base_url, n, c, seed, b.workers, defaults=True
        )[0]
        sides["pd"] = lambda n, c, seed: mediflow_job(
            b.client, b.base_url, n, c, seed, b.workers, defaults=True, judge=False
        )[0]
    return sides


def workload_size(level: int, latency: float, seconds: float) -> int:
    """Samples for one run: ``seconds`` of an ideal teacher at ``level`` in flight, at least 2 rounds."""
    return max(level * 2, int(level / (3 * latency) * seconds))


@dataclass
class Best:
    """The best of one side's alternating runs: samples/s, teacher calls/s, CPU ms per sample."""

    rate: float = 0.0
    call_rate: float = 0.0
    cpu_ms: float = float("inf")
    calls_per_sample: float = 0.0

    def add(self, n: int, rate: float, cpu_s: float, calls: int) -> None:
        self.rate, self.cpu_ms = max(self.rate, rate), min(self.cpu_ms, 1000 * cpu_s / n)
        # calls / (n / rate): the run's elapsed time is n / rate (the worker's time for a job)
        self.call_rate = max(self.call_rate, calls * rate / n)
        self.calls_per_sample = calls / n


def measure(tmp: Path, run: Run, args: tuple[int, int, int], *pids: int) -> tuple[float, float, int]:
    """(samples/s, client CPU seconds of this process and ``pids``, teacher calls) of one run."""
    me = os.getpid()
    calls = teacher_calls(tmp)
    before = cpu_seconds(me, tree=False) + cpu_seconds(*pids)
    rate = run(*args)
    used = cpu_seconds(me, tree=False) + cpu_seconds(*pids) - before
    return rate, used, teacher_calls(tmp) - calls


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--latency", type=float, default=0.1, help="Teacher latency per call, seconds")
    parser.add_argument("--levels", type=int, nargs="+", default=[16, 64, 256])
    parser.add_argument("--seconds", type=float, default=8.0, help="Target duration of each run")
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="Worker processes; the job is split into as many shards (the bare loop stays one process)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="Alternate runs per side; the best of each is compared (less noise)",
    )
    parser.add_argument(
        "--defaults",
        action="store_true",
        help="Add a side: the job as a user submits it (PHI screening, dedup and the default judge on)",
    )
    parser.add_argument("--serve-teacher", type=Path, help=argparse.SUPPRESS)  # the loopback process
    args = parser.parse_args()
    if args.serve_teacher:
        serve_teacher(
            args.latency, args.serve_teacher / "loopback.port", args.serve_teacher / "loopback.calls"
        )
        return

    with running_bench(args.latency, args.db, args.workers) as bench:
        print(
            f"teacher latency {args.latency * 1000:.0f} ms per call, 3 calls per sample; db={args.db}; "
            f"{args.workers} worker process(es); load average {load_average()}"
        )
        print(
            "samples/s (best of the alternating runs); client CPU ms per sample (the job's counts the worker,\n"
            "the API and the polling); bare = same calls as mediflow's backend; sdk = chat.completions.create"
        )
        if args.defaults:
            print(
                "dflt = the job with every quality default on (PHI, dedup, the default judge on the same teacher);\n"
                "calls = teacher calls per sample (loopback count); dflt/bare, dflt/sdk are per teacher call\n"
                "(calls/s against the loop's 3 calls per sample); dflt/b/smp is per sample;\n"
                "pd = PHI screening and dedup on, the judge off (3 calls per sample, compared per sample)"
            )
        head = ["concurrency", "samples", "sdk/s", "bare/s", "job/s", "job/bare", "job/sdk"]
        if args.defaults:
            head += ["dflt/s", "calls", "dflt/bare", "dflt/sdk", "dflt/b/smp", "pd/s", "pd/bare", "pd/sdk"]
        head += ["cpu sdk", "bare", "job"] + (["dflt", "pd"] if args.defaults else [])
        print(" ".join(f"{h:>10}" for h in head))
        bench.warm_up(args.defaults)
        sides = {**loop_sides(bench.base_url), **job_sides(bench, args.defaults)}
        for level in args.levels:
            n = workload_size(level, args.latency, args.seconds)
            best = {name: Best() for name in sides}
            for rep in range(args.repeat):
                for name, run in sides.items():
                    pids = bench.job_pids if name in JOB_SIDES else ()
                    best[name].add(n, *measure(bench.tmp, run, (n, level, level + rep), *pids))
            rate = {k: b.rate for k, b in best.items()}
            row = [
                f"{level}",
                f"{n}",
                *(f"{rate[k]:.1f}" for k in ("sdk", "bare", "job")),
                f"{rate['job'] / rate['bare']:.3f}",
                f"{rate['job'] / rate['sdk']:.3f}",
            ]
            if args.defaults:
                row += [
                    f"{rate['dflt']:.1f}",
                    f"{best['dflt'].calls_per_sample:.2f}",
                    f"{best['dflt'].call_rate / best['bare'].call_rate:.3f}",
                    f"{best['dflt'].call_rate / best['sdk'].call_rate:.3f}",
                    f"{rate['dflt'] / rate['bare']:.3f}",
                    f"{rate['pd']:.1f}",
                    f"{rate['pd'] / rate['bare']:.3f}",
                    f"{rate['pd'] / rate['sdk']:.3f}",
                ]
            row += [f"{best[k].cpu_ms:.2f}" for k in sides]
            print(" ".join(f"{c:>10}" for c in row), flush=True)
        print(f"load average at the end {load_average()}")


if __name__ == "__main__":
    main()
