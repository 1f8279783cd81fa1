"""Request and response models for generation jobs."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from mediflow.generators.taxonomy import default_taxonomy

MAX_SAMPLES = 1_000_000


class TeacherPrice(BaseModel):
    """USD per million tokens."""

    model_config = ConfigDict(extra="forbid")

    input_per_million: float = Field(ge=0)
    output_per_million: float = Field(ge=0)

    def cost(self, tokens_in: int, tokens_out: int) -> float:
        return (tokens_in * self.input_per_million + tokens_out * self.output_per_million) / 1e6


class Budget(BaseModel):
    """Caps on what one job may spend; reaching one stops the job cleanly with status budget_exhausted."""

    model_config = ConfigDict(extra="forbid")

    max_tokens: int | None = Field(default=None, ge=1, description="Input + output tokens, all shards")
    max_cost: float | None = Field(default=None, gt=0, description="USD; needs a price for the teacher model")


class TeacherSpec(BaseModel):
    """Which teacher a job prompts and how. Secrets never live here: keys come from settings."""

    model_config = ConfigDict(extra="forbid")

    backend: str = Field(default="embedded", description="Registered teacher backend name")
    model: str | None = Field(
        default=None, max_length=255, description="Model name; backend default if unset"
    )
    base_url: str | None = Field(
        default=None, max_length=2048, description="OpenAI-compatible endpoint (openai backend)"
    )
    secret_ref: str | None = Field(
        default=None,
        pattern=r"^[A-Z][A-Z0-9_]{0,63}$",
        description="Name of the teacher key on the workers (env MEDIFLOW_SECRET_<NAME>); settings' key if unset",
    )
    temperature: float = Field(default=0.7, ge=0.0, le=2.0)
    top_p: float | None = Field(default=None, gt=0.0, le=1.0)
    max_tokens: int = Field(default=768, ge=16, le=32768, description="Upper bound per teacher call")
    concurrency: int = Field(default=8, ge=1, le=1024, description="Teacher calls in flight to start with")
    max_concurrency: int | None = Field(
        default=None,
        ge=1,
        le=4096,
        description="Hard ceiling the adaptive limit may climb to; concurrency if unset",
    )
    adaptive: bool = Field(
        default=True, description="Back off on 429/timeouts and climb back on success (AIMD)"
    )
    rpm_limit: int | None = Field(default=None, ge=1, description="Requests per minute, across all workers")
    tpm_limit: int | None = Field(default=None, ge=1, description="Tokens per minute, across all workers")
    max_retries: int = Field(
        default=4, ge=0, le=20, description="Retries of transient errors (backoff + jitter)"
    )
    server: Literal["openai", "azure", "vllm", "llamacpp", "generic"] = Field(
        default="openai",
        description="What serves an openai-backend endpoint, which decides how structured output is asked for",
    )
    cache: bool | None = Field(
        default=None, description="Reuse identical earlier calls; on by default only at temperature 0"
    )
    price: TeacherPrice | None = Field(default=None, description="Overrides the settings' price table")

    @property
    def ceiling(self) -> int:
        return max(self.concurrency, self.max_concurrency or self.concurrency)

    @property
    def cache_enabled(self) -> bool:
        return self.cache if self.cache is not None else self.temperature == 0.0

    @field_validator("backend")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        from mediflow.generators.teachers import backend_names

        names = backend_names()
        if value not in names:
            raise ValueError(f"unknown teacher backend {value!r}; valid: {', '.join(names)}")
        return value

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return value


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
    n_samples: int = Field(
        ge=1, le=MAX_SAMPLES, description="How many samples to plan (pit: at most this many, chunk x task)"
    )
    corpus_id: str | None = Field(default=None, max_length=64, description="The corpus a pit job reads")
    pit: PitOptions | None = Field(default=None, description="pit jobs only; defaults when unset")
    task_types: list[str] | None = Field(default=None, description="Subset of task type ids; all if unset")
    document_types: list[str] | None = Field(default=None, description="Subset of document type ids")
    difficulty_levels: list[int] | None = Field(default=None, description="Subset of levels 1..6")
    output_formats: list[str] | None = Field(default=None, description="plain_text and/or json")
    teacher: TeacherSpec = Field(default_factory=TeacherSpec)
    seed: int = Field(default=0, ge=0, le=2**63 - 1)
    budget: Budget | None = Field(default=None, description="Token / cost caps for the whole job")
    shards: int | None = Field(
        default=None,
        ge=1,
        le=4096,
        description="Celery tasks the plan is split into, so many workers share one job; auto if unset",
    )

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
        if self.corpus_id is None:
            raise ValueError("a pit job needs a corpus_id")
        mediflow_axes = ("task_types", "document_types", "difficulty_levels", "output_formats")
        if set_axes := [n for n in mediflow_axes if getattr(self, n) is not None]:
            raise ValueError(f"{', '.join(set_axes)} apply to mediflow jobs only; pit jobs use pit.tasks")
        if self.pit is None:
            self.pit = PitOptions()
        return self


class JobCounts(BaseModel):
    planned: int
    done: int
    failed: int
    cancelled: int
    pending: int


class JobTokens(BaseModel):
    input: int
    output: int
    cost: float | None = Field(default=None, description="USD, when a price is known for the teacher")


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
