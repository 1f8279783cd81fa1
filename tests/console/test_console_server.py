"""The console's server side without a browser, on SQLite and PostgreSQL: sessions, CSRF, scopes,
escaping, pagination and the security headers."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.services import api_keys
from mediflow.storage.db import session_scope
from mediflow.storage.models import ConsoleSession, Sample, utcnow
from tests.support.auth import make_api_key
from tests.support.loopback import LoopbackTeacher
from tests.support.quota_jobs import failing_coding_documents, quota_spec, run_job
from tests.test_reviews import seed_job

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), base_url="http://testserver") as c:
        yield c


def sign_in(c: TestClient, key: str, next_url: str = "/ui/jobs") -> str:
    """Sign in through the form; returns the page's CSRF token for actions."""
    page = c.get("/ui/login")
    token = CSRF.search(page.text)
    assert token is not None
    r = c.post(
        "/ui/login",
        data={"api_key": key, "csrf_token": token.group(1), "next": next_url},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    jobs = c.get("/ui/jobs")
    assert jobs.status_code == 200
    found = CSRF.search(jobs.text)
    assert found is not None
    return found.group(1)


def test_sign_in_sets_a_hardened_cookie_and_stores_only_a_hash(
    client: TestClient, settings: Settings
) -> None:
    url = settings.resolved_database_url
    key = make_api_key(url, "read", "reader")
    assert client.get("/ui/jobs", follow_redirects=False).headers["location"] == "/ui/login?next=/ui/jobs"
    page = client.get("/ui/login")
    token = CSRF.search(page.text)
    assert token is not None
    # The sign-in form needs its double-submit token.
    r = client.post("/ui/login", data={"api_key": key, "csrf_token": "forged"}, follow_redirects=False)
    assert r.status_code == 403
    r = client.post("/ui/login", data={"api_key": "mfk_nope", "csrf_token": token.group(1)})
    assert r.status_code == 401 and "invalid or revoked" in r.text and "mfk_nope" not in r.text
    page = client.get("/ui/login")
    token = CSRF.search(page.text)
    assert token is not None
    r = client.post(
        "/ui/login",
        data={"api_key": key, "csrf_token": token.group(1), "next": "https://evil.example/"},
        follow_redirects=False,
    )
    assert r.headers["location"] == "/ui/jobs"  # never an open redirect
    cookie = next(h for h in r.headers.get_list("set-cookie") if h.startswith("mediflow_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/ui" in cookie
    value = cookie.split(";")[0].split("=", 1)[1]
    with session_scope(url) as s:
        rows = s.query(ConsoleSession).all()
        assert len(rows) == 1 and rows[0].id != value and value not in rows[0].id
    page = client.get("/ui/jobs")
    assert page.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert key not in page.text


def test_sessions_expire_are_revoked_and_die_with_their_key(client: TestClient, settings: Settings) -> None:
    url = settings.resolved_database_url
    key = make_api_key(url, "admin", "root")
    csrf = sign_in(client, key)
    with session_scope(url) as s:  # expire it
        s.execute(update(ConsoleSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert client.get("/ui/jobs", follow_redirects=False).status_code == 303
    csrf = sign_in(client, key)
    page = client.get("/ui/sessions")
    ids = re.findall(r'action="/ui/sessions/([0-9a-f]{64})/revoke"', page.text)
    assert len(ids) == 1  # the expired one is not listed
    r = client.post(f"/ui/sessions/{ids[0]}/revoke", data={"csrf_token": csrf}, follow_redirects=False)
    assert r.headers["location"] == "/ui/login"
    assert client.get("/ui/jobs", follow_redirects=False).status_code == 303
    sign_in(client, key)
    with session_scope(url) as s:
        [row] = [k for k in api_keys.list_keys(s) if k.name == "root"]
        api_keys.revoke_key(s, row.id)
    assert client.get("/ui/jobs", follow_redirects=False).status_code == 303


def test_actions_need_the_csrf_token_a_same_origin_and_the_scope(
    client: TestClient, settings: Settings
) -> None:
    url = settings.resolved_database_url
    ids = seed_job(url)
    csrf = sign_in(client, make_api_key(url, "review", "ana"))
    action = f"/ui/samples/{ids[0]}/review"
    assert client.post(action, data={"decision": "accept"}).status_code == 403
    assert client.post(action, data={"decision": "accept", "csrf_token": "0" * 64}).status_code == 403
    cross = client.post(
        action, data={"decision": "accept", "csrf_token": csrf}, headers={"Origin": "https://evil.example"}
    )
    assert cross.status_code == 403 and "cross-site" in cross.text
    ok = client.post(action, data={"decision": "accept", "csrf_token": csrf}, follow_redirects=False)
    assert ok.status_code == 303
    # The token also works as a header (the pages' scripts), and review is not write.
    refused = client.post("/ui/jobs", data={"n_samples": 1}, headers={"X-CSRF-Token": csrf})
    assert refused.status_code == 403 and "'write' is needed" in html.unescape(refused.text)
    bad = client.post(action, data={"decision": "reject", "csrf_token": csrf})
    assert bad.status_code == 422 and "reason" in bad.text
    with session_scope(url) as s:
        assert s.get(Sample, ids[0]).output == "Answer 0"  # type: ignore[union-attr]


def test_pages_escape_content_page_rows_and_show_phi(client: TestClient, settings: Settings) -> None:
    url = settings.resolved_database_url
    ids = seed_job(url)
    with session_scope(url) as s:
        row = s.get(Sample, ids[1])
        assert row is not None
        row.input = "Call <b>me</b> at 617-555-0142 <script>alert(1)</script>"
        job_id = row.job_id
        s.add_all(
            Sample(
                job_id=job_id,
                index=100 + i,
                status="done",
                task_type="qa",
                input_data="discharge_summary",
                difficulty_level=1,
                output_format="plain_text",
                instruction=f"bulk {i}",
                output="x",
            )
            for i in range(120)
        )
    sign_in(client, make_api_key(url, "read", "reader"))
    page = client.get(f"/ui/samples/{ids[1]}").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert re.search(r'<mark class="phi" title="PHI: PHONE">.*617-555-0142</mark>', page)
    first = client.get("/ui/samples", params={"job_id": job_id})
    assert first.text.count("<tr data-sample=") == 50
    nxt = re.search(r'href="\?([^"]+)" id="next-page"', first.text)
    assert nxt is not None
    second = client.get("/ui/samples?" + nxt.group(1).replace("&amp;", "&"))
    assert second.text.count("<tr data-sample=") == 50
    seen = set(re.findall(r'data-sample="(\d+)"', first.text)) & set(
        re.findall(r'data-sample="(\d+)"', second.text)
    )
    assert not seen
    text = client.get("/ui/samples", params={"job_id": job_id, "q": "BULK 11"}).text
    assert re.findall(r"<td class=\"clip\">([^<]*)</td>", text) == [
        "bulk 119",
        "bulk 118",
        "bulk 117",
        "bulk 116",
        "bulk 115",
        "bulk 114",
        "bulk 113",
        "bulk 112",
        "bulk 111",
        "bulk 110",
        "bulk 11",
    ]
    phi = client.get("/ui/samples", params={"job_id": job_id, "phi": "yes", "score_min": ""}).text
    assert re.findall(r'data-sample="(\d+)"', phi) == [str(ids[1])]
    low = client.get("/ui/samples", params={"job_id": job_id, "score": "quality", "score_max": "2"}).text
    assert re.findall(r'data-sample="(\d+)"', low) == [str(ids[3])]
    assert client.get("/ui/samples", params={"score": "bogus"}).status_code == 422
    job_page = client.get(f"/ui/jobs/{job_id}")
    assert job_page.status_code == 200 and "<svg" in job_page.text and "Kept of planned" in job_page.text
    assert client.get(f"/ui/jobs/{job_id}/review").status_code == 403  # read scope
    assert client.get("/ui/exports").status_code == 200 and client.get("/ui/training").status_code == 200
    assert client.get("/ui/static/console.js").status_code == 200


def test_job_form_errors_name_the_field_and_a_valid_form_creates_and_cancels(
    client: TestClient, settings: Settings
) -> None:
    url = settings.resolved_database_url
    csrf = sign_in(client, make_api_key(url, "write", "writer"))
    bad = client.post("/ui/jobs", data={"csrf_token": csrf, "n_samples": 5, "backend": "nope"})
    assert bad.status_code == 422 and "teacher.backend" in bad.text and 'value="5"' in bad.text
    pasted = client.post("/ui/jobs", data={"csrf_token": csrf, "spec": "n_samples: [1"})
    assert pasted.status_code == 422 and "not valid JSON or YAML" in pasted.text
    made = client.post(
        "/ui/jobs",
        data={"csrf_token": csrf, "spec": '{"n_samples": 3, "teacher": {"backend": "embedded"}}'},
        follow_redirects=False,
    )
    assert made.status_code == 303
    job_id = made.headers["location"].rsplit("/", 1)[1]
    live = client.get("/ui/jobs/live", params={"ids": f"{job_id},unknown"}).json()
    assert list(live) == [job_id] and live[job_id]["planned"] == 3 and live[job_id]["status"] == "queued"
    r = client.post(f"/ui/jobs/{job_id}/cancel", data={"csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/ui/jobs/live", params={"ids": job_id}).json()[job_id]["status"] == "cancelled"


def test_training_page_draws_the_loss_from_the_run_log(
    client: TestClient, settings: Settings, tmp_path: Path
) -> None:
    from mediflow.api.ui.views import loss_series
    from mediflow.storage import training_runs
    from mediflow.training.progress import Reporter, close_run_log, open_run_log

    url = settings.resolved_database_url
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    log = open_run_log(run_dir)
    reporter = Reporter(log)
    reporter.at("sft", "sft")
    for step, loss in ((1, 2.5), (2, 2.1), (3, 1.7)):
        reporter.emit("train_step", phase="sft", step=step, max_steps=3, loss=loss, eta_s=1.0)
    close_run_log(log)
    assert loss_series((run_dir / "train.log").read_text()) == {"sft": [(1.0, 2.5), (2.0, 2.1), (3.0, 1.7)]}
    with session_scope(url) as s:
        run = training_runs.create_run(s, "tiny", {}, str(run_dir), "run1")
        run.steps = ["sft", "dpo"]
        run.step_id = "sft"
    sign_in(client, make_api_key(url, "read", "reader"))
    page = client.get("/ui/training/run1")
    assert page.status_code == 200 and "<polyline" in page.text and 'aria-current="step">sft' in page.text
    assert "tiny" in client.get("/ui/training").text


def test_reviews_download_from_the_console(client: TestClient, settings: Settings) -> None:
    url = settings.resolved_database_url
    ids = seed_job(url)
    csrf = sign_in(client, make_api_key(url, "review", "ana"))
    client.post(
        f"/ui/samples/{ids[1]}/review", data={"csrf_token": csrf, "decision": "reject", "reason": "PHI"}
    )
    client.post(
        f"/ui/samples/{ids[2]}/review",
        data={
            "csrf_token": csrf,
            "decision": "edit",
            "output": "Fixed 2",
            "instruction": "Question 2 about the note",
        },
    )
    with session_scope(url) as s:
        job_id = s.get(Sample, ids[1]).job_id  # type: ignore[union-attr]
    tasks = client.get(f"/ui/jobs/{job_id}/reviews/export").json()
    assert [t["data"]["sample_id"] for t in tasks] == [ids[1], ids[2]]
    edited = client.get(f"/v1/samples/{ids[2]}/reviews")  # no bearer key: the REST API stays closed
    assert edited.status_code == 401
    page = client.get(f"/ui/samples/{ids[2]}").text
    assert "(edited output)" in page  # only the changed column counts as an edit


def test_the_job_page_shows_the_quota_table_and_why_it_stopped_short(
    client: TestClient, settings: Settings
) -> None:
    """A real quota job (the scripted teacher refuses every clinical-coding document) on the job page."""
    with LoopbackTeacher() as server:
        server.responder = failing_coding_documents(times=None)
        quota = {"kept_per_stratum": 2, "stratum": ["task_type"], "max_rounds": 1}
        job, _rows = run_job(
            settings, quota_spec(server, task_types=["summarization", "clinical_coding"], quota=quota)
        )
    sign_in(client, make_api_key(settings.resolved_database_url, "read", "reader"))
    page = client.get(f"/ui/jobs/{job.id}").text
    summary = re.search(r'<p id="quota-summary">(.*?)</p>', page, re.S)
    assert summary is not None
    assert " ".join(summary.group(1).split()) == (
        "2 kept rows per stratum (task_type): 1 strata met, 1 short; 1 of 1 top-up rounds planned."
    )
    assert "Stopped short: top-up rounds exhausted (quota.max_rounds=1)" in page
    table = re.search(r'<table id="quota">.*?</table>', page, re.S)
    assert table is not None
    heads = re.findall(r'<th scope="col">([^<]*)</th>', table.group(0))
    assert heads == ["task_type", "Planned", "Kept", "Topped up", "Short"]
    rows = [re.findall(r"<td>([^<]*)</td>", tr) for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", table.group(0))]
    # Short strata first: coding planned 2 + 2 topped up, kept none; summarization met its quota.
    assert [r for r in rows if r] == [
        ["clinical_coding", "4", "0", "2", "2"],
        ["summarization", "2", "2", "0", "0"],
    ]
    with session_scope(settings.resolved_database_url) as s:
        plain_id = s.get(Sample, next(iter(seed_job(settings.resolved_database_url).values()))).job_id  # type: ignore[union-attr]
    plain = client.get(f"/ui/jobs/{plain_id}").text
    assert "quota-summary" not in plain  # a job without a quota has no quota section
