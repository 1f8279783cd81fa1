"""Request and response models for human review of generated samples."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from mediflow.core.statuses import ReviewDecision, ReviewStatus
from mediflow.schemas.samples import SamplePublic

MAX_TEXT = 100_000
ReviewExportFormat = Literal["label_studio", "argilla"]
RiskReason = Literal["phi", "split_votes", "low_score", "dpo_pair", "audit"]


class ReviewEdits(BaseModel):
    """Corrected columns; a column left out keeps its generated value."""

    model_config = ConfigDict(extra="forbid")

    instruction: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT)
    input: str | None = Field(default=None, max_length=MAX_TEXT)
    output: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT)
    rejected_output: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT)

    def changed(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if v is not None}


class ReviewCreate(BaseModel):
    """accept; reject with a reason; or edit (accept with corrections, the original is kept).

    The rules between the fields (a reason to reject, edits only to edit) are checked by the service,
    which names the field that is wrong.
    """

    model_config = ConfigDict(extra="forbid")

    decision: ReviewDecision
    reason: str | None = Field(default=None, max_length=2000, description="Required to reject")
    edits: ReviewEdits | None = Field(default=None, description="Required to edit, refused otherwise")


class ReviewPublic(BaseModel):
    id: int
    sample_id: int
    job_id: str
    decision: ReviewDecision
    reason: str | None
    edits: dict[str, str] | None
    reviewer: str
    created_at: datetime


class SampleReviewState(BaseModel):
    sample_id: int
    status: ReviewStatus
    reviews: int = Field(description="Decisions recorded, including changed minds")
    reviewers: int
    edits: dict[str, str] | None = Field(description="The edit in force; exports use it")


class SampleReviews(BaseModel):
    state: SampleReviewState
    items: list[ReviewPublic]


class ReviewRecorded(BaseModel):
    review: ReviewPublic
    state: SampleReviewState


class ReviewList(BaseModel):
    items: list[ReviewPublic]
    next_cursor: str | None


class QueueItem(BaseModel):
    sample: SamplePublic
    reasons: list[RiskReason] = Field(description="Why the row is in the queue, riskiest first")
    state: SampleReviewState


class ReviewQueue(BaseModel):
    job_id: str
    reviewers: int = Field(description="Reviewers each row needs (2: two-reviewer mode)")
    items: list[QueueItem]


class ReviewSummary(BaseModel):
    job_id: str
    statuses: dict[str, int] = Field(description="Reviewed rows per outcome")
    reviewed_rows: int
    double_reviewed_rows: int
    agreement: float | None = Field(description="Share of double-reviewed rows where reviewers agree")
    kappa: float | None = Field(description="Cohen's kappa between each row's first two reviewers")
