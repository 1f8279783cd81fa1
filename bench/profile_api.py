"""Where one API read's CPU goes: the ASGI app driven in-process under cProfile (no HTTP, no wrk).

    python -m bench.profile_api                          # status read, PostgreSQL, 2,000 requests
    python -m bench.profile_api --target page --requests 500 --top 40

It seeds the same finished job as ``bench.load`` on a fresh database, builds the app as ``mediflow
serve`` does, sends ``--requests`` GETs straight into the ASGI callable (one at a time, on one event loop,
thread-pool hops included) and prints the wall time per request, then cProfile's top functions by
cumulative and by own time. What it leaves out is uvicorn's HTTP parsing and the socket writes.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import shutil
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.load import PG_ADMIN, SLIM_FIELDS, seed
from mediflow.core.settings import Settings
from mediflow.storage.migrate import upgrade
from tests.support.auth import make_api_key


def _scope(path: str, query: str, key: str) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": query.encode(),
        "headers": [(b"host", b"127.0.0.1"), (b"authorization", f"Bearer {key}".encode())],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }


async def _drive(app: Any, scope: dict[str, Any], n: int) -> tuple[int, int]:
    """Send n requests; returns (last status, body bytes of the last answer)."""
    status = 0
    size = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, size
        if message["type"] == "http.response.start":
            status = message["status"]
            size = 0
        elif message["type"] == "http.response.body":
            size += len(message.get("body", b""))

    for _ in range(n):
        await app(dict(scope), receive, send)
        if status != 200:
            raise SystemExit(f"status {status}")
    return status, size


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", choices=["status", "page", "slim"], default="status")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--samples", type=int, default=500)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    ap.add_argument("--no-profile", action="store_true", help="time only (cProfile roughly doubles it)")
    ap.add_argument(
        "--profiler",
        choices=["cprofile", "yappi"],
        default="cprofile",
        help="yappi (pip install yappi) also sees the thread pool's threads, where sync routes run",
    )
    ap.add_argument("--status-cache-s", type=float, default=2.0, help="MEDIFLOW_JOB_STATUS_CACHE_S (0: off)")
    ap.add_argument(
        "--page-cache-s",
        type=float,
        default=0.0,
        help="MEDIFLOW_SAMPLES_PAGE_CACHE_S (default 0: profile the read and rendering, not the cache hit)",
    )
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="mediflow-prof-"))
    db_name = f"mediflow_prof_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    if args.database == "postgres":
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{db_name}"'))
        url = make_url(PG_ADMIN).set(database=db_name).render_as_string(hide_password=False)
    else:
        url = f"sqlite:///{tmp / 'prof.sqlite'}"
    try:
        upgrade(url)
        job_id = seed(url, args.samples)
        key = make_api_key(url, "read", name="prof")
        settings = Settings(
            data_dir=tmp,
            database_url=url,
            broker_url=f"sqla+sqlite:///{tmp / 'broker.sqlite'}",
            job_status_cache_s=args.status_cache_s,
            samples_page_cache_s=args.page_cache_s,
        )
        from mediflow.api.main import create_app

        app = create_app(settings)
        if args.target == "status":
            scope = _scope(f"/v1/generation-jobs/{job_id}", "", key)
        else:
            query = f"job_id={job_id}&limit=50" + (f"&fields={SLIM_FIELDS}" if args.target == "slim" else "")
            scope = _scope("/v1/samples", query, key)

        async def run() -> None:
            async with app.router.lifespan_context(app):  # as uvicorn runs it
                await measure()

        async def measure() -> None:
            await _drive(app, scope, 50)  # warm: key verified, pools, caches
            t0 = time.perf_counter()
            c0 = time.process_time()
            prof = None
            if args.no_profile:
                _, size = await _drive(app, scope, args.requests)
            elif args.profiler == "yappi":
                import yappi

                yappi.set_clock_type("cpu")
                yappi.start()
                _, size = await _drive(app, scope, args.requests)
                yappi.stop()
            else:
                prof = cProfile.Profile()
                prof.enable()
                _, size = await _drive(app, scope, args.requests)
                prof.disable()
            wall = (time.perf_counter() - t0) / args.requests * 1000
            cpu = (time.process_time() - c0) / args.requests * 1000
            print(
                f"{args.target}: {args.requests} requests, {size} bytes each, {wall:.3f} ms wall, {cpu:.3f} ms CPU a request"
            )
            if not args.no_profile and args.profiler == "yappi":
                for sort in ("ttot", "tsub"):
                    stats = yappi.get_func_stats()
                    stats.sort(sort, "desc")
                    print(f"\nyappi, all threads, CPU clock, by {sort}:")
                    for fn in list(stats)[: args.top]:
                        where = f"{Path(fn.module).name}:{fn.lineno}({fn.name})"
                        print(f"{fn.ncall:>8} {fn.tsub:>8.3f} {fn.ttot:>8.3f}  {where}")
            if prof is not None:
                stats = pstats.Stats(prof)
                # Deterministic where timings are not (a shared machine): Python calls a request, in the
                # event loop's thread only (cProfile does not follow the thread pool; yappi does).
                calls: int = stats.total_calls  # type: ignore[attr-defined]
                print(f"{calls / args.requests:.0f} Python function calls a request (main thread)")
                stats.sort_stats("cumulative").print_stats(args.top)
                stats.sort_stats("tottime").print_stats(args.top)

        asyncio.run(run())
    finally:
        from mediflow.storage.db import engine_for

        engine_for.cache_clear()
        if args.database == "postgres":
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
        admin.dispose()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
