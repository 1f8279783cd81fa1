"""A running job's status, the read clients poll: kept per process for MEDIFLOW_RUNNING_STATUS_CACHE_S
("microcaching"), inside its project, and read once by requests that miss together (single-flight)."""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from mediflow.api.fastlane import StatusFastLane
from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.core.single_flight import SingleFlight
from mediflow.services import job_status, sample_pages
from mediflow.storage import ownership
from mediflow.storage.db import session_scope
from mediflow.storage.models import ApiKey, JobStatus, Sample, utcnow
from tests.support.auth import bearer, make_api_key
from tests.support.jobs import seed_job, set_job
from tests.test_api_read_paths import _lane_answer

RUNNING_S = 1.0


@contextmanager
def _on_statements(hook: Callable[[str], None], when: str = "before_cursor_execute") -> Iterator[None]:
    """``hook(statement)`` runs as each statement is sent (or, ``when="after_cursor_execute"``, once its
    rows are read) while inside: to count reads, slow them, or land a forget while one is in flight."""

    def listener(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        hook(statement)

    event.listen(Engine, when, listener)
    try:
        yield
    finally:
        event.remove(Engine, when, listener)


@asynccontextmanager
async def _verified_client(settings: Settings, key: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client of a new app on ``settings`` (in process, concurrent requests) sending ``key``, which
    one request has already verified and cached: what follows counts only the requests under test."""
    transport = httpx.ASGITransport(app=create_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://t", headers=bearer(key)) as c:
        assert (await c.get("/v1/taxonomy")).status_code == 200
        yield c


def _slow_status_reads(
    reads: list[str], delay_s: float, *, first_only: bool = False
) -> Callable[[str], None]:
    """An ``_on_statements`` hook: each job status read is appended to ``reads`` and held ``delay_s``
    (every one, or only the first): a slow database, counted in statements sent."""
    lock = threading.Lock()

    def hook(statement: str) -> None:
        if "FROM generation_jobs" not in statement or "generation_jobs.id =" not in statement:
            return
        with lock:
            reads.append(statement)
            first = len(reads) == 1
        if first or not first_only:
            time.sleep(delay_s)

    return hook


@pytest.fixture
def running_app(api_settings: Settings) -> Iterator[tuple[TestClient, Settings]]:
    settings = api_settings.model_copy(update={"running_status_cache_s": RUNNING_S, "api_key_cache_s": 1.0})
    with TestClient(create_app(settings)) as c:
        yield c, settings


@pytest.fixture
def running_job(db_url: str) -> str:
    job = seed_job(db_url, 6, project="team")
    set_job(db_url, job, status=JobStatus.running.value, started_at=utcnow())
    return job


def _done(app: TestClient, job: str, key: str) -> int:
    resp = app.get(f"/v1/generation-jobs/{job}", headers=bearer(key))
    assert resp.status_code == 200, resp.text
    count: int = resp.json()["counts"]["done"]
    return count


def test_a_running_jobs_progress_shows_within_the_cache_time(
    running_app: tuple[TestClient, Settings], db_url: str, running_job: str
) -> None:
    app, settings = running_app
    key = make_api_key(db_url, "read", name="poller", project="team")
    assert _done(app, running_job, key) == 4
    set_job(db_url, running_job, n_done=5)  # a worker's next batch
    moved_at = time.monotonic()
    assert _done(app, running_job, key) == 4  # from this process's memory: the bound is not zero ...
    while _done(app, running_job, key) != 5:
        assert time.monotonic() - moved_at < settings.running_status_cache_s + 0.5
        time.sleep(0.02)
    # ... and at most the cache time (plus one read) passed before the poller saw the batch.
    assert time.monotonic() - moved_at < settings.running_status_cache_s + 0.5


def test_cache_time_zero_reads_a_running_job_every_time(
    api_settings: Settings, db_url: str, running_job: str
) -> None:
    settings = api_settings.model_copy(update={"running_status_cache_s": 0.0})
    key = make_api_key(db_url, "read", name="poller", project="team")
    with TestClient(create_app(settings)) as app:
        assert _done(app, running_job, key) == 4
        set_job(db_url, running_job, n_done=5)
        assert _done(app, running_job, key) == 5


def test_cancel_through_this_api_shows_at_once(
    running_app: tuple[TestClient, Settings], db_url: str, running_job: str
) -> None:
    app, _ = running_app
    h = bearer(make_api_key(db_url, "write", name="writer", project="team"))
    assert app.get(f"/v1/generation-jobs/{running_job}", headers=h).json()["status"] == "running"  # cached
    cancelled = app.post(f"/v1/generation-jobs/{running_job}/cancel", headers=h)
    assert cancelled.status_code == 202 and cancelled.json()["status"] != "running"
    assert (
        app.get(f"/v1/generation-jobs/{running_job}", headers=h).json()["status"]
        == cancelled.json()["status"]
    )


@pytest.fixture
def steady_app(api_settings: Settings) -> Iterator[tuple[TestClient, Settings]]:
    """Entries that outlive the test: what is checked is who gets them, not when they expire (a loaded
    machine can take more than RUNNING_S over the requests below)."""
    settings = api_settings.model_copy(update={"running_status_cache_s": 10.0, "api_key_cache_s": 10.0})
    with TestClient(create_app(settings)) as c:
        yield c, settings


def test_another_projects_key_never_gets_the_cached_answer(
    steady_app: tuple[TestClient, Settings], db_url: str, running_job: str
) -> None:
    app, settings = steady_app
    owner = make_api_key(db_url, "read", name="owner", project="team")
    other = make_api_key(db_url, "admin", name="boss", project="other")
    stranger = make_api_key(db_url, "write", name="stranger", project="other")
    path = f"/v1/generation-jobs/{running_job}"
    owners = app.get(path, headers=bearer(owner))
    assert owners.status_code == 200  # the answer is cached now, and both keys are verified
    assert job_status.cached(running_job, "team") == owners.content
    missing = app.get("/v1/generation-jobs/no-such-job", headers=bearer(stranger))
    for _ in range(3):
        refused = app.get(path, headers=bearer(stranger))
        # The 404 of a job that does not exist, naming nothing of the owner's.
        assert refused.status_code == missing.status_code == 404
        assert refused.json()["error"]["code"] == missing.json()["error"]["code"]
        assert (
            refused.json()["error"]["message"].replace(running_job, "no-such-job")
            == (missing.json()["error"]["message"])
        )
    # The fast lane passes the stranger on (to the 404 above); it answers the owner and an admin.
    lane = StatusFastLane(app.app, settings)

    def auth(key: str) -> list[tuple[bytes, bytes]]:
        return [(b"authorization", f"Bearer {key}".encode())]

    app.get(path, headers=bearer(other))
    assert _lane_answer(lane, path, auth(stranger)) == 0
    assert _lane_answer(lane, path, auth(owner)) == 200
    assert _lane_answer(lane, path, auth(other)) == 200


def test_a_revoked_key_stops_getting_the_cached_answer_within_the_key_cache_time(
    running_app: tuple[TestClient, Settings], db_url: str, running_job: str
) -> None:
    app, settings = running_app
    key = make_api_key(db_url, "read", name="leaving", project="team")
    path = f"/v1/generation-jobs/{running_job}"
    assert app.get(path, headers=bearer(key)).status_code == 200  # key and answer both cached
    with session_scope(db_url) as s:  # as `mediflow keys revoke` would, behind this process's back
        s.execute(update(ApiKey).where(ApiKey.name == "leaving").values(revoked_at=utcnow()))
    revoked_at = time.monotonic()
    while time.monotonic() - revoked_at < settings.api_key_cache_s + 0.05:
        time.sleep(0.05)
        app.get(path, headers=bearer(key))  # keeps the job's answer cached meanwhile
    assert app.get(path, headers=bearer(key)).status_code == 401
    assert app.get(path, headers=bearer(key)).status_code == 401


async def test_concurrent_misses_on_one_job_make_one_read(
    api_settings: Settings, db_url: str, running_job: str
) -> None:
    """Single-flight: counted in statements sent, not inferred from timing."""
    settings = api_settings.model_copy(update={"running_status_cache_s": 5.0})
    reads: list[str] = []
    async with _verified_client(settings, make_api_key(db_url, "read", name="many", project="team")) as c:
        job_status.forget(running_job)
        # A slow database: every request arrives while the first read is running.
        with _on_statements(_slow_status_reads(reads, 0.3)):
            answers = await asyncio.gather(*(c.get(f"/v1/generation-jobs/{running_job}") for _ in range(20)))
    assert [r.status_code for r in answers] == [200] * 20
    assert len(reads) == 1, reads
    assert len({r.content for r in answers}) == 1 and json.loads(answers[0].content)["id"] == running_job


async def test_a_request_after_a_cancel_never_joins_a_read_that_began_before_it(
    api_settings: Settings, db_url: str, running_job: str
) -> None:
    """Read-your-writes: the read in flight when the cancel committed may be older than the cancel."""
    settings = api_settings.model_copy(update={"running_status_cache_s": 0.0})
    reads: list[str] = []
    path = f"/v1/generation-jobs/{running_job}"
    async with _verified_client(
        settings, make_api_key(db_url, "write", name="canceller", project="team")
    ) as c:
        # The first poll's row is read; the cancel lands before it answers.
        with _on_statements(_slow_status_reads(reads, 0.5, first_only=True), when="after_cursor_execute"):
            early = asyncio.ensure_future(c.get(path))
            while not reads:
                await asyncio.sleep(0.01)
            cancelled = await c.post(f"{path}/cancel")
            after = await c.get(path)
            await early
    assert cancelled.status_code == 202
    assert after.json()["status"] == cancelled.json()["status"] != "running"


class _SlowCall:
    """A call that takes ``delay`` seconds and answers how many times it had been called."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.calls = 0

    async def __call__(self) -> int:
        self.calls += 1
        await asyncio.sleep(self.delay)
        return self.calls


async def test_single_flight_shares_one_call_and_each_caller_meets_a_failure() -> None:
    flights: SingleFlight[str, int] = SingleFlight()
    slow = _SlowCall(0.05)
    assert await asyncio.gather(*(flights.do("a", slow) for _ in range(10))) == [1] * 10
    assert await flights.do("a", slow) == 2  # nothing kept once the call ended

    async def broken() -> int:
        await asyncio.sleep(0.05)
        raise RuntimeError("database down")

    outcomes = await asyncio.gather(*(flights.do("b", broken) for _ in range(3)), return_exceptions=True)
    assert [str(o) for o in outcomes] == ["database down"] * 3


async def test_single_flight_never_hands_one_callers_error_to_another() -> None:
    """The first caller's read is refused (say, for its project); those who waited on it read for
    themselves and get their own answer."""
    flights: SingleFlight[str, str] = SingleFlight()
    callers = ["stranger", "owner", "owner"]

    def reader(who: str) -> Any:
        async def read() -> str:
            await asyncio.sleep(0.05)
            if who == "stranger":
                raise LookupError("not found")
            return "the job"

        return read

    outcomes = await asyncio.gather(*(flights.do("job", reader(w)) for w in callers), return_exceptions=True)
    assert isinstance(outcomes[0], LookupError)
    assert outcomes[1:] == ["the job", "the job"]


async def test_a_waiter_cancelled_with_its_first_call_stays_cancelled() -> None:
    flights: SingleFlight[str, int] = SingleFlight()
    # Far longer than the test: on a loaded machine a 0.1 s call could finish before the second waiter
    # joined, which then rightly made a call of its own. Cancelling the first cancels this call too.
    call = _SlowCall(10.0)
    first = asyncio.ensure_future(flights.do("a", call))
    await asyncio.sleep(0.01)
    second = asyncio.ensure_future(flights.do("a", call))
    await asyncio.sleep(0.01)
    first.cancel()
    second.cancel()
    with pytest.raises(asyncio.CancelledError):
        await second
    assert call.calls == 1  # the cancelled waiter did not start a read of its own


async def test_a_cancelled_first_call_leaves_the_others_to_call_themselves() -> None:
    flights: SingleFlight[str, str] = SingleFlight()

    async def call() -> str:
        await asyncio.sleep(0.1)
        return "read"

    first = asyncio.ensure_future(flights.do("a", call))
    await asyncio.sleep(0.01)
    second = asyncio.ensure_future(flights.do("a", call))
    await asyncio.sleep(0.01)
    first.cancel()
    assert await second == "read"
    assert first.cancelled()


# --- samples pages: the same microcache (MEDIFLOW_SAMPLES_PAGE_CACHE_S), per project and query ---


def test_a_kept_page_shows_new_rows_within_the_cache_time_and_stays_in_its_project(
    api_settings: Settings, db_url: str, running_job: str
) -> None:
    settings = api_settings.model_copy(update={"samples_page_cache_s": 1.0})
    owner = bearer(make_api_key(db_url, "read", name="owner", project="team"))
    stranger = bearer(make_api_key(db_url, "read", name="stranger", project="other"))
    admin = bearer(make_api_key(db_url, "admin", name="boss", project="other"))
    params = {"job_id": running_job, "fields": "status,output"}
    with TestClient(create_app(settings)) as app:
        first = app.get("/v1/samples", params=params, headers=owner).json()["items"]
        assert len(first) == 6
        # Another project's key asks the same query: its own (empty) page, never the owner's.
        for _ in range(2):
            assert app.get("/v1/samples", params=params, headers=stranger).json()["items"] == []
        assert len(app.get("/v1/samples", params=params, headers=admin).json()["items"]) == 6
        with session_scope(db_url) as s:  # a worker's batch, behind this process's back
            s.execute(update(Sample).where(Sample.job_id == running_job).values(output="rewritten"))
        written_at = time.monotonic()
        while any(
            r["output"] != "rewritten"
            for r in app.get("/v1/samples", params=params, headers=owner).json()["items"]
        ):
            assert time.monotonic() - written_at < settings.samples_page_cache_s + 0.5
            time.sleep(0.02)
        assert app.get("/v1/samples", params=params, headers=stranger).json()["items"] == []


def test_a_write_through_this_process_drops_kept_pages(
    api_settings: Settings, db_url: str, running_job: str
) -> None:
    settings = api_settings.model_copy(update={"samples_page_cache_s": 10.0})
    h = bearer(make_api_key(db_url, "write", name="writer", project="team"))
    params = {"job_id": running_job, "fields": "status"}
    with TestClient(create_app(settings)) as app:
        before = app.get("/v1/samples", params=params, headers=h).json()["items"]
        set_job(db_url, running_job, status=JobStatus.completed.value, finished_at=utcnow())
        assert app.post(f"/v1/generation-jobs/{running_job}/retry-failed", headers=h).status_code == 202
        after = app.get("/v1/samples", params=params, headers=h).json()["items"]
    assert [r["status"] for r in before].count("failed") == 2
    assert [r["status"] for r in after].count("failed") == 0  # back to pending at once, not in 10 s


def test_a_page_too_large_to_keep_is_read_every_time(
    api_settings: Settings, db_url: str, running_job: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages' memory bound: count x size. A small bound here stands for a 500-row page of every field."""
    monkeypatch.setattr(sample_pages, "PAGE_KEEP_MAX_BYTES", 200)
    settings = api_settings.model_copy(update={"samples_page_cache_s": 10.0})
    h = bearer(make_api_key(db_url, "read", name="big", project="team"))
    small, large = {"job_id": running_job, "limit": 1, "fields": "output"}, {"job_id": running_job}
    with TestClient(create_app(settings)) as app:
        assert len(app.get("/v1/samples", params=small, headers=h).content) <= 200
        assert len(app.get("/v1/samples", params=large, headers=h).content) > 200
        with session_scope(db_url) as s:
            s.execute(update(Sample).where(Sample.job_id == running_job).values(output="rewritten"))
        assert (
            app.get("/v1/samples", params=small, headers=h).json()["items"][0]["output"] != "rewritten"
        )  # kept
        assert {r["output"] for r in app.get("/v1/samples", params=large, headers=h).json()["items"]} == {
            "rewritten"
        }


def test_a_refused_sign_in_or_another_projects_write_keeps_a_projects_pages(
    api_settings: Settings, db_url: str, running_job: str
) -> None:
    """Only a verified caller's write drops kept pages, and only the pages that caller could see: a
    failed console sign-in (a POST answered without raising) or another project's write must not empty
    them for everyone."""
    settings = api_settings.model_copy(update={"samples_page_cache_s": 30.0})
    owner = bearer(make_api_key(db_url, "read", name="owner", project="team"))
    other = bearer(make_api_key(db_url, "write", name="other-writer", project="other"))
    owner_writer = bearer(make_api_key(db_url, "write", name="owner-writer", project="team"))
    params = {"job_id": running_job, "fields": "output"}

    def owner_outputs(app: TestClient) -> set[str]:
        return {r["output"] for r in app.get("/v1/samples", params=params, headers=owner).json()["items"]}

    with TestClient(create_app(settings)) as app:
        kept = owner_outputs(app)
        with session_scope(db_url) as s:  # behind this process's back: only a forget would show it
            s.execute(update(Sample).where(Sample.job_id == running_job).values(output="rewritten"))
        page = app.get("/ui/login")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert csrf is not None
        refused = app.post("/ui/login", data={"api_key": "mf_nope", "csrf_token": csrf.group(1)})
        assert refused.status_code == 401
        theirs = seed_job(db_url, 3, project="other")
        set_job(db_url, theirs, status=JobStatus.running.value, started_at=utcnow())
        assert app.post(f"/v1/generation-jobs/{theirs}/cancel", headers=other).status_code == 202
        assert owner_outputs(app) == kept  # still the kept page
        assert "rewritten" not in kept
        # The owner's own write drops its pages at its commit: the next read shows the rows as stored.
        assert app.post(f"/v1/generation-jobs/{running_job}/cancel", headers=owner_writer).status_code == 202
        assert owner_outputs(app) == {"rewritten"}


# --- one process, many jobs and projects: a forget or a busy project touches only its own ---


def test_another_jobs_forget_keeps_this_jobs_read(db_url: str, running_job: str) -> None:
    """A forget for one job (its cancel; every poll of it with the running cache time 0) used to drop
    the put of every status read in flight, whichever job it read (one forget counter per cache)."""
    other = seed_job(db_url, 2, project="team")
    for forgotten, kept in ((other, True), (running_job, False)):
        job_status.forget(running_job)
        with _on_statements(lambda _s, job=forgotten: job_status.forget(job)), session_scope(db_url) as s:
            entry = job_status.read_entry(s, running_job, 60.0, 60.0)
        assert entry is not None and entry[0] == "team"
        # Another job's forget: this read's answer is kept. Its own job's: dropped (it may be stale).
        assert job_status.cached(running_job, "team") == (entry[1] if kept else None)


def _keep_page(s: Session, project: str, **query: Any) -> tuple[Any, ...]:
    """A page read and kept (60 s) for a caller of ``project``, as the samples route does; its key."""
    ownership.set_caller(s, f"{project}-key", project, all_projects=False)
    page = {"fields": sample_pages.parse_fields("status"), **query}
    key = sample_pages.page_key(s, **page)
    sample_pages.page_json_kept(s, key, 60.0, **page)
    return key


def test_another_projects_write_keeps_this_projects_page_read(db_url: str, running_job: str) -> None:
    """A write by a caller of one project drops its pages only, and the reads in flight for it only."""
    sample_pages.forget_pages()
    for writer, kept in (("other", True), ("team", False)):
        with _on_statements(lambda _s, p=writer: sample_pages.forget_pages(p)), session_scope(db_url) as s:
            key = _keep_page(s, "team", job_id=running_job)
        assert (sample_pages.cached_page(key) is not None) is kept


def test_one_project_cycling_pages_leaves_another_projects_pages_kept(db_url: str, running_job: str) -> None:
    """The page cache is bounded (PAGE_CACHE_MAX) and shared: a project that reads more distinct pages
    than it holds evicts its own oldest, not every other project's."""
    sample_pages.forget_pages()
    theirs = seed_job(db_url, 3, project="other")
    with session_scope(db_url) as s:
        mine = _keep_page(s, "team", job_id=running_job)
    with session_scope(db_url) as s:
        cycled = [
            _keep_page(s, "other", job_id=theirs, cursor=i) for i in range(sample_pages.PAGE_CACHE_MAX + 20)
        ]
    assert sample_pages.cached_page(mine) is not None
    kept = [key for key in cycled if sample_pages.cached_page(key) is not None]
    assert kept == cycled[-(sample_pages.PAGE_CACHE_MAX - 1) :]  # the bound holds: theirs fill the rest
