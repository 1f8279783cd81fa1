"""Request and response models for corpora and document uploads."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class CorpusCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(
        pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$",
        description="Unique name, e.g. guidelines, pubmed, clinical-notes, medwiki, medcodes",
    )
    description: str | None = Field(default=None, max_length=2000)


class CorpusStatsPublic(BaseModel):
    documents: int
    chars: int
    tokens: int = Field(description="Estimated tokens (words and punctuation)")


class CorpusPublic(BaseModel):
    id: str
    name: str
    description: str | None
    created_at: datetime
    stats: CorpusStatsPublic


class CorpusList(BaseModel):
    items: list[CorpusPublic]


class IngestResult(BaseModel):
    corpus: CorpusPublic
    format: str
    rows: int = Field(description="Documents read from the upload")
    added: int = Field(description="New documents stored")
    duplicates: int = Field(description="Documents already stored (same content hash), skipped")
