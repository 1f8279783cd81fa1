"""/v1/evaluations: request checks (bad suite lines, models outside the root), the training-queue
routing, and an evaluation scored by the worker function: per-task scores, averages, report, chart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

from mediflow.core.settings import Settings
from mediflow.evaluation.bundled import bundled_items
from mediflow.services.evaluations import run_evaluation
from tests.support.training import build_tiny_llama

OPTIONS = {"max_items_per_task": 1, "max_new_tokens": 4, "batch_size": 16}


@pytest.fixture(scope="module")
def models_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("models")
    build_tiny_llama(root / "tiny-a", seed=0)
    build_tiny_llama(root / "tiny-b", seed=1)
    return root


@pytest.fixture
def api_settings(redis_settings: Settings, models_root: Path, tmp_path: Path) -> Settings:
    """conftest's ``client`` runs on these: a Redis broker (queues of their own) and the tiny models."""
    return redis_settings.model_copy(
        update={"models_dir": models_root, "artifacts_dir": tmp_path / "artifacts"}
    )


def _queued(settings: Settings, queue: str) -> int:
    return int(redis.Redis.from_url(settings.broker_url or "").llen(queue))


def _body(**extra: Any) -> dict[str, Any]:
    return {
        "models": [{"label": "a", "path": "tiny-a"}, {"label": "b", "path": "tiny-b"}],
        "options": OPTIONS,
    } | extra


def test_a_bad_suite_line_is_a_422_naming_it_and_nothing_is_stored(client: TestClient) -> None:
    lines = [json.dumps(r) for r in bundled_items(per_task=1)[:3]]
    lines.insert(2, json.dumps({"id": "x", "task": "t", "family": "qa", "question": "q"}))  # no answers
    r = client.post("/v1/evaluations", json=_body(suite_jsonl="\n".join(lines)))
    assert r.status_code == 422, r.text
    assert "suite_jsonl line 3: answers" in r.text
    assert client.get("/v1/evaluations").json()["total"] == 0


@pytest.mark.parametrize(
    ("models", "reason"),
    [
        ([{"label": "a", "path": "../../etc"}], "outside"),
        ([{"label": "a", "path": "missing"}], "not a model directory"),
        ([{"label": "a", "training_run_id": "nope"}], "not found"),
        ([{"label": "a", "path": "tiny-a"}, {"label": "a", "path": "tiny-b"}], "unique"),
    ],
)
def test_bad_models_are_refused(client: TestClient, models: list[dict[str, Any]], reason: str) -> None:
    r = client.post("/v1/evaluations", json={"models": models, "suite": "bundled"})
    assert r.status_code in (404, 422) and reason in r.text, r.text


def test_evaluation_runs_on_the_training_queue_and_reports_side_by_side(
    client: TestClient, api_settings: Settings
) -> None:
    r = client.post("/v1/evaluations", json=_body(suite="bundled"))
    assert r.status_code == 202, r.text
    ev = r.json()
    assert ev["status"] == "queued" and r.headers["Location"] == f"/v1/evaluations/{ev['id']}"
    assert _queued(api_settings, api_settings.training_queue) == 1
    assert _queued(api_settings, api_settings.generation_queue) == 0
    assert client.get(ev["links"]["report"]).status_code == 404  # no report before it ran

    assert run_evaluation(ev["id"], api_settings, "worker-1") == "completed"
    assert run_evaluation(ev["id"], api_settings, "worker-2") == "skipped"  # a duplicate message

    done = client.get(f"/v1/evaluations/{ev['id']}").json()
    assert done["status"] == "completed" and set(done["results"]) == {"a", "b"}
    assert len(done["tasks"]) == 12
    for scores in done["results"].values():
        assert scores["scored_items"] == 12 and set(scores["tasks"]) == set(done["tasks"])
        assert all(0 <= t["score"] <= 100 for t in scores["tasks"].values())
    assert done["averages"] == {k: v["average"] for k, v in done["results"].items()}
    report = client.get(done["links"]["report"])
    assert report.status_code == 200 and "| task | a | b |" in report.text
    chart = client.get(done["links"]["chart"])
    assert chart.headers["content-type"] == "image/png" and chart.content[:4] == b"\x89PNG"


def test_an_uploaded_suite_is_stored_and_scored(client: TestClient, api_settings: Settings) -> None:
    text = "\n".join(json.dumps(r) for r in bundled_items(per_task=1) if r["family"] == "qa")
    r = client.post(
        "/v1/evaluations", json=_body(suite_jsonl=text, models=[{"label": "a", "path": "tiny-a"}])
    )
    assert r.status_code == 202, r.text
    assert run_evaluation(r.json()["id"], api_settings, "w") == "completed"
    done = client.get(f"/v1/evaluations/{r.json()['id']}").json()
    assert done["suite"] == "uploaded" and done["tasks"] == ["medication-qa", "report-qa"]


def test_a_training_recipes_suite_must_lie_under_the_artifacts_root(client: TestClient) -> None:
    body = {"recipe_name": "tiny-cpu", "overrides": {"selection": {"suite": "/etc/passwd"}}}
    r = client.post("/v1/training-runs", json=body)
    assert r.status_code == 422 and "recipe.selection.suite" in r.text and "outside" in r.text, r.text


_DOOMED = """
from mediflow.core.settings import get_settings
from mediflow.services.evaluations import run_evaluation
import sys
run_evaluation(sys.argv[1], get_settings(), "doomed-worker")
"""


@pytest.mark.db("sqlite")  # a process-level test: one database (see tests/conftest.py)
def test_a_killed_worker_resumes_with_the_models_not_yet_scored(
    client: TestClient, api_settings: Settings
) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from mediflow.services.evaluations import get
    from mediflow.storage.db import session_scope
    from mediflow.workers.app import create_celery_app
    from mediflow.workers.evaluation_tasks import requeue_stalled_evaluations
    from tests.support.processes import settings_env

    models = [{"label": x, "path": p} for x, p in (("a", "tiny-a"), ("b", "tiny-b"), ("c", "tiny-a"))]
    body = {
        "models": models,
        "suite": "bundled",
        "options": OPTIONS | {"max_new_tokens": 16, "max_items_per_task": 2},
    }
    eval_id = client.post("/v1/evaluations", json=body).json()["id"]
    settings = api_settings.model_copy(update={"stall_timeout_s": 1.0, "heartbeat_interval_s": 0.2})
    env = settings_env(
        settings,
        MEDIFLOW_MODELS_DIR=str(settings.models_dir),
        MEDIFLOW_ARTIFACTS_DIR=str(settings.artifacts_dir),
        PYTHONPATH=os.pathsep.join(sys.path),
    )
    child = subprocess.Popen([sys.executable, "-c", _DOOMED, eval_id], env=env)

    def scored() -> dict[str, Any]:
        with session_scope(settings.resolved_database_url) as s:
            return dict(get(s, eval_id).results or {})

    deadline = time.monotonic() + 120
    while not scored() and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    before = scored()
    assert before and len(before) < 3, "the worker must die part-way"
    app, requeued = create_celery_app(settings), []
    deadline = time.monotonic() + 30
    while not requeued and time.monotonic() < deadline:  # until the dead worker's heartbeat is stale
        requeued = requeue_stalled_evaluations(app, settings)
        time.sleep(0.1)
    assert requeued == [eval_id]
    assert run_evaluation(eval_id, settings, "worker-2") == "completed"
    after = scored()
    assert set(after) == {"a", "b", "c"}
    assert all(after[k] == v for k, v in before.items())  # scored before the kill: not scored again


def test_cli_scores_local_models_and_writes_the_report(models_root: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mediflow.cli.main import main

    args = ["eval", "run", f"a={models_root / 'tiny-a'}", str(models_root / "tiny-b"), "--device", "cpu"]
    args += ["--max-items", "1", "--max-new-tokens", "2", "--threads", "1", "--out", str(tmp_path)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "average" in result.output and "items/s" in result.output
    table = json.loads((tmp_path / "report" / "report.json").read_text())
    assert table["models"] == ["a", "tiny-b"] and len(table["tasks"]) == 12
    assert (tmp_path / "a" / "predictions.jsonl").read_text().count("\n") == 12
    bad = CliRunner().invoke(
        main, ["eval", "run", str(models_root / "tiny-a"), "--suite", str(tmp_path / "none.jsonl")]
    )
    assert bad.exit_code != 0 and "neither 'bundled'" in bad.output
