"""The coverage and quality report of one generation job."""

from __future__ import annotations

from pydantic import BaseModel, Field


class CellCount(BaseModel):
    task_type: str
    input_data: str
    difficulty_level: int
    output_format: str
    planned: int
    kept: int


class MarginCount(BaseModel):
    value: str
    planned: int
    kept: int


class FailureCount(BaseModel):
    status: str
    stage: str | None
    reason: str | None
    count: int


class ScoreDistribution(BaseModel):
    count: int
    mean: float | None
    histogram: dict[str, int] = Field(description="Median judge score (rounded to 0.5) -> rows")


class JobReport(BaseModel):
    job_id: str
    status: str
    statuses: dict[str, int] = Field(description="Rows per sample status; they add up to planned")
    planned: int
    failures: list[FailureCount] = Field(description="Rows not kept, by status, stage and reason")
    by_task_type: list[MarginCount]
    by_document_type: list[MarginCount]
    by_difficulty: list[MarginCount]
    by_output_format: list[MarginCount]
    cells: list[CellCount] = Field(description="Planned vs kept per task x document x difficulty x format")
    judge: dict[str, ScoreDistribution]
    phi: dict[str, int] = Field(description="Findings per identifier type, over all screened rows")
    phi_rows: int
    dpo_pairs: dict[str, int] = Field(description="Rows with a rejected output, per error type")
    dpo_unpaired: dict[str, int] = Field(
        default_factory=dict,
        description="Kept rows without a DPO pair, per reason (below_min_scores, a teacher failure, ...)",
    )
    tokens_in: int
    tokens_out: int
    cost: float | None
