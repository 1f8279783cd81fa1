"""Console page times at two job sizes, side by side: does a page cost grow with the job's rows?

    python -m bench.console_pages [--small 10000] [--large 200000] [--database-url postgresql://...]

Each size gets its own job in a fresh database (SQLite under a temporary directory unless a URL of
an empty database is given). 2 % of rows are PHI-flagged, 5 % have split judge votes, 10 % are DPO
pairs. Every page is fetched in process (FastAPI's TestClient, signed in through the console's form),
median of 5 after one warm-up; the ratio column is large / small. Paged pages should stay flat.
The job page is served from the report cache after the warm-up; "job page, report rebuilt" clears
the cache before each fetch, which is what the first view after the job's rows changed costs: that
one still aggregates the whole job.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert

from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.services.report import clear_report_cache
from mediflow.storage.db import session_scope
from mediflow.storage.migrate import upgrade
from mediflow.storage.models import GenerationJob, Sample
from tests.support.auth import make_api_key

BATCH = 5000
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def seed(url: str, n: int, seed: int = 1) -> tuple[str, int]:
    """A completed job of ``n`` kept rows; returns its id and the id of its first row."""
    rng = random.Random(seed)
    with session_scope(url) as s:
        job = GenerationJob(spec={"n_samples": n}, n_planned=n, n_done=n, status="completed")
        s.add(job)
        s.flush()
        job_id = job.id
    for start in range(0, n, BATCH):
        rows = []
        for i in range(start, min(n, start + BATCH)):
            phi = i % 50 == 0
            split = i % 20 == 1
            rows.append(
                {
                    "job_id": job_id,
                    "index": i,
                    "status": "done",
                    "task_type": rng.choice(["question_answering", "summarization", "nli"]),
                    "input_data": rng.choice(["discharge_summary", "progress_note"]),
                    "difficulty_level": rng.randint(1, 6),
                    "output_format": "plain_text",
                    "instruction": f"Summarise note {i} for the patient.",
                    "input": f"Note {i}. " + ("Phone 617-555-0142. " if phi else "") + "Stable, afebrile.",
                    "output": f"Answer {i}.",
                    "rejected_output": f"Wrong answer {i}." if i % 10 == 3 else None,
                    "quality": float(rng.randint(2, 5)),
                    "phi_count": 1 if phi else 0,
                    "checks": {"judge": {"stats": {"quality": {"spread": 3 if split else 0}}}},
                }
            )
        with session_scope(url) as s:
            s.execute(insert(Sample), rows)
    with session_scope(url) as s:
        first = s.query(Sample.id).filter(Sample.job_id == job_id).order_by(Sample.id).first()
        assert first is not None
    return job_id, int(first[0])


def timed(client: TestClient, path: str, repeat: int = 5, cold: bool = False) -> float:
    assert client.get(path).status_code == 200, path
    times = []
    for _ in range(repeat):
        if cold:  # the first view after the job's rows changed: the report is built again
            clear_report_cache()
        t0 = time.perf_counter()
        resp = client.get(path)
        times.append(time.perf_counter() - t0)
        assert resp.status_code == 200, path
    return statistics.median(times)


def pages(job_id: str, first_id: int) -> dict[str, str]:
    return {
        "samples, first page": f"/ui/samples?job_id={job_id}",
        "samples, deepest page": f"/ui/samples?job_id={job_id}&before={first_id + 60}",
        "samples, PHI-flagged": f"/ui/samples?job_id={job_id}&phi=yes",
        "samples, quality <= 2": f"/ui/samples?job_id={job_id}&score=quality&score_max=2",
        "samples, text search": f"/ui/samples?job_id={job_id}&q=note%207",
        "sample page (PHI)": f"/ui/samples/{first_id}",
        "review queue": f"/ui/jobs/{job_id}/review",
        "job page (report)": f"/ui/jobs/{job_id}",
        "jobs list": "/ui/jobs",
    }


def measure(n: int, database_url: str | None, tmp: Path) -> dict[str, float]:
    url = database_url or f"sqlite:///{tmp / f'console-{n}.sqlite'}"
    upgrade(url)
    t0 = time.perf_counter()
    job_id, first = seed(url, n)
    print(f"seeded {n} rows in {time.perf_counter() - t0:.1f}s")
    settings = Settings(
        data_dir=tmp / f"data-{n}", database_url=url, broker_url=f"sqla+sqlite:///{tmp / 'b.sqlite'}"
    )
    key = make_api_key(url, "admin", "bench")
    with TestClient(create_app(settings)) as c:
        token = CSRF.search(c.get("/ui/login").text)
        assert token is not None
        c.post("/ui/login", data={"api_key": key, "csrf_token": token.group(1)})
        times = {name: timed(c, path) for name, path in pages(job_id, first).items()}
        times["job page, report rebuilt"] = timed(c, f"/ui/jobs/{job_id}", cold=True)
        return times


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=200_000)
    parser.add_argument(
        "--database-url", help="an empty database per size is needed: SQLite files by default"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = measure(args.small, args.database_url, Path(tmp))
        large = measure(args.large, args.database_url, Path(tmp)) if not args.database_url else {}
    if not large:
        for name, t in small.items():
            print(f"{name:<24} {t * 1000:8.1f} ms")
        return
    print(f"{'page':<24} {args.small:>10} rows {args.large:>10} rows   ratio")
    for name in small:
        print(
            f"{name:<24} {small[name] * 1000:10.1f} ms {large[name] * 1000:10.1f} ms {large[name] / small[name]:7.2f}x"
        )


if __name__ == "__main__":
    main()
