"""Soak: one large job against a loopback teacher that fails 20 % of calls in mixed ways, while worker
processes are SIGKILLed several times and PostgreSQL is restarted once. Loopback only, bounded in time.

    python -m bench.soak                       # 3000 samples, at most 30 minutes
    python -m bench.soak --samples 600 --max-seconds 300

A job runs as a user submits it, the default judge on (5 votes: about 8 teacher calls a sample), with the
largest budget the server allows. 2,000 samples took 686 s on 2 shared cores (2026-12-03).

It uses its own PostgreSQL cluster (initdb into a temporary directory, on a free port), so restarting
it disturbs nobody, and a private Redis queue as the broker. It ends by checking, from the rows:
planned = done + failed + filtered, every index exactly once, every failure with a reason; it prints
the counts and PASS or FAIL (exit status 0 or 1).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import redis
from sqlalchemy import func, select, text

from mediflow.core.settings import Settings
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services.generation import submit_job
from mediflow.storage.db import session_scope
from mediflow.storage.migrate import upgrade
from mediflow.storage.models import GenerationJob, JobStatus, Sample
from mediflow.workers.app import create_celery_app
from mediflow.workers.dispatch import enqueue_job
from tests.support.faults import FaultyTeacher
from tests.support.processes import LOOPBACK_TEACHERS, free_port, start_worker, stop

FILTERED = ("filtered", "duplicate", "phi")
PG_BIN = Path(os.environ.get("MEDIFLOW_PG_BIN", "/usr/lib/postgresql/15/bin"))


@dataclass
class PrivatePostgres:
    """A throwaway cluster; run as the ``postgres`` user when we are root (initdb refuses root)."""

    root: Path
    port: int = field(default_factory=free_port)

    @property
    def data(self) -> Path:
        return self.root / "pgdata"

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        cmd = [str(PG_BIN / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stdout.strip()[-2000:]}")

    def init(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync")

    def start(self) -> None:
        opts = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "pg.log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")


def counts(settings: Settings, job_id: str) -> tuple[GenerationJob, Counter[str], list[int], int]:
    """The job, its sample statuses, and two exactly-once witnesses: indexes and reasonless failures."""
    with session_scope(settings.resolved_database_url) as s:
        job = s.get(GenerationJob, job_id)
        assert job is not None
        statuses = Counter(
            dict(
                s.execute(
                    select(Sample.status, func.count()).where(Sample.job_id == job_id).group_by(Sample.status)
                ).all()
            )
        )
        indexes = list(s.scalars(select(Sample.index).where(Sample.job_id == job_id).order_by(Sample.index)))
        no_reason = s.scalar(
            select(func.count()).where(
                Sample.job_id == job_id, Sample.status == "failed", Sample.failure_reason.is_(None)
            )
        )
        return job, statuses, indexes, int(no_reason or 0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=int, default=3000)
    ap.add_argument("--max-seconds", type=float, default=1800)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--kills", type=int, default=4, help="SIGKILLs spread over the run")
    ap.add_argument("--fail-rate", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--redis", default=os.environ.get("MEDIFLOW_TEST_REDIS_URL", "redis://127.0.0.1:6379"))
    ap.add_argument(
        "--broker",
        choices=["redis", "sqlite"],
        default="redis",
        help="redis: a private queue on --redis (teacher limits shared there too); sqlite: kombu's SQLite broker",
    )
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="mediflow-soak-"))
    # Its own top-level directory: mkdtemp's 0700 parent would keep the postgres user out.
    pg = PrivatePostgres(Path(tempfile.mkdtemp(prefix="mediflow-soak-pg-")))
    pg.init()
    pg.start()
    queue = f"mediflow-soak-{uuid.uuid4().hex[:8]}"
    settings = Settings(
        data_dir=tmp / "data",
        database_url=pg.url,
        broker_url=f"{args.redis}/0" if args.broker == "redis" else f"sqla+sqlite:///{tmp / 'broker.sqlite'}",
        generation_queue=queue,
        heartbeat_interval_s=0.5,
        stall_timeout_s=6.0,
        stall_scan_interval_s=1.0,
        teacher_timeout_s=2.0,
        **LOOPBACK_TEACHERS,
    )
    upgrade(settings.resolved_database_url)
    workers: list[subprocess.Popen[bytes]] = []
    env = {
        "MEDIFLOW_TEACHER_TIMEOUT_S": "2",
        "MEDIFLOW_LOG_FORMAT": "json",
    }
    ok = False
    teacher = FaultyTeacher(args.fail_rate, seed=args.seed)
    with teacher:
        try:
            for i in range(args.workers):
                workers.append(start_worker(settings, tmp / f"worker{i}.log", 1, **env))
            spec = GenerationJobCreate.model_validate(
                {
                    "n_samples": args.samples,
                    "output_formats": ["plain_text", "json"],
                    "teacher": {
                        "backend": "openai",
                        "base_url": teacher.base_url,
                        "model": "soak",
                        "concurrency": args.concurrency,
                        "max_retries": 3,
                    },
                    "seed": args.seed,
                    # A default job judges every sample (5 votes: ~8 calls and ~4,300 tokens a sample here),
                    # so the server's default budget (5M tokens) ends it at ~1,150 samples of 3,000.
                    "budget": {"max_tokens": settings.max_job_tokens},
                }
            )
            with session_scope(settings.resolved_database_url) as s:
                job, _ = submit_job(s, spec, settings=settings)
                job_id = job.id
            enqueue_job(create_celery_app(settings), settings, job_id)
            print(
                f"soak: job {job_id}, {args.samples} samples, {args.workers} workers, postgres on :{pg.port}"
            )
            ok = drive(args, settings, pg, workers, job_id, tmp, env, started)
            print_report(settings, job_id, teacher, started)
            ok = verify(settings, job_id, args.samples) and ok
        finally:
            for w in workers:
                stop(w, timeout=10)
            if args.broker == "redis":
                redis.Redis.from_url(f"{args.redis}/0").delete(queue)
            with contextlib.suppress(RuntimeError):
                pg.stop("immediate")
            shutil.rmtree(pg.root, ignore_errors=True)
            if ok:
                shutil.rmtree(tmp, ignore_errors=True)
            else:
                print(f"soak: worker logs kept in {tmp}")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def drive(
    args: argparse.Namespace,
    settings: Settings,
    pg: PrivatePostgres,
    workers: list[subprocess.Popen[bytes]],
    job_id: str,
    tmp: Path,
    env: dict[str, str],
    started: float,
) -> bool:
    """Wait for the job while injecting faults: SIGKILLs as progress passes milestones, one PG restart."""
    rng = random.Random(args.seed)
    kill_at = [(k + 1) / (args.kills + 2) for k in range(args.kills)]  # fractions of the plan
    pg_restart_at = 0.5
    restarted = False
    while True:
        elapsed = time.monotonic() - started
        if elapsed > args.max_seconds:
            print(f"soak: gave up after {elapsed:.0f}s (--max-seconds)")
            return False
        try:
            job, statuses, _, _ = counts(settings, job_id)
        except Exception as exc:  # the database is restarting
            print(f"soak: database unavailable ({type(exc).__name__}); waiting")
            time.sleep(1)
            continue
        finished = sum(v for k, v in statuses.items() if k != "pending")
        progress = finished / args.samples if args.samples else 1.0
        if JobStatus(job.status).is_final:
            print(f"soak: job {job.status} after {elapsed:.0f}s")
            return job.status == JobStatus.completed.value
        if kill_at and progress >= kill_at[0]:
            kill_at.pop(0)
            i = busy_worker(settings, job_id, workers, rng)
            os.kill(workers[i].pid, signal.SIGKILL)
            workers[i].wait()
            print(f"soak: {elapsed:5.0f}s {progress:5.1%} SIGKILL worker {i} (pid {workers[i].pid})")
            workers[i] = start_worker(settings, tmp / f"worker{i}.log", 1, **env)
        if not restarted and progress >= pg_restart_at:
            restarted = True
            print(f"soak: {elapsed:5.0f}s {progress:5.1%} restarting PostgreSQL (immediate stop)")
            pg.stop("immediate")
            time.sleep(2)
            pg.start()
        threading.Event().wait(0.5)


def busy_worker(
    settings: Settings, job_id: str, workers: list[subprocess.Popen[bytes]], rng: random.Random
) -> int:
    """A worker that holds a lease on the job (worker ids read host:pid:nonce), else any worker."""
    pids = {w.pid: i for i, w in enumerate(workers)}
    try:
        with session_scope(settings.resolved_database_url) as s:
            holders = list(
                s.scalars(
                    text("SELECT worker_id FROM job_shards WHERE job_id = :j AND worker_id IS NOT NULL"),
                    {"j": job_id},
                )
            )
    except Exception:  # an older schema without shards
        holders = []
    busy = [pids[int(h.split(":")[1])] for h in holders if h.count(":") >= 2 and int(h.split(":")[1]) in pids]
    return rng.choice(busy) if busy else rng.randrange(len(workers))


def print_report(settings: Settings, job_id: str, teacher: FaultyTeacher, started: float) -> None:
    job, _, _, _ = counts(settings, job_id)
    with session_scope(settings.resolved_database_url) as s:
        reasons = s.execute(
            select(Sample.failure_reason, func.count())
            .where(Sample.job_id == job_id, Sample.status == "failed")
            .group_by(Sample.failure_reason)
        ).all()
    elapsed = time.monotonic() - started
    print(f"soak: {elapsed:.0f}s, teacher calls {teacher.calls}, injected faults {dict(teacher.injected)}")
    print(f"soak: job attempts {job.attempts}, failure reasons {dict(reasons)}")


def verify(settings: Settings, job_id: str, planned: int) -> bool:
    _, statuses, indexes, no_reason = counts(settings, job_id)
    done, failed = statuses.get("done", 0), statuses.get("failed", 0)
    # Filtered by the quality gate: below a judge threshold, a duplicate, or dropped for PHI.
    gate = {k: statuses.get(k, 0) for k in FILTERED}
    filtered = sum(gate.values())
    others = {k: v for k, v in statuses.items() if k not in ("done", "failed", *FILTERED)}
    once = indexes == list(range(planned))
    print(
        f"planned={planned} done={done} failed={failed} filtered={filtered} {gate} other={others} "
        f"rows={len(indexes)} each_index_once={once} failures_without_reason={no_reason}"
    )
    # Transient faults (5xx, timeouts, empty or cut-off replies) are retried: the target is >= 99 % done.
    print(f"soak: done share {done / planned if planned else 0.0:.3f} of planned (target >= 0.99)")
    return planned == done + failed + filtered and once and no_reason == 0 and not others


if __name__ == "__main__":
    sys.exit(main())
