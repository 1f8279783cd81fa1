"""The synchronous client: one typed method per API operation (see ``operations``), plus waiting helpers."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import httpx

from mediflow.client import operations as ops
from mediflow.client.errors import ApiError
from mediflow.client.operations import Body, Call, UploadFormat
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
DEFAULT_URL = "http://127.0.0.1:8000"


def env_url() -> str:
    return os.environ.get("MEDIFLOW_API_URL", DEFAULT_URL)


def raise_for_error(resp: httpx.Response) -> None:
    if resp.status_code >= 400:
        try:
            body = resp.json()
        except ValueError:
            body = {"error": {"message": resp.text[:500]}}
        raise ApiError(resp.status_code, body)


class Client:
    """``Client()`` reads MEDIFLOW_API_URL and MEDIFLOW_API_KEY; ``http`` may be any httpx.Client
    (FastAPI's TestClient in tests)."""

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = 30.0,
        http: httpx.Client | None = None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get("MEDIFLOW_API_KEY")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.http = http or httpx.Client(
            base_url=(base_url or env_url()).rstrip("/"), timeout=timeout, headers=headers
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, call: Call[T]) -> T:
        resp = self.http.request(
            call.method,
            call.path,
            params=call.params,
            json=call.json,
            content=call.content,
            headers=call.headers,
        )
        raise_for_error(resp)
        return call.parse(resp)

    # -- waiting and downloading ------------------------------------------------------------------

    def wait_job(
        self,
        job_id: str,
        *,
        poll_s: float = 1.0,
        timeout_s: float | None = None,
        on_update: Callable[[GenerationJobPublic], None] | None = None,
    ) -> GenerationJobPublic:
        """Poll until the job reaches any final status (mediflow.core.statuses.FINAL)."""
        return self._wait(lambda: self.get_job(job_id), "generation_job", poll_s, timeout_s, on_update)

    def wait_export(
        self, export_id: str, *, poll_s: float = 1.0, timeout_s: float | None = None
    ) -> ExportPublic:
        return self._wait(lambda: self.get_export(export_id), "export", poll_s, timeout_s, None)

    def wait_run(
        self, run_id: str, *, poll_s: float = 2.0, timeout_s: float | None = None
    ) -> TrainingRunPublic:
        return self._wait(lambda: self.get_run(run_id), "training_run", poll_s, timeout_s, None)

    def _wait(
        self,
        get: Callable[[], Any],
        kind: str,
        poll_s: float,
        timeout_s: float | None,
        on_update: Callable[[Any], None] | None,
    ) -> Any:
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            item = get()
            if on_update is not None:
                on_update(item)
            if item.status in FINAL[kind]:
                return item
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"{kind} {item.id} still {item.status} after {timeout_s:.0f}s")
            time.sleep(poll_s)

    def download_export_to(self, export_id: str, dest: str | Path) -> Path:
        """Stream the export's .tar.gz to ``dest`` (a file, or a directory to put it in)."""
        call = ops.download_export(export_id)
        path = Path(dest)
        if path.is_dir():
            path = path / f"mediflow-export-{export_id}.tar.gz"
        with self.http.stream(call.method, call.path) as resp:
            if resp.status_code >= 400:
                resp.read()
                raise_for_error(resp)
            with path.open("wb") as fh:
                for chunk in resp.iter_bytes():
                    fh.write(chunk)
        return path

    # -- one method per operation (hand-kept; tests/cli/test_sdk.py holds them against /openapi.json) --

    def healthz(self) -> Any:
        return self.send(ops.healthz())

    def readyz(self) -> Any:
        return self.send(ops.readyz())

    def get_taxonomy(self) -> Taxonomy:
        return self.send(ops.get_taxonomy())

    def metrics(self) -> str:
        return self.send(ops.metrics())

    def create_job(self, spec: Body, *, idempotency_key: str | None = None) -> GenerationJobPublic:
        return self.send(ops.create_job(spec, idempotency_key=idempotency_key))

    def estimate_job(self, spec: Body) -> JobEstimate:
        return self.send(ops.estimate_job(spec))

    def list_jobs(self, *, status: str | None = None, limit: int = 50, offset: int = 0) -> GenerationJobList:
        return self.send(ops.list_jobs(status=status, limit=limit, offset=offset))

    def get_job(self, job_id: str) -> GenerationJobPublic:
        return self.send(ops.get_job(job_id))

    def job_report(self, job_id: str) -> JobReport:
        return self.send(ops.job_report(job_id))

    def cancel_job(self, job_id: str) -> GenerationJobPublic:
        return self.send(ops.cancel_job(job_id))

    def retry_failed(self, job_id: str) -> GenerationJobPublic:
        return self.send(ops.retry_failed(job_id))

    def list_samples(
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
        return self.send(call)

    def get_sample(self, sample_id: int) -> SamplePublic:
        return self.send(ops.get_sample(sample_id))

    def create_review(self, sample_id: int, body: Body) -> ReviewRecorded:
        return self.send(ops.create_review(sample_id, body))

    def get_sample_reviews(self, sample_id: int) -> SampleReviews:
        return self.send(ops.get_sample_reviews(sample_id))

    def list_reviews(self, job_id: str, *, cursor: str | None = None, limit: int = 100) -> ReviewList:
        return self.send(ops.list_reviews(job_id, cursor=cursor, limit=limit))

    def review_queue(
        self, job_id: str, *, reviewers: int = 1, audit_percent: int = 5, limit: int = 20
    ) -> ReviewQueue:
        return self.send(
            ops.review_queue(job_id, reviewers=reviewers, audit_percent=audit_percent, limit=limit)
        )

    def review_summary(self, job_id: str) -> ReviewSummary:
        return self.send(ops.review_summary(job_id))

    def export_reviews(self, job_id: str, *, format: ReviewExportFormat = "label_studio") -> str:
        return self.send(ops.export_reviews(job_id, format=format))

    def create_corpus(self, body: Body) -> CorpusPublic:
        return self.send(ops.create_corpus(body))

    def list_corpora(self) -> CorpusList:
        return self.send(ops.list_corpora())

    def get_corpus(self, corpus_id: str) -> CorpusPublic:
        return self.send(ops.get_corpus(corpus_id))

    def update_corpus(self, corpus_id: str, body: Body) -> CorpusPublic:
        return self.send(ops.update_corpus(corpus_id, body))

    def corpus_phi_report(self, corpus_id: str) -> CorpusPhiReport:
        return self.send(ops.corpus_phi_report(corpus_id))

    def add_documents(
        self,
        corpus_id: str,
        content: Any,
        *,
        filename: str | None = None,
        format: UploadFormat | None = None,
        text_field: str = "text",
    ) -> IngestResult:
        return self.send(
            ops.add_documents(corpus_id, content, filename=filename, format=format, text_field=text_field)
        )

    def create_export(self, body: Body) -> ExportPublic:
        return self.send(ops.create_export(body))

    def list_exports(self, *, status: str | None = None, limit: int = 50, offset: int = 0) -> ExportList:
        return self.send(ops.list_exports(status=status, limit=limit, offset=offset))

    def get_export(self, export_id: str) -> ExportPublic:
        return self.send(ops.get_export(export_id))

    def download_export(self, export_id: str) -> bytes:
        return self.send(ops.download_export(export_id))

    def create_run(self, body: Body) -> TrainingRunPublic:
        return self.send(ops.create_run(body))

    def list_runs(self, *, status: str | None = None, limit: int = 50, offset: int = 0) -> TrainingRunList:
        return self.send(ops.list_runs(status=status, limit=limit, offset=offset))

    def get_run(self, run_id: str) -> TrainingRunPublic:
        return self.send(ops.get_run(run_id))

    def cancel_run(self, run_id: str) -> TrainingRunPublic:
        return self.send(ops.cancel_run(run_id))

    def run_logs(self, run_id: str, *, tail: int | None = None) -> str:
        return self.send(ops.run_logs(run_id, tail=tail))

    def create_evaluation(self, body: Body) -> EvaluationPublic:
        return self.send(ops.create_evaluation(body))

    def list_evaluations(self, *, limit: int = 50, offset: int = 0) -> EvaluationList:
        return self.send(ops.list_evaluations(limit=limit, offset=offset))

    def get_evaluation(self, eval_id: str) -> EvaluationPublic:
        return self.send(ops.get_evaluation(eval_id))

    def evaluation_report(self, eval_id: str) -> str:
        return self.send(ops.evaluation_report(eval_id))

    def evaluation_chart(self, eval_id: str) -> bytes:
        return self.send(ops.evaluation_chart(eval_id))

    def create_key(self, body: Body) -> ApiKeyCreated:
        return self.send(ops.create_key(body))

    def list_keys(self) -> ApiKeyList:
        return self.send(ops.list_keys())

    def get_key(self, key_id: str) -> ApiKeyPublic:
        return self.send(ops.get_key(key_id))

    def revoke_key(self, key_id: str) -> ApiKeyPublic:
        return self.send(ops.revoke_key(key_id))
