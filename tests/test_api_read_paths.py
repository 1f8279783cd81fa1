"""The polled read paths, on both databases: samples pages with a ``fields`` selector, and the cache of
verified API keys with its revocation bound (``MEDIFLOW_API_KEY_CACHE_S``)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator

import pytest
from fastapi import HTTPException
from fastapi.testclient import TestClient
from sqlalchemy import update

from mediflow.api.fastlane import StatusFastLane
from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.schemas.samples import SAMPLE_FIELDS, SampleRow
from mediflow.services import api_keys, sample_pages
from mediflow.storage import ownership
from mediflow.storage.db import session_scope
from mediflow.storage.models import ApiKey, JobStatus, Sample, utcnow
from tests.support.auth import bearer, make_api_key
from tests.support.jobs import CHECKS, seed_job, set_job


@pytest.fixture
def job_id(db_url: str) -> str:
    return seed_job(db_url)


def test_the_sample_row_lists_exactly_the_public_fields() -> None:
    assert tuple(SampleRow.model_fields) == SAMPLE_FIELDS


def test_a_default_page_row_equals_the_single_sample(client: TestClient, job_id: str) -> None:
    page = client.get("/v1/samples", params={"job_id": job_id, "limit": 5})
    assert page.status_code == 200, page.text
    rows = page.json()["items"]
    assert len(rows) == 5 and page.json()["next_cursor"] == str(rows[-1]["id"])
    for row in rows:
        assert list(row) == list(SAMPLE_FIELDS)  # every field, in the documented order
        assert row == client.get(f"/v1/samples/{row['id']}").json()
    failed = [r for r in rows if r["status"] == "failed"]
    assert failed and failed[0]["failure"] == {
        "stage": "output",
        "reason": "invalid_json",
        "detail": "not json",
    }
    done = [r for r in rows if r["status"] == "done"]
    assert done[0]["checks"] == CHECKS and done[0]["provenance"]["teacher_model"] == "t"


def test_fields_selects_what_each_row_carries(client: TestClient, job_id: str) -> None:
    full = client.get("/v1/samples", params={"job_id": job_id, "limit": 50}).json()["items"]
    slim = client.get(
        "/v1/samples", params={"job_id": job_id, "limit": 50, "fields": "status,output,quality"}
    )
    assert slim.status_code == 200, slim.text
    rows = slim.json()["items"]
    assert [list(r) for r in rows] == [["id", "status", "output", "quality"]] * len(full)
    assert rows == [{k: r[k] for k in ("id", "status", "output", "quality")} for r in full]
    assert len(slim.content) * 3 < len(client.get("/v1/samples", params={"job_id": job_id}).content)
    # Derived fields come whole; id comes even unasked; the cursor walks the same rows.
    failure = client.get(
        "/v1/samples", params={"job_id": job_id, "fields": " failure ,provenance", "limit": 4}
    )
    body = failure.json()
    assert [list(r) for r in body["items"]] == [["id", "provenance", "failure"]] * 4
    assert body["items"] == [{k: r[k] for k in ("id", "provenance", "failure")} for r in full[:4]]
    rest = client.get(
        "/v1/samples",
        params={"job_id": job_id, "fields": "status", "cursor": body["next_cursor"], "limit": 50},
    ).json()
    assert [r["id"] for r in rest["items"]] == [r["id"] for r in full[4:]] and rest["next_cursor"] is None


@pytest.mark.parametrize("fields", ["status,password", "minhash", "content_hash,status", "a" * 1001])
def test_unknown_fields_are_a_422_naming_them(client: TestClient, job_id: str, fields: str) -> None:
    resp = client.get("/v1/samples", params={"job_id": job_id, "fields": fields})
    assert resp.status_code == 422, resp.text
    error = resp.json()["error"]
    assert error["code"] == "validation_error" and "fields" in error["message"]
    if len(fields) < 1000:
        assert "valid: id, job_id" in error["message"] and "Traceback" not in resp.text


def test_the_sdk_sends_fields(client: TestClient, job_id: str) -> None:
    from mediflow.client import Client

    page = Client(http=client).list_samples(job_id=job_id, fields=["status", "quality"], limit=3)
    assert [sorted(r.model_fields_set) for r in page.items] == [["id", "quality", "status"]] * 3
    assert page.items[0].output is None and page.items[0].status in ("done", "failed")


def test_pages_stay_inside_the_callers_project(db_url: str, api_settings: Settings) -> None:
    mine, theirs = seed_job(db_url, 4, project="mine"), seed_job(db_url, 4, project="theirs")
    key = make_api_key(db_url, "read", name="mine", project="mine")
    with TestClient(create_app(api_settings), headers=bearer(key)) as c:
        for fields in (None, "status", "provenance,failure"):
            params = {"fields": fields} if fields else {}
            ids = {r["id"] for r in c.get("/v1/samples", params={**params, "limit": 500}).json()["items"]}
            assert len(ids) == 4
            assert c.get("/v1/samples", params={**params, "job_id": theirs}).json()["items"] == []
        assert c.get(f"/v1/generation-jobs/{mine}").status_code == 200
        assert c.get(f"/v1/generation-jobs/{theirs}").status_code == 404


@pytest.fixture
def cached_app(api_settings: Settings) -> Iterator[tuple[TestClient, Settings]]:
    settings = api_settings.model_copy(update={"api_key_cache_s": 1.0})
    with TestClient(create_app(settings)) as c:
        yield c, settings


def _revoke_behind_the_apis_back(url: str, key_name: str) -> None:
    """As the CLI or another API process would: straight in the database."""
    with session_scope(url) as s:
        s.execute(update(ApiKey).where(ApiKey.name == key_name).values(revoked_at=utcnow()))


def test_a_key_revoked_elsewhere_stops_within_the_cache_time(
    cached_app: tuple[TestClient, Settings], db_url: str, job_id: str
) -> None:
    app, settings = cached_app
    h = bearer(make_api_key(db_url, "read", name="elsewhere"))
    assert app.get(f"/v1/generation-jobs/{job_id}", headers=h).status_code == 200
    _revoke_behind_the_apis_back(db_url, "elsewhere")
    revoked_at = time.monotonic()
    # Still trusted from the cache (the bound is documented, not zero) ...
    assert app.get(f"/v1/generation-jobs/{job_id}", headers=h).status_code == 200
    # ... and refused once the cache time has passed, on every route.
    while time.monotonic() - revoked_at < settings.api_key_cache_s + 0.05:
        time.sleep(0.05)
    assert app.get(f"/v1/generation-jobs/{job_id}", headers=h).status_code == 401
    assert app.get("/v1/samples", headers=h).status_code == 401


def test_a_key_found_revoked_when_renewed_is_dropped_for_every_request(
    api_settings: Settings, db_url: str, job_id: str
) -> None:
    settings = api_settings.model_copy(update={"api_key_cache_s": 4.0})
    h = bearer(make_api_key(db_url, "read", name="renewed"))
    with TestClient(create_app(settings)) as app:
        assert app.get(f"/v1/generation-jobs/{job_id}", headers=h).status_code == 200
        verified_at = time.monotonic()
        _revoke_behind_the_apis_back(db_url, "renewed")
        while time.monotonic() < verified_at + settings.api_key_cache_s / 2 + 0.05:
            time.sleep(0.05)
        assert app.get(f"/v1/generation-jobs/{job_id}", headers=h).status_code == 401  # it renewed the key
        assert (
            app.get(f"/v1/generation-jobs/{job_id}", headers=h).status_code == 401
        )  # not served from memory
        assert time.monotonic() - verified_at < settings.api_key_cache_s  # before the cache time ran out


def test_a_key_revoked_through_this_api_stops_at_once(
    cached_app: tuple[TestClient, Settings], db_url: str, job_id: str
) -> None:
    app, _ = cached_app
    admin = bearer(make_api_key(db_url, "admin", name="boss"))
    made = app.post("/v1/keys", json={"name": "temp", "scope": "read"}, headers=admin).json()
    h = bearer(made["key"])
    assert app.get(f"/v1/generation-jobs/{job_id}", headers=h).status_code == 200  # now cached
    assert app.delete(f"/v1/keys/{made['id']}", headers=admin).status_code == 200
    assert app.get(f"/v1/generation-jobs/{job_id}", headers=h).status_code == 401


def test_the_cache_holds_no_wrong_secret_and_no_scope_upgrade(
    cached_app: tuple[TestClient, Settings], db_url: str, job_id: str
) -> None:
    app, _ = cached_app
    plain = make_api_key(db_url, "read", name="reader")
    assert app.get(f"/v1/generation-jobs/{job_id}", headers=bearer(plain)).status_code == 200
    forged = plain[:-4] + ("AAAA" if not plain.endswith("AAAA") else "BBBB")  # same prefix, wrong secret
    assert app.get(f"/v1/generation-jobs/{job_id}", headers=bearer(forged)).status_code == 401
    # A cached read key is still only a read key.
    assert app.post("/v1/generation-jobs", json={"n_samples": 1}, headers=bearer(plain)).status_code == 403
    assert app.get("/v1/keys", headers=bearer(plain)).status_code == 403


def test_cache_time_zero_reads_the_row_every_time(api_settings: Settings, db_url: str, job_id: str) -> None:
    settings = api_settings.model_copy(update={"api_key_cache_s": 0.0})
    h = bearer(make_api_key(db_url, "read", name="uncached"))
    with TestClient(create_app(settings)) as app:
        assert app.get(f"/v1/generation-jobs/{job_id}", headers=h).status_code == 200
        _revoke_behind_the_apis_back(db_url, "uncached")
        assert app.get(f"/v1/generation-jobs/{job_id}", headers=h).status_code == 401


# --- the status read: a finished job's answer cached per process (MEDIFLOW_JOB_STATUS_CACHE_S) ---


@pytest.fixture
def status_app(api_settings: Settings, admin_key: str) -> Iterator[tuple[TestClient, Settings]]:
    # The running job's microcache off: these tests hold the finished job's cache apart from it (see
    # tests/test_api_status_running.py for the running one).
    settings = api_settings.model_copy(update={"job_status_cache_s": 1.0, "running_status_cache_s": 0.0})
    with TestClient(create_app(settings), headers=bearer(admin_key)) as c:
        yield c, settings


def test_a_finished_jobs_status_is_cached_for_the_cache_time(
    status_app: tuple[TestClient, Settings], db_url: str, job_id: str
) -> None:
    app, settings = status_app
    set_job(db_url, job_id, status=JobStatus.completed.value, finished_at=utcnow())
    first = app.get(f"/v1/generation-jobs/{job_id}")
    assert first.status_code == 200 and first.json()["status"] == "completed"
    set_job(db_url, job_id, error="changed behind the API's back")
    changed_at = time.monotonic()
    assert app.get(f"/v1/generation-jobs/{job_id}").content == first.content  # from this process's cache
    while time.monotonic() - changed_at < settings.job_status_cache_s + 0.05:
        time.sleep(0.05)
    assert app.get(f"/v1/generation-jobs/{job_id}").json()["error"] == "changed behind the API's back"


def test_a_running_jobs_status_is_read_every_time(
    status_app: tuple[TestClient, Settings], db_url: str, job_id: str
) -> None:
    app, _ = status_app
    set_job(db_url, job_id, status=JobStatus.running.value)
    assert app.get(f"/v1/generation-jobs/{job_id}").json()["counts"]["done"] == 8
    set_job(db_url, job_id, n_done=9)
    assert app.get(f"/v1/generation-jobs/{job_id}").json()["counts"]["done"] == 9


def test_retry_failed_through_this_api_drops_the_cached_status(
    status_app: tuple[TestClient, Settings], db_url: str, job_id: str
) -> None:
    app, _ = status_app
    set_job(db_url, job_id, status=JobStatus.completed.value, finished_at=utcnow())
    assert app.get(f"/v1/generation-jobs/{job_id}").json()["status"] == "completed"
    retried = app.post(f"/v1/generation-jobs/{job_id}/retry-failed")
    assert retried.status_code == 202, retried.text
    assert (
        app.get(f"/v1/generation-jobs/{job_id}").json()["status"] == retried.json()["status"] != "completed"
    )


def test_a_cached_status_is_served_only_inside_its_project(
    status_app: tuple[TestClient, Settings], db_url: str
) -> None:
    app, _ = status_app
    theirs = seed_job(db_url, 4, project="theirs")
    set_job(db_url, theirs, status=JobStatus.completed.value, finished_at=utcnow())
    owner = bearer(make_api_key(db_url, "read", name="owner", project="theirs"))
    other = bearer(make_api_key(db_url, "read", name="other", project="mine"))
    for _ in range(2):  # the second read of each is the cached one
        assert app.get(f"/v1/generation-jobs/{theirs}", headers=owner).status_code == 200
        assert app.get(f"/v1/generation-jobs/{theirs}").status_code == 200  # the admin key sees all
        assert app.get(f"/v1/generation-jobs/{theirs}", headers=other).status_code == 404


# --- the fast lane: the same cached answer before routing, only when the full path would give it ---


def _lane_answer(lane: StatusFastLane, path: str, headers: list[tuple[bytes, bytes]], **scope: object) -> int:
    """What the fast lane did with a request: the status it sent itself, or 0 when it passed it on."""
    sent: list[dict[str, object]] = []
    passed_on: list[bool] = []

    async def full_path(_scope: object, _receive: object, _send: object) -> None:
        passed_on.append(True)

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    lane.app = full_path
    request = {"type": "http", "method": "GET", "path": path, "headers": headers, "query_string": b""}
    asyncio.run(lane({**request, **scope}, receive, send))  # type: ignore[arg-type]
    if passed_on:
        assert not sent
        return 0
    return int(sent[0]["status"])  # type: ignore[call-overload]


@pytest.fixture
def lane_app(api_settings: Settings, admin_key: str) -> Iterator[tuple[TestClient, Settings]]:
    """The finished job's entry and the keys' outlive the test: with 1 s the job's could expire between
    a read still served from it and the lane's look-up right after (a flake, about one run in twenty)."""
    settings = api_settings.model_copy(
        update={"job_status_cache_s": 30.0, "api_key_cache_s": 30.0, "running_status_cache_s": 0.0}
    )
    with TestClient(create_app(settings), headers=bearer(admin_key)) as c:
        yield c, settings


def test_the_fast_lane_answers_only_what_the_full_path_would(
    lane_app: tuple[TestClient, Settings], db_url: str
) -> None:
    app, settings = lane_app
    job = seed_job(db_url, 4, project="theirs")
    running = seed_job(db_url, 4, project="theirs")
    set_job(db_url, job, status=JobStatus.completed.value, finished_at=utcnow())
    set_job(db_url, running, status=JobStatus.running.value)
    owner = make_api_key(db_url, "read", name="owner", project="theirs")
    other = make_api_key(db_url, "write", name="other", project="mine")
    admin = app.headers["Authorization"].removeprefix("Bearer ")
    full = {k: app.get(f"/v1/generation-jobs/{job}", headers=bearer(k)) for k in (owner, other, admin)}
    assert [r.status_code for r in full.values()] == [200, 404, 200]
    for k in (owner, other):  # both keys are now verified and cached, the finished job's answer too
        app.get(f"/v1/generation-jobs/{running}", headers=bearer(k))

    lane = StatusFastLane(app.app, settings)
    path = f"/v1/generation-jobs/{job}"

    def auth(key: str, scheme: str = "Bearer") -> list[tuple[bytes, bytes]]:
        return [(b"host", b"x"), (b"authorization", f"{scheme} {key}".encode())]

    assert _lane_answer(lane, path, auth(owner)) == 200
    assert _lane_answer(lane, path, auth(owner, "bearer")) == 200
    assert _lane_answer(lane, path, auth(admin)) == 200
    # The full path answers all of these (and gives the answers it always gave).
    assert _lane_answer(lane, path, auth(other)) == 0  # another project's job: its 404
    assert _lane_answer(lane, f"/v1/generation-jobs/{running}", auth(owner)) == 0  # running: read it
    assert _lane_answer(lane, path, auth(owner[:-4] + "AAAA")) == 0  # a wrong secret: its 401
    assert _lane_answer(lane, path, auth(owner, "Basic")) == 0
    assert _lane_answer(lane, path, [(b"host", b"x")]) == 0  # no key
    assert _lane_answer(lane, path, [*auth(owner), *auth(other)]) == 0  # two keys
    assert _lane_answer(lane, path, [*auth(owner), (b"content-length", b"5")]) == 0  # a body
    assert _lane_answer(lane, path, auth(owner), method="POST") == 0
    assert _lane_answer(lane, path + "/report", auth(owner)) == 0
    assert _lane_answer(lane, path, auth(owner), query_string=b"x=1") == 0

    # What it sends is the full path's answer, byte for byte.
    for key in (owner, admin):
        assert app.get(path, headers=bearer(key)).content == full[key].content

    # A key revoked through this API is gone from the cache: the lane passes it on, the full path 401s.
    made = app.post("/v1/keys", json={"name": "temp", "scope": "read", "project": "theirs"}).json()
    assert app.get(path, headers=bearer(made["key"])).status_code == 200
    assert _lane_answer(lane, path, auth(made["key"])) == 200
    assert app.delete(f"/v1/keys/{made['id']}").status_code == 200
    assert _lane_answer(lane, path, auth(made["key"])) == 0
    assert app.get(path, headers=bearer(made["key"])).status_code == 401

    # With the key cache off the lane never answers.
    assert (
        _lane_answer(
            StatusFastLane(app.app, settings.model_copy(update={"api_key_cache_s": 0.0})), path, auth(owner)
        )
        == 0
    )


@pytest.mark.parametrize("fields", [None, "status,instruction,output,quality", "provenance,failure,checks"])
def test_a_page_rendered_straight_to_json_equals_the_validated_model(db_url: str, fields: str | None) -> None:
    job = seed_job(db_url)
    with session_scope(db_url) as s:
        s.execute(update(Sample).where(Sample.index == 4).values(completed_at=utcnow(), quality=3.5))
    for cursor in (None, 3):
        page = {"job_id": job, "limit": 5, "cursor": cursor, "fields": sample_pages.parse_fields(fields)}
        with session_scope(db_url) as s:
            ownership.set_caller(s, "k", "default", all_projects=False)
            raw = sample_pages.page_json(s, **page)
            model = sample_pages.list_samples(s, **page).model_dump_json(by_alias=True, exclude_unset=True)
        assert raw == model.encode()
        assert len(json.loads(raw)["items"]) == 5


async def test_a_key_revoked_after_the_fast_lane_looked_it_up_is_refused(
    api_settings: Settings, db_url: str
) -> None:
    """The lane's lookup happens before the wait for a database slot: a revocation during that wait
    must still be seen, so auth asks the cache again instead of trusting the lane's answer."""
    from fastapi.security import HTTPAuthorizationCredentials
    from starlette.requests import Request

    from mediflow.api.auth import authenticated
    from mediflow.api.fastlane import BEARER_LOOKUP

    settings = api_settings.model_copy(update={"api_key_cache_s": 60.0})
    token = make_api_key(db_url, "read", name="waiting")
    app = create_app(settings)
    with session_scope(db_url) as s:
        caller = api_keys.authenticate_cached(s, token, 60.0)  # verified and cached, as the lane found it
        assert caller is not None
    scope = {"type": "http", "method": "GET", "path": "/", "headers": [], "app": app}
    scope[BEARER_LOOKUP] = (token, caller)
    # ... then, while the request waits for a database slot, the key is revoked in this process.
    _revoke_behind_the_apis_back(db_url, "waiting")
    api_keys.forget_key(caller.id)
    creds = HTTPAuthorizationCredentials(scheme="Bearer", credentials=token)
    with session_scope(db_url) as s, pytest.raises(HTTPException) as refused:
        await authenticated(Request(scope), s, creds)
    assert refused.value.status_code == 401
