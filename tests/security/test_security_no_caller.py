"""Tenancy fails closed: a request's session without a verified caller refuses to read (it would
otherwise see every project), while workers and the CLI, which have no caller, still see everything;
and every path that admits a key (the database read, the caller cache, this request's earlier check)
applies the same checks before it names the caller."""

from __future__ import annotations

import pytest
from fastapi.security import HTTPAuthorizationCredentials
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from starlette.requests import Request

from mediflow.api.auth import authenticated
from mediflow.api.deps import SessionDep
from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.services import api_keys
from mediflow.services.api_keys import Caller
from mediflow.storage import jobs as store
from mediflow.storage import ownership
from mediflow.storage.db import session_scope
from mediflow.storage.models import ApiKey, GenerationJob
from tests.support.auth import bearer, make_api_key
from tests.support.jobs import seed_job


def test_a_request_session_without_a_caller_refuses_every_helper(db_url: str) -> None:
    job = seed_job(db_url, 2)
    with session_scope(db_url) as s:
        ownership.mark_request(s)
        row = s.get(GenerationJob, job)
        for read in (
            lambda: ownership.caller_project(s),
            lambda: ownership.own_project(s),
            lambda: ownership.visible(s, row, "job"),
            lambda: ownership.may_see(s, row),
            lambda: ownership.scoped(s, select(GenerationJob), GenerationJob),
            lambda: ownership.visible_ids(s, GenerationJob, [job]),
            lambda: store.list_jobs(s, limit=10, offset=0),
        ):
            with pytest.raises(ownership.NoCallerError):
                read()
        # Named, it reads its project as before.
        ownership.set_caller(s, "k", "default", all_projects=False)
        assert ownership.caller_project(s) == "default" and ownership.visible(s, row, "job") is row


def test_a_caller_without_a_project_is_refused_not_shown_everything(db_url: str) -> None:
    with session_scope(db_url) as s:
        ownership.mark_request(s)
        ownership.set_caller(s, "k", "", all_projects=False)
        with pytest.raises(ownership.NoCallerError):
            ownership.caller_project(s)


def test_workers_and_the_cli_still_see_every_project(db_url: str) -> None:
    mine, theirs = seed_job(db_url, 2, project="mine"), seed_job(db_url, 2, project="theirs")
    with session_scope(db_url) as s:  # what a worker and the CLI open: no caller, not a request
        assert ownership.caller_project(s) is None and ownership.own_project(s) is None
        assert ownership.visible_ids(s, GenerationJob, [mine, theirs]) == {mine, theirs}
        jobs, total = store.list_jobs(s, limit=10, offset=0)
        assert total == 2 and {j.id for j in jobs} == {mine, theirs}


def test_a_route_that_forgot_its_key_check_answers_403_not_every_project(settings: Settings) -> None:
    seed_job(settings.resolved_database_url, 2, project="theirs")
    app = create_app(settings)

    @app.get("/unguarded")
    def unguarded(session: SessionDep) -> dict[str, int]:
        return {"jobs": store.list_jobs(session, limit=10, offset=0)[1]}

    with TestClient(app) as c:
        resp = c.get("/unguarded")
    assert resp.status_code == 403, resp.text
    assert resp.json()["error"]["message"] == "this request has no verified API key"


def test_the_database_path_refuses_a_key_row_with_an_unknown_scope(settings: Settings) -> None:
    url = settings.resolved_database_url
    settings = settings.model_copy(update={"api_key_cache_s": 60.0})
    job = seed_job(url, 2)
    key = make_api_key(url, "read", name="edited")
    with session_scope(url) as s:  # edited by hand or by a bad migration
        s.execute(update(ApiKey).where(ApiKey.name == "edited").values(scope="root"))
    with TestClient(create_app(settings)) as c:
        for path in (f"/v1/generation-jobs/{job}", "/v1/samples", "/v1/keys"):
            assert c.get(path, headers=bearer(key)).status_code == 401
    assert api_keys.cached_caller(key) is None  # never cached as a caller


@pytest.mark.parametrize(
    "caller",
    [
        Caller(id="k1", name="n", scope="root", project_id="default"),
        Caller(id="k1", name="n", scope="read", project_id=""),
        Caller(id="", name="n", scope="admin", project_id="default"),
    ],
    ids=["unknown scope", "no project", "no key id"],
)
async def test_the_cache_and_this_requests_earlier_check_apply_the_same_checks(
    settings: Settings, caller: Caller
) -> None:
    """What the database path refuses, the shortcuts refuse too (a bad entry however it got there)."""
    from fastapi import HTTPException

    from mediflow.api.auth import _VERIFIED
    from mediflow.api.fastlane import BEARER_LOOKUP

    url = settings.resolved_database_url
    token = make_api_key(url, "read", name="short")
    creds = HTTPAuthorizationCredentials(scheme="Bearer", credentials=token)
    app = create_app(settings.model_copy(update={"api_key_cache_s": 60.0}))
    digest = api_keys._digest(token)
    # The caller cache: an entry is served only if it passes what the database path checks.
    api_keys._callers.put(digest, caller, 60.0)
    assert api_keys.cached_caller(token) is None
    # This request's earlier check (another dependency): admitted again through the same gate.
    scope = {"type": "http", "method": "GET", "path": "/", "headers": [], "app": app}
    scope[BEARER_LOOKUP] = (token, caller)
    request = Request(scope)
    setattr(request.state, _VERIFIED, (token, caller))
    with session_scope(url) as s, pytest.raises(HTTPException) as refused:
        ownership.mark_request(s)
        await authenticated(request, s, creds)
    assert refused.value.status_code == 401
    api_keys._callers.forget(digest)
