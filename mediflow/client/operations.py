"""Every API operation once, as a request description; the sync and async clients only send them.

``OPERATIONS`` maps each OpenAPI operation id (tag + route name) to the function here that builds its
request, so a test can hold it against ``/openapi.json`` and fail when an endpoint has no SDK call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

import httpx
from pydantic import BaseModel

from mediflow.schemas.base_models import BaseModelImport, BaseModelList, BaseModelPublic
from mediflow.schemas.corpora import (
    CorpusCreate,
    CorpusList,
    CorpusPhiReport,
    CorpusPublic,
    CorpusUpdate,
    CorpusUpdated,
    IngestResult,
)
from mediflow.schemas.evaluations import EvaluationCreate, EvaluationList, EvaluationPublic
from mediflow.schemas.exports import ExportCreate, ExportList, ExportPublic
from mediflow.schemas.jobs import GenerationJobCreate, GenerationJobList, GenerationJobPublic, JobEstimate
from mediflow.schemas.keys import ApiKeyCreate, ApiKeyCreated, ApiKeyList, ApiKeyPublic
from mediflow.schemas.report import JobReport
from mediflow.schemas.reviews import (
    ReviewCreate,
    ReviewExportFormat,
    ReviewList,
    ReviewQueue,
    ReviewRecorded,
    ReviewSummary,
    SampleReviews,
)
from mediflow.schemas.samples import SampleList, SamplePublic
from mediflow.schemas.taxonomy import Taxonomy
from mediflow.schemas.training import TrainingRunCreate, TrainingRunList, TrainingRunPublic

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
B = TypeVar("B", bound=Callable[..., "Call[Any]"])
Body = BaseModel | Mapping[str, Any]
UploadFormat = Literal["jsonl", "txt", "parquet", "datasets"]
OPERATIONS: dict[str, str] = {}  # OpenAPI operation id -> function name below (= client method name)


@dataclass
class Call(Generic[T]):
    """One request and how to read its answer."""

    method: str
    path: str
    parse: Callable[[httpx.Response], T]
    params: dict[str, Any] = field(default_factory=dict)
    json: Any = None
    content: Any = None
    headers: dict[str, str] = field(default_factory=dict)


def operation(operation_id: str) -> Callable[[B], B]:
    """Register a builder under its operation id; the builder keeps its own signature (the clients' too)."""

    def register(fn: B) -> B:
        OPERATIONS[operation_id] = fn.__name__
        return fn

    return register


def _model(model: type[M]) -> Callable[[httpx.Response], M]:
    return lambda resp: model.model_validate(resp.json())


def _json(resp: httpx.Response) -> Any:
    return resp.json()


def _text(resp: httpx.Response) -> str:
    return resp.text


def _bytes(resp: httpx.Response) -> bytes:
    return resp.content


def _body(body: Body, model: type[BaseModel]) -> dict[str, Any]:
    """Validated here first, so a bad spec fails before any request; sent as set (defaults stay the API's)."""
    checked = body if isinstance(body, model) else model.model_validate(body)
    return checked.model_dump(mode="json", exclude_unset=True)


def _params(**values: Any) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


# -- health, taxonomy, metrics --------------------------------------------------------------------


@operation("health-healthz")
def healthz() -> Call[Any]:
    return Call("GET", "/healthz", _json)


@operation("health-readyz")
def readyz() -> Call[Any]:
    return Call("GET", "/readyz", _json)


@operation("taxonomy-get_taxonomy")
def get_taxonomy() -> Call[Taxonomy]:
    return Call("GET", "/v1/taxonomy", _model(Taxonomy))


@operation("metrics-metrics")
def metrics() -> Call[str]:
    return Call("GET", "/metrics", _text)


# -- generation jobs -------------------------------------------------------------------------------


@operation("generation_jobs-create_job")
def create_job(spec: Body, *, idempotency_key: str | None = None) -> Call[GenerationJobPublic]:
    headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
    return Call(
        "POST",
        "/v1/generation-jobs",
        _model(GenerationJobPublic),
        json=_body(spec, GenerationJobCreate),
        headers=headers,
    )


@operation("generation_jobs-estimate")
def estimate_job(spec: Body) -> Call[JobEstimate]:
    return Call(
        "POST", "/v1/generation-jobs/estimate", _model(JobEstimate), json=_body(spec, GenerationJobCreate)
    )


@operation("generation_jobs-list_jobs")
def list_jobs(*, status: str | None = None, limit: int = 50, offset: int = 0) -> Call[GenerationJobList]:
    params = _params(status=status, limit=limit, offset=offset)
    return Call("GET", "/v1/generation-jobs", _model(GenerationJobList), params=params)


@operation("generation_jobs-get_job")
def get_job(job_id: str) -> Call[GenerationJobPublic]:
    return Call("GET", f"/v1/generation-jobs/{job_id}", _model(GenerationJobPublic))


@operation("generation_jobs-job_report")
def job_report(job_id: str) -> Call[JobReport]:
    return Call("GET", f"/v1/generation-jobs/{job_id}/report", _model(JobReport))


@operation("generation_jobs-cancel_job")
def cancel_job(job_id: str) -> Call[GenerationJobPublic]:
    return Call("POST", f"/v1/generation-jobs/{job_id}/cancel", _model(GenerationJobPublic))


@operation("generation_jobs-retry_failed")
def retry_failed(job_id: str) -> Call[GenerationJobPublic]:
    return Call("POST", f"/v1/generation-jobs/{job_id}/retry-failed", _model(GenerationJobPublic))


# -- samples ---------------------------------------------------------------------------------------


@operation("samples-list_samples")
def list_samples(
    *,
    job_id: str | None = None,
    task_type: str | None = None,
    status: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
    fields: Sequence[str] | None = None,
) -> Call[SampleList]:
    params = _params(
        job_id=job_id,
        task_type=task_type,
        status=status,
        cursor=cursor,
        limit=limit,
        fields=",".join(fields) if fields is not None else None,
    )
    return Call("GET", "/v1/samples", _model(SampleList), params=params)


@operation("samples-get_sample")
def get_sample(sample_id: int) -> Call[SamplePublic]:
    return Call("GET", f"/v1/samples/{sample_id}", _model(SamplePublic))


# -- human review ----------------------------------------------------------------------------------


@operation("reviews-create_review")
def create_review(sample_id: int, body: Body) -> Call[ReviewRecorded]:
    """Record a decision (accept / reject with a reason / edit); needs a key with the review scope."""
    return Call(
        "POST", f"/v1/samples/{sample_id}/reviews", _model(ReviewRecorded), json=_body(body, ReviewCreate)
    )


@operation("reviews-get_sample_reviews")
def get_sample_reviews(sample_id: int) -> Call[SampleReviews]:
    return Call("GET", f"/v1/samples/{sample_id}/reviews", _model(SampleReviews))


@operation("reviews-list_reviews")
def list_reviews(job_id: str, *, cursor: str | None = None, limit: int = 100) -> Call[ReviewList]:
    """A job's reviews, oldest first; pass ``next_cursor`` back as ``cursor`` for the next page."""
    params = _params(cursor=cursor, limit=limit)
    return Call("GET", f"/v1/generation-jobs/{job_id}/reviews", _model(ReviewList), params=params)


@operation("reviews-review_queue")
def review_queue(
    job_id: str, *, reviewers: int = 1, audit_percent: int = 5, limit: int = 20
) -> Call[ReviewQueue]:
    params = _params(reviewers=reviewers, audit_percent=audit_percent, limit=limit)
    return Call("GET", f"/v1/generation-jobs/{job_id}/review-queue", _model(ReviewQueue), params=params)


@operation("reviews-review_summary")
def review_summary(job_id: str) -> Call[ReviewSummary]:
    return Call("GET", f"/v1/generation-jobs/{job_id}/review-summary", _model(ReviewSummary))


@operation("reviews-export_reviews")
def export_reviews(job_id: str, *, format: ReviewExportFormat = "label_studio") -> Call[str]:
    """Label Studio tasks (a JSON array) or Argilla records (JSON Lines), as text."""
    return Call("GET", f"/v1/generation-jobs/{job_id}/reviews/export", _text, params={"format": format})


# -- corpora ---------------------------------------------------------------------------------------


@operation("corpora-create_corpus")
def create_corpus(body: Body) -> Call[CorpusPublic]:
    return Call("POST", "/v1/corpora", _model(CorpusPublic), json=_body(body, CorpusCreate))


@operation("corpora-list_corpora")
def list_corpora() -> Call[CorpusList]:
    return Call("GET", "/v1/corpora", _model(CorpusList))


@operation("corpora-get_corpus")
def get_corpus(corpus_id: str) -> Call[CorpusPublic]:
    return Call("GET", f"/v1/corpora/{corpus_id}", _model(CorpusPublic))


@operation("corpora-update_corpus")
def update_corpus(corpus_id: str, body: Body) -> Call[CorpusUpdated]:
    """Change the PHI policy; the stored documents are re-screened under it (see ``rescreen``)."""
    return Call("PATCH", f"/v1/corpora/{corpus_id}", _model(CorpusUpdated), json=_body(body, CorpusUpdate))


@operation("corpora-phi_report")
def corpus_phi_report(corpus_id: str) -> Call[CorpusPhiReport]:
    return Call("GET", f"/v1/corpora/{corpus_id}/phi-report", _model(CorpusPhiReport))


@operation("corpora-add_documents")
def add_documents(
    corpus_id: str,
    content: Any,
    *,
    filename: str | None = None,
    format: UploadFormat | None = None,
    text_field: str = "text",
) -> Call[IngestResult]:
    """``content``: bytes, or an open binary file / iterator of bytes (streamed)."""
    return Call(
        "POST",
        f"/v1/corpora/{corpus_id}/documents",
        _model(IngestResult),
        params=_params(filename=filename, format=format, text_field=text_field),
        content=content,
        headers={"Content-Type": "application/octet-stream"},
    )


# -- exports ---------------------------------------------------------------------------------------


@operation("exports-create_export")
def create_export(body: Body) -> Call[ExportPublic]:
    return Call("POST", "/v1/exports", _model(ExportPublic), json=_body(body, ExportCreate))


@operation("exports-list_exports")
def list_exports(*, status: str | None = None, limit: int = 50, offset: int = 0) -> Call[ExportList]:
    return Call(
        "GET", "/v1/exports", _model(ExportList), params=_params(status=status, limit=limit, offset=offset)
    )


@operation("exports-get_export")
def get_export(export_id: str) -> Call[ExportPublic]:
    return Call("GET", f"/v1/exports/{export_id}", _model(ExportPublic))


@operation("exports-download_export")
def download_export(export_id: str) -> Call[bytes]:
    """The archive in memory; the clients' ``download_export_to`` streams it to a file instead."""
    return Call("GET", f"/v1/exports/{export_id}/download", _bytes)


# -- training runs ---------------------------------------------------------------------------------


@operation("training_runs-create_run")
def create_run(body: Body) -> Call[TrainingRunPublic]:
    return Call("POST", "/v1/training-runs", _model(TrainingRunPublic), json=_body(body, TrainingRunCreate))


@operation("training_runs-list_runs")
def list_runs(*, status: str | None = None, limit: int = 50, offset: int = 0) -> Call[TrainingRunList]:
    params = _params(status=status, limit=limit, offset=offset)
    return Call("GET", "/v1/training-runs", _model(TrainingRunList), params=params)


@operation("training_runs-get_run")
def get_run(run_id: str) -> Call[TrainingRunPublic]:
    return Call("GET", f"/v1/training-runs/{run_id}", _model(TrainingRunPublic))


@operation("training_runs-cancel_run")
def cancel_run(run_id: str) -> Call[TrainingRunPublic]:
    return Call("POST", f"/v1/training-runs/{run_id}/cancel", _model(TrainingRunPublic))


@operation("training_runs-run_logs")
def run_logs(run_id: str, *, tail: int | None = None) -> Call[str]:
    return Call("GET", f"/v1/training-runs/{run_id}/logs", _text, params=_params(tail=tail))


# -- base models -----------------------------------------------------------------------------------


@operation("models-import_model")
def import_model(body: Body) -> Call[BaseModelPublic]:
    """Register a model directory under the server's models root (``path``) for this project."""
    return Call("POST", "/v1/models", _model(BaseModelPublic), json=_body(body, BaseModelImport))


@operation("models-list_models")
def list_models() -> Call[BaseModelList]:
    return Call("GET", "/v1/models", _model(BaseModelList))


@operation("models-get_model")
def get_model(model_id: str) -> Call[BaseModelPublic]:
    return Call("GET", f"/v1/models/{model_id}", _model(BaseModelPublic))


# -- evaluations ----------------------------------------------------------------------------------


@operation("evaluations-create_evaluation")
def create_evaluation(body: Body) -> Call[EvaluationPublic]:
    return Call("POST", "/v1/evaluations", _model(EvaluationPublic), json=_body(body, EvaluationCreate))


@operation("evaluations-list_evaluations")
def list_evaluations(*, limit: int = 50, offset: int = 0) -> Call[EvaluationList]:
    return Call("GET", "/v1/evaluations", _model(EvaluationList), params=_params(limit=limit, offset=offset))


@operation("evaluations-get_evaluation")
def get_evaluation(eval_id: str) -> Call[EvaluationPublic]:
    return Call("GET", f"/v1/evaluations/{eval_id}", _model(EvaluationPublic))


@operation("evaluations-evaluation_report")
def evaluation_report(eval_id: str) -> Call[str]:
    return Call("GET", f"/v1/evaluations/{eval_id}/report", _text)


@operation("evaluations-evaluation_chart")
def evaluation_chart(eval_id: str) -> Call[bytes]:
    return Call("GET", f"/v1/evaluations/{eval_id}/chart", _bytes)


# -- API keys (admin) ------------------------------------------------------------------------------


@operation("api_keys-create_key")
def create_key(body: Body) -> Call[ApiKeyCreated]:
    return Call("POST", "/v1/keys", _model(ApiKeyCreated), json=_body(body, ApiKeyCreate))


@operation("api_keys-list_keys")
def list_keys() -> Call[ApiKeyList]:
    return Call("GET", "/v1/keys", _model(ApiKeyList))


@operation("api_keys-get_key")
def get_key(key_id: str) -> Call[ApiKeyPublic]:
    return Call("GET", f"/v1/keys/{key_id}", _model(ApiKeyPublic))


@operation("api_keys-revoke_key")
def revoke_key(key_id: str) -> Call[ApiKeyPublic]:
    return Call("DELETE", f"/v1/keys/{key_id}", _model(ApiKeyPublic))
