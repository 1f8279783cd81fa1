"""The relational schema: generation jobs and one row per planned sample."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Computed,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy import false as sa_false
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from mediflow.core.statuses import (  # noqa: F401 - re-exported: models and their statuses together
    FINAL_JOB_STATUSES,
    ExportStatus,
    JobStatus,
    ReviewDecision,
    ReviewStatus,
    SampleStatus,
    ShardStatus,
    TrainingStatus,
)
from mediflow.storage.risk import GeneratedSQL

# JSONB on PostgreSQL (indexable, compact), plain JSON text elsewhere.
JSONType = JSON().with_variant(JSONB(), "postgresql")
# SQLite only auto-increments INTEGER PRIMARY KEY, so BIGINT degrades to INTEGER there.
BigIntPK = BigInteger().with_variant(Integer(), "sqlite")


DEFAULT_PROJECT = "default"


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSONType}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware timestamp; SQLite hands back naive values, which we read as UTC.

    A TypeDecorator, not a DateTime subclass: dialects adapt DateTime to their own class, which
    silently dropped an overridden result processor (naive datetimes reached the API on SQLite).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if isinstance(value, datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class InProject:
    """The project a row belongs to (every read is scoped by it, see storage/ownership.py)."""

    project_id: Mapped[str] = mapped_column(
        String(32),
        ForeignKey("projects.id"),
        index=True,
        default=DEFAULT_PROJECT,
        server_default=DEFAULT_PROJECT,
    )


class ProjectOwned(InProject):
    """What a project's keys create: its project and the key that created it."""

    created_by_key_id: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("api_keys.id", ondelete="SET NULL"), index=True
    )


class Leased:
    """Queued work that one worker holds at a time (storage/leases.py): who holds it, when it last
    showed it is alive, how often it was taken, and when it was created, sent, started and ended."""

    worker_id: Mapped[str | None] = mapped_column(String(255))
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    enqueued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class GenerationJob(ProjectOwned, Leased, Base):
    __tablename__ = "generation_jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16), default="mediflow")
    status: Mapped[str] = mapped_column(String(16), default=JobStatus.queued.value, index=True)
    spec: Mapped[dict[str, Any]] = mapped_column(JSONType)
    idempotency_key: Mapped[str | None] = mapped_column(String(255))
    request_hash: Mapped[str | None] = mapped_column(String(64))

    n_planned: Mapped[int] = mapped_column(Integer)
    n_done: Mapped[int] = mapped_column(Integer, default=0)
    n_failed: Mapped[int] = mapped_column(Integer, default=0)
    n_cancelled: Mapped[int] = mapped_column(Integer, default=0)
    n_filtered: Mapped[int] = mapped_column(Integer, default=0)
    n_duplicate: Mapped[int] = mapped_column(Integer, default=0)
    n_phi: Mapped[int] = mapped_column(Integer, default=0)
    tokens_in: Mapped[int] = mapped_column(BigInteger, default=0)
    tokens_out: Mapped[int] = mapped_column(BigInteger, default=0)

    error: Mapped[str | None] = mapped_column(Text)
    n_shards: Mapped[int] = mapped_column(Integer, default=1)
    stop_reason: Mapped[str | None] = mapped_column(String(255))
    # The LSH layout its kept rows are indexed under in dedup_bands ("128:16x8"); None: not indexed.
    dedup_layout: Mapped[str | None] = mapped_column(String(32))
    # The SimHash layout its kept rows' embeddings are indexed under in semantic_bands; None: not indexed.
    semantic_layout: Mapped[str | None] = mapped_column(String(80))

    samples: Mapped[list[Sample]] = relationship(back_populates="job", passive_deletes=True)

    __table_args__ = (
        Index("ix_generation_jobs_created_at", "created_at"),
        # An Idempotency-Key belongs to its project: another project's identical key is another job.
        UniqueConstraint("project_id", "idempotency_key", name="uq_generation_jobs_project_idempotency"),
    )


class Sample(Base):
    """One planned sample; MediFlow's public columns plus the provenance of how it was made."""

    __tablename__ = "samples"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("generation_jobs.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    shard: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default=SampleStatus.pending.value)

    # The plan cell.
    task_type: Mapped[str] = mapped_column(String(64))
    input_data: Mapped[str] = mapped_column(String(64))  # the document type, as MediFlow names it
    difficulty_level: Mapped[int] = mapped_column(Integer)
    output_format: Mapped[str] = mapped_column(String(16))

    # MediFlow content columns.
    instruction: Mapped[str | None] = mapped_column(Text)
    input: Mapped[str | None] = mapped_column(Text)
    output: Mapped[str | None] = mapped_column(Text)
    rejected_output: Mapped[str | None] = mapped_column(Text)
    error_type: Mapped[str | None] = mapped_column(String(64))
    quality: Mapped[float | None] = mapped_column(Float)
    alignment: Mapped[float | None] = mapped_column(Float)
    coherence: Mapped[float | None] = mapped_column(Float)
    realism: Mapped[float | None] = mapped_column(Float)
    difficulty: Mapped[float | None] = mapped_column(Float)

    # Provenance.
    teacher_backend: Mapped[str | None] = mapped_column(String(32))
    teacher_model: Mapped[str | None] = mapped_column(String(255))
    prompt_versions: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    sampling: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    # The case design: scenario attributes, planned label, planted error (mediflow.generators.scenarios).
    scenario: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    tokens_in: Mapped[int] = mapped_column(Integer, default=0)
    tokens_out: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    failed_stage: Mapped[str | None] = mapped_column(String(32))
    failure_reason: Mapped[str | None] = mapped_column(String(64))
    error_detail: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    # PIT records: the source document and which token-count chunk of it the teacher saw.
    document_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    chunk_index: Mapped[int | None] = mapped_column(Integer)

    # Several instructions per document: the index of the row that wrote the document this row shares.
    input_group: Mapped[int | None] = mapped_column(Integer)
    # Kept-row quotas: which top-up round planned this row (0: the first plan).
    topup_round: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The row's rank within its task and within its document type over the plan (``plan_ranks``): its
    # planned label and scenario are drawn from them. NULL in plans stored before they were.
    task_rank: Mapped[int | None] = mapped_column(Integer)
    doc_rank: Mapped[int | None] = mapped_column(Integer)

    # Quality: PHI findings, judge votes, DPO attempt (see mediflow/quality); dedup signature.
    checks: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    phi_count: Mapped[int] = mapped_column(Integer, default=0)
    duplicate_of: Mapped[int | None] = mapped_column(BigInteger)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The review queue's order, kept current by the database on every write (see storage/risk.py).
    review_risk: Mapped[int | None] = mapped_column(Integer, Computed(GeneratedSQL("risk")))
    audit_rank: Mapped[int | None] = mapped_column(Integer, Computed(GeneratedSQL("audit")))

    job: Mapped[GenerationJob] = relationship(back_populates="samples")

    __table_args__ = (
        UniqueConstraint("job_id", "index", name="uq_samples_job_index"),
        # (job, status, id): a job's rows of one status in id order, so keyset pages (exports) are read by
        # the index whatever the statistics say (on (job, status) a planner that believed the job small read
        # and sorted all its rows for every page: ~1 s a page at 900,000 rows).
        Index("ix_samples_job_status_id", "job_id", "status", "id"),
        Index("ix_samples_job_shard_status", "job_id", "shard", "status"),
        Index("ix_samples_task_type", "task_type"),
        # The console's keyset pages (one job, newest id first) walk this instead of sorting the job.
        Index("ix_samples_job_id_id", "job_id", "id"),
        # The review queue walks this from its top (riskiest, then audit, then newest) and stops.
        # Partial (kept rows only): a full one on job_id first was picked for the report's GROUP BYs
        # on SQLite and made them 3x slower.
        Index(
            "ix_samples_review_queue",
            "job_id",
            "review_risk",
            "audit_rank",
            "id",
            sqlite_where=text("review_risk IS NOT NULL"),
            postgresql_where=text("review_risk IS NOT NULL"),
        ),
    )


class JobReportCache(Base):
    """A finished job's report, built once: building it reads every row of the job (O(rows))."""

    __tablename__ = "job_reports"

    job_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("generation_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    # The job state it describes (status and finished_at): a retried job finishes anew and is rebuilt.
    built_for: Mapped[str] = mapped_column(String(64))
    body: Mapped[dict[str, Any]] = mapped_column(JSONType)
    built_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class BandRow:
    """An LSH band of one sample of a job: (job, band key, sample) is the key; ``index`` its plan index."""

    job_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("generation_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    sample_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    index: Mapped[int] = mapped_column(Integer)


class DedupBand(BandRow, Base):
    """One LSH band of a deduplicated sample's MinHash: rows sharing a key are near-duplicate candidates.

    The key hashes the band number, task type and layout in with the band's values, so one indexed
    (job_id, key) pair answers every lookup; ``index`` is the sample's plan index, so plan order can be
    decided without reading the samples. WITHOUT ROWID on SQLite: the primary key is the whole row.
    """

    __tablename__ = "dedup_bands"

    __table_args__ = ({"sqlite_with_rowid": False},)


class SemanticBand(BandRow, Base):
    """One SimHash band of a kept sample's embeddings (instruction and input), for semantic dedup: rows
    sharing a key are candidates for the exact cosine check (``mediflow.quality.semantic_pass``).

    Like ``DedupBand``: the key hashes the task type, layout and band number in; ``index`` is the plan
    index. A sample has bands here once the semantic pass kept it (the pass looks for rows without)."""

    __tablename__ = "semantic_bands"

    __table_args__ = (
        Index("ix_semantic_bands_job_sample", "job_id", "sample_id"),
        {"sqlite_with_rowid": False},
    )


class Corpus(ProjectOwned, Base):
    """A named collection of source documents (guidelines, PubMed, clinical notes, ...) for PIT jobs."""

    __tablename__ = "corpora"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    # What uploads do with PHI: flag (keep, count), redact, surrogate, or refuse the upload.
    phi_policy: Mapped[str] = mapped_column(String(16), default="redact", server_default="flag")

    __table_args__ = (UniqueConstraint("project_id", "name", name="uq_corpora_project_name"),)


class RegisteredModel(ProjectOwned, Base):
    """A base model a project imported: a directory under the models root its recipes may name."""

    __tablename__ = "base_models"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(128))
    path: Mapped[str] = mapped_column(Text)  # relative to the models root, as a recipe names it
    architecture: Mapped[str | None] = mapped_column(String(128))
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (UniqueConstraint("project_id", "name", name="uq_base_models_project_name"),)


class Document(Base):
    """One source document; the content hash makes re-adding the same text a no-op."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    corpus_id: Mapped[str] = mapped_column(ForeignKey("corpora.id", ondelete="CASCADE"))
    content_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    n_chars: Mapped[int] = mapped_column(Integer)
    n_tokens: Mapped[int] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(String(255))  # the uploaded file's name
    source_position: Mapped[int | None] = mapped_column(Integer)  # its line or row in that file
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    phi_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # findings at upload
    phi_counts: Mapped[dict[str, Any] | None] = mapped_column(JSONType)  # per category, when any

    __table_args__ = (UniqueConstraint("corpus_id", "content_hash", name="uq_documents_corpus_hash"),)


class Export(ProjectOwned, Leased, Base):
    """A dataset export: what was asked for, how it went, and where the artifacts are."""

    __tablename__ = "exports"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    format: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default=ExportStatus.queued.value, index=True)
    spec: Mapped[dict[str, Any]] = mapped_column(JSONType)
    counts: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    n_rows: Mapped[int] = mapped_column(Integer, default=0)
    artifact_path: Mapped[str | None] = mapped_column(Text)
    archive_path: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    # Rows of every project (an admin's export) or of project_id only.
    all_projects: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())


class Project(Base):
    """A tenant: keys belong to one; what they create is visible to that project's keys (and admins)."""

    __tablename__ = "projects"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    daily_tokens: Mapped[int | None] = mapped_column(BigInteger)  # overrides the server's quota
    daily_cost: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ProjectUsage(Base):
    """What one project's teacher calls spent in one UTC day: the daily quota reads this one row.

    Workers add to it as calls are made (at each heartbeat and when a shard ends), so no read ever sums
    samples or jobs.
    """

    __tablename__ = "project_usage"

    project_id: Mapped[str] = mapped_column(String(32), ForeignKey("projects.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    tokens_in: Mapped[int] = mapped_column(BigInteger, default=0)
    tokens_out: Mapped[int] = mapped_column(BigInteger, default=0)
    cost: Mapped[float] = mapped_column(Float, default=0.0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ApiKey(InProject, Base):
    """An API key: only a salted hash is stored; ``prefix`` (not secret) finds the row to check."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(String(16))
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    salt: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class JobShard(Base):
    """One Celery task's slice of a job (samples with ``index % n_shards == shard``) and its lease."""

    __tablename__ = "job_shards"

    job_id: Mapped[str] = mapped_column(
        ForeignKey("generation_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    shard: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default=ShardStatus.queued.value)
    worker_id: Mapped[str | None] = mapped_column(String(255))
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    enqueued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_job_shards_status_heartbeat", "status", "heartbeat_at"),)


class TeacherCacheEntry(Base):
    """A content-addressed teacher response: sha256 of model + messages + sampling + schema."""

    __tablename__ = "teacher_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    model: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)
    tokens_in: Mapped[int] = mapped_column(Integer, default=0)
    tokens_out: Mapped[int] = mapped_column(Integer, default=0)
    finish_reason: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    hits: Mapped[int] = mapped_column(Integer, default=0)
    # The project whose call filled it (also part of the key); NULL when shared across projects.
    project_id: Mapped[str | None] = mapped_column(String(32), index=True)


class TrainingRun(ProjectOwned, Leased, Base):
    """A training recipe run: the validated recipe (absolute paths), live progress and per-step results."""

    __tablename__ = "training_runs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default=TrainingStatus.queued.value, index=True)
    recipe: Mapped[dict[str, Any]] = mapped_column(JSONType)
    run_dir: Mapped[str] = mapped_column(Text)

    # Live progress, written by the worker (throttled) from the library's events.
    steps: Mapped[list[str] | None] = mapped_column(JSONType)  # the planned step ids, in run order
    stage: Mapped[str | None] = mapped_column(String(32))
    step_id: Mapped[str | None] = mapped_column(String(128))
    stage_index: Mapped[int | None] = mapped_column(Integer)
    stage_total: Mapped[int | None] = mapped_column(Integer)
    phase: Mapped[str | None] = mapped_column(String(32))
    step: Mapped[int | None] = mapped_column(Integer)
    max_steps: Mapped[int | None] = mapped_column(Integer)
    loss: Mapped[float | None] = mapped_column(Float)
    eta_s: Mapped[float | None] = mapped_column(Float)
    metrics: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)  # step id -> its metrics
    artifacts: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)  # step id -> model dir
    final_model: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_training_runs_status_heartbeat", "status", "heartbeat_at"),)


class Review(Base):
    """One reviewer's decision on one sample. Append-only; the sample row is never changed."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    sample_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("samples.id", ondelete="CASCADE"))
    job_id: Mapped[str] = mapped_column(String(32), ForeignKey("generation_jobs.id", ondelete="CASCADE"))
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    # Edited columns only (instruction / input / output / rejected_output): the original stays in samples.
    edits: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    reviewer: Mapped[str] = mapped_column(String(64))  # the key's name when the review was made
    created_by_key_id: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("api_keys.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("ix_reviews_sample_id", "sample_id", "id"),
        Index("ix_reviews_job_id", "job_id", "id"),
    )


class SampleReview(Base):
    """A sample's review outcome, recomputed from its reviews on each new one (filters, queue, exports)."""

    __tablename__ = "sample_reviews"

    sample_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("samples.id", ondelete="CASCADE"), primary_key=True
    )
    job_id: Mapped[str] = mapped_column(String(32), ForeignKey("generation_jobs.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default=ReviewStatus.unreviewed.value)
    n_reviews: Mapped[int] = mapped_column(Integer, default=0)
    n_reviewers: Mapped[int] = mapped_column(Integer, default=0)
    edits: Mapped[dict[str, Any] | None] = mapped_column(JSONType)  # the latest edit in force, if any
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (Index("ix_sample_reviews_job_status", "job_id", "status"),)


class ConsoleSession(Base):
    """A signed-in console browser: only the SHA-256 of the cookie's token is stored."""

    __tablename__ = "console_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32), ForeignKey("api_keys.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Evaluation(ProjectOwned, Leased, Base):
    """Models x a task suite, scored by a training worker: per-model, per-task scores and a report.

    Its lifecycle is a training run's (queued → running → completed / failed); ``results`` fills in
    model by model, so a worker that dies resumes with the models not yet scored.
    """

    __tablename__ = "evaluations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    status: Mapped[str] = mapped_column(String(16), default=TrainingStatus.queued.value, index=True)
    models: Mapped[dict[str, Any]] = mapped_column(JSONType)  # label -> absolute model directory
    suite: Mapped[str] = mapped_column(Text)  # "bundled" or the stored suite file
    options: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    results: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)  # label -> scores
    report: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    error: Mapped[str | None] = mapped_column(Text)
