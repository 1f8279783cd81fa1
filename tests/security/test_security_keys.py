"""No server secret ever reaches an origin it does not belong to: generator, judge, weaker model, azure,
secret refs. A hostile listener on loopback records every header it receives; jobs aimed at it are
refused at the API (422, nothing stored) or, where the operator allows ad-hoc URLs, reach it without
any key, while the operator's own endpoint keeps getting its key."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import func, select

from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.storage.db import session_scope
from mediflow.storage.models import GenerationJob
from mediflow.workers.runner import JobRunner
from tests.support.auth import bearer, make_api_key
from tests.support.loopback import LoopbackTeacher, Reply
from tests.support.processes import local_settings
from tests.test_quality_jobs import quality_reply

pytestmark = pytest.mark.timeout(240)

OPENAI_KEY = "sk-server-openai-1b2c3d4e5f60718293"
AZURE_KEY = "az-server-azure-9f8e7d6c5b4a39281706"
TEAM_KEY = "sk-team-a-named-0a1b2c3d4e5f6a7b8c9d"
SECRETS = (OPENAI_KEY, AZURE_KEY, TEAM_KEY)


def _quality(req: dict[str, Any], n: int) -> Reply:
    return quality_reply(req, n)


@dataclass
class Scene:
    """One test's database, the operator's own endpoint (``honest``) and a ``hostile`` listener, with
    team-a's key in the environment."""

    db_url: str
    tmp_path: Path
    honest: LoopbackTeacher
    hostile: LoopbackTeacher

    def settings(self, *, adhoc: bool) -> Settings:
        """The operator's keys and team-a's endpoint on ``honest``; ``adhoc``: job specs may name URLs."""
        return local_settings(
            self.tmp_path,
            self.db_url,
            openai_api_key=SecretStr(OPENAI_KEY),
            openai_base_url=self.honest.base_url,
            azure_api_key=SecretStr(AZURE_KEY),
            azure_endpoint=f"http://127.0.0.1:{self.honest.port}",
            teachers={"team-a": {"base_url": self.honest.base_url, "secret_ref": "TEAM_A"}},
            adhoc_teacher_urls=adhoc,
            # The strongest case: the hostile port is on the allow-list too (any loopback port).
            egress_allow=["http://127.0.0.1:*"] if adhoc else [],
            egress_private_networks=["127.0.0.0/8"],
        )

    def client(self, settings: Settings) -> TestClient:
        """The app on ``settings``, sending a write key of the default project."""
        return TestClient(create_app(settings), headers=bearer(make_api_key(self.db_url, "write")))


@pytest.fixture
def scene(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Scene]:
    monkeypatch.setenv("MEDIFLOW_SECRET_TEAM_A", TEAM_KEY)
    with LoopbackTeacher(_quality) as honest, LoopbackTeacher(_quality) as hostile:
        yield Scene(db_url, tmp_path, honest, hostile)


def secrets_seen(server: LoopbackTeacher) -> set[str]:
    return {s for h in server.headers for v in h.values() for s in SECRETS if s in v}


def n_jobs(db_url: str) -> int:
    with session_scope(db_url) as s:
        return int(s.scalar(select(func.count(GenerationJob.id))) or 0)


def hostile_specs(hostile: LoopbackTeacher) -> list[tuple[str, dict[str, Any]]]:
    """(field the API must name, job body) for every way a job could point a teacher at ``hostile``."""
    at = {"backend": "openai", "base_url": hostile.base_url, "model": "m"}
    named = {"name": "team-a", "model": "m"}
    judge = {"k": 1, "thresholds": {"quality": 3}}
    return [
        ("teacher.base_url", {"teacher": at}),
        (
            "teacher.base_url",
            {"teacher": {**at, "backend": "azure", "base_url": f"http://127.0.0.1:{hostile.port}"}},
        ),
        ("teacher.secret_ref", {"teacher": {**at, "secret_ref": "TEAM_A"}}),
        ("teacher.base_url", {"teacher": {**named, "base_url": hostile.base_url}}),
        (
            "quality.judge.teacher.base_url",
            {"teacher": named, "quality": {"judge": {**judge, "teacher": at}}},
        ),
        (
            "quality.dpo.weaker_teacher.base_url",
            {
                "teacher": named,
                "quality": {
                    "judge": judge,
                    "dpo": {"enabled": True, "strategy": "weaker_model", "weaker_teacher": at},
                },
            },
        ),
    ]


def test_the_api_refuses_every_path_to_a_foreign_origin(scene: Scene) -> None:
    hostile = scene.hostile
    with scene.client(scene.settings(adhoc=False)) as c:
        for field, body in hostile_specs(hostile):
            resp = c.post("/v1/generation-jobs", json={"n_samples": 2, **body})
            assert resp.status_code == 422, (field, resp.text)
            assert resp.json()["error"]["details"][0]["field"] == field
        # An unknown name, and a name the key's project may not use, say which names are valid.
        resp = c.post("/v1/generation-jobs", json={"n_samples": 1, "teacher": {"name": "nope"}})
        assert resp.status_code == 422 and "team-a" in resp.text
    assert n_jobs(scene.db_url) == 0  # nothing stored half-way
    assert hostile.calls == 0


def test_adhoc_urls_reach_the_listener_without_any_key(scene: Scene) -> None:
    """Generator, judge, weaker model and azure all call the hostile listener; none carries a secret."""
    honest, hostile = scene.honest, scene.hostile
    settings = scene.settings(adhoc=True)
    # With ad-hoc URLs on, all but the two that name a key (secret_ref, a named teacher's URL) run.
    accepted = [
        b
        for f, b in hostile_specs(hostile)
        if not f.endswith("secret_ref") and not (b["teacher"].get("name") and b["teacher"].get("base_url"))
    ]
    assert len(accepted) == 4
    ids = []
    with scene.client(settings) as c:
        for body in accepted:
            body = {**body, "output_formats": ["plain_text"], "task_types": ["question_answering"]}
            resp = c.post("/v1/generation-jobs", json={"n_samples": 2, **body})
            assert resp.status_code == 202, resp.text
            ids.append(resp.json()["id"])
    for job_id in ids:
        assert JobRunner(job_id, settings).run() == "finished"
    assert hostile.calls >= len(accepted)  # every path really called it
    assert secrets_seen(hostile) == set()
    assert {h.get("authorization") for h in hostile.headers if "authorization" in h} == {"Bearer not-needed"}
    assert any("api-key" in h for h in hostile.headers)  # the azure path was exercised
    # The named teacher's key still went where it belongs.
    assert TEAM_KEY in secrets_seen(honest)


def test_the_worker_binds_again_before_sending_a_key(scene: Scene) -> None:
    """A spec stored while ad-hoc URLs were on (or written straight to the database) is re-checked."""
    hostile, db_url = scene.hostile, scene.db_url
    with scene.client(scene.settings(adhoc=True)) as c:
        at = {"backend": "openai", "base_url": hostile.base_url, "model": "m"}
        job_id = c.post("/v1/generation-jobs", json={"n_samples": 2, "teacher": at}).json()["id"]
    with session_scope(db_url) as s:  # a tampered row: a secret_ref smuggled into the stored spec
        tampered = s.get(GenerationJob, job_id)
        assert tampered is not None
        sneaky = GenerationJob(
            spec={**tampered.spec, "teacher": {**tampered.spec["teacher"], "secret_ref": "TEAM_A"}},
            n_planned=2,
            n_shards=1,
            project_id="default",
        )
        s.add(sneaky)
        s.flush()
        from mediflow.storage.models import JobShard

        s.add(JobShard(job_id=sneaky.id, shard=0, status="queued", attempts=0))
        sneaky_id = sneaky.id
    closed = scene.settings(adhoc=False)
    for jid in (job_id, sneaky_id):
        assert JobRunner(jid, closed).run() == "failed"
        with session_scope(db_url) as s:
            job = s.get(GenerationJob, jid)
            assert job is not None and job.status == "failed"
            assert ("teacher.base_url" if jid == job_id else "teacher.secret_ref") in (job.error or "")
    assert hostile.calls == 0


def test_a_named_teacher_is_usable_only_by_its_projects(scene: Scene) -> None:
    db_url = scene.db_url
    settings = scene.settings(adhoc=False)
    settings.teachers["team-a"].projects = ["alpha"]
    body = {"n_samples": 1, "teacher": {"name": "team-a", "model": "m"}}
    app = create_app(settings)
    with TestClient(app, headers=bearer(make_api_key(db_url, "write", project="beta"))) as beta:
        resp = beta.post("/v1/generation-jobs", json=body)
        assert (
            resp.status_code == 422
            and "team-a" not in resp.json()["error"]["details"][0]["reason"].split(":")[-1]
        )
    with TestClient(app, headers=bearer(make_api_key(db_url, "write", project="alpha"))) as alpha:
        job = alpha.post("/v1/generation-jobs", json=body)
        assert job.status_code == 202, job.text
        stored = job.json()["spec"]["teacher"]
        assert (stored["backend"], stored["name"], stored["base_url"]) == ("openai", "team-a", None)
    assert n_jobs(db_url) == 1
