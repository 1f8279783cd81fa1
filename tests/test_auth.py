"""API keys, scopes, 401/403 shapes, rate limits and request size limits, through the real app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from mediflow.api.main import create_app
from mediflow.cli import main as cli
from mediflow.core.settings import Settings
from mediflow.services import api_keys
from mediflow.storage.db import session_scope
from mediflow.storage.jobs import get_job
from mediflow.storage.migrate import upgrade
from mediflow.storage.models import ApiKey
from tests.support.auth import bearer, make_api_key
from tests.support.processes import local_settings

OPEN_PATHS = {"/healthz", "/readyz", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}


@pytest.fixture
def app_settings(tmp_path: Path) -> Settings:
    url = f"sqlite:///{tmp_path / 'auth.sqlite'}"
    upgrade(url)
    return local_settings(
        tmp_path,
        url,
        max_request_bytes=4096,
        max_upload_bytes=16384,
        # One token a minute: the burst of 3 is not refilled while the test runs, however slowly (at 60
        # a minute a loaded machine refilled one between the 3rd and the 4th request).
        job_rate_per_minute=1,
        job_rate_burst=3,
    )


@pytest.fixture
def app(app_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(app_settings)) as c:
        yield c


@pytest.fixture
def keys(app_settings: Settings) -> dict[str, str]:
    url = app_settings.resolved_database_url
    return {scope: make_api_key(url, scope, name=f"{scope}-key") for scope in api_keys.SCOPES}


def assert_error(resp, status: int, code: str) -> dict:  # type: ignore[no-untyped-def]
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


def test_every_route_but_the_probes_needs_a_key(app: TestClient) -> None:
    schema = app.get("/openapi.json").json()
    checked = 0
    for path, ops in schema["paths"].items():
        if path in OPEN_PATHS:
            continue
        url = path.replace("{sample_id}", "1")
        for name in ("job_id", "corpus_id", "key_id"):
            url = url.replace("{" + name + "}", "x")
        for method in ops:
            resp = app.request(method.upper(), url)
            assert_error(resp, 401, "unauthorized")
            assert resp.headers["www-authenticate"] == "Bearer", (method, path)
            assert {"401", "403"} <= set(ops[method]["responses"]), (method, path)
            checked += 1
    assert checked >= 12
    assert app.get("/healthz").status_code == 200
    assert app.get("/readyz").status_code in (200, 503)


@pytest.mark.parametrize(
    "header",
    [
        "Bearer mfk_000000000000_nope",  # well formed, unknown prefix
        "Bearer not-a-key",
        "Basic dXNlcjpwYXNz",
        "Bearer ",
    ],
)
def test_invalid_keys_are_401(app: TestClient, header: str) -> None:
    err = assert_error(app.get("/v1/generation-jobs", headers={"Authorization": header}), 401, "unauthorized")
    assert "key" in err["message"]


def test_right_prefix_wrong_secret_is_401(app: TestClient, keys: dict[str, str]) -> None:
    forged = keys["admin"][:-4] + ("AAAA" if not keys["admin"].endswith("AAAA") else "BBBB")
    assert_error(app.get("/v1/taxonomy", headers=bearer(forged)), 401, "unauthorized")


def test_read_scope_reads_but_cannot_create_jobs_or_manage_keys(
    app: TestClient, keys: dict[str, str]
) -> None:
    h = bearer(keys["read"])
    assert app.get("/v1/generation-jobs", headers=h).status_code == 200
    assert app.get("/v1/samples", headers=h).status_code == 200
    assert app.get("/v1/taxonomy", headers=h).status_code == 200
    assert app.get("/metrics", headers=h).status_code == 403  # server-wide figures: admin keys only
    for resp in (
        app.post("/v1/generation-jobs", json={"n_samples": 1}, headers=h),
        app.post("/v1/generation-jobs/x/cancel", headers=h),
        app.post("/v1/corpora", json={"name": "c"}, headers=h),
    ):
        err = assert_error(resp, 403, "forbidden")
        assert "'write' is needed" in err["message"]
        assert resp.headers["www-authenticate"].startswith('Bearer error="insufficient_scope"')
    assert_error(app.get("/v1/keys", headers=h), 403, "forbidden")
    assert app.get("/v1/generation-jobs", headers=h).json()["total"] == 0


def test_write_scope_creates_jobs_but_cannot_manage_keys(
    app: TestClient, keys: dict[str, str], app_settings: Settings
) -> None:
    h = bearer(keys["write"])
    resp = app.post("/v1/generation-jobs", json={"n_samples": 2}, headers=h)
    assert resp.status_code == 202, resp.text
    assert_error(app.get("/v1/keys", headers=h), 403, "forbidden")
    assert_error(app.post("/v1/keys", json={"name": "x", "scope": "read"}, headers=h), 403, "forbidden")
    with session_scope(app_settings.resolved_database_url) as s:
        job = get_job(s, resp.json()["id"])
        creator = s.get(ApiKey, job.created_by_key_id)
        assert creator is not None and creator.name == "write-key"


def test_admin_manages_keys_and_a_revoked_key_stops_working_at_once(
    app: TestClient, keys: dict[str, str]
) -> None:
    h = bearer(keys["admin"])
    created = app.post("/v1/keys", json={"name": "ci", "scope": "read"}, headers=h)
    assert created.status_code == 201
    new = created.json()
    assert new["key"].startswith(f"mfk_{new['prefix']}_") and new["scope"] == "read"
    assert app.get("/v1/taxonomy", headers=bearer(new["key"])).status_code == 200
    listed = app.get("/v1/keys", headers=h).json()["items"]
    assert {k["name"] for k in listed} >= {"ci", "admin-key"}
    assert all("key" not in k and "hash" not in k and "salt" not in k for k in listed)
    assert app.get(f"/v1/keys/{new['id']}", headers=h).json()["last_used_at"] is not None
    revoked = app.delete(f"/v1/keys/{new['id']}", headers=h)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert_error(app.get("/v1/taxonomy", headers=bearer(new["key"])), 401, "unauthorized")
    assert_error(
        app.post("/v1/keys", json={"name": "x", "scope": "root"}, headers=h), 422, "validation_error"
    )
    assert_error(app.delete("/v1/keys/nope", headers=h), 404, "not_found")


def test_keys_are_stored_only_as_salted_hashes(app_settings: Settings) -> None:
    url = app_settings.resolved_database_url
    plain = [make_api_key(url, "read") for _ in range(2)]
    with session_scope(url) as s:
        rows = api_keys.list_keys(s)
        assert len({r.salt for r in rows}) == 2 and len({r.hash for r in rows}) == 2
        for row in rows:
            dump = " ".join(str(getattr(row, c.key)) for c in ApiKey.__table__.columns)
            assert not any(p.split("_", 2)[2] in dump for p in plain)


def test_cli_creates_lists_and_revokes_keys(app_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from mediflow.core.settings import get_settings

    monkeypatch.setenv("MEDIFLOW_DATABASE_URL", app_settings.resolved_database_url)
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        made = runner.invoke(cli, ["keys", "create", "--name", "ops", "--scope", "admin", "-q"])
        assert made.exit_code == 0, made.output
        plain = made.output.strip().splitlines()[-1]
        with session_scope(app_settings.resolved_database_url) as s:
            key = api_keys.authenticate(s, plain)
            assert key is not None and key.scope == "admin"
            key_id = key.id
        listed = runner.invoke(cli, ["keys", "list"])
        assert "ops" in listed.output and plain not in listed.output
        assert runner.invoke(cli, ["keys", "revoke", key_id]).exit_code == 0
        with session_scope(app_settings.resolved_database_url) as s:
            assert api_keys.authenticate(s, plain) is None
        assert runner.invoke(cli, ["keys", "create", "--name", "x", "--scope", "root"]).exit_code != 0
    finally:
        get_settings.cache_clear()


def test_job_creation_is_rate_limited_per_key(app: TestClient, keys: dict[str, str]) -> None:
    codes = [
        app.post("/v1/generation-jobs", json={"n_samples": 1}, headers=bearer(keys["write"])).status_code
        for _ in range(5)
    ]
    assert codes[:3] == [202, 202, 202] and codes[3:] == [429, 429]
    limited = app.post("/v1/generation-jobs", json={"n_samples": 1}, headers=bearer(keys["write"]))
    assert_error(limited, 429, "rate_limited")
    assert int(limited.headers["retry-after"]) >= 1
    # Another key has its own bucket, and reads are not limited.
    assert (
        app.post("/v1/generation-jobs", json={"n_samples": 1}, headers=bearer(keys["admin"])).status_code
        == 202
    )
    assert app.get("/v1/generation-jobs", headers=bearer(keys["write"])).json()["total"] == 4


def test_redis_rate_limiter_shares_one_bucket(redis_url: str) -> None:
    import uuid

    from mediflow.api.ratelimit import RedisLimiter

    ns = f"mediflow-test-rl-{uuid.uuid4().hex[:8]}"
    a = RedisLimiter(f"{redis_url}/0", per_minute=60, burst=2, namespace=ns)
    b = RedisLimiter(f"{redis_url}/0", per_minute=60, burst=2, namespace=ns)  # a second API process
    waits = [a.take("k"), b.take("k"), a.take("k")]
    assert waits[:2] == [0.0, 0.0] and 0 < waits[2] <= 1.0
    assert b.take("other") == 0.0


def test_oversized_requests_are_413(app: TestClient, keys: dict[str, str]) -> None:
    h = bearer(keys["admin"])
    big = {"n_samples": 1, "task_types": ["summarization"] * 1000}
    err = assert_error(app.post("/v1/generation-jobs", json=big, headers=h), 413, "payload_too_large")
    assert "4096" in err["message"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the stream itself is counted
        yield b'{"n_samples": 1, "task_types": ['
        for _ in range(600):
            yield b'"summarization",'
        yield b'"x"]}'

    streamed = app.post(
        "/v1/generation-jobs", content=chunks(), headers={**h, "content-type": "application/json"}
    )
    assert_error(streamed, 413, "payload_too_large")
    assert app.get("/v1/generation-jobs", headers=h).json()["total"] == 0


def test_uploads_have_their_own_larger_limit(app: TestClient, keys: dict[str, str]) -> None:
    h = bearer(keys["admin"])
    corpus = app.post("/v1/corpora", json={"name": "notes"}, headers=h).json()
    path = f"/v1/corpora/{corpus['id']}/documents?filename=a.txt"
    ok = app.post(path, content=b"A clinical note about chest pain.\n" * 200, headers=h)  # ~7 KB
    assert ok.status_code == 201, ok.text
    assert_error(app.post(path, content=b"x" * 20000, headers=h), 413, "payload_too_large")
