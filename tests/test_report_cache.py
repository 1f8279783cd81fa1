"""A finished job's report is built once and read back; a job that finishes anew gets a new one."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, update

from mediflow.core.rows import PlanItem, SampleResult
from mediflow.services.report import build_report, store_final_report
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.models import JobReportCache, Sample

PROV = {"teacher_backend": "openai", "teacher_model": "m"}
SCENARIOS = [
    {"age_band": "65-79", "sex": "female", "condition": {"code": "J18.9", "system": "respiratory"}},
    {"age_band": "65-79", "sex": "male", "condition": {"code": "I21.4", "system": "circulatory"}},
    {"age_band": "18-39", "condition": {"code": "J45.909", "system": "respiratory"}},
]


def finish(url: str, job_id: str) -> None:
    with session_scope(url) as s:
        assert store.claim_shard(s, job_id, 0, "w", timedelta(seconds=30))
        store.finish_shard(s, job_id, 0, "w")


def finished_job(url: str) -> str:
    with session_scope(url) as s:
        job = store.create_job(s, {"n_samples": 4, "task_types": ["summarization"]}, 4)
        items = [PlanItem(i, "summarization", "discharge_summary", 3, "plain_text") for i in range(4)]
        store.materialise_plan(s, job.id, items)
        results = [
            SampleResult(
                i, "done", {"instruction": "i", "input": "x", "output": "o", "scenario": SCENARIOS[i]}
            )
            for i in range(3)
        ]
        results.append(SampleResult(3, "failed").fail("output", "teacher_error", "HTTP 500"))
        store.record_results(s, job.id, results, PROV)
        job_id = job.id
    finish(url, job_id)
    return job_id


def test_a_finished_jobs_report_is_stored_once_and_rebuilt_when_it_finishes_again(db_url: str) -> None:
    job_id = finished_job(db_url)
    with session_scope(db_url) as s:
        assert store_final_report(s, job_id)
    with session_scope(db_url) as s:
        # Rows changed behind the report's back are not re-read: the stored report answers.
        s.execute(update(Sample).where(Sample.job_id == job_id, Sample.index == 0).values(status="filtered"))
    with session_scope(db_url) as s:
        report = build_report(s, job_id)
        assert report.statuses["done"] == 3 and report.statuses["failed"] == 1
        assert report.scenario_coverage == {  # grouped in SQL on both databases
            "age_band": {"18-39": 1, "65-79": 2},
            "sex": {"female": 1, "male": 1},
            "condition_system": {"circulatory": 1, "respiratory": 2},
        }
        assert s.scalar(select(func.count()).select_from(JobReportCache)) == 1
    with session_scope(db_url) as s:
        assert store.retry_failed(s, job_id) == 1
    with session_scope(db_url) as s:
        assert not store_final_report(s, job_id)  # running again: nothing stored
        running = build_report(s, job_id)
        assert running.statuses["filtered"] == 1 and running.statuses["pending"] == 1
    with session_scope(db_url) as s:
        assert store.claim_shard(s, job_id, 0, "w", timedelta(seconds=30))
        store.record_results(s, job_id, [SampleResult(3, "done", {"instruction": "i", "input": "y"})], PROV)
    with session_scope(db_url) as s:
        store.finish_shard(s, job_id, 0, "w")
    with session_scope(db_url) as s:
        again = build_report(s, job_id)
        assert (again.statuses["done"], again.statuses["filtered"], again.statuses["failed"]) == (3, 1, 0)
        assert s.scalar(select(func.count()).select_from(JobReportCache)) == 1
