"""Projects: another project's jobs, samples, corpora, exports, training runs, idempotency keys and
cached teacher answers are invisible (404, never 403) and never reused; admins see everything."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.exports.run import run_export
from mediflow.generators.teachers.base import ChatRequest
from mediflow.generators.teachers.openai_backend import OpenAITeacher
from mediflow.schemas.teacher import TeacherSpec
from mediflow.storage.db import session_scope
from mediflow.storage.models import Export, GenerationJob, Sample, TrainingRun
from mediflow.workers.governance import governed_teacher
from tests.support.auth import bearer, make_api_key
from tests.support.loopback import LoopbackTeacher
from tests.test_exports import _sample, seed_rows

JOB = {"n_samples": 2, "task_types": ["question_answering"]}


@pytest.fixture
def clients(settings: Settings) -> Iterator[dict[str, TestClient]]:
    url = settings.resolved_database_url
    app = create_app(settings)
    with TestClient(app) as base:
        out = {}
        for who, scope, project in (
            ("alpha", "write", "alpha"),
            ("beta", "write", "beta"),
            ("admin", "admin", "ops"),
        ):
            c = TestClient(app, headers=bearer(make_api_key(url, scope, project=project)))
            out[who] = c
        yield out
        del base


def _done_rows(url: str, project: str, n: int) -> str:
    rng = random.Random(3)
    with session_scope(url) as s:
        job = GenerationJob(
            kind="mediflow", spec={"n_samples": n}, n_planned=n, status="completed", project_id=project
        )
        s.add(job)
        s.flush()
        s.add_all(_sample(job.id, i, "question_answering", rng) for i in range(n))
        return job.id


def test_jobs_samples_and_idempotency_stay_in_their_project(
    settings: Settings, clients: dict[str, TestClient]
) -> None:
    alpha, beta, admin = clients["alpha"], clients["beta"], clients["admin"]
    idem = {"Idempotency-Key": "same-key"}
    resp = alpha.post("/v1/generation-jobs", json=JOB, headers=idem)
    assert resp.status_code == 202, resp.text
    job_id = resp.json()["id"]
    for path in (f"/v1/generation-jobs/{job_id}", f"/v1/generation-jobs/{job_id}/report"):
        assert beta.get(path).status_code == 404
    assert beta.post(f"/v1/generation-jobs/{job_id}/cancel").status_code == 404
    assert beta.get("/v1/generation-jobs").json()["total"] == 0
    # The same Idempotency-Key in another project is another job, not alpha's.
    replay = beta.post("/v1/generation-jobs", json=JOB, headers=idem)
    assert replay.status_code == 202 and replay.json()["id"] != job_id
    assert "Idempotent-Replayed" not in replay.headers
    assert alpha.post("/v1/generation-jobs", json=JOB, headers=idem).json()["id"] == job_id
    # Samples follow their job's project.
    other = _done_rows(settings.resolved_database_url, "alpha", 2)
    with session_scope(settings.resolved_database_url) as s:
        sample_id = s.scalar(select(Sample.id).where(Sample.job_id == other))
    assert beta.get(f"/v1/samples/{sample_id}").status_code == 404
    assert beta.get("/v1/samples", params={"job_id": other}).json()["items"] == []
    assert beta.get("/v1/samples").json()["items"] == []
    assert alpha.get(f"/v1/samples/{sample_id}").status_code == 200
    # Dedup against another project's job is refused as if it did not exist.
    body = {**JOB, "quality": {"dedup": {"against_jobs": [job_id]}}}
    assert beta.post("/v1/generation-jobs", json=body).status_code == 404
    # Admins see every project.
    assert admin.get(f"/v1/generation-jobs/{job_id}").status_code == 200
    assert admin.get("/v1/generation-jobs").json()["total"] >= 3
    with session_scope(settings.resolved_database_url) as s:
        job = s.get(GenerationJob, job_id)
        assert job is not None and job.status == "queued" and job.project_id == "alpha"


def test_corpora_and_training_runs_stay_in_their_project(
    settings: Settings, clients: dict[str, TestClient]
) -> None:
    alpha, beta = clients["alpha"], clients["beta"]
    cid = alpha.post("/v1/corpora", json={"name": "notes"}).json()["id"]
    assert beta.get(f"/v1/corpora/{cid}").status_code == 404
    up = beta.post(f"/v1/corpora/{cid}/documents", content=b'{"text": "x"}\n', params={"filename": "a.jsonl"})
    assert up.status_code == 404
    assert beta.post("/v1/corpora", json={"name": "notes"}).status_code == 201  # names are per project
    assert [c["id"] for c in beta.get("/v1/corpora").json()["items"]] != [cid]
    pit = {"kind": "pit", "n_samples": 4, "corpus_id": cid}
    assert beta.post("/v1/generation-jobs", json=pit).status_code == 404
    with session_scope(settings.resolved_database_url) as s:
        run = TrainingRun(name="r", recipe={}, run_dir="/nonexistent", project_id="alpha")
        s.add(run)
        s.flush()
        run_id = run.id
    for path in (f"/v1/training-runs/{run_id}", f"/v1/training-runs/{run_id}/logs"):
        assert beta.get(path).status_code == 404
    assert beta.post(f"/v1/training-runs/{run_id}/cancel").status_code == 404
    assert beta.get("/v1/training-runs").json()["total"] == 0
    assert clients["admin"].get(f"/v1/training-runs/{run_id}").status_code == 200


def test_exports_take_only_their_projects_rows(settings: Settings, clients: dict[str, TestClient]) -> None:
    url = settings.resolved_database_url
    ids = seed_rows(url)  # the default project's rows and corpus
    beta_job = _done_rows(url, "beta", 5)
    beta = clients["beta"]
    refused = beta.post("/v1/exports", json={"format": "mediflow", "job_ids": [ids["job"]]})
    assert refused.status_code == 404
    assert beta.post("/v1/exports", json={"format": "pit", "corpus_ids": [ids["corpus"]]}).status_code == 404
    with session_scope(url) as s:
        assert s.scalar(select(func.count(Export.id))) == 0  # nothing stored half-way
    everything = beta.post("/v1/exports", json={"format": "mediflow"}).json()
    pit = beta.post("/v1/exports", json={"format": "pit"}).json()
    assert beta.get(f"/v1/exports/{everything['id']}").status_code == 200
    assert clients["alpha"].get(f"/v1/exports/{everything['id']}").status_code == 404
    assert run_export(everything["id"], settings) == "completed"
    assert run_export(pit["id"], settings) == "failed"  # the corpus documents are not beta's
    with session_scope(url) as s:
        row = s.get(Export, everything["id"])
        assert row is not None and row.n_rows == 5
        assert (row.counts or {})["jobs"] == {beta_job: 5}


def _spec(**extra: Any) -> TeacherSpec:
    return TeacherSpec(backend="openai", model="m", temperature=0.0, **extra)


async def _ask(settings: Settings, srv: LoopbackTeacher, project: str) -> bool:
    """One call through the governed teacher as ``project``; True when it was served from the cache."""
    spec = _spec(base_url=srv.base_url)
    inner = OpenAITeacher("m", base_url=srv.base_url, api_key=None, timeout_s=5, max_retries=0)
    teacher = governed_teacher(inner, spec, settings, project_id=project)
    try:
        done = await teacher.complete(ChatRequest([{"role": "user", "content": "same prompt"}], 32, 0.0))
    finally:
        await teacher.aclose()
    return done.cached


async def test_cached_answers_are_keyed_by_endpoint_and_project(settings: Settings) -> None:
    with LoopbackTeacher() as one, LoopbackTeacher() as two:
        assert not await _ask(settings, one, "alpha")
        assert await _ask(settings, one, "alpha")  # a re-run pays nothing twice
        assert not await _ask(settings, one, "beta")  # another project never gets alpha's rows
        assert not await _ask(settings, two, "alpha")  # another endpoint never answers for this one
        assert (one.calls, two.calls) == (2, 1)
        shared = settings.model_copy(update={"teacher_cache_shared": True})
        assert not await _ask(shared, one, "alpha")
        assert await _ask(shared, one, "beta")  # only when the operator shares the cache
