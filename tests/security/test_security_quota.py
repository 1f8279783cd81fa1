"""The daily quota counts what a project's teacher calls spent (per UTC day), not budgets booked:
running jobs stop with budget_exhausted when it is reached, new jobs are refused with 429 until the
next UTC day, another project is untouched. Real databases, the scripted loopback teacher, real runners."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from mediflow.core.settings import Settings
from mediflow.generators.teachers.base import Completion
from mediflow.storage import jobs as store
from mediflow.storage import usage
from mediflow.storage.db import session_scope
from mediflow.storage.models import GenerationJob, Sample
from mediflow.workers.budget import BudgetTracker
from mediflow.workers.runner import JobRunner
from tests.support.auth import client_for
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply

CALL = (40, 60)  # tokens in and out of every scripted teacher call
QUOTA = 1_500  # 15 calls: 5 three-stage samples
IN_FLIGHT = 4  # samples a runner keeps going at teacher concurrency 2: each may be past its budget check


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def teacher() -> Iterator[LoopbackTeacher]:
    with LoopbackTeacher(lambda req, n: Reply(clinical_reply(req, n).content, usage=CALL)) as srv:
        yield srv


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 12, 7, 23, 50, tzinfo=UTC))


@pytest.fixture
def quota_settings(settings: Settings, clock: Clock) -> Settings:
    return settings.model_copy(update={"project_daily_tokens": QUOTA}).with_clock(clock)


def job_body(teacher: LoopbackTeacher, n: int, max_tokens: int = QUOTA) -> dict[str, Any]:
    return {
        "n_samples": n,
        "teacher": teacher.teacher_spec(concurrency=2),
        "quality": {"judge": None, "phi": {"enabled": False}, "dedup": {"enabled": False}},
        "budget": {"max_tokens": max_tokens},
    }


def job(settings: Settings, job_id: str) -> GenerationJob:
    with session_scope(settings.resolved_database_url) as s:
        return store.get_job(s, job_id)


def spent(settings: Settings, project: str, now: datetime) -> usage.Spend:
    with session_scope(settings.resolved_database_url) as s:
        return usage.spent_on(s, project, usage.utc_day(now))


def test_jobs_of_one_project_stop_together_at_its_daily_spend(
    quota_settings: Settings, teacher: LoopbackTeacher, clock: Clock
) -> None:
    s = quota_settings
    with client_for(s, project="alpha") as alpha, client_for(s, project="beta") as beta:
        # Both fit when admitted (nothing spent yet); together they need more than the quota.
        first = alpha.post("/v1/generation-jobs", json=job_body(teacher, 3, 1_000))
        second = alpha.post("/v1/generation-jobs", json=job_body(teacher, 8, QUOTA))
        other = beta.post("/v1/generation-jobs", json=job_body(teacher, 3, 1_000))
        assert (first.status_code, second.status_code, other.status_code) == (202, 202, 202), second.text
        first_id, second_id, other_id = first.json()["id"], second.json()["id"], other.json()["id"]

        assert JobRunner(first_id, s).run() == "finished"
        done = job(s, first_id)
        assert done.status == "completed" and done.n_done == 3
        assert spent(s, "alpha", clock.now).tokens == 3 * 3 * sum(CALL) == 900

        assert JobRunner(second_id, s).run() == "finished"
        stopped = job(s, second_id)
        assert stopped.status == "budget_exhausted", stopped.stop_reason
        assert stopped.stop_reason is not None and "'alpha'" in stopped.stop_reason
        assert "daily quota of 1500 tokens" in stopped.stop_reason
        # Its own budget (1,500) was far from spent: the quota stopped it, not the budget.
        assert stopped.tokens_in + stopped.tokens_out <= QUOTA - 900 + IN_FLIGHT * sum(CALL)
        assert 0 < stopped.n_done < 8 and stopped.n_done + stopped.n_failed + stopped.n_cancelled == 8
        with session_scope(s.resolved_database_url) as db:
            rows = list(db.scalars(select(Sample).where(Sample.job_id == second_id)))
        for row in rows:  # nothing half-written: whole samples, or closed with the reason
            assert (row.status, bool(row.output)) == ("done", True) or (
                row.status == "cancelled" and row.failure_reason == "budget_exhausted"
            )
        total = spent(s, "alpha", clock.now)
        # Checked before every call: over by at most the calls already past that check.
        assert QUOTA <= total.tokens <= QUOTA + IN_FLIGHT * sum(CALL)

        # Another project's day is its own.
        assert JobRunner(other_id, s).run() == "finished"
        assert job(s, other_id).status == "completed" and job(s, other_id).n_done == 3
        assert spent(s, "beta", clock.now).tokens == 900

        # Today's spend is at the quota: estimates and submissions answer 429 until midnight UTC.
        for path in ("/v1/generation-jobs/estimate", "/v1/generation-jobs"):
            refused = alpha.post(path, json=job_body(teacher, 2, 100))
            assert refused.status_code == 429, refused.text
            assert (
                "'alpha'" in refused.json()["error"]["message"]
                and "spent" in refused.json()["error"]["message"]
            )
            assert 1 <= int(refused.headers["Retry-After"]) <= 600  # 23:50 → midnight
        assert beta.post("/v1/generation-jobs/estimate", json=job_body(teacher, 2, 100)).status_code == 200

        # A new UTC day starts from nothing; yesterday's row is kept as it was.
        yesterday = clock.now
        clock.now += timedelta(minutes=20)
        assert spent(s, "alpha", clock.now).tokens == 0
        assert alpha.post("/v1/generation-jobs/estimate", json=job_body(teacher, 2, 100)).status_code == 200
        assert alpha.post("/v1/generation-jobs", json=job_body(teacher, 2, 100)).status_code == 202
        assert spent(s, "alpha", yesterday).tokens == total.tokens


def test_a_job_stops_when_its_project_is_already_at_the_quota(
    quota_settings: Settings, teacher: LoopbackTeacher, clock: Clock
) -> None:
    s = quota_settings
    with client_for(s, project="alpha") as alpha:
        queued = alpha.post("/v1/generation-jobs", json=job_body(teacher, 4, 1_000)).json()["id"]
    # Other work of the project spends the day's quota while this job waits in the queue.
    with session_scope(s.resolved_database_url) as db:
        usage.add_spend(db, "alpha", usage.utc_day(clock.now), usage.Spend(1_000, 2_000))
    calls = teacher.calls
    assert JobRunner(queued, s).run() == "finished"
    stopped = job(s, queued)
    assert stopped.status == "budget_exhausted" and "daily quota" in (stopped.stop_reason or "")
    assert teacher.calls == calls  # no teacher call started
    assert stopped.n_cancelled == 4 and stopped.n_done == 0


def test_a_budget_must_fit_in_what_is_left_today(quota_settings: Settings, teacher: LoopbackTeacher) -> None:
    s = quota_settings
    with client_for(s, project="alpha") as alpha:
        whole = alpha.post("/v1/generation-jobs", json=job_body(teacher, 2, QUOTA + 1))
        assert whole.status_code == 422
        assert whole.json()["error"]["details"][0]["field"] == "budget.max_tokens"
        with session_scope(s.resolved_database_url) as db:
            usage.add_spend(db, "alpha", usage.utc_day(s.now()), usage.Spend(500, 500))
        assert alpha.post("/v1/generation-jobs", json=job_body(teacher, 2, 500)).status_code == 202
        over = alpha.post("/v1/generation-jobs", json=job_body(teacher, 2, 501))
        assert over.status_code == 429 and "1000 of its 1500" in over.json()["error"]["message"]
    with session_scope(s.resolved_database_url) as db:
        assert len(list(db.scalars(select(GenerationJob.id)))) == 1  # nothing stored for the refusals


def test_cost_spend_counts_at_the_jobs_price(settings: Settings, teacher: LoopbackTeacher) -> None:
    price = {"input_per_million": 1_000.0, "output_per_million": 1_000.0}  # 0.1 USD per call
    s = settings.model_copy(update={"project_daily_cost": 1.0, "price_table": {"loopback": price}})
    with client_for(s, project="alpha") as alpha:
        resp = alpha.post("/v1/generation-jobs", json=job_body(teacher, 2))  # no cost budget
        assert resp.status_code == 422 and resp.json()["error"]["details"][0]["field"] == "budget.max_cost"
        body = {**job_body(teacher, 8), "budget": {"max_tokens": 100_000, "max_cost": 0.5}}
        job_id = alpha.post("/v1/generation-jobs", json=body).json()["id"]
    with session_scope(s.resolved_database_url) as db:  # other work spends 0.7 USD meanwhile
        usage.add_spend(db, "alpha", usage.utc_day(s.now()), usage.Spend(0, 0, 0.7))
    assert JobRunner(job_id, s).run() == "finished"
    stopped = job(s, job_id)
    assert stopped.status == "budget_exhausted" and "daily quota of 1 USD" in (stopped.stop_reason or "")
    cost = spent(s, "alpha", s.now()).cost
    assert 1.0 <= cost <= 1.0 + IN_FLIGHT * 0.1 + 1e-9
    with client_for(s, project="alpha") as alpha:  # the cost cap refuses budgets as the token cap does
        budget = {"max_tokens": 100_000, "max_cost": 2.0}
        whole = alpha.post("/v1/generation-jobs", json={**job_body(teacher, 2), "budget": budget})
        assert whole.status_code == 422, whole.text
        assert whole.json()["error"]["details"][0] == {
            "field": "budget.max_cost",
            "reason": "larger than project 'alpha''s daily quota of 1 USD; set a smaller one",
        }
        budget = {"max_tokens": 100_000, "max_cost": 0.25}
        over = alpha.post("/v1/generation-jobs", json={**job_body(teacher, 2), "budget": budget})
        assert over.status_code == 429, over.text
        assert (
            f"has spent {cost:.4f} of its 1 USD today (UTC); this job's budget of 0.25 does not fit"
            in (over.json()["error"]["message"])
        )


def test_quota_messages_name_each_cap_in_its_unit() -> None:
    """Tokens are written whole, USD with %g (spend to four places); tokens are checked first."""
    spent = usage.Spend(tokens_in=900, tokens_out=600, cost=0.123456)
    assert usage.Quota(1_500, None).reached("p", spent) == (
        "project 'p' reached its daily quota of 1500 tokens (1500 spent today, UTC)"
    )
    assert usage.Quota(None, 0.1).reached("p", spent) == (
        "project 'p' reached its daily quota of 0.1 USD (0.1235 spent today, UTC)"
    )
    assert usage.Quota(2_000, 0.5).reached("p", spent) is None
    assert [c.field for c in usage.Quota(2_000, 0.5).ceilings(spent)] == ["max_tokens", "max_cost"]


def test_spend_being_booked_counts_until_a_read_of_the_row_holds_it() -> None:
    """A heartbeat takes the shard's unbooked spend, adds it to the project's row in its database thread and
    reads the row back; the calls checked meanwhile still count that spend, once. Before, it left the
    tracker at the take and came back with the read: a beat slowed by a loaded machine let a job run
    6 calls past its project's quota (a fresh-clone CI run, 2026-12-01)."""
    tracker = BudgetTracker(
        None,
        None,
        0,
        0,
        project_id="alpha",
        quota=usage.Quota(1_000, None),
        project_spent=usage.Spend(900, 0),
    )
    tracker.spend(Completion("", 40, 60, 0.1))
    assert tracker.quota_reached() is not None  # 1,000 spent
    taken = tracker.take_unbooked()
    assert taken == usage.Spend(40, 60) and tracker.quota_reached() is not None  # booking
    tracker.sync_project(usage.Quota(1_000, None), usage.Spend(940, 60), booked=taken)  # committed, read
    assert tracker.quota_reached() is not None
    tracker.sync_project(usage.Quota(1_100, None), usage.Spend(940, 60))  # counted once: 1,000 of 1,100
    assert tracker.quota_reached() is None

    tracker.spend(Completion("", 40, 60, 0.1))
    failed = tracker.take_unbooked()
    tracker.return_unbooked(failed)  # the beat's write failed: unbooked again, counted once
    assert tracker.quota_reached() is not None
    tracker.sync_project(usage.Quota(1_200, None), usage.Spend(940, 60))
    assert tracker.quota_reached() is None  # 1,100 of 1,200
    assert tracker.take_unbooked() == usage.Spend(40, 60)  # and booked by the next beat
