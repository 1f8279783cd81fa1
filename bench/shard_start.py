"""A shard's start, and the plan's storing, at scale: what they cost before and after the plan stored ranks.

    python -m bench.shard_start [--samples 200000 1000000] [--shards 8] [--db postgres]

For each size, in a fresh database (PostgreSQL, or SQLite in a temporary file):

- it stores one job's plan twice and times both (commit included): in batched INSERTs (as before, and
  still on SQLite) and as the first shard stores it now (COPY on PostgreSQL);
- then, alternating, best of ``--repeat``, it prepares shard 0 both ways: ``recompute``, what every
  shard did before the plan stored its ranks (and still does for a plan stored before they were): the
  shard's pending rows, then the whole plan rebuilt from the spec for ``PlanAnnotations.of``; and
  ``stored``, the shard's own rows with their stored ranks (``store.shard_plan``) for
  ``PlanAnnotations.of_rows``.

It prints wall and CPU seconds and, in a second call, the peak of Python allocations (tracemalloc) of
each, and the ratios. Both ways must give every row of the shard the same planned label, scenario and
group; the run checks it on a sample of rows.
"""

from __future__ import annotations

import argparse
import functools
import random
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.procs import load_average
from bench.scale import drop_database, make_database
from mediflow.core.rows import plan_ranks
from mediflow.generators.plan import PlanAnnotations
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services import job_kinds
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.migrate import upgrade
from mediflow.storage.models import GenerationJob

SEED = 11


def spec_for(n: int, shards: int) -> GenerationJobCreate:
    return GenerationJobCreate.model_validate(
        {
            "n_samples": n,
            "seed": SEED,
            "shards": shards,
            "instructions_per_document": 3,
            "teacher": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"},
            "quality": {"judge": None},
        }
    )


def store_plan(url: str, spec: GenerationJobCreate, n: int, copy: bool) -> tuple[float, float, str]:
    """Store a job's plan as the first shard does (COPY on PostgreSQL), or in batched INSERTs (as it
    did before, and still does on SQLite): wall and CPU seconds, the commit included, and the job's id."""
    with session_scope(url) as s:
        job = GenerationJob(
            spec=spec.model_dump(mode="json"), n_shards=spec.shards, n_planned=n, status="running"
        )
        s.add(job)
        s.flush()
        job_id = job.id
    wall, cpu = time.perf_counter(), time.process_time()
    with session_scope(url) as s:
        if copy:
            store.materialise_plan(s, job_id, job_kinds.plan_items(s, spec))
        else:
            items = job_kinds.plan_items(s, spec)
            rows = store.plan_rows(job_id, spec.shards or 1, items, list(plan_ranks(items)))
            store.insert_batches(s.connection(), rows, 5000)
    return time.perf_counter() - wall, time.process_time() - cpu, job_id


def recompute(url: str, job_id: str, spec: GenerationJobCreate) -> tuple[list[Any], PlanAnnotations]:
    with session_scope(url) as s:
        items = store.pending_items(s, job_id, 0)
        topups = store.topup_items(s, job_id)
    whole = job_kinds.initial_plan(spec) + topups
    return items, PlanAnnotations.of(whole, default_taxonomy(), spec.seed)


def stored(url: str, job_id: str, spec: GenerationJobCreate) -> tuple[list[Any], PlanAnnotations]:
    with session_scope(url) as s:
        plan = store.shard_plan(s, job_id, 0)
    assert plan.ranks is not None
    return plan.items, PlanAnnotations.of_rows(plan.ranks, plan.grouped, default_taxonomy(), spec.seed)


def measure(fn: Callable[[], Any]) -> tuple[float, float, int, Any]:
    """Wall and CPU seconds of one call, then the peak of Python allocations in another (tracemalloc
    slows allocation, so it is not on while the time is taken)."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    del out
    tracemalloc.start()
    out = fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return wall, cpu, peak, out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--samples", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--db", choices=("postgres", "sqlite"), default="postgres")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    print(f"# shard 0 of {args.shards}, {args.db}, load average {load_average()}")
    print(f"{'samples':>9} {'way':<10} {'wall s':>7} {'cpu s':>7} {'peak MB':>8}")
    for n in args.samples:
        with tempfile.TemporaryDirectory() as tmp:
            url, name = make_database(args.db, Path(tmp))
            try:
                upgrade(url)
                spec = spec_for(n, args.shards)
                job_id = ""
                for way in ("insert", "copy"):
                    wall, cpu, job_id = store_plan(url, spec, n, copy=way == "copy")
                    print(
                        f"{n:>9} {'plan ' + way:<10} {wall:>7.1f} {cpu:>7.1f}   storing the plan, once per job"
                    )
                best: dict[str, tuple[float, float, int]] = {}
                results: dict[str, tuple[list[Any], PlanAnnotations]] = {}
                for _ in range(args.repeat):
                    for way, fn in (("recompute", recompute), ("stored", stored)):
                        wall, cpu, peak, out = measure(functools.partial(fn, url, job_id, spec))
                        results[way] = out
                        old = best.get(way)
                        best[way] = (wall, cpu, peak) if old is None or wall < old[0] else old
                for way, (wall, cpu, peak) in best.items():
                    print(f"{n:>9} {way:<10} {wall:>7.2f} {cpu:>7.2f} {peak / 2**20:>8.0f}")
                (r_wall, r_cpu, r_peak), (s_wall, s_cpu, s_peak) = best["recompute"], best["stored"]
                print(
                    f"{n:>9} {'ratio':<10} {r_wall / s_wall:>6.1f}x {r_cpu / s_cpu:>6.1f}x {r_peak / s_peak:>7.1f}x"
                    "   recompute / stored"
                )
                check(results["recompute"], results["stored"])
            finally:
                drop_database(name)


def check(a: tuple[list[Any], PlanAnnotations], b: tuple[list[Any], PlanAnnotations]) -> None:
    (items, whole), (own_items, own) = a, b
    assert items == own_items, "both ways read the same pending rows"
    for item in random.Random(0).sample(items, min(2000, len(items))):
        assert whole.planned_label(item) == own.planned_label(item), item
        assert whole.scenario(item) == own.scenario(item), item
        assert whole.group_of(item) == own.group_of(item), item


if __name__ == "__main__":
    main()
