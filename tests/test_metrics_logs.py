"""Prometheus metrics from the database and from teacher calls; JSON logs carrying the job id."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import update

from mediflow.api.main import create_app
from mediflow.core.logs import JobIdFilter, JsonFormatter, TextFormatter, job_context
from mediflow.core.settings import Settings
from mediflow.generators.pipeline import SampleResult
from mediflow.generators.plan import PlanAxes, build_plan
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.generators.teachers import ChatRequest, Completion, Teacher, TeacherError
from mediflow.services.metrics import TEACHER_LATENCY, InstrumentedTeacher
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.models import GenerationJob
from tests.support.auth import bearer, make_api_key


def samples_of(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for fam in text_string_to_metric_families(text)
        for s in fam.samples
    }


def test_metrics_reflect_the_database(settings: Settings) -> None:
    url = settings.resolved_database_url
    key = make_api_key(url, "admin")  # /metrics is server-wide: admin scope
    with TestClient(create_app(settings)) as api:
        assert api.get("/metrics").status_code == 401
        with session_scope(url) as s:
            job = store.create_job(s, {"n_samples": 6}, 6)
            job_id = job.id
        with session_scope(url) as s:
            store.materialise_plan(s, job_id, build_plan(6, PlanAxes.resolve(default_taxonomy()), seed=1))
        results = [SampleResult(i, "done", {"output": "o"}, 10, 5, 0.1, 1) for i in range(3)]
        results += [SampleResult(3, "failed").fail("output", "invalid_json", "not json")]
        results += [SampleResult(4, "failed").fail("document", "rate_limited", "429")]
        with session_scope(url) as s:
            store.record_results(s, job_id, results, {"teacher_backend": "openai", "teacher_model": "m"})
            store.refresh_counters(s, store.get_job(s, job_id))
            s.execute(update(GenerationJob).where(GenerationJob.id == job_id).values(status="running"))
        resp = api.get("/metrics", headers=bearer(key))
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/plain")
    m = samples_of(resp.text)
    assert m[("mediflow_database_up", ())] == 1
    assert m[("mediflow_jobs", (("status", "running"),))] == 1
    assert m[("mediflow_jobs", (("status", "queued"),))] == 0
    assert m[("mediflow_samples", (("status", "done"),))] == 3
    assert m[("mediflow_sample_errors", (("reason", "invalid_json"),))] == 1
    assert m[("mediflow_sample_errors", (("reason", "rate_limited"),))] == 1
    assert m[("mediflow_teacher_tokens", (("direction", "input"),))] == 30
    assert m[("mediflow_samples_per_second", ())] == pytest.approx(5 / 60)
    assert ("mediflow_teacher_cost_usd", ()) in m


def test_metrics_can_be_public_and_report_a_dead_database(tmp_path: Path) -> None:
    s = Settings(
        data_dir=tmp_path,
        database_url="postgresql://nobody@127.0.0.1:1/none",
        broker_url=f"sqla+sqlite:///{tmp_path / 'b.sqlite'}",
        metrics_public=True,
    )
    with TestClient(create_app(s)) as api:
        resp = api.get("/metrics")
    assert resp.status_code == 200
    assert samples_of(resp.text)[("mediflow_database_up", ())] == 0


class _Scripted(Teacher):
    backend = "scripted"

    def __init__(self, fail: bool) -> None:
        super().__init__("m")
        self.fail = fail

    async def complete(self, request: ChatRequest) -> Completion:
        await asyncio.sleep(0.01)
        if self.fail:
            raise TeacherError("rate_limited", "429")
        return Completion("ok", 1, 1, 0.01)


def test_teacher_latency_histogram_counts_outcomes() -> None:
    req = ChatRequest([{"role": "user", "content": "x"}], 16, 0.0)
    before_ok = _observations("ok")
    before_err = _observations("rate_limited")
    asyncio.run(InstrumentedTeacher(_Scripted(False)).complete(req))
    with pytest.raises(TeacherError):
        asyncio.run(InstrumentedTeacher(_Scripted(True)).complete(req))
    assert _observations("ok") == before_ok + 1
    assert _observations("rate_limited") == before_err + 1


def _observations(outcome: str) -> float:
    for fam in TEACHER_LATENCY.collect():
        for s in fam.samples:
            if s.name.endswith("_count") and s.labels == {"backend": "scripted", "outcome": outcome}:
                return s.value
    return 0.0


def _record(msg: str) -> logging.LogRecord:
    record = logging.LogRecord("mediflow.x", logging.INFO, __file__, 1, msg, None, None)
    JobIdFilter().filter(record)
    return record


def test_json_logs_carry_the_job_id_inside_job_context() -> None:
    with job_context("job-123"):
        inside = json.loads(JsonFormatter().format(_record("claimed")))

        async def nested() -> str:  # asyncio tasks inherit the context
            return JsonFormatter().format(_record("in a task"))

        in_task = json.loads(asyncio.run(nested()))
    outside = json.loads(JsonFormatter().format(_record("idle")))
    assert inside["job_id"] == in_task["job_id"] == "job-123"
    assert outside["job_id"] is None
    assert {"timestamp", "level", "logger", "message"} <= set(inside) and inside["level"] == "INFO"
    with job_context("job-9"):
        assert "[job job-9]" in TextFormatter().format(_record("x"))


def test_uvicorn_logging_config_is_json_with_secrets_masked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import logging.config

    from mediflow.core.logs import logging_config
    from mediflow.core.settings import get_settings

    secret = "sk-served-7c1e4b9a2f"
    monkeypatch.setenv("MEDIFLOW_OPENAI_API_KEY", secret)
    get_settings.cache_clear()
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        logging.config.dictConfig(logging_config(Settings(log_format="json"), "info"))
        with job_context("job-7"):
            logging.getLogger("uvicorn.access").info("GET /v1/x?key=%s 200", secret)
        line = capsys.readouterr().err.strip().splitlines()[-1]
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
        get_settings.cache_clear()
    entry = json.loads(line)
    assert entry["logger"] == "uvicorn.access" and entry["job_id"] == "job-7"
    assert entry["message"] == "GET /v1/x?key=*** 200" and secret not in line


def test_http_client_libraries_do_not_log_every_request() -> None:
    import logging

    from mediflow.core.logs import configure_logging
    from mediflow.core.settings import Settings

    configure_logging(Settings(), "info")
    assert not logging.getLogger("httpx").isEnabledFor(logging.INFO)
    assert not logging.getLogger("httpx2").isEnabledFor(logging.INFO)
    assert logging.getLogger("httpx2").isEnabledFor(logging.WARNING)
    assert logging.getLogger("mediflow.workers.runner").isEnabledFor(logging.INFO)
