"""Response models for stored samples."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class SampleProvenance(BaseModel):
    teacher_backend: str | None
    teacher_model: str | None
    prompt_versions: dict[str, Any] | None
    sampling: dict[str, Any] | None
    scenario: dict[str, Any] | None = None
    input_group: int | None = Field(
        default=None, description="Index of the row whose generated document this row shares (its writer)"
    )
    topup_round: int = Field(default=0, description="The quota top-up round that planned this row (0: first)")
    tokens_in: int
    tokens_out: int
    latency_ms: int
    attempts: int


class SampleFailure(BaseModel):
    stage: str | None
    reason: str | None
    detail: str | None


class SamplePublic(BaseModel):
    """A sample with the public MediFlow column names at the top level."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    job_id: str
    index: int
    status: str
    instruction: str | None
    input: str | None
    output: str | None
    task_type: str
    input_data: str
    output_format: str
    difficulty_level: int
    rejected_output: str | None
    error_type: str | None
    quality: float | None
    alignment: float | None
    coherence: float | None
    realism: float | None
    difficulty: float | None
    provenance: SampleProvenance
    failure: SampleFailure | None
    checks: dict[str, Any] | None = Field(
        default=None, description="Quality checks: judge votes, PHI findings, DPO outcome (or why no pair)"
    )
    completed_at: datetime | None


class SampleRow(BaseModel):
    """A sample in a list: ``SamplePublic``'s fields, each present unless ``fields`` left it out.

    Without ``fields`` every field is there (a row reads like ``SamplePublic``); with it, only the named
    fields and ``id``. The field list is ``SamplePublic``'s; a test holds the two together.
    """

    model_config = ConfigDict(from_attributes=True)

    id: int
    job_id: str | None = None
    index: int | None = None
    status: str | None = None
    instruction: str | None = None
    input: str | None = None
    output: str | None = None
    task_type: str | None = None
    input_data: str | None = None
    output_format: str | None = None
    difficulty_level: int | None = None
    rejected_output: str | None = None
    error_type: str | None = None
    quality: float | None = None
    alignment: float | None = None
    coherence: float | None = None
    realism: float | None = None
    difficulty: float | None = None
    provenance: SampleProvenance | None = None
    failure: SampleFailure | None = None
    checks: dict[str, Any] | None = None
    completed_at: datetime | None = None


# What ``GET /v1/samples?fields=…`` may name: SamplePublic's fields, in its order.
SAMPLE_FIELDS: tuple[str, ...] = tuple(SamplePublic.model_fields)


class SampleList(BaseModel):
    items: list[SampleRow]
    next_cursor: str | None
