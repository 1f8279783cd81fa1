"""Request and response models for generation jobs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mediflow.generators.taxonomy import default_taxonomy

MAX_SAMPLES = 1_000_000


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
    temperature: float = Field(default=0.7, ge=0.0, le=2.0)
    top_p: float | None = Field(default=None, gt=0.0, le=1.0)
    max_tokens: int = Field(default=768, ge=16, le=32768, description="Upper bound per teacher call")
    concurrency: int = Field(default=8, ge=1, le=1024, description="Samples in flight at once")

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


class GenerationJobCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    n_samples: int = Field(ge=1, le=MAX_SAMPLES, description="How many samples to plan")
    task_types: list[str] | None = Field(default=None, description="Subset of task type ids; all if unset")
    document_types: list[str] | None = Field(default=None, description="Subset of document type ids")
    difficulty_levels: list[int] | None = Field(default=None, description="Subset of levels 1..6")
    output_formats: list[str] | None = Field(default=None, description="plain_text and/or json")
    teacher: TeacherSpec = Field(default_factory=TeacherSpec)
    seed: int = Field(default=0, ge=0, le=2**63 - 1)

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


class JobCounts(BaseModel):
    planned: int
    done: int
    failed: int
    cancelled: int
    pending: int


class JobTokens(BaseModel):
    input: int
    output: int


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
    error: str | None
    links: JobLinks


class GenerationJobList(BaseModel):
    items: list[GenerationJobPublic]
    total: int
    limit: int
    offset: int
