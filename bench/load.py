"""Load: N concurrent clients poll a job's status and list its samples through the real API process.

    python -m bench.load                      # 100 clients for 60 s against PostgreSQL
    python -m bench.load --seconds 20 --database sqlite

It starts ``mediflow serve`` on a fresh database (a new PostgreSQL database on the test server, or a
SQLite file), seeds one finished job with samples and a read key, then drives the API with asyncio
httpx clients and prints request count, p50/p99 latency and errors.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import make_url

from mediflow.core.settings import Settings
from mediflow.generators.pipeline import SampleResult
from mediflow.generators.plan import PlanAxes, build_plan
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.migrate import upgrade
from mediflow.storage.models import GenerationJob, JobStatus, utcnow
from tests.support.auth import bearer, make_api_key
from tests.support.processes import free_port, settings_env, spawn, stop

PG_ADMIN = os.environ.get("MEDIFLOW_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def seed(url: str, n: int) -> str:
    """One completed job with n samples (nine in ten done, the rest failed with a reason)."""
    with session_scope(url) as s:
        job_id = store.create_job(s, {"n_samples": n}, n).id
    with session_scope(url) as s:
        store.materialise_plan(s, job_id, build_plan(n, PlanAxes.resolve(default_taxonomy()), seed=3))
    results = [
        SampleResult(
            i,
            "done",
            {"input": f"note {i}", "instruction": "Summarise.", "output": "Stable."},
            50,
            20,
            0.4,
            3,
        )
        if i % 10
        else SampleResult(i, "failed").fail("output", "invalid_json", "not json")
        for i in range(n)
    ]
    with session_scope(url) as s:
        store.record_results(s, job_id, results, {"teacher_backend": "openai", "teacher_model": "bench"})
        store.refresh_counters(s, store.get_job(s, job_id))
        done = {"status": JobStatus.completed.value, "finished_at": utcnow()}
        s.execute(update(GenerationJob).where(GenerationJob.id == job_id).values(**done))
    return job_id


async def client_loop(
    http: httpx.AsyncClient, job_id: str, until: float, latencies: list[float], errors: Counter[str]
) -> None:
    paths = [f"/v1/generation-jobs/{job_id}", f"/v1/samples?job_id={job_id}&limit=50"]
    i = 0
    while time.monotonic() < until:
        path = paths[i % 2]
        i += 1
        start = time.perf_counter()
        try:
            resp = await http.get(path)
            if resp.status_code != 200:
                errors[f"HTTP {resp.status_code}"] += 1
                continue
        except httpx.HTTPError as exc:
            errors[type(exc).__name__] += 1
            continue
        latencies.append(time.perf_counter() - start)


async def drive(
    base: str, key: str, job_id: str, clients: int, seconds: float
) -> tuple[list[float], Counter[str]]:
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, headers=bearer(key), timeout=30, limits=limits) as http:
        until = time.monotonic() + seconds
        await asyncio.gather(*(client_loop(http, job_id, until, latencies, errors) for _ in range(clients)))
    return latencies, errors


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=100)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--samples", type=int, default=500)
    ap.add_argument("--api-workers", type=int, default=2, help="uvicorn worker processes")
    ap.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="mediflow-load-"))
    db_name = f"mediflow_load_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    if args.database == "postgres":
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{db_name}"'))
        url = make_url(PG_ADMIN).set(database=db_name).render_as_string(hide_password=False)
    else:
        url = f"sqlite:///{tmp / 'load.sqlite'}"
    settings = Settings(data_dir=tmp, database_url=url, broker_url=f"sqla+sqlite:///{tmp / 'broker.sqlite'}")
    api = None
    try:
        upgrade(url)
        job_id = seed(url, args.samples)
        key = make_api_key(url, "read", name="load")
        port = free_port()
        env = settings_env(settings, MEDIFLOW_API_HOST="127.0.0.1", MEDIFLOW_API_PORT=str(port))
        api = spawn(
            ["serve", "--log-level", "warning", "--workers", str(args.api_workers)], env, tmp / "api.log"
        )
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or api.poll() is not None:
                print((tmp / "api.log").read_text()[-2000:])
                return 1
            time.sleep(0.3)
        print(
            f"load: {args.clients} clients for {args.seconds:.0f}s on {args.database}, {args.api_workers} API workers"
        )
        latencies, errors = asyncio.run(drive(base, key, job_id, args.clients, args.seconds))
    finally:
        if api is not None:
            stop(api)
        if args.database == "postgres":
            from mediflow.storage.db import engine_for

            engine_for.cache_clear()
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
        admin.dispose()
        shutil.rmtree(tmp, ignore_errors=True)
    total = len(latencies) + sum(errors.values())
    print(
        f"requests={total} ok={len(latencies)} rps={total / args.seconds:.0f} "
        f"p50={percentile(latencies, 50) * 1000:.1f}ms p99={percentile(latencies, 99) * 1000:.1f}ms "
        f"errors={sum(errors.values())} {dict(errors) if errors else ''}"
    )
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
