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
    topped_up: int = Field(default=0, description="Of the planned rows, those a quota top-up round added")


class MarginCount(BaseModel):
    value: str
    planned: int
    kept: int
    topped_up: int = 0


class StratumCount(BaseModel):
    stratum: dict[str, str | int] = Field(description="The stratum's value of each quota.stratum key")
    planned: int = Field(description="Rows planned in it, top-ups included")
    kept: int
    topped_up: int = Field(description="Rows top-up rounds planned in it")
    short: int = Field(description="Kept rows still missing to reach the quota (0 when met)")


class QuotaReport(BaseModel):
    """Kept-row quotas: how each stratum did, and why the job stopped short when it did."""

    kept_per_stratum: int
    stratum_keys: list[str]
    rounds: int = Field(description="Top-up rounds planned so far")
    max_rounds: int
    met: int = Field(description="Strata that reached their quota")
    short: int = Field(description="Strata below their quota")
    stopped_short: str | None = Field(description="Why a finished job left strata short; None otherwise")
    strata: list[StratumCount]


class FailureCount(BaseModel):
    status: str
    stage: str | None
    reason: str | None
    count: int


class ScoreDistribution(BaseModel):
    count: int
    mean: float | None
    histogram: dict[str, int] = Field(description="Median judge score (rounded to 0.5) -> rows")


class MapPoint(BaseModel):
    task_type: str
    x: float
    y: float


class DiversityReport(BaseModel):
    """How varied the kept rows are (a sample of them), measured with an offline sentence embedder."""

    rows: int = Field(description="Kept rows measured (the first ones by index, at most the asked limit)")
    instruction: dict[str, float | int] = Field(
        description="distinct_1/2, embedding_spread, mean/max nearest-neighbour similarity"
    )
    input: dict[str, float | int]
    by_task_type: dict[str, dict[str, float | int]] = Field(description="The instruction metrics per task")
    instruction_map: list[MapPoint] = Field(description="Instructions in 2-D (PCA of embeddings)")


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
    cells_fit_share: float = Field(
        default=1.0, description="Share of planned rows whose document type fits its task and level"
    )
    level_weights: dict[str, float] = Field(default_factory=dict, description="The plan's level weights")
    scenario_coverage: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="Rows per scenario attribute value (age band, setting, ...)"
    )
    judge_teacher: str = Field(
        default="", description="Who judged; a separate (cheaper) judge model is the recommended setup"
    )
    diversity: DiversityReport | None = Field(default=None, description="Only when asked (?diversity=true)")
    quota: QuotaReport | None = Field(default=None, description="Only for jobs with a kept-row quota")
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
