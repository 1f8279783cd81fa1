"""Load: wrk against the real API process (as deployed: ``mediflow serve --workers 2``), status and pages.

    python -m bench.load                                 # PostgreSQL then SQLite, 100 connections, 15 s each
    python -m bench.load --database postgres --seconds 30 --api-workers 2

For each database it starts ``mediflow serve`` on a fresh database (a new PostgreSQL database on the test
server, or a SQLite file), seeds one finished job whose rows are the size a default job writes (judge
votes and rationales, PHI findings, scenario, provenance) and a read key, then runs ``wrk`` (``apt-get
install wrk``; a Python load generator would take a large share of two cores) on:

- status: ``GET /v1/generation-jobs/{id}`` of the finished job;
- running: the same for a second job left ``running`` with its counters (50 rows written): what
  clients actually poll, which no finished-job cache answers;
- page: ``GET /v1/samples?job_id=…&limit=50`` (every field, the default);
- slim page: the same with ``fields=status,instruction,output,quality`` (what a list view shows).

It prints req/s, p50, p99, non-2xx and socket errors per target, the bytes of one answer, the API
processes' CPU per request (user + system, all uvicorn workers: the figure the load on a shared machine
moves least) and the load average before each run: on a shared machine the rates move with it. Targets (issue 16, PostgreSQL):
status >= 1,000 req/s with p99 < 150 ms; pages >= 300 req/s.

``--baseline /work/main`` also starts the API from another checkout (its code on PYTHONPATH) on the same
database and key, and runs each target against both, alternating (``--rounds`` times each), so both sides
share the machine's load; it prints each run and, per target, the ratio of the medians (this tree /
baseline) of req/s and CPU per request. ``--targets status`` runs only some targets.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import make_url

from bench.procs import cpu_seconds, load_average
from mediflow.core.settings import Settings
from mediflow.generators.pipeline import SampleResult
from mediflow.generators.plan import PlanAxes, build_plan
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.migrate import upgrade
from mediflow.storage.models import GenerationJob, JobStatus, utcnow
from tests.support.auth import make_api_key
from tests.support.processes import free_port, settings_env, spawn, stop

PG_ADMIN = os.environ.get("MEDIFLOW_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
SLIM_FIELDS = "status,instruction,output,quality"
NOTE = (
    "HISTORY: 67-year-old with type 2 diabetes and CKD stage 3 admitted with dyspnoea. Echo: EF 35 %. "
    "Started furosemide 40 mg IV twice daily; creatinine 1.9 -> 2.1. Plan: titrate diuretics, daily weights. "
)


def _checks(i: int) -> dict[str, object]:
    """What a default job stores per row: five judge votes with rationales, PHI counts."""
    votes = [
        {name: 3 + (i + k) % 3 for name in ("quality", "alignment", "coherence", "realism")} for k in range(5)
    ]
    stats = {
        name: {"median": 4.0, "spread": 2, "stdev": 0.8, "votes": [v[name] for v in votes]}
        for name in votes[0]
    }
    return {
        "phi": {"policy": "redact", "counts": {}},
        "judge": {
            "valid_votes": 5,
            "total_votes": 5,
            "invalid_reasons": [],
            "rationales": [
                f"Vote {k}: the answer follows the note; minor omission of the trend." for k in range(5)
            ],
            "stats": stats,
            "failure_reason": None,
            "failure_detail": None,
        },
    }


def seed(url: str, n: int, *, finished: bool = True) -> str:
    """One job with n samples (nine in ten done, the rest failed with a reason): completed, or left
    running with its counters as a worker leaves them between batches."""
    with session_scope(url) as s:
        job_id = store.create_job(s, {"n_samples": n}, n).id
    with session_scope(url) as s:
        store.materialise_plan(s, job_id, build_plan(n, PlanAxes.resolve(default_taxonomy()), seed=3))
    results = []
    for i in range(n):
        if i % 10 == 0:
            results.append(SampleResult(i, "failed").fail("output", "invalid_json", "not json"))
            continue
        columns = {
            "input": NOTE * 4,
            "instruction": "Summarise the admission for the receiving team in three bullet points.",
            "output": "- HFrEF exacerbation\n- AKI on CKD 3\n- Diuresis with daily weights",
            "quality": 4.0,
            "alignment": 4.0,
            "coherence": 4.0,
            "realism": 4.0,
            "difficulty": 3.0,
            "checks": _checks(i),
        }
        results.append(SampleResult(i, "done", columns, 50, 20, 0.4, 3))
    with session_scope(url) as s:
        store.record_results(s, job_id, results, {"teacher_backend": "openai", "teacher_model": "bench"})
        store.refresh_counters(s, store.get_job(s, job_id))
        if finished:
            state = {"status": JobStatus.completed.value, "finished_at": utcnow()}
        else:
            state = {"status": JobStatus.running.value, "started_at": utcnow()}
        s.execute(update(GenerationJob).where(GenerationJob.id == job_id).values(**state))
    return job_id


@dataclass
class WrkResult:
    rps: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    socket_errors: int
    requests: int


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value.strip()).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


def parse_wrk(out: str) -> WrkResult:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return WrkResult(
        rps=rps,
        p50_ms=p50,
        p99_ms=p99,
        non_2xx=int(non2xx.group(1)) if non2xx else 0,
        socket_errors=sum(int(g) for g in sock.groups()) if sock else 0,
        requests=requests,
    )


def run_wrk(url: str, key: str, connections: int, seconds: float, threads: int) -> WrkResult:
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{int(seconds)}s", "--latency", "--timeout", "10s"]
    cmd += ["-H", f"Authorization: Bearer {key}", url]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return parse_wrk(out)


def wait_ready(base: str, api: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 90
    while True:
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or api.poll() is not None:
            raise SystemExit(f"the API did not start:\n{log.read_text()[-2000:]}")
        time.sleep(0.3)


def bench_database(database: str, args: argparse.Namespace) -> bool:
    tmp = Path(tempfile.mkdtemp(prefix="mediflow-load-"))
    db_name = f"mediflow_load_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    if database == "postgres":
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{db_name}"'))
        url = make_url(PG_ADMIN).set(database=db_name).render_as_string(hide_password=False)
    else:
        url = f"sqlite:///{tmp / 'load.sqlite'}"
    settings = Settings(data_dir=tmp, database_url=url, broker_url=f"sqla+sqlite:///{tmp / 'broker.sqlite'}")
    apis: list[subprocess.Popen[bytes]] = []
    ok = True
    try:
        upgrade(url)
        job_id = seed(url, args.samples)
        running_id = seed(url, 50, finished=False)
        key = make_api_key(url, "read", name="load")
        serve = ["serve", "--log-level", "warning", "--workers", str(args.api_workers)]
        sides: dict[str, tuple[subprocess.Popen[bytes], str]] = {}
        trees = {"this": None, "baseline": args.baseline} if args.baseline else {"this": None}
        for side, tree in trees.items():
            port = free_port()
            env = settings_env(settings, MEDIFLOW_API_HOST="127.0.0.1", MEDIFLOW_API_PORT=str(port))
            env.update(dict(pair.split("=", 1) for pair in args.env))
            cwd = Path(tree).resolve() if tree is not None else None
            if cwd is not None:  # python -m imports from its working directory first, then PYTHONPATH
                env["PYTHONPATH"] = str(cwd)
            proc = spawn(serve, env, tmp / f"api-{side}.log", cwd=cwd)
            apis.append(proc)
            sides[side] = (proc, f"http://127.0.0.1:{port}")
        for side, (proc, base) in sides.items():
            wait_ready(base, proc, tmp / f"api-{side}.log")
        paths = {
            "status": f"/v1/generation-jobs/{job_id}",
            "running": f"/v1/generation-jobs/{running_id}",
            "page": f"/v1/samples?job_id={job_id}&limit={args.page}",
            "slim page": f"/v1/samples?job_id={job_id}&limit={args.page}&fields={SLIM_FIELDS}",
        }
        wanted = [t.strip() for t in args.targets.split(",")] if args.targets else list(paths)
        print(
            f"\n{database}: {args.api_workers} API workers, wrk -t{args.threads} -c{args.connections} "
            f"-d{args.seconds:.0f}s, {args.samples} rows, pages of {args.page}"
            + (f"; baseline: {args.baseline}" if args.baseline else "")
        )
        head = ["bytes", "req/s", "p50 ms", "p99 ms", "non-2xx", "sock err", "cpu ms/req"]
        print(f"{'target':<10} {'side':<8} " + " ".join(f"{h:>10}" for h in head) + "  load")
        headers = {"Authorization": f"Bearer {key}"}
        for name in wanted:
            runs: dict[str, list[tuple[float, float]]] = {side: [] for side in sides}
            for _proc, base in sides.values():
                httpx.get(base + paths[name], headers=headers, timeout=30).raise_for_status()
                run_wrk(base + paths[name], key, args.connections, 3, args.threads)  # warm: pools, caches
            for _ in range(args.rounds):
                for side, (proc, base) in sides.items():
                    url_ = base + paths[name]
                    first = httpx.get(url_, headers=headers, timeout=30)
                    first.raise_for_status()
                    load = load_average()
                    cpu_before = cpu_seconds(proc.pid)
                    r = run_wrk(url_, key, args.connections, args.seconds, args.threads)
                    cpu_ms = 1000 * (cpu_seconds(proc.pid) - cpu_before) / max(r.requests, 1)
                    runs[side].append((r.rps, cpu_ms))
                    if side == "this":
                        ok = ok and r.non_2xx == 0 and r.socket_errors == 0
                    cells = [len(first.content), f"{r.rps:.0f}", f"{r.p50_ms:.1f}", f"{r.p99_ms:.1f}"]
                    cells += [r.non_2xx, r.socket_errors, f"{cpu_ms:.2f}"]
                    line = f"{name:<10} {side:<8} " + " ".join(f"{c:>10}" for c in cells)
                    print(f"{line}  {load}", flush=True)
            if "baseline" in runs:
                rps = statistics.median(x for x, _ in runs["this"]) / statistics.median(
                    x for x, _ in runs["baseline"]
                )
                cpu = statistics.median(c for _, c in runs["this"]) / statistics.median(
                    c for _, c in runs["baseline"]
                )
                print(f"{name:<10} ratio    this/baseline: req/s x{rps:.2f}, CPU per request x{cpu:.2f}")
    finally:
        for proc in apis:
            stop(proc)
        if database == "postgres":
            from mediflow.storage.db import engine_for

            engine_for.cache_clear()
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
        admin.dispose()
        shutil.rmtree(tmp, ignore_errors=True)
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--connections", type=int, default=100)
    ap.add_argument("--threads", type=int, default=2, help="wrk threads")
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--samples", type=int, default=500)
    ap.add_argument("--page", type=int, default=50, help="rows per samples page")
    ap.add_argument("--api-workers", type=int, default=2, help="uvicorn worker processes (production: 2)")
    ap.add_argument("--database", choices=["postgres", "sqlite", "both"], default="both")
    ap.add_argument("--baseline", default=None, help="another checkout to run side by side, e.g. /work/main")
    ap.add_argument("--rounds", type=int, default=1, help="runs per side and target (alternating)")
    ap.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set in the API processes' environment, e.g. MEDIFLOW_RUNNING_STATUS_CACHE_S=0 (repeatable)",
    )
    ap.add_argument(
        "--targets", default=None, help="comma-separated: status,running,page,slim page (default: all)"
    )
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is not installed: apt-get install -y wrk", file=sys.stderr)
        return 2
    databases = ["postgres", "sqlite"] if args.database == "both" else [args.database]
    ok = all([bench_database(db, args) for db in databases])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
