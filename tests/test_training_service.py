"""Training runs as a service: REST validation, queue routing, cancel, logs, stall scan, and an end-to-end
run of every MediPhi stage on a tiny random Llama through the API and a real training worker process.

The library's internals (stages, resume, fingerprints) are covered in tests/training/; here we check
what the service adds on top.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from rich.console import Console

from mediflow.cli.service import worker_concurrency
from mediflow.cli.train import follow, metrics_table, progress_line
from mediflow.client import Client
from mediflow.core.settings import Settings
from mediflow.storage import training_runs as store
from mediflow.storage.db import session_scope
from mediflow.storage.models import Export, ExportStatus, TrainingRun, TrainingStatus, utcnow
from mediflow.workers.app import TRAIN_TASK, create_celery_app
from mediflow.workers.training_runner import TrainingRunner
from mediflow.workers.training_tasks import consumes_training, requeue_stalled_runs
from tests.support.auth import bearer, make_api_key
from tests.support.processes import settings_env, spawn, stop
from tests.support.waiting import wait_until

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def api_settings(redis_settings: Settings, workspace: Path) -> Settings:
    """Models under workspace/models, exports under the workspace (the artifacts root), Redis broker."""
    return redis_settings.model_copy(update={"models_dir": workspace / "models", "artifacts_dir": workspace})


def add_export(settings: Settings, fmt: str, path: Path, status: str = ExportStatus.completed.value) -> str:
    """An export row as the exporter leaves it, pointing at a dataset directory."""
    with session_scope(settings.resolved_database_url) as session:
        export = Export(format=fmt, spec={"format": fmt}, status=status, artifact_path=str(path), n_rows=1)
        session.add(export)
        session.flush()
        return export.id


def tiny_body(settings: Settings, workspace: Path) -> dict[str, Any]:
    """tiny-cpu with exports named both ways: by id (pit, sft, validation) and by local path (dpo)."""
    ex = workspace / "exports"
    notes, guide = (
        add_export(settings, "pit", ex / "pit-notes"),
        add_export(settings, "pit", ex / "pit-guidelines"),
    )
    sft = add_export(settings, "sft", ex / "sft")
    return {
        "recipe_name": "tiny-cpu",
        "overrides": {
            "base_model": "tiny-llama",
            "experts": [{"name": "notes", "export_id": notes}, {"name": "guidelines", "export_id": guide}],
            "slerp": {"validation": {"export_id": sft, "name": "sft-val"}},
            "alignment": {"sft": {"export_id": sft}, "dpo": {"export": "exports/dpo"}},
        },
    }


def queue_len(settings: Settings, queue: str) -> int:
    return int(redis.Redis.from_url(settings.broker_url or "").llen(queue))


def error_fields(resp: Any) -> dict[str, str]:
    return {d["field"]: d["reason"] for d in resp.json()["error"]["details"]}


# --- submitting -----------------------------------------------------------------------------------


def test_submit_resolves_exports_and_goes_to_the_training_queue_only(
    client: TestClient, api_settings: Settings, workspace: Path
) -> None:
    resp = client.post("/v1/training-runs", json=tiny_body(api_settings, workspace))
    assert resp.status_code == 202, resp.text
    run = resp.json()
    assert resp.headers["location"] == run["links"]["self"] == f"/v1/training-runs/{run['id']}"
    assert run["status"] == "queued" and run["name"] == "tiny-cpu"
    recipe = run["recipe"]
    assert recipe["base_model"] == str(workspace / "models" / "tiny-llama")
    assert [e["path"] for e in recipe["experts"]] == [
        str(workspace / "exports" / "pit-notes"),
        str(workspace / "exports" / "pit-guidelines"),
    ]
    assert recipe["slerp"]["validation"] == {
        "kind": "sft",
        "path": str(workspace / "exports" / "sft"),
        "name": "sft-val",
    }
    assert recipe["alignment"]["dpo"]["export"] == str(workspace / "exports" / "dpo")
    assert Path(run["run_dir"]).parent == api_settings.resolved_artifacts_dir / "training-runs"
    # One message, on the training queue; the generation workers' queue stays empty.
    assert queue_len(api_settings, api_settings.training_queue) == 1
    assert queue_len(api_settings, api_settings.generation_queue) == 0
    assert client.get(run["links"]["self"]).json()["recipe"] == recipe


def test_missing_base_model_is_a_422_naming_the_field(
    client: TestClient, api_settings: Settings, workspace: Path
) -> None:
    body = tiny_body(api_settings, workspace)
    body["overrides"]["base_model"] = "no-such-model"
    resp = client.post("/v1/training-runs", json=body)
    assert resp.status_code == 422
    reason = error_fields(resp)["recipe.base_model"]
    assert "no-such-model is not an existing directory" in reason and "never downloads" in reason
    # A hub id is just a missing local directory; a path out of the models root is refused as such.
    body["overrides"]["base_model"] = "../exports/sft"
    assert "outside" in error_fields(client.post("/v1/training-runs", json=body))["recipe.base_model"]
    assert queue_len(api_settings, api_settings.training_queue) == 0


@pytest.mark.parametrize(
    ("fmt", "status", "reason"),
    [
        ("dpo", "completed", "has format 'dpo'; 'sft' is needed"),
        ("sft", "running", "is running; it must be completed"),
    ],
)
def test_export_of_wrong_format_or_unfinished_is_422(
    client: TestClient, api_settings: Settings, workspace: Path, fmt: str, status: str, reason: str
) -> None:
    body = tiny_body(api_settings, workspace)
    bad = add_export(api_settings, fmt, workspace / "exports" / "sft", status=status)
    body["overrides"]["alignment"]["sft"] = {"export_id": bad}
    resp = client.post("/v1/training-runs", json=body)
    assert resp.status_code == 422
    assert reason in error_fields(resp)["recipe.alignment.sft.export_id"]


def test_unknown_export_is_404_and_bad_recipes_are_422(
    client: TestClient, api_settings: Settings, workspace: Path
) -> None:
    body = tiny_body(api_settings, workspace)
    body["overrides"]["experts"][0] = {"name": "notes", "export_id": "nope"}
    resp = client.post("/v1/training-runs", json=body)
    assert resp.status_code == 404 and "recipe.experts[0].export_id: export 'nope' not found" in resp.text
    body = tiny_body(api_settings, workspace)
    body["overrides"]["merge"] = {"method": "ties", "density": None}
    assert "needs ['density']" in error_fields(client.post("/v1/training-runs", json=body))["recipe.merge"]
    body["overrides"]["merge"] = {"density": 0.8}
    body["overrides"]["pit"] = {"stage1": {"learning_rate": -1}}
    assert "recipe.pit.stage1.learning_rate" in error_fields(client.post("/v1/training-runs", json=body))
    resp = client.post("/v1/training-runs", json={"recipe_name": "gpt-5"})
    assert resp.status_code == 422 and "tiny-cpu" in error_fields(resp)["recipe_name"]
    resp = client.post("/v1/training-runs", json={"recipe_name": "tiny-cpu", "recipe": {}})
    assert resp.status_code == 422 and "exactly one" in resp.text
    assert queue_len(api_settings, api_settings.training_queue) == 0


def test_a_read_key_cannot_submit(client: TestClient, api_settings: Settings, workspace: Path) -> None:
    read_key = make_api_key(api_settings.resolved_database_url, "read")
    body = tiny_body(api_settings, workspace)
    assert client.post("/v1/training-runs", json=body, headers=bearer(read_key)).status_code == 403
    assert client.get("/v1/training-runs", headers=bearer(read_key)).status_code == 200


# --- cancel, logs, the stall scan ----------------------------------------------------------------


def submit(client: TestClient, api_settings: Settings, workspace: Path) -> dict[str, Any]:
    resp = client.post("/v1/training-runs", json=tiny_body(api_settings, workspace))
    assert resp.status_code == 202, resp.text
    return resp.json()  # type: ignore[no-any-return]


def test_cancel_queued_running_and_finished_runs(
    client: TestClient, api_settings: Settings, workspace: Path
) -> None:
    queued = submit(client, api_settings, workspace)
    resp = client.post(queued["links"]["cancel"])
    assert resp.status_code == 202 and resp.json()["status"] == "cancelled" and resp.json()["finished_at"]
    assert client.post(queued["links"]["cancel"]).json()["status"] == "cancelled"  # idempotent
    running = submit(client, api_settings, workspace)
    url = api_settings.resolved_database_url
    with session_scope(url) as s:
        assert store.claim_run(s, running["id"], "w1", timedelta(seconds=60))
    assert client.post(running["links"]["cancel"]).json()["status"] == "cancelling"
    with session_scope(url) as s:  # the worker's next heartbeat reads the flag
        assert store.heartbeat(s, running["id"], "w1") == "cancelling"
        assert store.heartbeat(s, running["id"], "someone-else") is None
        assert store.finish_run(s, running["id"], "w1", TrainingStatus.completed, {})
    resp = client.post(running["links"]["cancel"])
    assert resp.status_code == 409 and "already completed" in resp.text
    assert client.post("/v1/training-runs/nope/cancel").status_code == 404


def test_logs_endpoint_serves_the_run_log_and_its_tail(
    client: TestClient, api_settings: Settings, workspace: Path
) -> None:
    run = submit(client, api_settings, workspace)
    resp = client.get(run["links"]["logs"])
    assert resp.status_code == 200 and resp.text == ""  # not started: no log yet
    log = Path(run["run_dir"]) / "train.log"
    log.parent.mkdir(parents=True)
    log.write_text("".join(f"line {i}\n" for i in range(10)))
    assert client.get(run["links"]["logs"]).text.count("\n") == 10
    resp = client.get(run["links"]["logs"], params={"tail": 3})
    assert resp.headers["content-type"].startswith("text/plain") and resp.text == "line 7\nline 8\nline 9\n"
    assert client.get(run["links"]["logs"], params={"tail": 0}).status_code == 422
    assert client.get("/v1/training-runs/nope/logs").status_code == 404


def test_stall_scan_requeues_dead_workers_runs_and_honours_cancels(
    client: TestClient, api_settings: Settings, workspace: Path
) -> None:
    url, stall = api_settings.resolved_database_url, timedelta(seconds=api_settings.stall_timeout_s)
    dead, dead_cancelling, live, doomed = (submit(client, api_settings, workspace)["id"] for _ in range(4))
    with session_scope(url) as s:
        for run_id in (dead, dead_cancelling, live, doomed):
            assert store.claim_run(s, run_id, f"worker-{run_id}", stall)
        store.request_cancel(s, dead_cancelling)
        for run_id in (dead, dead_cancelling, doomed):
            s.get(TrainingRun, run_id).heartbeat_at = utcnow() - 2 * stall  # type: ignore[union-attr]
        s.get(TrainingRun, doomed).attempts = store.MAX_ATTEMPTS  # type: ignore[union-attr]
    before = queue_len(api_settings, api_settings.training_queue)
    assert requeue_stalled_runs(create_celery_app(api_settings), api_settings) == [dead]
    assert queue_len(api_settings, api_settings.training_queue) == before + 1
    states = {r: client.get(f"/v1/training-runs/{r}").json() for r in (dead, dead_cancelling, live)}
    assert states[dead]["status"] == "queued" and states[dead]["worker_id"] is None
    assert states[dead_cancelling]["status"] == "cancelled"
    assert states[live]["status"] == "running"
    failed = client.get(f"/v1/training-runs/{doomed}").json()  # died every time: fails, no endless loop
    assert failed["status"] == "failed" and failed["error"].startswith("worker_lost: ")
    with session_scope(url) as s:  # the old worker, if it comes back, has lost its lease
        assert store.heartbeat(s, dead, f"worker-{dead}") is None
        assert store.claim_run(s, dead, "worker-new", stall)
        assert not store.claim_run(s, live, "worker-new", stall)  # alive elsewhere: a duplicate message


@pytest.mark.db("sqlite")  # trains in process: one database is enough
def test_a_redelivered_run_resumes_and_skips_finished_steps(
    client: TestClient, api_settings: Settings, workspace: Path
) -> None:
    """The worker code in-process on the smallest recipe (one evaluation of the base), run twice."""
    body = {
        "recipe": {
            "name": "eval-only",
            "base_model": "tiny-llama",
            "device": "cpu",
            "evaluate": {
                "exports": [{"kind": "sft", "path": "exports/sft"}],
                "max_eval_rows": 2,
                "generation_prompts": 0,
            },
        }
    }
    run = client.post("/v1/training-runs", json=body).json()
    assert TrainingRunner(run["id"], api_settings, worker_id="w1").run() == "completed"
    first = client.get(run["links"]["self"]).json()
    assert first["status"] == "completed" and first["steps"] == ["eval-base"] and first["attempts"] == 1
    loss = first["metrics"]["eval-base"]["exports"]["sft-sft"]["loss"]
    assert loss > 0 and first["progress"]["stage_total"] == 1
    # As if w1 had died mid-run and its message came back: a stale running row, re-claimed.
    with session_scope(api_settings.resolved_database_url) as s:
        row = s.get(TrainingRun, run["id"])
        assert row is not None
        row.status, row.heartbeat_at, row.metrics = "running", utcnow() - timedelta(hours=1), {}
    assert TrainingRunner(run["id"], api_settings, worker_id="w2").run() == "completed"
    second = client.get(run["links"]["self"]).json()
    assert second["attempts"] == 2 and second["worker_id"] == "w2"
    assert second["metrics"]["eval-base"]["exports"]["sft-sft"]["loss"] == loss  # read back, not re-run
    log = client.get(run["links"]["logs"]).text
    assert "stage_skipped eval-base" in log and "attempt 2 claimed by worker w2" in log
    assert TrainingRunner(run["id"], api_settings).run() == "skipped"  # final: a late duplicate message

    # What `mediflow train` prints once the run is over.
    followed = follow(Client(http=client), run["id"], poll_s=0)
    console = Console(record=True, width=200)
    console.print(metrics_table(followed))
    table = console.export_text()
    assert "eval-base" in table and f'"sft-sft": {round(loss, 4)}' in table
    assert progress_line(followed) == "completed"


def test_training_runs_one_at_a_time_on_their_own_queue(api_settings: Settings) -> None:
    app = create_celery_app(api_settings)
    assert app.conf.task_routes[TRAIN_TASK] == {"queue": api_settings.training_queue}
    assert "mediflow.workers.training_tasks" in app.conf.include
    assert worker_concurrency(api_settings.training_queue, 8, api_settings) == 1
    assert worker_concurrency(None, 3, api_settings) == 3
    app.amqp.queues.select([api_settings.generation_queue])
    assert not consumes_training(app, api_settings)  # generation workers run no training stall scan
    app.amqp.queues.select([api_settings.training_queue])
    assert consumes_training(app, api_settings)


# --- end to end ----------------------------------------------------------------------------------


def wait_for(client: TestClient, run_id: str, statuses: set[str], timeout: float) -> dict[str, Any]:
    def reached() -> dict[str, Any] | None:
        run: dict[str, Any] = client.get(f"/v1/training-runs/{run_id}").json()
        return run if run["status"] in statuses else None

    return wait_until(reached, timeout, f"run {run_id} to reach {sorted(statuses)}", interval=0.3)


def load_state(model_dir: str) -> dict[str, Any]:
    from safetensors.torch import load_file

    files = sorted(Path(model_dir).glob("*.safetensors"))
    assert files, f"no weights in {model_dir}"
    state: dict[str, Any] = {}
    for f in files:
        state |= load_file(str(f))
    return state


def changed(a: dict[str, Any], b: dict[str, Any]) -> set[str]:
    import torch

    assert a.keys() == b.keys()
    return {k for k in a if not torch.equal(a[k], b[k])}


@pytest.fixture
def workers(api_settings: Settings, tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A real training worker and a real generation worker on the same broker and database."""
    env = settings_env(
        api_settings,
        MEDIFLOW_TRAINING_QUEUE=api_settings.training_queue,
        MEDIFLOW_MODELS_DIR=str(api_settings.models_dir),
        MEDIFLOW_ARTIFACTS_DIR=str(api_settings.artifacts_dir),
    )
    training = spawn(
        ["worker", "--queue", api_settings.training_queue], env, tmp_path / "training-worker.log"
    )
    generation = spawn(["worker", "--concurrency", "1"], env, tmp_path / "generation-worker.log")
    try:
        yield {"training": training, "generation": generation, "logs": tmp_path}
    finally:
        for proc in (training, generation):  # both shut down at once
            proc.send_signal(signal.SIGTERM)
        stop(training)
        stop(generation)


@pytest.mark.slow
@pytest.mark.db("postgres")
def test_every_stage_end_to_end_through_the_api_and_a_training_worker(
    client: TestClient, api_settings: Settings, workspace: Path, workers: dict[str, Any]
) -> None:
    run = submit(client, api_settings, workspace)
    done = wait_for(client, run["id"], {"completed", "failed", "cancelled"}, timeout=150)
    log = client.get(run["links"]["logs"]).text
    assert done["status"] == "completed", f"{done['error']}\n{log[-3000:]}"
    # The training worker ran it, not the generation worker on the same broker.
    assert f":{workers['training'].pid}:" in done["worker_id"] and done["attempts"] == 1
    steps = ["pit-notes", "pit-guidelines", "slerp-notes", "slerp-guidelines", "merge", "sft", "dpo"]
    assert list(done["artifacts"]) == steps and done["final_model"] == done["artifacts"]["dpo"]
    assert list(done["metrics"]) == done["steps"] and len(done["steps"]) == 15
    assert set(done["steps"]) == {"eval-base", *steps, *(f"eval-{s}" for s in steps)}
    assert done["progress"]["stage_total"] == 15 and done["progress"]["eta_s"] is None
    for step in steps:  # every model step recorded its training or merge numbers, every eval a loss
        assert done["metrics"][step]["elapsed_s"] >= 0
        assert done["metrics"][f"eval-{step}"]["exports"]["sft"]["loss"] > 0
    assert done["metrics"]["sft"]["train_loss"] > 0 and done["metrics"]["dpo"]["train_loss"] is not None
    assert done["metrics"]["slerp-notes"]["ratio"] in (0.1, 0.5)

    from transformers import AutoModelForCausalLM

    for step in steps:  # every artifact loads as a model
        AutoModelForCausalLM.from_pretrained(done["artifacts"][step])
    state = {s: load_state(done["artifacts"][s]) for s in steps}
    base = load_state(done["recipe"]["base_model"])
    assert len(changed(base, state["pit-notes"])) == len(base)  # full PIT moves every tensor
    assert changed(state["pit-notes"], state["slerp-notes"]) and changed(base, state["slerp-notes"])
    assert changed(state["slerp-notes"], state["merge"])
    # LoRA on q_proj/v_proj: merged back, only those moved; the merged base was untouched before that.
    sft_moved = changed(state["merge"], state["sft"])
    assert sft_moved and all(k.endswith(("q_proj.weight", "v_proj.weight")) for k in sft_moved)
    assert changed(state["sft"], state["dpo"])

    assert "run_end" in log and "[worker] run" in log and "completed in" in log
    tail = client.get(run["links"]["logs"], params={"tail": 2}).text
    assert tail.count("\n") == 2 and "completed in" in tail

    # A second run is cancelled while it trains: it stops at the next check and says so.
    second = submit(client, api_settings, workspace)
    wait_for(client, second["id"], {"running"}, timeout=60)
    assert client.post(second["links"]["cancel"]).json()["status"] in ("cancelling", "cancelled")
    stopped = wait_for(client, second["id"], {"completed", "failed", "cancelled"}, timeout=60)
    assert stopped["status"] == "cancelled" and "cancelled" in client.get(second["links"]["logs"]).text
    assert workers["generation"].poll() is None and workers["training"].poll() is None
    received = f"Task {TRAIN_TASK}["  # Celery's "received" line; the banner lists the name too
    assert received in (workers["logs"] / "training-worker.log").read_text()
    assert received not in (workers["logs"] / "generation-worker.log").read_text()
    assert os.path.isdir(done["run_dir"])
