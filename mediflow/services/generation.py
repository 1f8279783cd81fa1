"""Use cases behind the generation endpoints and the CLI: submit, read, list, cancel."""

from __future__ import annotations

import functools
import hashlib
import json
import math
import threading
from collections import OrderedDict
from datetime import datetime
from importlib import resources

import yaml
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mediflow.core import errors
from mediflow.core.settings import Settings, get_settings
from mediflow.quality.dedup_index import layout_for
from mediflow.schemas.jobs import (
    GenerationJobCreate,
    GenerationJobPublic,
    JobCounts,
    JobLinks,
    JobLive,
    JobTokens,
)
from mediflow.schemas.present import present
from mediflow.schemas.samples import SampleFailure, SampleProvenance, SamplePublic
from mediflow.schemas.teacher import TeacherPrice
from mediflow.services import admission, job_kinds
from mediflow.storage import jobs as store
from mediflow.storage import ownership
from mediflow.storage.models import GenerationJob, JobStatus, Sample, utcnow

JOBS_PATH = "/v1/generation-jobs"


def request_hash(spec: GenerationJobCreate) -> str:
    canonical = json.dumps(spec.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@functools.cache
def default_prices() -> tuple[str, dict[str, dict[str, float]]]:
    """The packaged price table: (version, model -> price)."""
    text = resources.files("mediflow.core").joinpath("prices.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return str(data["version"]), dict(data["prices"])


def resolve_price(spec: GenerationJobCreate, settings: Settings) -> TeacherPrice | None:
    """The job's own price, else MEDIFLOW_PRICE_TABLE's, else the packaged default table's."""
    if spec.teacher.price is not None:
        return spec.teacher.price
    model = spec.teacher.model or ""
    entry = settings.price_table.get(model) or default_prices()[1].get(model)
    return TeacherPrice.model_validate(entry) if entry else None


def n_shards_for(spec: GenerationJobCreate, planned: int, settings: Settings) -> int:
    """Automatic sharding never makes more shards than the job may have teacher calls in flight: the
    shards split ``teacher.concurrency``/``max_concurrency`` (a job-wide cap) and each needs one slot."""
    if spec.shards is not None:
        return min(spec.shards, planned)
    auto = max(1, min(settings.max_auto_shards, math.ceil(planned / settings.shard_size)))
    return min(auto, spec.teacher.ceiling)


def submit_job(
    session: Session,
    spec: GenerationJobCreate,
    idempotency_key: str | None = None,
    settings: Settings | None = None,
) -> tuple[GenerationJob, bool]:
    """Store a new job (committed), or return the one created earlier under the same idempotency key."""
    settings = settings or get_settings()
    digest = request_hash(spec)
    if idempotency_key:
        existing = store.find_by_idempotency_key(session, idempotency_key)
        if existing is not None:
            return _same_request(existing, digest), False
    admitted = admission.admit_job(session, spec, settings)
    # The price in force is frozen into the stored spec, so a job's cost never changes afterwards.
    price = resolve_price(admitted, settings)
    if spec.budget and spec.budget.max_cost is not None and price is None:
        raise errors.InvalidRequestError(
            "budget.max_cost", "needs a price: set teacher.price or add the model to MEDIFLOW_PRICE_TABLE"
        )
    budget = admission.job_budget(spec.budget, settings, priced=price is not None)
    stored = admitted.model_copy(
        update={"teacher": admitted.teacher.model_copy(update={"price": price}), "budget": budget}
    )
    admission.check_daily_quota(session, budget, settings)
    planned = job_kinds.planned_count(session, spec)
    admission.check_planned(spec, planned, settings)
    try:
        job = store.create_job(
            session,
            stored.model_dump(mode="json"),
            planned,
            kind=spec.kind,
            idempotency_key=idempotency_key,
            request_hash=digest,
            n_shards=n_shards_for(spec, planned, settings),
            dedup_layout=layout_for(stored.quality.dedup),
        )
        session.commit()
    except IntegrityError:
        # Another request with the same key won the race; answer with its job.
        session.rollback()
        existing = store.find_by_idempotency_key(session, idempotency_key or "")
        if existing is None:
            raise
        return _same_request(existing, digest), False
    return job, True


def _same_request(job: GenerationJob, digest: str) -> GenerationJob:
    if job.request_hash != digest:
        raise errors.ConflictError("this Idempotency-Key was already used with a different request body")
    return job


def job_cost(spec: GenerationJobCreate, job: GenerationJob) -> float | None:
    price = spec.teacher.price
    return round(price.cost(job.tokens_in, job.tokens_out), 6) if price else None


# Parsed specs by job id: a job's spec never changes once stored, and a polled status read would
# otherwise validate the whole spec again each time. Bounded; only read after the row itself was read
# and found visible to the caller, so it never answers for a job the caller may not see.
_SPEC_CACHE_MAX = 2048
_specs: OrderedDict[str, GenerationJobCreate] = OrderedDict()
_specs_lock = threading.Lock()


def job_spec(job: GenerationJob) -> GenerationJobCreate:
    with _specs_lock:
        spec = _specs.get(job.id)
    if spec is None:
        spec = GenerationJobCreate.model_validate(job.spec)
        with _specs_lock:
            _specs[job.id] = spec
            while len(_specs) > _SPEC_CACHE_MAX:
                _specs.popitem(last=False)
    return spec


def job_public(job: GenerationJob) -> GenerationJobPublic:
    spec = job_spec(job)
    finished = job.n_done + job.n_failed + job.n_cancelled + job.n_filtered + job.n_duplicate + job.n_phi
    cost = job_cost(spec, job)
    base = f"{JOBS_PATH}/{job.id}"
    return present(
        GenerationJobPublic,
        job,
        spec=spec,
        counts=JobCounts(
            planned=job.n_planned,
            done=job.n_done,
            failed=job.n_failed,
            filtered=job.n_filtered,
            duplicate=job.n_duplicate,
            phi=job.n_phi,
            cancelled=job.n_cancelled,
            pending=max(job.n_planned - finished, 0),
        ),
        progress=round(finished / job.n_planned, 4) if job.n_planned else 1.0,
        tokens=JobTokens(input=job.tokens_in, output=job.tokens_out, cost=cost),
        live=job_live(job, finished, cost),
        shards=job.n_shards,
        links=JobLinks(self=base, samples=f"/v1/samples?job_id={job.id}", cancel=f"{base}/cancel"),
    )


def job_live(job: GenerationJob, finished: int, cost: float | None, now: datetime | None = None) -> JobLive:
    """Rate and ETA over the samples run so far (cancelled ones never ran, so they do not count)."""
    ran = finished - job.n_cancelled
    final = JobStatus(job.status).is_final
    elapsed = None
    if job.started_at is not None:
        end = job.finished_at if final and job.finished_at else (now or utcnow())
        elapsed = max((end - job.started_at).total_seconds(), 0.0)
    rate = ran / elapsed if elapsed and ran > 0 else None
    tokens = job.tokens_in + job.tokens_out
    left = max(job.n_planned - finished, 0)
    per_sample = tokens / ran if ran > 0 else None
    return JobLive(
        elapsed_s=round(elapsed, 3) if elapsed is not None else None,
        samples_per_s=round(rate, 4) if rate else None,
        tokens_per_s=round(tokens / elapsed, 2) if elapsed and tokens else None,
        eta_s=round(left / rate, 1) if rate and not final else (0.0 if final else None),
        tokens_projected=round(tokens + left * per_sample) if per_sample is not None else None,
        cost_projected=round(cost + left * cost / ran, 6) if cost is not None and ran > 0 else None,
    )


def sample_public(s: Sample) -> SamplePublic:
    failure = None
    if s.failure_reason:
        failure = SampleFailure(stage=s.failed_stage, reason=s.failure_reason, detail=s.error_detail)
    return present(SamplePublic, s, provenance=present(SampleProvenance, s), failure=failure)


def get_sample(session: Session, sample_id: int) -> Sample:
    sample = session.get(Sample, sample_id)
    project = ownership.caller_project(session)
    if sample is not None and project is not None:
        # A sample belongs to its job's project.
        ownership.visible(session, session.get(GenerationJob, sample.job_id), f"sample {sample_id}")
    return ownership.visible(session, sample, f"sample {sample_id}")


def retry_failed(session: Session, job_id: str) -> GenerationJob:
    """A finished job's failed samples run again (committed); the caller enqueues its shards."""
    store.retry_failed(session, job_id)
    session.commit()
    return store.get_job(session, job_id)
