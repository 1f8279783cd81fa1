"""Projects, for the parts merged after tenancy: human review, the console, evaluations, estimates,
retries and /metrics. Another project's resources answer 404 (never 403); admins see everything."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.quality.dedup_index import layout_for
from mediflow.schemas.quality import DedupSpec
from mediflow.services import evaluations as eval_svc
from mediflow.storage import ownership
from mediflow.storage import reviews as review_store
from mediflow.storage.db import session_scope
from mediflow.storage.models import (
    Evaluation,
    Export,
    GenerationJob,
    Project,
    Review,
    Sample,
    TrainingRun,
)
from tests.console.test_console_server import sign_in
from tests.support.auth import bearer, make_api_key
from tests.test_reviews import seed_job

WHO = (
    ("alpha", "write", "alpha"),
    ("alpha_rev", "review", "alpha"),
    ("beta", "write", "beta"),
    ("beta_rev", "review", "beta"),
    ("admin", "admin", "ops"),
)


@pytest.fixture
def late_settings(settings: Settings, tmp_path: Path) -> Settings:
    models = tmp_path / "models"
    (models / "m").mkdir(parents=True)
    (models / "m" / "config.json").write_text("{}", encoding="utf-8")  # enough to be named; never run
    return settings.model_copy(update={"models_dir": models, "artifacts_dir": tmp_path / "artifacts"})


class Late(NamedTuple):
    """The app on ``late_settings`` with one key per person of ``WHO`` (by name)."""

    c: TestClient
    keys: dict[str, str]
    late_settings: Settings
    url: str


@pytest.fixture
def app_keys(late_settings: Settings) -> Iterator[Late]:
    url = late_settings.resolved_database_url
    keys = {who: make_api_key(url, scope, who, project) for who, scope, project in WHO}  # type: ignore[arg-type]
    with TestClient(create_app(late_settings), base_url="http://testserver") as c:
        yield Late(c, keys, late_settings, url)


def _alpha_job(url: str) -> tuple[str, dict[int, int]]:
    """A finished job of project alpha with the review tests' rows (PHI, split votes, DPO pairs)."""
    ids = seed_job(url)
    with session_scope(url) as s:
        job_id = s.scalar(select(Sample.job_id).where(Sample.id == ids[0]))
        assert job_id is not None
        s.execute(update(GenerationJob).where(GenerationJob.id == job_id).values(project_id="alpha"))
    return job_id, ids


def test_reviews_stay_in_their_project(app_keys: Late) -> None:
    c, keys, url = app_keys.c, app_keys.keys, app_keys.url
    job_id, ids = _alpha_job(url)
    sid = ids[0]
    alpha, beta = bearer(keys["alpha_rev"]), bearer(keys["beta_rev"])
    accept = {"decision": "accept"}
    assert c.post(f"/v1/samples/{sid}/reviews", json=accept, headers=alpha).status_code == 201
    # Every review read and action on alpha's rows answers 404 to beta, as if they did not exist.
    assert c.post(f"/v1/samples/{sid}/reviews", json=accept, headers=beta).status_code == 404
    paths = [
        f"/v1/samples/{sid}/reviews",
        f"/v1/generation-jobs/{job_id}/reviews",
        f"/v1/generation-jobs/{job_id}/review-queue",
        f"/v1/generation-jobs/{job_id}/review-summary",
        f"/v1/generation-jobs/{job_id}/reviews/export",
        f"/v1/generation-jobs/{job_id}/reviews/export?format=argilla",
    ]
    for path in paths:
        assert c.get(path, headers=beta).status_code == 404, path
        assert c.get(path, headers=alpha).status_code == 200, path
    assert c.get(paths[0], headers=bearer(keys["admin"])).json()["state"]["reviews"] == 1
    with session_scope(url) as s:
        assert s.scalar(select(func.count(Review.id))) == 1  # beta's attempt stored nothing
    # The storage functions themselves are confined to the caller's project.
    with session_scope(url) as s:
        ownership.set_caller(s, keys["beta_rev"], "beta", all_projects=False)
        assert review_store.browse_samples(s, review_store.SampleQuery(), None, 50) == []
        assert review_store.job_reviews(s, job_id, None, 50) == []
        assert review_store.sample_reviews(s, sid) == [] and review_store.get_state(s, sid) is None
        assert review_store.status_counts(s, job_id) == {}
        assert review_store.review_queue(s, job_id, "k", 1, 100, 50) == []
        ownership.set_caller(s, keys["alpha_rev"], "alpha", all_projects=False)
        assert len(review_store.browse_samples(s, review_store.SampleQuery(), None, 50)) == len(ids)
        assert review_store.status_counts(s, job_id) == {"accepted": 1}
        assert review_store.review_queue(s, job_id, "k", 1, 100, 50)


def test_console_pages_show_only_the_callers_project(app_keys: Late) -> None:
    app_client, keys, url = app_keys.c, app_keys.keys, app_keys.url
    job_id, ids = _alpha_job(url)
    with session_scope(url) as s:
        export = Export(
            format="mediflow", spec={"format": "mediflow"}, status="completed", project_id="alpha"
        )
        run = TrainingRun(name="alpha-run-x", recipe={}, run_dir="/nonexistent", project_id="alpha")
        s.add_all([export, run])
        s.flush()
        export_id, run_id = export.id, run.id
    pages = {
        "/ui/jobs": job_id,
        "/ui/samples": "Question 0 about the note",
        "/ui/exports": export_id,
        "/ui/training": "alpha-run-x",
    }
    owned = [f"/ui/jobs/{job_id}", f"/ui/samples/{ids[0]}", f"/ui/jobs/{job_id}/review"]
    owned += [f"/ui/exports/{export_id}", f"/ui/training/{run_id}"]
    for who, sees in (("alpha_rev", True), ("beta_rev", False), ("admin", True)):
        with TestClient(app_client.app, base_url="http://testserver") as c:
            sign_in(c, keys[who])
            for page, marker in pages.items():
                r = c.get(page)
                assert r.status_code == 200 and (marker in r.text) == sees, (who, page)
            for page in owned:
                assert c.get(page).status_code == (200 if sees else 404), (who, page)


def _completed_evaluation(settings: Settings, project: str) -> str:
    with session_scope(settings.resolved_database_url) as s:
        ev = Evaluation(
            status="completed", models={}, suite="bundled", results={}, report={"x": 1}, project_id=project
        )
        s.add(ev)
        s.flush()
        eval_id = ev.id
    out = eval_svc.evaluations_dir(settings) / eval_id / "report"
    out.mkdir(parents=True)
    (out / "report.md").write_text("| task | a |\n", encoding="utf-8")
    (out / "chart.png").write_bytes(b"\x89PNG\r\n")
    return eval_id


def test_evaluations_stay_in_their_project(app_keys: Late) -> None:
    c, keys, late_settings, url = app_keys
    alpha, beta, admin = (bearer(keys[k]) for k in ("alpha", "beta", "admin"))
    eval_id = _completed_evaluation(late_settings, "alpha")
    for path in (
        f"/v1/evaluations/{eval_id}",
        f"/v1/evaluations/{eval_id}/report",
        f"/v1/evaluations/{eval_id}/chart",
    ):
        assert c.get(path, headers=beta).status_code == 404, path
        assert c.get(path, headers=alpha).status_code == 200, path
        assert c.get(path, headers=admin).status_code == 200, path
    assert c.get("/v1/evaluations", headers=beta).json()["total"] == 0
    assert c.get("/v1/evaluations", headers=alpha).json()["total"] == 1
    # A model from another project's training run does not exist for the caller; nothing is stored.
    model_dir = late_settings.resolved_models_dir / "m"
    with session_scope(url) as s:
        run = TrainingRun(name="r", recipe={}, run_dir="/x", final_model=str(model_dir), project_id="alpha")
        s.add(run)
        s.flush()
        run_id = run.id
    by_run = {"models": [{"label": "a", "training_run_id": run_id}], "suite": "bundled"}
    assert c.post("/v1/evaluations", json=by_run, headers=beta).status_code == 404
    with session_scope(url) as s:
        assert s.scalar(select(func.count(Evaluation.id))) == 1
    made = c.post("/v1/evaluations", json=by_run, headers=alpha)
    assert made.status_code == 202, made.text
    by_path = c.post(
        "/v1/evaluations", json={"models": [{"label": "m", "path": "m"}], "suite": "bundled"}, headers=beta
    )
    assert by_path.status_code == 202, by_path.text  # the models root is shared, as before
    with session_scope(url) as s:
        owners = dict(s.execute(select(Evaluation.id, Evaluation.project_id)).tuples().all())
    assert owners[made.json()["id"]] == "alpha" and owners[by_path.json()["id"]] == "beta"
    assert c.get(f"/v1/evaluations/{made.json()['id']}", headers=beta).status_code == 404


def test_estimate_and_retry_are_scoped_and_estimate_applies_the_quota(app_keys: Late) -> None:
    c, keys, late_settings, url = app_keys
    alpha, beta = bearer(keys["alpha"]), bearer(keys["beta"])
    job_id, ids = _alpha_job(url)
    with session_scope(url) as s:
        s.execute(update(Sample).where(Sample.id == ids[0]).values(status="failed", failure_reason="x"))
        # Indexed for dedup, as a job run with dedup on is, so it may be named in against_jobs.
        layout = layout_for(DedupSpec())
        s.execute(update(GenerationJob).where(GenerationJob.id == job_id).values(dedup_layout=layout))
    body = {"n_samples": 4, "task_types": ["question_answering"], "quality": {"judge": None}}
    dedup = {**body, "quality": {"judge": None, "dedup": {"against_jobs": [job_id]}}}
    assert c.post("/v1/generation-jobs/estimate", json=dedup, headers=beta).status_code == 404
    assert c.post("/v1/generation-jobs/estimate", json=dedup, headers=alpha).status_code == 200
    assert c.post(f"/v1/generation-jobs/{job_id}/retry-failed", headers=beta).status_code == 404
    with session_scope(url) as s:
        job = s.get(GenerationJob, job_id)
        assert job is not None and job.status == "completed"
        assert s.scalar(select(Sample.status).where(Sample.id == ids[0])) == "failed"
    # The caller's own daily quota and the server's ceilings apply, as they do on submission.
    with session_scope(url) as s:
        s.execute(update(Project).where(Project.id == "beta").values(daily_tokens=10))
    over = c.post("/v1/generation-jobs/estimate", json=body, headers=beta)  # the default budget > 10
    assert over.status_code == 422 and "beta" in over.text
    assert c.post("/v1/generation-jobs/estimate", json=body, headers=alpha).status_code == 200
    too_many = {**body, "n_samples": late_settings.max_n_samples + 1}
    refused = c.post("/v1/generation-jobs/estimate", json=too_many, headers=alpha)
    assert refused.status_code == 422 and "n_samples" in refused.text
    with session_scope(url) as s:
        assert s.scalar(select(func.count(GenerationJob.id))) == 1  # an estimate stores nothing


def test_metrics_need_the_admin_scope(app_keys: Late) -> None:
    c, keys = app_keys.c, app_keys.keys
    for who in ("alpha", "beta_rev"):
        assert c.get("/metrics", headers=bearer(keys[who])).status_code == 403
    resp = c.get("/metrics", headers=bearer(keys["admin"]))
    assert resp.status_code == 200 and "mediflow_jobs" in resp.text
