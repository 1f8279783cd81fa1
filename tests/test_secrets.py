"""Teacher keys reach the teacher and nowhere else: not the database, the API's answers or any log."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import text

from mediflow.api.main import create_app
from mediflow.core.logs import SecretMaskFilter, configure_logging
from mediflow.core.secrets import MissingSecretError, teacher_api_key
from mediflow.core.settings import Settings
from mediflow.storage.db import session_scope
from tests.support.auth import bearer, make_api_key
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply
from tests.support.processes import local_settings, settings_env, spawn, stop
from tests.support.waiting import wait_until

pytestmark = pytest.mark.timeout(180)

SETTINGS_KEY = "sk-settings-5f1d9c2e7a4b4e0f"
REF_KEY = "sk-ref-team-a-93b7c1d4e2f6a8b0"


def test_secret_ref_resolves_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDIFLOW_SECRET_TEAM_A", REF_KEY)
    assert teacher_api_key("TEAM_A", SecretStr(SETTINGS_KEY)) == REF_KEY
    assert teacher_api_key(None, SecretStr(SETTINGS_KEY)) == SETTINGS_KEY
    with pytest.raises(MissingSecretError, match="MEDIFLOW_SECRET_NOPE"):
        teacher_api_key("NOPE", None)


def test_a_spec_cannot_carry_a_key_and_refs_are_names(sqlite_url: str, tmp_path: Path) -> None:
    url = sqlite_url
    s = Settings(data_dir=tmp_path, database_url=url, broker_url=f"sqla+sqlite:///{tmp_path / 'b.sqlite'}")
    with TestClient(create_app(s), headers=bearer(make_api_key(url))) as c:
        refs = ({"secret_ref": "sk-live-abc"}, {"secret_ref": "../../x"}, {"secret_ref": "TEAM_A"})
        for teacher in ({"api_key": "sk-x"}, *refs):
            resp = c.post("/v1/generation-jobs", json={"n_samples": 1, "teacher": teacher})
            assert resp.status_code == 422, teacher


def test_mask_filter_masks_messages_args_and_tracebacks() -> None:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "key=%s", (SETTINGS_KEY,), None)
    try:
        raise RuntimeError(f"boom {SETTINGS_KEY}")
    except RuntimeError:
        import sys

        record.exc_info = sys.exc_info()
    SecretMaskFilter([SETTINGS_KEY]).filter(record)
    assert record.getMessage() == "key=***"
    assert SETTINGS_KEY not in (record.exc_text or "") and "boom ***" in (record.exc_text or "")


def test_full_run_never_leaks_teacher_keys(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """On PostgreSQL (the worker-process tests are split between the two databases)."""

    def echoing(req: dict, n: int) -> Reply:
        if req.get("response_format"):  # a provider that echoes the key it was sent, as some do
            return Reply(status=500, error_message=f"upstream rejected key {last_auth[-1]}")
        return clinical_reply(req, n)

    url = pg_url
    monkeypatch.setenv("MEDIFLOW_SECRET_TEAM_A", REF_KEY)
    caplog.set_level(logging.DEBUG)
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    responses: list[str] = []
    with LoopbackTeacher(echoing) as teacher:
        # Both keys bound by the operator to this endpoint: the server's default and a named teacher.
        settings = local_settings(
            tmp_path,
            url,
            openai_api_key=SecretStr(SETTINGS_KEY),
            openai_base_url=teacher.base_url,
            teachers={"team-a": {"base_url": teacher.base_url, "secret_ref": "TEAM_A"}},
            egress_private_networks=["127.0.0.0/8"],
            log_format="json",
            heartbeat_interval_s=0.3,
            quality_processes=1,  # one PHI screening process for the worker, as in conftest's settings
        )
        configure_logging(settings, "debug")  # the API side logs as it does in production
        root.addHandler(caplog.handler)
        api = TestClient(create_app(settings)).__enter__()
        last_auth = teacher.authorizations
        h = bearer(make_api_key(url, "admin"))
        env = settings_env(
            settings,
            MEDIFLOW_OPENAI_API_KEY=SETTINGS_KEY,
            MEDIFLOW_OPENAI_BASE_URL=teacher.base_url,
            MEDIFLOW_SECRET_TEAM_A=REF_KEY,
            MEDIFLOW_LOG_FORMAT="json",
        )
        worker = spawn(["worker", "--concurrency", "2", "--log-level", "debug"], env, tmp_path / "worker.log")
        try:
            ids = []
            for name in ("team-a", None):
                teacher_spec = {"backend": "openai", "model": "loop", "concurrency": 3}
                if name:
                    teacher_spec["name"] = name
                body = {
                    "n_samples": 8,
                    "teacher": teacher_spec,
                    "output_formats": ["plain_text", "json"],
                    "quality": {"judge": None},  # the echoing teacher answers no judge prompt
                }
                resp = api.post("/v1/generation-jobs", json=body, headers=h)
                assert resp.status_code == 202, resp.text
                responses.append(resp.text)
                ids.append(resp.json()["id"])

            def all_completed() -> bool:
                jobs = [api.get(f"/v1/generation-jobs/{i}", headers=h) for i in ids]
                responses.extend(j.text for j in jobs)
                return all(j.json()["status"] == "completed" for j in jobs)

            wait_until(all_completed, 120, "both jobs to complete", interval=0.3)
            for job_id in ids:
                responses.append(
                    api.get("/v1/samples", params={"job_id": job_id, "limit": 500}, headers=h).text
                )
            responses += [api.get(p, headers=h).text for p in ("/v1/generation-jobs", "/metrics", "/v1/keys")]
        finally:
            stop(worker)
            api.__exit__(None, None, None)
            root.handlers[:] = saved[0]
            root.setLevel(saved[1])
    failed = [s for r in responses[-5:-3] for s in json.loads(r)["items"] if s["status"] == "failed"]
    assert failed and all("***" in s["failure"]["detail"] for s in failed)  # the echo was masked
    # The teacher did get both keys, each from where it should come.
    assert (
        f"Bearer {REF_KEY}" in teacher.authorizations and f"Bearer {SETTINGS_KEY}" in teacher.authorizations
    )
    worker_log = (tmp_path / "worker.log").read_text()
    assert '"job_id": "' in worker_log and "claimed" in worker_log
    with session_scope(url) as s:
        db_dump = " ".join(
            str(row)
            for table in ("generation_jobs", "samples")
            for row in s.execute(text(f"SELECT * FROM {table}"))
        )
    for secret in (SETTINGS_KEY, REF_KEY):
        assert secret not in worker_log
        assert secret not in caplog.text
        assert not any(secret in r for r in responses)
        assert secret not in db_dump
