"""What a job says about its teacher: backend, sampling, limits, price; and its spending caps."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mediflow.core.registries import TEACHERS


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
    """Which teacher a job prompts and how. Secrets never live here: keys are bound to endpoints in settings."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$",
        description="A teacher the operator declared (MEDIFLOW_TEACHERS): its backend, endpoint and key",
    )
    backend: str = Field(default="embedded", description="Registered teacher backend name")
    model: str | None = Field(
        default=None, max_length=255, description="Model name; backend default if unset"
    )
    base_url: str | None = Field(
        default=None,
        max_length=2048,
        description="An ad-hoc OpenAI-compatible endpoint, if the operator allows them; never sent a key",
    )
    secret_ref: str | None = Field(
        default=None,
        pattern=r"^[A-Z][A-Z0-9_]{0,63}$",
        description="Refused: keys are bound to named teachers by the operator (kept to say so clearly)",
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
        names = TEACHERS.names()
        if value not in names:
            raise ValueError(f"unknown teacher backend {value!r}; valid: {', '.join(names)}")
        return value

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return value
