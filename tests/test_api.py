"""The REST API on real databases, with a real Redis broker receiving the job messages."""

from __future__ import annotations

import pytest
import redis
from fastapi.testclient import TestClient

from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.generators.pipeline import SampleResult
from mediflow.generators.plan import PlanAxes, build_plan
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from tests.support.auth import bearer


@pytest.fixture
def api_settings(redis_settings: Settings) -> Settings:
    """A real Redis broker receives the job messages, on a queue of the test's own."""
    return redis_settings


def _queued_messages(s: Settings) -> int:
    return int(redis.Redis.from_url(s.broker_url or "").llen(s.generation_queue))


def test_create_job_returns_202_stores_it_and_enqueues_one_message(
    client: TestClient, api_settings: Settings
) -> None:
    body = {
        "n_samples": 12,
        "task_types": ["summarization", "clinical_coding"],
        "output_formats": ["json"],
        "seed": 4,
    }
    resp = client.post("/v1/generation-jobs", json=body)
    assert resp.status_code == 202, resp.text
    job = resp.json()
    assert resp.headers["location"] == f"/v1/generation-jobs/{job['id']}" == job["links"]["self"]
    assert job["status"] == "queued" and job["counts"]["planned"] == 12 and job["counts"]["pending"] == 12
    assert job["spec"]["teacher"]["backend"] == "embedded" and job["spec"]["seed"] == 4
    assert _queued_messages(api_settings) == 1
    got = client.get(job["links"]["self"]).json()
    assert got["id"] == job["id"] and got["spec"] == job["spec"]


def test_idempotency_key_returns_the_same_job(client: TestClient, api_settings: Settings) -> None:
    body = {"n_samples": 3}
    first = client.post("/v1/generation-jobs", json=body, headers={"Idempotency-Key": "abc"})
    second = client.post("/v1/generation-jobs", json=body, headers={"Idempotency-Key": "abc"})
    assert first.json()["id"] == second.json()["id"]
    assert second.headers.get("idempotent-replayed") == "true"
    assert _queued_messages(api_settings) == 1
    clash = client.post("/v1/generation-jobs", json={"n_samples": 4}, headers={"Idempotency-Key": "abc"})
    assert clash.status_code == 409 and clash.json()["error"]["code"] == "conflict"


@pytest.mark.parametrize(
    ("body", "field", "reason"),
    [
        ({"n_samples": 0}, "n_samples", "greater than or equal to 1"),
        ({"n_samples": 2_000_000}, "n_samples", "less than or equal to"),
        (
            {"n_samples": 5, "task_types": ["qa_magic"]},
            "task_types",
            "unknown task type 'qa_magic'; valid: question_answering",
        ),
        ({"n_samples": 5, "document_types": []}, "document_types", "must not be empty"),
        ({"n_samples": 5, "difficulty_levels": [9]}, "difficulty_levels", "unknown difficulty level"),
        ({"n_samples": 5, "output_formats": ["xml"]}, "output_formats", "valid: plain_text, json"),
        (
            {"n_samples": 5, "teacher": {"backend": "gpt5-magic"}},
            "teacher.backend",
            "valid: azure, embedded, openai, transformers, vllm",
        ),
        (
            {"n_samples": 5, "teacher": {"api_key": "sk-x"}},
            "teacher.api_key",
            "Extra inputs are not permitted",
        ),
        ({"n_samples": 5, "teacher": {"base_url": "ftp://x"}}, "teacher.base_url", "http://"),
        ({}, "n_samples", "Field required"),
    ],
)
def test_bad_input_is_422_naming_field_and_reason(
    client: TestClient, body: dict, field: str, reason: str
) -> None:
    resp = client.post("/v1/generation-jobs", json=body)
    assert resp.status_code == 422
    err = resp.json()["error"]
    assert err["code"] == "validation_error"
    assert any(d["field"] == field and reason in d["reason"] for d in err["details"]), err
    assert client.get("/v1/generation-jobs").json()["total"] == 0  # nothing stored


def test_malformed_json_body_is_422_not_500(client: TestClient) -> None:
    resp = client.post(
        "/v1/generation-jobs", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert resp.status_code == 422 and resp.json()["error"]["code"] == "validation_error"


def test_unknown_ids_are_404_in_the_error_shape(client: TestClient) -> None:
    for path in ("/v1/generation-jobs/nope", "/v1/samples/999999", "/v1/nothing-here"):
        resp = client.get(path)
        assert resp.status_code == 404, path
        assert resp.json()["error"]["code"] == "not_found"
    assert client.post("/v1/generation-jobs/nope/cancel").status_code == 404


def test_list_jobs_pages(client: TestClient) -> None:
    ids = [client.post("/v1/generation-jobs", json={"n_samples": 1}).json()["id"] for _ in range(3)]
    page = client.get("/v1/generation-jobs", params={"limit": 2}).json()
    assert page["total"] == 3 and len(page["items"]) == 2
    rest = client.get("/v1/generation-jobs", params={"limit": 2, "offset": 2}).json()
    assert {j["id"] for j in page["items"] + rest["items"]} == set(ids)
    assert client.get("/v1/generation-jobs", params={"status": "running"}).json()["total"] == 0
    assert client.get("/v1/generation-jobs", params={"status": "bogus"}).status_code == 422


def _seed_samples(s: Settings, job_id: str, n: int) -> None:
    url = s.resolved_database_url
    with session_scope(url) as session:
        store.materialise_plan(session, job_id, build_plan(n, PlanAxes.resolve(default_taxonomy()), seed=2))
    results = [
        SampleResult(i, "done", {"input": f"doc {i}", "instruction": "i", "output": "o"}, 3, 2, 0.1, 3)
        for i in range(0, n, 2)
    ]
    with session_scope(url) as session:
        store.record_results(session, job_id, results, {"teacher_backend": "openai", "teacher_model": "m"})


def test_samples_cursor_pagination_and_filters(client: TestClient, api_settings: Settings) -> None:
    job_id = client.post("/v1/generation-jobs", json={"n_samples": 7}).json()["id"]
    _seed_samples(api_settings, job_id, 7)
    seen, cursor = [], None
    while True:
        params = {"job_id": job_id, "limit": 3, **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/samples", params=params).json()
        seen += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(s["index"] for s in seen) == list(range(7))
    done = client.get("/v1/samples", params={"job_id": job_id, "status": "done"}).json()["items"]
    assert sorted(s["index"] for s in done) == [0, 2, 4, 6]
    one = client.get(f"/v1/samples/{done[0]['id']}").json()
    assert one["provenance"]["teacher_model"] == "m" and one["output"] == "o" and one["failure"] is None
    for col in (
        "instruction",
        "input",
        "output",
        "task_type",
        "input_data",
        "output_format",
        "difficulty_level",
        "rejected_output",
        "error_type",
        "quality",
        "alignment",
        "coherence",
        "realism",
        "difficulty",
    ):
        assert col in one
    assert client.get("/v1/samples", params={"cursor": "abc"}).status_code == 422


def test_cancel_a_queued_job(client: TestClient) -> None:
    job_id = client.post("/v1/generation-jobs", json={"n_samples": 2}).json()["id"]
    resp = client.post(f"/v1/generation-jobs/{job_id}/cancel")
    assert resp.status_code == 202 and resp.json()["status"] == "cancelled"
    again = client.post(f"/v1/generation-jobs/{job_id}/cancel")
    assert again.status_code == 409


def test_taxonomy_health_and_readiness(client: TestClient) -> None:
    tax = client.get("/v1/taxonomy").json()
    assert len(tax["task_types"]) == 14 and len(tax["difficulty_levels"]) == 6
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"] == {"database": "ok", "broker": "ok"}
    assert client.get("/openapi.json").status_code == 200


def test_readiness_reports_an_unreachable_broker(api_settings: Settings) -> None:
    broken = api_settings.model_copy(update={"broker_url": "redis://127.0.0.1:1/0"})
    with TestClient(create_app(broken)) as c:
        resp = c.get("/readyz")
    assert resp.status_code == 503 and resp.json()["checks"]["broker"].startswith("unreachable")


def test_job_is_stored_even_when_the_broker_is_down(api_settings: Settings, admin_key: str) -> None:
    broken = api_settings.model_copy(update={"broker_url": "redis://127.0.0.1:1/0"})
    with TestClient(create_app(broken), headers=bearer(admin_key)) as c:
        resp = c.post("/v1/generation-jobs", json={"n_samples": 2})
        assert resp.status_code == 202
        job = resp.json()
    with session_scope(broken.resolved_database_url) as s:
        assert store.get_job(s, job["id"]).enqueued_at is None  # the stall scan will send it
