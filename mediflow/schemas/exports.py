"""Request and response models for dataset exports."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from mediflow.core.registries import EXPORT_FORMATS
from mediflow.core.registry import one_of

if TYPE_CHECKING:
    ExportFormatName = str
else:
    ExportFormatName = one_of("export format", EXPORT_FORMATS.names)
Criterion = Literal["quality", "alignment", "coherence", "realism", "difficulty"]
SPLIT_NAMES = ("train", "validation", "test")


class SplitRatios(BaseModel):
    model_config = ConfigDict(extra="forbid")

    train: float = Field(default=0.9, gt=0.0, lt=1.0)
    validation: float = Field(default=0.05, gt=0.0, lt=1.0)
    test: float | None = Field(
        default=None, ge=0.0, lt=1.0, description="Default: what train and validation leave"
    )

    @model_validator(mode="after")
    def _sums_to_one(self) -> SplitRatios:
        if self.test is None:
            rest = 1.0 - self.train - self.validation
            self.test = 0.0 if abs(rest) <= 1e-6 else rest
            if self.test < 0:
                raise ValueError(f"train + validation is {self.train + self.validation:g}, more than 1")
        total = self.train + self.validation + self.test
        if abs(total - 1.0) > 1e-6:
            raise ValueError(f"split ratios must sum to 1, got {total:g}")
        return self

    def as_dict(self) -> dict[str, float]:
        """The splits in order, without empty ones."""
        return {name: getattr(self, name) for name in SPLIT_NAMES if (getattr(self, name) or 0) > 0}


class HubTarget(BaseModel):
    model_config = ConfigDict(extra="forbid")

    repo_id: str = Field(pattern=r"^[\w.-]+/[\w.-]+$", description="owner/name of a dataset repository")
    private: bool = True
    overwrite: bool = Field(default=False, description="Upload into a repository that already exists")


class ExportCreate(BaseModel):
    """What to export and how. Rows default to the kept ones: finished and not filtered."""

    model_config = ConfigDict(extra="forbid")

    format: ExportFormatName
    job_ids: list[str] | None = Field(default=None, min_length=1, description="Only rows of these jobs")
    corpus_ids: list[str] | None = Field(
        default=None, min_length=1, description="Only PIT rows of these corpora"
    )
    statuses: list[str] = Field(default_factory=lambda: ["done"], min_length=1, description="Row statuses")
    task_types: list[str] | None = Field(default=None, min_length=1)
    min_scores: dict[Criterion, float] = Field(default_factory=dict, description="Judge score minimums")
    reviewed: Literal["any", "not_rejected", "accepted"] = Field(
        default="not_rejected",
        description="By human review: any row; every row a person did not reject; only accepted rows",
    )
    splits: SplitRatios | None = Field(default=None, description="Default 0.9/0.05/0.05; pit 0.9/0.1")
    seed: int = Field(default=0, ge=0, le=2**63 - 1, description="Makes the split assignment reproducible")
    sft_variant: Literal["prompt_completion", "messages"] = "prompt_completion"
    system_prompt: str | None = Field(default=None, max_length=4000, description="sft/dpo system message")
    license: str = Field(default="other", max_length=64, description="License field of the dataset card")
    license_name: str | None = Field(
        default=None,
        max_length=64,
        pattern=r"^[a-z0-9][a-z0-9.-]*$",
        description="Name of a custom license (license 'other'); default mediflow-synthetic",
    )
    push_to_hub: HubTarget | None = Field(
        default=None, description="Upload when done (needs MEDIFLOW_HF_TOKEN)"
    )
    exclude_contaminated: list[Annotated[str, Field(pattern=r"^(bundled|evaluation:[A-Za-z0-9]{1,32})$")]] = (
        Field(
            default_factory=list,
            max_length=8,
            description="Drop rows sharing a 13-gram with these evaluation suites: `bundled`, or "
            "`evaluation:<id>` (the suite uploaded with that evaluation)",
        )
    )

    @model_validator(mode="after")
    def _pit_has_two_splits(self) -> ExportCreate:
        if self.format == "pit" and self.splits is not None and (self.splits.test or 0) > 0:
            raise ValueError("pit exports have train and validation splits only; set splits.test to 0")
        return self

    def split_ratios(self) -> dict[str, float]:
        if self.splits is not None:
            return self.splits.as_dict()
        return {"train": 0.9, "validation": 0.1} if self.format == "pit" else SplitRatios().as_dict()


class ExportLinks(BaseModel):
    self: str
    download: str


class ExportPublic(BaseModel):
    id: str
    format: str
    status: str
    spec: ExportCreate
    rows: int
    counts: dict[str, object] | None = Field(description="Rows per split, task type, document type, ...")
    artifact_path: str | None
    error: str | None
    warnings: list[str] = Field(
        default_factory=list, description="E.g. a requested split that came out empty"
    )
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    links: ExportLinks


class ExportList(BaseModel):
    items: list[ExportPublic]
    total: int
    limit: int
    offset: int
