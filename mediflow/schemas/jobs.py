"""Request and response models for generation jobs."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from mediflow.generators.taxonomy import default_taxonomy
from mediflow.schemas.quality import QualitySpec
from mediflow.schemas.teacher import Budget, TeacherPrice, TeacherSpec

MAX_SAMPLES = 1_000_000


def _check_known(values: list[Any] | None, valid: list[Any], kind: str) -> list[Any] | None:
    if values is None:
        return None
    if not values:
        raise ValueError(f"{kind} must not be empty; omit it to use all")
    unknown = [v for v in values if v not in valid]
    if unknown:
        raise ValueError(
            f"unknown {kind} {', '.join(repr(u) for u in unknown)}; valid: {', '.join(str(v) for v in valid)}"
        )
    if len(set(values)) != len(values):
        raise ValueError(f"{kind} contains duplicates")
    return values


StratumKey = Literal["task_type", "document_type", "difficulty_level", "output_format"]
STRATUM_KEYS: tuple[StratumKey, ...] = ("task_type", "document_type", "difficulty_level", "output_format")


class QuotaSpec(BaseModel):
    """Kept rows per stratum instead of planned rows: rows lost to the judge, PHI, dedup or failures are
    planned again (top-ups) for the strata left short, round after round, within the job's budget."""

    model_config = ConfigDict(extra="forbid")

    kept_per_stratum: int = Field(ge=1, le=100_000, description="Rows to keep (status done) per stratum")
    stratum: list[StratumKey] = Field(
        default_factory=lambda: list(STRATUM_KEYS),
        min_length=1,
        description="The plan columns a stratum is keyed by; all four (the plan's cell) by default",
    )
    max_rounds: int = Field(
        default=3, ge=0, le=20, description="Top-up rounds after the first; 0 reports shortfalls only"
    )

    @field_validator("stratum")
    @classmethod
    def _unique(cls, v: list[StratumKey]) -> list[StratumKey]:
        if len(set(v)) != len(v):
            raise ValueError("stratum contains duplicates")
        return [k for k in STRATUM_KEYS if k in v]  # one canonical order


PitTask = Literal["qa", "summary", "entities", "relations"]
PIT_TASKS: tuple[PitTask, ...] = ("qa", "summary", "entities", "relations")


class PitOptions(BaseModel):
    """Pre-instruction-tuning task data: which tasks per document chunk, and the chunk size."""

    model_config = ConfigDict(extra="forbid")

    tasks: list[PitTask] = Field(default_factory=lambda: list(PIT_TASKS), min_length=1)
    chunk_tokens: int = Field(default=512, ge=32, le=8192, description="Tokens per document chunk")

    @field_validator("tasks")
    @classmethod
    def _unique(cls, v: list[PitTask]) -> list[PitTask]:
        if len(set(v)) != len(v):
            raise ValueError("tasks contains duplicates")
        return v


class GenerationJobCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["mediflow", "pit"] = Field(
        default="mediflow", description="mediflow: instruction samples; pit: task data over a corpus"
    )
    # Before n_samples: its validator reads the quota.
    quota: QuotaSpec | None = Field(
        default=None, description="Kept rows per stratum, topped up where quality checks removed rows"
    )
    n_samples: int | None = Field(
        default=None,
        validate_default=True,
        ge=1,
        le=MAX_SAMPLES,
        description=(
            "How many samples to plan (pit: at most this many, chunk x task); with a quota, optional: "
            "the most rows the job may plan over all its rounds"
        ),
    )
    corpus_id: str | None = Field(default=None, max_length=64, description="The corpus a pit job reads")
    pit: PitOptions | None = Field(default=None, description="pit jobs only; defaults when unset")
    task_types: list[str] | None = Field(default=None, description="Subset of task type ids; all if unset")
    document_types: list[str] | None = Field(default=None, description="Subset of document type ids")
    difficulty_levels: list[int] | None = Field(default=None, description="Subset of levels 1..6")
    output_formats: list[str] | None = Field(default=None, description="plain_text and/or json")
    level_weights: dict[int, float] | None = Field(
        default=None,
        description="Relative share per difficulty level; the taxonomy's default weighs levels 4-6 double",
    )
    instructions_per_document: int = Field(
        default=1,
        ge=1,
        le=16,
        description=(
            "Rows that share one generated document: other task types that fit it, else the same task "
            "with a different instruction (MediFlow: ~700k unique instructions behind 2.5M rows)"
        ),
    )
    teacher: TeacherSpec = Field(default_factory=TeacherSpec)
    seed: int = Field(default=0, ge=0, le=2**63 - 1)
    budget: Budget | None = Field(default=None, description="Token / cost caps for the whole job")
    quality: QualitySpec = Field(
        default_factory=QualitySpec, description="PHI screening, judge, dedup and DPO pairs after generation"
    )
    shards: int | None = Field(
        default=None,
        ge=1,
        le=4096,
        description="Celery tasks the plan is split into, so many workers share one job; auto if unset",
    )

    @field_validator("n_samples")
    @classmethod
    def _n_samples(cls, v: int | None, info: ValidationInfo) -> int | None:
        if v is None and info.data.get("quota") is None:
            raise PydanticCustomError("missing", "Field required (or a valid quota.kept_per_stratum)")
        return v

    @field_validator("task_types")
    @classmethod
    def _tasks(cls, v: list[str] | None) -> list[str] | None:
        return _check_known(v, [t.id for t in default_taxonomy().task_types], "task type")

    @field_validator("document_types")
    @classmethod
    def _docs(cls, v: list[str] | None) -> list[str] | None:
        return _check_known(v, [d.id for d in default_taxonomy().document_types], "document type")

    @field_validator("difficulty_levels")
    @classmethod
    def _levels(cls, v: list[int] | None) -> list[int] | None:
        return _check_known(v, [d.level for d in default_taxonomy().difficulty_levels], "difficulty level")

    @field_validator("level_weights")
    @classmethod
    def _weights(cls, v: dict[int, float] | None) -> dict[int, float] | None:
        if v is None:
            return None
        _check_known(list(v), [d.level for d in default_taxonomy().difficulty_levels], "difficulty level")
        if any(not 0 < w <= 100 for w in v.values()):
            raise ValueError("level weights must be > 0 and <= 100")
        return v

    @field_validator("output_formats")
    @classmethod
    def _formats(cls, v: list[str] | None) -> list[str] | None:
        return _check_known(v, [o.id for o in default_taxonomy().output_formats], "output format")

    @model_validator(mode="after")
    def _fields_of_kind(self) -> GenerationJobCreate:
        if self.kind == "mediflow":
            if self.corpus_id is not None or self.pit is not None:
                raise ValueError("corpus_id and pit apply to pit jobs only; set kind to 'pit'")
            return self
        if self.quota is not None or self.instructions_per_document != 1:
            raise ValueError("quota and instructions_per_document apply to mediflow jobs only")
        if self.corpus_id is None:
            raise ValueError("a pit job needs a corpus_id")
        mediflow_axes = (
            "task_types",
            "document_types",
            "difficulty_levels",
            "output_formats",
            "level_weights",
        )
        if set_axes := [n for n in mediflow_axes if getattr(self, n) is not None]:
            raise ValueError(f"{', '.join(set_axes)} apply to mediflow jobs only; pit jobs use pit.tasks")
        if self.pit is None:
            self.pit = PitOptions()
        if "judge" not in self.quality.model_fields_set:
            # The default judge grades instruction rows; PIT task data is judged only when asked for.
            self.quality = self.quality.model_copy(update={"judge": None})
        return self


class JobCounts(BaseModel):
    planned: int
    done: int
    failed: int
    filtered: int = Field(default=0, description="Kept in storage but below a judge threshold")
    duplicate: int = Field(default=0, description="Near or exact duplicates of an earlier row")
    phi: int = Field(default=0, description="Dropped by the PHI policy 'drop'")
    cancelled: int
    pending: int


class JobTokens(BaseModel):
    input: int
    output: int
    cost: float | None = Field(default=None, description="USD, when a price is known for the teacher")


class JobLive(BaseModel):
    """How fast the job goes and where it will end, from its counters and timestamps."""

    elapsed_s: float | None = Field(description="Since the first worker started it (to its end when final)")
    samples_per_s: float | None = Field(description="Finished samples per second so far")
    tokens_per_s: float | None = Field(description="Teacher tokens (in + out) per second so far")
    eta_s: float | None = Field(description="Seconds left at the current rate; None when final or unknown")
    tokens_projected: int | None = Field(description="Tokens the whole plan will use at the current mean")
    cost_projected: float | None = Field(description="USD the whole plan will cost at the current mean")


class JobLinks(BaseModel):
    self: str
    samples: str
    cancel: str


class GenerationJobPublic(BaseModel):
    id: str
    kind: str
    status: str
    spec: GenerationJobCreate
    counts: JobCounts
    progress: float = Field(description="Fraction of planned samples that are finished, 0..1")
    tokens: JobTokens
    live: JobLive | None = Field(default=None, description="Rate, ETA and projected tokens and cost")
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    heartbeat_at: datetime | None
    attempts: int
    shards: int
    error: str | None
    stop_reason: str | None = Field(default=None, description="Why the job stopped early (a budget cap)")
    links: JobLinks


class GenerationJobList(BaseModel):
    items: list[GenerationJobPublic]
    total: int
    limit: int
    offset: int


class Span(BaseModel):
    """An estimated figure: the expected value and the range around it."""

    low: float
    expected: float
    high: float


class TopUpEstimate(BaseModel):
    """Kept-row quota top-ups beyond the first round: each round plans again the rows the previous one
    lost, so round r plans about ``planned * (1 - keep_rate) ** r`` rows, for at most ``max_rounds``
    rounds and within ``n_samples``. The range comes from the range of the keep rate."""

    keep_rate: Span = Field(
        description="Share of planned rows kept (not removed by judge, PHI, dedup, errors)"
    )
    keep_rate_source: str = Field(
        description="The project's finished jobs it was measured on, or the default"
    )
    rounds: Span = Field(description="Top-up rounds expected to plan at least one row")
    rows: Span
    calls: Span
    tokens_in: Span
    tokens_out: Span
    cost: Span | None
    seconds: Span


class JobEstimate(BaseModel):
    """The expected size of a job spec before it runs (see ``assumptions``: answers vary in length).

    The top-level figures are the first round; ``top_ups`` adds what a kept-row quota's top-up rounds
    are expected to cost on top."""

    planned: int
    calls: int = Field(
        description="Teacher calls: generation stages, judge votes, DPO rewrites (upper bound)"
    )
    tokens_in: int
    tokens_out: int
    cost: float | None = Field(description="USD, when a price is known for the teacher model")
    price: TeacherPrice | None
    seconds: float = Field(description="Wall-clock time on one worker at the spec's concurrency")
    top_ups: TopUpEstimate | None = Field(default=None, description="Only for specs with a quota")
    assumptions: dict[str, Any]
