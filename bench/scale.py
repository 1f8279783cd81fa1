"""Scale: one real job of N samples through the REST API and two worker processes, phase by phase.

    python -m bench.scale                        # 1,000,000 samples (hours on two shared cores)
    python -m bench.scale --samples 100000 --db postgres

A zero-latency loopback teacher (its own process, counting calls but keeping none) answers every call,
so the job's own costs are what is measured: planning, the pipeline, writes, PHI screening (off unless
``--phi``), incremental dedup against the persisted LSH state, finalising, the report and an export.
One sample in ten is a copy of an earlier-planned one (exact or one word changed), so dedup has work.

For each phase (plan, generation, finalise, report, export) it prints the wall time and the peak RSS of
each process: the API, and each worker (the largest single process of its tree: Celery's main process,
its pool child, the quality pool processes; and the tree's total). The targets: nothing above 1 GB,
the report endpoint under 1 s. The broker is kombu's SQLite transport in a temporary directory, so no
other worker on a shared Redis can take the job's messages; PostgreSQL gets a fresh database.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import psutil
from sqlalchemy import create_engine, exists, func, select, text
from sqlalchemy.engine import make_url

from bench.procs import load_average, write_count
from mediflow.cli.common import wait_ready
from mediflow.client import Client
from mediflow.core.settings import Settings
from mediflow.storage.db import session_scope
from mediflow.storage.migrate import upgrade
from mediflow.storage.models import DedupBand, Sample
from tests.support.auth import make_api_key
from tests.support.loopback import LoopbackTeacher, Reply
from tests.support.processes import (
    LOOPBACK_TEACHERS,
    free_port,
    local_settings,
    settings_env,
    spawn,
    start_worker,
    stop,
)

PHASES = ("plan", "generation", "finalise", "report", "export")
GB = 1024**3
JOB_SEED = 7
_WORDS = [
    "consolidation",
    "effusion",
    "opacity",
    "nodule",
    "atelectasis",
    "cardiomegaly",
    "edema",
    "pneumothorax",
    "fracture",
    "hilar",
    "mediastinal",
    "pleural",
    "interstitial",
    "reticular",
    "basilar",
    "apical",
    "lobe",
    "segment",
    "vascular",
    "airspace",
    "stable",
    "unchanged",
    "improved",
    "worsened",
    "mild",
    "moderate",
    "severe",
    "small",
    "large",
    "bilateral",
    "left",
    "right",
]


# -- the teacher (its own process) ------------------------------------------------------------------


def plan_index(request: dict[str, Any], call_no: int) -> int:
    """The sample's plan index, read back from the per-sample seed mediflow sends (pipeline._request)."""
    seed = request.get("seed")
    if not isinstance(seed, int):
        return call_no
    return ((seed - JOB_SEED * 1_000_003) % 2**31) // 31


def document(index: int) -> str:
    """A ~100-word report; every tenth plan index copies an earlier one, exactly or with one word changed."""
    base = index - 3 if index % 10 == 3 and index >= 3 else index
    rng = random.Random(base)
    words = [rng.choice(_WORDS) for _ in range(100)]
    if index % 20 == 13:  # a near copy (the other half of the copies are exact)
        words[50] = "unremarkable"
    return "CHEST X-RAY\nFindings: " + " ".join(words) + "\nImpression: see findings."


def serve_teacher(port_file: Path, calls_file: Path) -> None:
    def reply(request: dict[str, Any], call_no: int) -> Reply:
        prompt = " ".join(str(m.get("content", "")) for m in request.get("messages", []))
        if "Reply with the document text only" in prompt:
            return Reply(document(plan_index(request, call_no)))
        if "instruction" in prompt.lower() and "write the answer" not in prompt.lower():
            return Reply("Summarise the key findings of this report for the referring clinician.")
        return Reply(f"The report shows findings consistent with the impression (call {call_no}).")

    server = LoopbackTeacher(reply, record=False).start()
    port_file.write_text(str(server.port))
    while True:
        write_count(calls_file, server.calls)
        time.sleep(0.5)


def start_teacher(tmp: Path) -> tuple[subprocess.Popen[bytes], str]:
    port_file = tmp / "teacher.port"
    cmd = [sys.executable, "-m", "bench.scale", "--serve-teacher", str(tmp)]
    proc = subprocess.Popen(cmd)
    for _ in range(400):
        if port_file.exists() and port_file.read_text():
            return proc, f"http://127.0.0.1:{port_file.read_text()}/v1"
        time.sleep(0.05)
    raise RuntimeError("loopback teacher did not start")


# -- measuring ----------------------------------------------------------------------------------------


class RssSampler(threading.Thread):
    """Peak RSS per role and phase: the largest single process of the role's tree, and the tree's sum."""

    def __init__(self, roles: dict[str, int], interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.roles = roles
        self.interval = interval
        self.phase = "start"
        self.peaks: dict[tuple[str, str], tuple[int, int]] = {}
        self._stop = threading.Event()

    def sample(self) -> None:
        for role, pid in self.roles.items():
            try:
                root = psutil.Process(pid)
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                continue
            sizes = []
            for p in procs:
                with contextlib.suppress(psutil.NoSuchProcess):
                    sizes.append(p.memory_info().rss)
            if not sizes:
                continue
            key = (self.phase, role)
            one, tree = self.peaks.get(key, (0, 0))
            self.peaks[key] = (max(one, max(sizes)), max(tree, sum(sizes)))

    def run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def stop(self) -> None:
        self._stop.set()


def mb(n: int) -> str:
    return f"{n / 2**20:.0f}"


# -- the run ------------------------------------------------------------------------------------------


def make_database(kind: str, tmp: Path) -> tuple[str, str | None]:
    if kind == "sqlite":
        return f"sqlite:///{tmp / 'scale.sqlite'}", None
    admin = os.environ.get("MEDIFLOW_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    name = f"mediflow_scale_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin).set(database=name).render_as_string(hide_password=False), name


def drop_database(name: str | None) -> None:
    if name is None:
        return
    admin = os.environ.get("MEDIFLOW_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def job_body(n: int, base_url: str, args: argparse.Namespace) -> dict[str, Any]:
    return {
        "n_samples": n,
        "task_types": ["summarization"],
        "output_formats": ["plain_text"],
        "seed": JOB_SEED,
        "shards": args.shards,
        "teacher": {
            "backend": "openai",
            "base_url": base_url,
            "model": "loopback",
            "concurrency": args.concurrency,
            "max_tokens": 256,
        },
        "budget": {"max_tokens": n * 4000},
        "quality": {"judge": None, "phi": {"enabled": args.phi}, "dpo": {"enabled": False}},
    }


def run_job(
    client: Client, settings: Settings, body: dict[str, Any], sampler: RssSampler | None
) -> dict[str, Any]:
    """Submit and follow one job; returns the seconds of each phase and the finished job."""

    def phase(name: str) -> None:
        if sampler is not None:  # one sample at each boundary: a phase shorter than the interval counts too
            sampler.sample()
            sampler.phase = name
            sampler.sample()

    times: dict[str, Any] = {}
    phase("plan")
    t0 = time.perf_counter()
    job_id = client.create_job(body).id
    url = settings.resolved_database_url
    while True:
        with session_scope(url) as s:
            if s.scalar(select(exists().where(Sample.job_id == job_id))):
                break
        time.sleep(0.2)
    times["plan"] = time.perf_counter() - t0

    phase("generation")
    t0 = last_print = time.perf_counter()
    while True:
        status = client.get_job(job_id)
        planned = status.counts.planned
        finished = planned - status.counts.pending
        if finished >= planned or status.status in ("completed", "failed", "cancelled"):
            break
        if sampler is not None and time.perf_counter() - last_print > 60:
            last_print = time.perf_counter()
            rate = finished / (last_print - t0)
            print(
                f"  … {finished}/{planned} written, {rate:.0f} samples/s, load {load_average()}", flush=True
            )
        time.sleep(1.0)
    times["generation"] = time.perf_counter() - t0

    phase("finalise")
    t0 = time.perf_counter()
    job = client.wait_job(job_id, poll_s=0.1).model_dump(mode="json")
    times["finalise"] = time.perf_counter() - t0

    phase("report")
    reports = []
    for _ in range(3):
        t0 = time.perf_counter()
        client.job_report(job_id)
        reports.append(time.perf_counter() - t0)
    times["report"] = sum(reports)
    times["report_calls"] = reports

    phase("export")
    t0 = time.perf_counter()
    export = client.wait_export(client.create_export({"format": "sft", "job_ids": [job_id]}).id, poll_s=0.5)
    times["export"] = time.perf_counter() - t0
    times["export_status"] = export.status
    times["job"] = job
    phase("end")
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=int, default=1_000_000)
    ap.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--shards", type=int, default=8, help="Shards of the job (split over the workers)")
    ap.add_argument("--concurrency", type=int, default=32, help="Teacher calls in flight, job-wide")
    ap.add_argument("--phi", action="store_true", help="PHI screening on (CPU-heavy: ~1.5 ms a sample)")
    ap.add_argument("--keep", action="store_true", help="Keep the database and logs")
    ap.add_argument("--serve-teacher", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve_teacher:
        serve_teacher(args.serve_teacher / "teacher.port", args.serve_teacher / "teacher.calls")
        return 0

    # A SIGTERM (kill, timeout) unwinds like Ctrl-C: the finally below stops the workers, the API and
    # the teacher and drops the database, which a plain kill of this process left running.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    tmp = Path(tempfile.mkdtemp(prefix="mediflow-scale-"))
    teacher, base_url = start_teacher(tmp)
    db_url, pg_name = make_database(args.db, tmp)
    settings = local_settings(tmp, db_url, **LOOPBACK_TEACHERS)
    upgrade(settings.resolved_database_url)
    key = make_api_key(settings.resolved_database_url, "admin", "bench")
    port = free_port()
    limits = {
        "MEDIFLOW_MAX_N_SAMPLES": str(max(args.samples, 100)),
        "MEDIFLOW_MAX_JOB_TOKENS": str(max(args.samples * 4000, 200_000_000)),
        "MEDIFLOW_API_HOST": "127.0.0.1",
        "MEDIFLOW_API_PORT": str(port),
    }
    api = spawn(["serve", "--log-level", "warning"], settings_env(settings, **limits), tmp / "api.log")
    workers = [start_worker(settings, tmp / f"worker{i}.log") for i in range(args.workers)]
    roles = {"api": api.pid, **{f"worker{i}": w.pid for i, w in enumerate(workers)}}
    sampler = RssSampler(roles)
    ok = False
    try:
        with Client(f"http://127.0.0.1:{port}", api_key=key, timeout=120) as client:
            wait_ready(client, 120, alive=lambda: api.poll() is None)
            warm = run_job(client, settings, job_body(16, base_url, args), None)  # imports, pools
            if warm["job"]["status"] != "completed":
                raise RuntimeError(f"warm-up job ended {warm['job']['status']}")
            print(
                f"scale: {args.samples} samples, db={args.db}, {args.workers} workers, {args.shards} shards, "
                f"concurrency {args.concurrency}, PHI {'on' if args.phi else 'off'}, dedup on, judge off; "
                f"load average {load_average()}",
                flush=True,
            )
            sampler.start()
            started = time.perf_counter()
            times = run_job(client, settings, job_body(args.samples, base_url, args), sampler)
            total = time.perf_counter() - started
            sampler.stop()
            ok = report(args, settings, times, sampler, total)
    finally:
        sampler.stop()
        for w in workers:
            stop(w, timeout=20)
        stop(api, timeout=10)
        teacher.terminate()
        teacher.wait(10)
        if not args.keep:
            drop_database(pg_name)
        print(f"logs: {tmp}" if args.keep or not ok else "", end="")
    return 0 if ok else 1


def report(
    args: argparse.Namespace, settings: Settings, times: dict[str, Any], sampler: RssSampler, total: float
) -> bool:
    job = times["job"]
    with session_scope(settings.resolved_database_url) as s:
        bands = s.scalar(select(func.count()).select_from(DedupBand).where(DedupBand.job_id == job["id"]))
        size = None
        if args.db == "postgres":
            size = s.scalar(text("SELECT pg_total_relation_size('dedup_bands')"))
    counts = {k: v for k, v in job["counts"].items() if v}
    print(f"job {job['id']}: {job['status']} in {total:.0f} s; counts {json.dumps(counts)}")
    print(
        f"dedup state: {bands} band rows"
        + (f", {int(size) / 2**20:.0f} MiB on disk with its index" if size is not None else "")
    )
    roles = list(sampler.roles)
    head = f"{'phase':<11}{'seconds':>9}  " + "  ".join(f"{r + ' MiB (max/tree)':>24}" for r in roles)
    print(head)
    worst = 0
    for name in PHASES:
        cells = []
        for role in roles:
            one, tree = sampler.peaks.get((name, role), (0, 0))
            worst = max(worst, one)
            cells.append(f"{mb(one) + ' / ' + mb(tree):>24}")
        print(f"{name:<11}{times[name]:>9.1f}  " + "  ".join(cells))
    calls = ", ".join(f"{t:.3f}" for t in times["report_calls"])
    rate = job["counts"]["planned"] / times["generation"] if times["generation"] else 0.0
    print(f"generation rate {rate:.0f} samples/s; report calls {calls} s; export {times['export_status']}")
    report_ok = max(times["report_calls"]) < 1.0
    memory_ok = worst < GB
    print(
        f"targets: every process < 1 GiB: {'yes' if memory_ok else 'NO'} (largest {mb(worst)} MiB); "
        f"report < 1 s: {'yes' if report_ok else 'NO'}; load average now {load_average()}"
    )
    return job["status"] == "completed" and times["export_status"] == "completed"


if __name__ == "__main__":
    sys.exit(main())
