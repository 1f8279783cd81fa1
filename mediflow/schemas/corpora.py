"""Request and response models for corpora and document uploads."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from mediflow.quality.phi import CorpusPhiPolicy

PHI_POLICY_HELP = (
    "What uploads do with PHI (screened as they stream in; PIT jobs read the stored text): "
    "flag keeps the text and counts findings, redact replaces them with [CATEGORY], surrogate with "
    "realistic stand-ins (names consistent and dates shifted by one offset per document), refuse "
    "rejects an upload that holds any, naming the count per category"
)


class CorpusCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(
        pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$",
        description="Unique name, e.g. guidelines, pubmed, clinical-notes, medwiki, medcodes",
    )
    description: str | None = Field(default=None, max_length=2000)
    phi_policy: CorpusPhiPolicy = Field(default=CorpusPhiPolicy.REDACT, description=PHI_POLICY_HELP)


class CorpusUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phi_policy: CorpusPhiPolicy = Field(
        description=PHI_POLICY_HELP
        + ". A change re-screens the stored documents under the new policy, all or none: flag -> redact "
        "or surrogate rewrites them, surrogate -> redact too; refuse is accepted only when no stored "
        "document holds PHI. The original text is not kept after redact or surrogate, so changing "
        "from those to flag (or from redact to surrogate) is answered 409 saying why"
    )


class CorpusStatsPublic(BaseModel):
    documents: int
    chars: int
    tokens: int = Field(description="Estimated tokens (words and punctuation)")


class CorpusPublic(BaseModel):
    id: str
    name: str
    description: str | None
    created_at: datetime
    phi_policy: CorpusPhiPolicy
    stats: CorpusStatsPublic


class RescreenPublic(BaseModel):
    from_policy: CorpusPhiPolicy
    to_policy: CorpusPhiPolicy
    documents: int = Field(description="Stored documents re-screened")
    changed: int = Field(description="Documents whose stored text was rewritten")
    merged: int = Field(description="Documents removed because their new text equals another document's")
    phi_documents: int = Field(description="Documents in which the re-screen found PHI")
    phi: dict[str, int] = Field(description="Findings per Safe Harbor category in the re-screen")


class CorpusUpdated(CorpusPublic):
    rescreen: RescreenPublic = Field(description="What the policy change did to the stored documents")


class CorpusList(BaseModel):
    items: list[CorpusPublic]


class IngestResult(BaseModel):
    corpus: CorpusPublic
    format: str
    rows: int = Field(description="Documents read from the upload")
    added: int = Field(description="New documents stored")
    duplicates: int = Field(description="Documents already stored (same content hash), skipped")
    phi_policy: CorpusPhiPolicy
    phi_documents: int = Field(description="Documents of the upload that held PHI")
    phi: dict[str, int] = Field(description="Findings per Safe Harbor category in the upload")
    zip3: dict[str, list[str]] = Field(
        default_factory=dict,
        description="First three digits of the ZIP codes found in the upload: 'allowed' may stay under "
        "Safe Harbor, 'restricted' (areas of 20,000 people or fewer) are written 000 when redacted",
    )


class CorpusPhiReport(BaseModel):
    corpus_id: str
    phi_policy: CorpusPhiPolicy = Field(
        description="The policy now; each upload was screened under the one then"
    )
    documents: int
    documents_with_phi: int = Field(
        description="Documents in which screening found PHI (at upload, or at the last re-screen)"
    )
    findings: int
    counts: dict[str, int] = Field(description="Findings per Safe Harbor category (NAME, DATE, ...)")
