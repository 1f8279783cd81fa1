"""The asynchronous client: the same methods as ``Client``, awaited, on an httpx.AsyncClient."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import httpx

from mediflow.client import operations as ops
from mediflow.client.operations import Body, Call, UploadFormat
from mediflow.client.sync import env_url, raise_for_error
from mediflow.core.statuses import FINAL
from mediflow.schemas.corpora import CorpusList, CorpusPhiReport, CorpusPublic, IngestResult
from mediflow.schemas.evaluations import EvaluationList, EvaluationPublic
from mediflow.schemas.exports import ExportList, ExportPublic
from mediflow.schemas.jobs import GenerationJobList, GenerationJobPublic, JobEstimate
from mediflow.schemas.keys import ApiKeyCreated, ApiKeyList, ApiKeyPublic
from mediflow.schemas.report import JobReport
from mediflow.schemas.reviews import (
    ReviewExportFormat,
    ReviewList,
    ReviewQueue,
    ReviewRecorded,
    ReviewSummary,
    SampleReviews,
)
from mediflow.schemas.samples import SampleList, SamplePublic
from mediflow.schemas.taxonomy import Taxonomy
from mediflow.schemas.training import TrainingRunList, TrainingRunPublic

T = TypeVar("T")


class AsyncClient:
    """``async with AsyncClient() as api: job = await api.create_job({...})``."""

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = 30.0,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get("MEDIFLOW_API_KEY")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.http = http or httpx.AsyncClient(
            base_url=(base_url or env_url()).rstrip("/"), timeout=timeout, headers=headers
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def send(self, call: Call[T]) -> T:
        resp = await self.http.request(
            call.method,
            call.path,
            params=call.params,
            json=call.json,
            content=call.content,
            headers=call.headers,
        )
        raise_for_error(resp)
        return call.parse(resp)

    async def wait_job(
        self,
        job_id: str,
        *,
        poll_s: float = 1.0,
        timeout_s: float | None = None,
        on_update: Callable[[GenerationJobPublic], None] | None = None,
    ) -> GenerationJobPublic:
        """Poll until the job reaches any final status (mediflow.core.statuses.FINAL)."""
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            job = await self.get_job(job_id)
            if on_update is not None:
                on_update(job)
            if job.status in FINAL["generation_job"]:
                return job
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"job {job_id} still {job.status} after {timeout_s:.0f}s")
            await asyncio.sleep(poll_s)

    async def download_export_to(self, export_id: str, dest: str | Path) -> Path:
        call = ops.download_export(export_id)
        path = Path(dest)
        if path.is_dir():
            path = path / f"mediflow-export-{export_id}.tar.gz"
        async with self.http.stream(call.method, call.path) as resp:
            if resp.status_code >= 400:
                await resp.aread()
                raise_for_error(resp)
            with path.open("wb") as fh:
                async for chunk in resp.aiter_bytes():
                    fh.write(chunk)
        return path

    # -- one method per operation ------------------------------------------------------------------

    async def healthz(self) -> Any:
        return await self.send(ops.healthz())

    async def readyz(self) -> Any:
        return await self.send(ops.readyz())

    async def get_taxonomy(self) -> Taxonomy:
        return await self.send(ops.get_taxonomy())

    async def metrics(self) -> str:
        return await self.send(ops.metrics())

    async def create_job(self, spec: Body, *, idempotency_key: str | None = None) -> GenerationJobPublic:
        return await self.send(ops.create_job(spec, idempotency_key=idempotency_key))

    async def estimate_job(self, spec: Body) -> JobEstimate:
        return await self.send(ops.estimate_job(spec))

    async def list_jobs(
        self, *, status: str | None = None, limit: int = 50, offset: int = 0
    ) -> GenerationJobList:
        return await self.send(ops.list_jobs(status=status, limit=limit, offset=offset))

    async def get_job(self, job_id: str) -> GenerationJobPublic:
        return await self.send(ops.get_job(job_id))

    async def job_report(self, job_id: str) -> JobReport:
        return await self.send(ops.job_report(job_id))

    async def cancel_job(self, job_id: str) -> GenerationJobPublic:
        return await self.send(ops.cancel_job(job_id))

    async def retry_failed(self, job_id: str) -> GenerationJobPublic:
        return await self.send(ops.retry_failed(job_id))

    async def list_samples(
        self,
        *,
        job_id: str | None = None,
        task_type: str | None = None,
        status: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
        fields: Sequence[str] | None = None,
    ) -> SampleList:
        """A page of samples; ``fields`` names the fields each row carries (all when None)."""
        call = ops.list_samples(
            job_id=job_id, task_type=task_type, status=status, cursor=cursor, limit=limit, fields=fields
        )
        return await self.send(call)

    async def get_sample(self, sample_id: int) -> SamplePublic:
        return await self.send(ops.get_sample(sample_id))

    async def create_review(self, sample_id: int, body: Body) -> ReviewRecorded:
        return await self.send(ops.create_review(sample_id, body))

    async def get_sample_reviews(self, sample_id: int) -> SampleReviews:
        return await self.send(ops.get_sample_reviews(sample_id))

    async def list_reviews(self, job_id: str, *, cursor: str | None = None, limit: int = 100) -> ReviewList:
        return await self.send(ops.list_reviews(job_id, cursor=cursor, limit=limit))

    async def review_queue(
        self, job_id: str, *, reviewers: int = 1, audit_percent: int = 5, limit: int = 20
    ) -> ReviewQueue:
        return await self.send(
            ops.review_queue(job_id, reviewers=reviewers, audit_percent=audit_percent, limit=limit)
        )

    async def review_summary(self, job_id: str) -> ReviewSummary:
        return await self.send(ops.review_summary(job_id))

    async def export_reviews(self, job_id: str, *, format: ReviewExportFormat = "label_studio") -> str:
        return await self.send(ops.export_reviews(job_id, format=format))

    async def create_corpus(self, body: Body) -> CorpusPublic:
        return await self.send(ops.create_corpus(body))

    async def list_corpora(self) -> CorpusList:
        return await self.send(ops.list_corpora())

    async def get_corpus(self, corpus_id: str) -> CorpusPublic:
        return await self.send(ops.get_corpus(corpus_id))

    async def update_corpus(self, corpus_id: str, body: Body) -> CorpusPublic:
        return await self.send(ops.update_corpus(corpus_id, body))

    async def corpus_phi_report(self, corpus_id: str) -> CorpusPhiReport:
        return await self.send(ops.corpus_phi_report(corpus_id))

    async def add_documents(
        self,
        corpus_id: str,
        content: Any,
        *,
        filename: str | None = None,
        format: UploadFormat | None = None,
        text_field: str = "text",
    ) -> IngestResult:
        return await self.send(
            ops.add_documents(corpus_id, content, filename=filename, format=format, text_field=text_field)
        )

    async def create_export(self, body: Body) -> ExportPublic:
        return await self.send(ops.create_export(body))

    async def list_exports(
        self, *, status: str | None = None, limit: int = 50, offset: int = 0
    ) -> ExportList:
        return await self.send(ops.list_exports(status=status, limit=limit, offset=offset))

    async def get_export(self, export_id: str) -> ExportPublic:
        return await self.send(ops.get_export(export_id))

    async def download_export(self, export_id: str) -> bytes:
        return await self.send(ops.download_export(export_id))

    async def create_run(self, body: Body) -> TrainingRunPublic:
        return await self.send(ops.create_run(body))

    async def list_runs(
        self, *, status: str | None = None, limit: int = 50, offset: int = 0
    ) -> TrainingRunList:
        return await self.send(ops.list_runs(status=status, limit=limit, offset=offset))

    async def get_run(self, run_id: str) -> TrainingRunPublic:
        return await self.send(ops.get_run(run_id))

    async def cancel_run(self, run_id: str) -> TrainingRunPublic:
        return await self.send(ops.cancel_run(run_id))

    async def run_logs(self, run_id: str, *, tail: int | None = None) -> str:
        return await self.send(ops.run_logs(run_id, tail=tail))

    async def create_evaluation(self, body: Body) -> EvaluationPublic:
        return await self.send(ops.create_evaluation(body))

    async def list_evaluations(self, *, limit: int = 50, offset: int = 0) -> EvaluationList:
        return await self.send(ops.list_evaluations(limit=limit, offset=offset))

    async def get_evaluation(self, eval_id: str) -> EvaluationPublic:
        return await self.send(ops.get_evaluation(eval_id))

    async def evaluation_report(self, eval_id: str) -> str:
        return await self.send(ops.evaluation_report(eval_id))

    async def evaluation_chart(self, eval_id: str) -> bytes:
        return await self.send(ops.evaluation_chart(eval_id))

    async def create_key(self, body: Body) -> ApiKeyCreated:
        return await self.send(ops.create_key(body))

    async def list_keys(self) -> ApiKeyList:
        return await self.send(ops.list_keys())

    async def get_key(self, key_id: str) -> ApiKeyPublic:
        return await self.send(ops.get_key(key_id))

    async def revoke_key(self, key_id: str) -> ApiKeyPublic:
        return await self.send(ops.revoke_key(key_id))
