"""Quotas, ceilings, rate limits, local backends, publishing and the API docs, each refused with a
clear 4xx (or 503) naming the field, and nothing stored half-way."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import func, select

from mediflow.api.main import create_app
from mediflow.core.egress import EgressPolicy
from mediflow.core.settings import Settings
from mediflow.exports.card import public_spec
from mediflow.exports.hub import HubPushError, push_to_hub
from mediflow.schemas.exports import HubTarget
from mediflow.storage.db import session_scope
from mediflow.storage.models import Export, GenerationJob
from tests.support.auth import client_for

JOB = {"n_samples": 2, "task_types": ["question_answering"]}


def count(settings: Settings, model: Any) -> int:
    with session_scope(settings.resolved_database_url) as s:
        return int(s.scalar(select(func.count(model.id))) or 0)


def test_every_job_gets_a_budget_within_the_servers_ceilings(settings: Settings) -> None:
    with client_for(settings) as c:
        job = c.post("/v1/generation-jobs", json=JOB).json()
        assert job["spec"]["budget"]["max_tokens"] == settings.default_job_max_tokens
        over = [
            ({"budget": {"max_tokens": settings.max_job_tokens + 1}}, "budget.max_tokens"),
            ({"n_samples": settings.max_n_samples + 1}, "n_samples"),
            ({"teacher": {"concurrency": settings.max_teacher_concurrency + 1}}, "teacher.concurrency"),
            ({"quality": {"judge": {"k": settings.max_judge_k + 1}}}, "quality.judge.k"),
        ]
        for extra, field in over:
            resp = c.post("/v1/generation-jobs", json={**JOB, **extra})
            assert resp.status_code == 422, resp.text
            assert resp.json()["error"]["details"][0]["field"] == field
    assert count(settings, GenerationJob) == 1


def test_every_post_is_rate_limited(settings: Settings) -> None:
    slow = settings.model_copy(update={"post_rate_per_minute": 1.0, "post_rate_burst": 3})
    with client_for(slow) as c:
        codes = [c.post("/v1/corpora", json={"name": f"c{i}"}).status_code for i in range(4)]
        assert codes == [201, 201, 201, 429]
        assert c.get("/v1/corpora").status_code == 200  # reads are not writes
        limited = c.post("/v1/exports", json={"format": "sft"})
        assert limited.status_code == 429 and limited.headers["Retry-After"]


def test_the_limiter_fails_closed_in_production(settings: Settings, tmp_path: Path) -> None:
    dead = {"limiter_url": "redis://127.0.0.1:1/0"}
    prod = settings.model_copy(update={**dead, "environment": "production"})
    with client_for(prod) as c:
        resp = c.post("/v1/corpora", json={"name": "x"})
        assert resp.status_code == 503 and "rate limiter is unavailable" in resp.json()["error"]["message"]
        assert c.get("/v1/corpora").status_code == 200
    with client_for(settings.model_copy(update=dead)) as c:  # development fails open, loudly
        assert c.post("/v1/corpora", json={"name": "y"}).status_code == 201


def test_local_backends_need_the_right_scope_and_a_model_under_models_dir(settings: Settings) -> None:
    local = {**JOB, "teacher": {"backend": "transformers", "model": "tiny"}}
    with client_for(settings, "write") as c:
        resp = c.post("/v1/generation-jobs", json=local)
        assert resp.status_code == 403 and "admin" in resp.json()["error"]["message"]
    with client_for(settings, "admin") as c:
        for model in ("tiny", "/etc", "../../etc"):
            body = {**JOB, "teacher": {"backend": "transformers", "model": model}}
            resp = c.post("/v1/generation-jobs", json=body)
            assert resp.status_code == 422 and resp.json()["error"]["details"][0]["field"] == "teacher.model"
            assert "/etc" not in resp.json()["error"]["message"]
        tiny = settings.resolved_models_dir / "tiny"
        tiny.mkdir(parents=True)
        (tiny / "config.json").write_text("{}")
        assert c.post("/v1/generation-jobs", json=local).status_code == 202
    assert count(settings, GenerationJob) == 1


def test_training_hyperparameters_have_ceilings(settings: Settings) -> None:
    body = {"recipe_name": "tiny-cpu", "overrides": {"pit": {"stage1": {"epochs": 1000, "max_steps": 10**7}}}}
    with client_for(settings) as c:
        resp = c.post("/v1/training-runs", json=body)
    assert resp.status_code == 422
    fields = {d["field"]: d["reason"] for d in resp.json()["error"]["details"]}
    assert (
        "at most" in fields["recipe.pit.stage1.epochs"] and "at most" in fields["recipe.pit.stage1.max_steps"]
    )


def test_publishing_needs_admin_or_the_operators_namespace(settings: Settings) -> None:
    hub = settings.model_copy(
        update={"hf_token": SecretStr("hf_server_token_123456"), "hub_namespace": "team"}
    )
    export = {"format": "sft"}
    with client_for(hub, "write") as c:
        for repo in ("someone/ds", "teamx/ds"):
            resp = c.post("/v1/exports", json={**export, "push_to_hub": {"repo_id": repo}})
            assert resp.status_code == 403 and "team/" in resp.json()["error"]["message"]
        ok = c.post("/v1/exports", json={**export, "push_to_hub": {"repo_id": "team/ds"}})
        assert ok.status_code == 202 and ok.json()["spec"]["push_to_hub"]["private"] is True
        assert ok.json()["spec"]["push_to_hub"]["overwrite"] is False
    no_ns = hub.model_copy(update={"hub_namespace": None})
    with client_for(no_ns, "write") as c:
        assert (
            c.post("/v1/exports", json={**export, "push_to_hub": {"repo_id": "team/ds"}}).status_code == 403
        )
    with client_for(no_ns, "admin") as c:
        assert c.post("/v1/exports", json={**export, "push_to_hub": {"repo_id": "any/ds"}}).status_code == 202
    assert count(settings, Export) == 2


class _Hub(BaseHTTPRequestHandler):
    seen: list[str] = []

    def _answer(self) -> None:
        _Hub.seen.append(f"{self.command} {self.path}")
        body = json.dumps({"id": "team/ds", "_id": "1", "private": True, "sha": "0" * 40}).encode()
        self.send_response(200 if self.command == "GET" else 500)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_HEAD = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake_hub() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Hub.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_an_existing_repo_is_not_overwritten_and_the_hub_goes_through_egress(
    tmp_path: Path, fake_hub: str
) -> None:
    loopback = EgressPolicy(private_networks=["127.0.0.0/8"])
    with pytest.raises(HubPushError, match="already exists"):
        push_to_hub(tmp_path, HubTarget(repo_id="team/ds"), "hf_tok_123456", fake_hub, loopback)
    assert _Hub.seen and all(s.startswith(("GET", "HEAD")) for s in _Hub.seen)  # nothing uploaded
    _Hub.seen = []
    with pytest.raises(HubPushError, match="egress policy"):  # loopback is not a listed network here
        push_to_hub(tmp_path, HubTarget(repo_id="team/ds"), "hf_tok_123456", fake_hub, EgressPolicy())
    assert _Hub.seen == []


def test_cards_name_teachers_never_urls_or_limits() -> None:
    spec = {
        "n_samples": 4,
        "teacher": {
            "backend": "openai",
            "name": "gpt4o",
            "model": "gpt-4o",
            "base_url": "http://10.0.0.5:8000/v1",
        },
        "budget": {"max_tokens": 99},
        "quality": {
            "judge": {"k": 3, "teacher": {"backend": "openai", "base_url": "http://judge.internal/v1"}}
        },
    }
    text = json.dumps(public_spec(spec))
    assert "gpt4o" in text and "gpt-4o" in text
    for hidden in ("10.0.0.5", "judge.internal", "base_url", 'max_tokens": 99'):
        assert hidden not in text


def test_docs_can_be_keyed(settings: Settings) -> None:
    keyed = settings.model_copy(update={"docs_public": False})
    with client_for(keyed, "read") as c:
        assert c.get("/openapi.json", headers={"Authorization": ""}).status_code == 401
        assert c.get("/docs", headers={"Authorization": ""}).status_code == 401
        assert c.get("/openapi.json").json()["info"]["title"] == "mediflow"
        assert c.get("/docs").status_code == 200
    with TestClient(create_app(settings)) as public:
        assert public.get("/openapi.json").status_code == 200
