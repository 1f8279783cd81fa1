"""The typed SDK covers every operation of the OpenAPI document, and the document reads cleanly."""

from __future__ import annotations

import asyncio
import inspect
import json
from typing import Any

import httpx
import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import update

from mediflow.api.main import create_app
from mediflow.client import OPERATIONS, ApiError, AsyncClient, Client
from mediflow.core.settings import Settings, TeacherEndpoint
from mediflow.core.statuses import FINAL
from mediflow.storage.db import session_scope
from mediflow.storage.models import GenerationJob, Project, utcnow
from tests.support.auth import bearer


def _operations(settings: Settings) -> dict[str, dict[str, Any]]:
    spec = create_app(settings).openapi()
    return {op["operationId"]: op for ops in spec["paths"].values() for op in ops.values()}


def test_every_operation_has_a_sync_and_an_async_method(settings: Settings) -> None:
    ops = _operations(settings)
    missing = sorted(set(ops) - set(OPERATIONS))
    assert not missing, f"SDK lacks these operations: {missing}"
    assert not set(OPERATIONS) - set(ops), "SDK names operations the API does not have"
    for name in OPERATIONS.values():
        assert callable(getattr(Client, name)), name
        assert inspect.iscoroutinefunction(getattr(AsyncClient, name)), name


def test_each_operation_is_written_once_and_keeps_its_signature(sdk: Client) -> None:
    from mediflow.client import methods, operations

    # Both clients take the method from the one table; neither class defines an operation itself.
    for name in OPERATIONS.values():
        assert name in vars(methods.Operations) and name not in vars(Client) and name not in vars(AsyncClient)
    params = ["spec", "idempotency_key"]
    assert list(inspect.signature(sdk.create_job).parameters) == params
    assert list(inspect.signature(AsyncClient(http=httpx.AsyncClient()).create_job).parameters) == params
    assert sdk.create_job.__doc__ == operations.create_job.__doc__
    assert inspect.iscoroutinefunction(AsyncClient.wait_run)
    assert not inspect.iscoroutinefunction(Client.wait_run)
    with pytest.raises(TypeError, match="timeout"):  # a misspelt option is refused, not ignored
        sdk.wait_job("any", timeout=1)  # type: ignore[call-arg]


def test_operation_ids_are_tag_and_route_name(settings: Settings) -> None:
    ops = _operations(settings)
    assert "generation_jobs-create_job" in ops and "exports-list_exports" in ops
    for op_id, op in ops.items():
        tag = op["tags"][0].replace(" ", "_")
        assert op_id.startswith(f"{tag}-") and " " not in op_id, op_id


def test_upload_and_download_have_binary_schemas(settings: Settings) -> None:
    spec = create_app(settings).openapi()["paths"]
    upload = spec["/v1/corpora/{corpus_id}/documents"]["post"]["requestBody"]["content"]
    assert upload["application/octet-stream"]["schema"] == {"type": "string", "format": "binary"}
    download = spec["/v1/exports/{export_id}/download"]["get"]["responses"]["200"]["content"]
    assert download["application/gzip"]["schema"] == {"type": "string", "format": "binary"}


def _set_status(url: str, job_id: str, status: str) -> None:
    with session_scope(url) as s:
        s.execute(update(GenerationJob).where(GenerationJob.id == job_id).values(status=status))


@pytest.mark.parametrize("final", sorted(FINAL["generation_job"]))
def test_wait_job_ends_on_every_final_status(sdk: Client, settings: Settings, final: str) -> None:
    job = sdk.create_job({"n_samples": 2})
    with pytest.raises(TimeoutError):  # queued is not final: it keeps waiting
        sdk.wait_job(job.id, poll_s=0.01, timeout_s=0.05)
    _set_status(settings.resolved_database_url, job.id, final)
    assert sdk.wait_job(job.id, poll_s=0.01, timeout_s=5).status == final


def test_async_client_creates_lists_and_waits(client: TestClient, settings: Settings, admin_key: str) -> None:
    app = client.app

    async def scenario() -> None:
        http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),  # type: ignore[arg-type]
            base_url="http://api",
            headers={"Authorization": f"Bearer {admin_key}"},
        )
        async with AsyncClient(http=http) as api:
            job = await api.create_job({"n_samples": 3, "seed": 2})
            listed = await api.list_jobs()
            assert job.id in {j.id for j in listed.items}
            _set_status(settings.resolved_database_url, job.id, "budget_exhausted")
            assert (await api.wait_job(job.id, poll_s=0.01, timeout_s=5)).status == "budget_exhausted"
            with pytest.raises(ApiError) as err:
                await api.get_job("nope")
            assert err.value.status == 404

    asyncio.run(scenario())


def test_sdk_validates_a_spec_before_sending(sdk: Client) -> None:
    with pytest.raises(ValueError, match="n_samples"):
        sdk.create_job({"n_samples": 0})


def test_exports_are_listed(sdk: Client) -> None:
    job = sdk.create_job({"n_samples": 2})
    made = sdk.create_export({"format": "sft", "job_ids": [job.id]})
    page = sdk.list_exports()
    assert page.total == 1 and page.items[0].id == made.id and page.items[0].status == "queued"
    assert sdk.list_exports(status="completed").total == 0


def test_estimate_counts_calls_tokens_cost_and_time(sdk: Client) -> None:
    spec = {
        "n_samples": 10,
        "teacher": {"backend": "openai", "model": "gpt-4o-mini", "concurrency": 5},
        "quality": {"judge": {"k": 3}},
    }
    est = sdk.estimate_job(spec)
    assert est.planned == 10 and est.calls == 10 * 3 + 10 * 3  # three stages + three judge votes
    assert est.price is not None and est.cost is not None and est.cost > 0  # the default price table
    assert est.seconds == pytest.approx(est.calls * est.assumptions["seconds_per_call"] / 5)
    embedded = sdk.estimate_job({"n_samples": 50})
    # In-process SmolLM2 runs one call at a time: 50 default samples (5 judge votes each) are about
    # 40 minutes on 2 cores, said up front.
    assert embedded.cost is None and embedded.assumptions["calls_in_flight"] == 1
    assert embedded.seconds == pytest.approx(embedded.calls * embedded.assumptions["seconds_per_call"])
    assert embedded.seconds > 30 * 60
    assert sdk.list_jobs().total == 0  # nothing was stored


def test_estimate_adds_the_quota_top_ups_as_a_range(sdk: Client, settings: Settings) -> None:
    spec: dict[str, Any] = {
        "task_types": ["summarization", "clinical_coding"],
        "output_formats": ["plain_text"],
        "quota": {"kept_per_stratum": 10, "stratum": ["task_type"], "max_rounds": 3},
        "teacher": {"backend": "openai", "model": "gpt-4o-mini", "concurrency": 2},
        "quality": {"judge": {"k": 3}},
    }
    est = sdk.estimate_job(spec)
    top = est.top_ups
    assert est.planned == 20 and top is not None and top.keep_rate_source.startswith("default")
    # Keep rate 0.8 (0.6..0.95): rounds plan 20*0.2=4, then 0.8, then 0.16 (< half a row: no round).
    assert (top.rows.low, top.rows.expected, top.rows.high) == (1, 5, 12)  # 1.0 | 4.8 | 8+3.2+1.28
    assert (top.rounds.low, top.rounds.expected, top.rounds.high) == (1, 2, 3)
    assert (top.calls.low, top.calls.expected, top.calls.high) == (6, 30, 72)  # 3 stages + 3 votes a row
    assert top.cost is not None and 0 < top.cost.low < top.cost.expected < top.cost.high
    assert top.seconds.expected == pytest.approx(30 * est.assumptions["seconds_per_call"] / 2)
    assert sdk.estimate_job({**spec, "quota": None, "n_samples": 20}).top_ups is None

    now = utcnow()
    with session_scope(settings.resolved_database_url) as s:
        s.add(Project(id="other", name="other"))
        s.flush()
        for status, done, project in [
            ("completed", 9, "default"),
            ("completed", 5, "default"),
            ("failed", 0, "default"),
            ("completed", 0, "other"),
        ]:
            s.add(
                GenerationJob(
                    spec={}, n_planned=10, n_done=done, status=status, project_id=project, finished_at=now
                )
            )
    top = sdk.estimate_job(spec).top_ups
    assert top is not None and top.keep_rate_source == "measured on this project's last 2 completed job(s)"
    assert (top.keep_rate.low, top.keep_rate.expected, top.keep_rate.high) == (0.45, 0.7, 0.95)
    assert (top.rows.expected, top.rounds.expected) == (8, 3)  # 6 + 1.8 + 0.54
    capped = sdk.estimate_job({**spec, "n_samples": 25}).top_ups  # n_samples leaves room for 5 more rows
    assert capped is not None and (capped.rows.low, capped.rows.expected, capped.rows.high) == (1, 5, 5)


def test_api_reference_page_is_up_to_date() -> None:
    from pathlib import Path

    from mediflow.cli.apidocs import openapi_document, render

    page = Path(__file__).resolve().parents[2] / "docs" / "api.md"
    assert page.read_text(encoding="utf-8") == render(openapi_document()), (
        "docs/api.md is stale: run `mediflow api-docs --out docs/api.md`"
    )


def test_corpus_policy_update_and_phi_report(sdk: Client) -> None:
    corpus = sdk.create_corpus({"name": "notes", "phi_policy": "flag"})
    doc = b'{"text": "Seen today; write to jane.doe@example.org with the results."}\n'
    sdk.add_documents(corpus.id, doc, format="jsonl")
    report = sdk.corpus_phi_report(corpus.id)
    assert (report.documents, report.documents_with_phi) == (1, 1) and report.counts.get("EMAIL") == 1
    with pytest.raises(ApiError) as held:  # the stored document holds PHI: refuse cannot apply
        sdk.update_corpus(corpus.id, {"phi_policy": "refuse"})
    assert held.value.status == 409
    updated = sdk.update_corpus(corpus.id, {"phi_policy": "redact"})
    assert updated.phi_policy == "redact" and updated.rescreen.changed == 1
    assert sdk.update_corpus(corpus.id, {"phi_policy": "refuse"}).rescreen.phi_documents == 0
    assert sdk.corpus_phi_report(corpus.id).phi_policy == "refuse"
    with pytest.raises(ValueError, match="phi_policy"):
        sdk.update_corpus(corpus.id, {"phi_policy": "ignore"})
    with pytest.raises(ApiError) as err:
        sdk.corpus_phi_report("nope")
    assert err.value.status == 404


def test_generate_teacher_flag_names_an_operator_teacher_in_the_stored_spec(
    settings: Settings, admin_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from mediflow.cli.main import main

    printed = CliRunner().invoke(
        main, ["generate", "-n", "2", "--teacher", "team-a", "--model", "gpt-4o-mini", "--print-spec"]
    )
    assert printed.exit_code == 0, printed.output
    body = yaml.safe_load(printed.output)
    assert body["teacher"] == {"name": "team-a", "model": "gpt-4o-mini"}

    monkeypatch.setenv("MEDIFLOW_SECRET_TEAM_A", "sk-team-a-secret")
    team_a = TeacherEndpoint(base_url="https://api.openai.com/v1", secret_ref="TEAM_A")
    configured = settings.model_copy(update={"teachers": {"team-a": team_a}})
    with TestClient(create_app(configured), headers=bearer(admin_key)) as http:
        sdk = Client(http=http)
        job = sdk.create_job(body)
        with session_scope(settings.resolved_database_url) as s:
            stored = s.get(GenerationJob, job.id)
            assert stored is not None and stored.spec["teacher"]["name"] == "team-a"
            assert "sk-team-a-secret" not in json.dumps(stored.spec)
        with pytest.raises(ApiError) as err:  # a name the operator did not declare
            sdk.create_job({**body, "teacher": {"name": "team-b"}})
        assert err.value.status == 422 and "team-b" in err.value.describe()
