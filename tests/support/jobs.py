"""Jobs for tests, written straight in the database as the API and a worker would have."""

from __future__ import annotations

from sqlalchemy import update

from mediflow.generators.pipeline import SampleResult
from mediflow.generators.plan import PlanAxes, build_plan
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.services import api_keys
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.models import GenerationJob

CHECKS = {"judge": {"valid_votes": 5, "rationales": ["fine"] * 5}, "phi": {"policy": "redact", "counts": {}}}


def seed_job(url: str, n: int = 12, project: str | None = None) -> str:
    """One job: n rows, every third failed with a reason, the rest done with judge checks."""
    with session_scope(url) as s:
        job = store.create_job(s, {"n_samples": n}, n)
        if project is not None:
            api_keys.ensure_project(s, project)
            job.project_id = project
        job_id = job.id
    with session_scope(url) as s:
        store.materialise_plan(s, job_id, build_plan(n, PlanAxes.resolve(default_taxonomy()), seed=3))
    results = [
        SampleResult(i, "failed").fail("output", "invalid_json", "not json")
        if i % 3 == 0
        else SampleResult(
            i,
            "done",
            {
                "input": f"note {i}",
                "instruction": "Summarise.",
                "output": "Stable.",
                "quality": 4.0,
                "checks": CHECKS,
            },
            50,
            20,
            0.4,
            3,
        )
        for i in range(n)
    ]
    with session_scope(url) as s:
        store.record_results(s, job_id, results, {"teacher_backend": "openai", "teacher_model": "t"})
    return job_id


def set_job(url: str, job_id: str, **values: object) -> None:
    """Change a job's row as a worker (or another API process) would: straight in the database."""
    with session_scope(url) as s:
        s.execute(update(GenerationJob).where(GenerationJob.id == job_id).values(**values))
