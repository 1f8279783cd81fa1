"""Request and response models for API keys; the plain key appears only in ApiKeyCreated."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ApiKeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=64, description="Who or what uses the key")
    scope: Literal["read", "review", "write", "admin"] = Field(description="admin ⊇ write ⊇ review ⊇ read")
    project: str = Field(
        default="default",
        pattern=r"^[a-z0-9][a-z0-9_-]{0,31}$",
        description="The project (tenant) the key belongs to; created if new",
    )


class ApiKeyPublic(BaseModel):
    id: str
    name: str
    scope: str
    prefix: str = Field(description="The non-secret part after mfk_, to recognise a key")
    project_id: str = Field(description="The key's project: it sees only that project's resources")
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyPublic):
    key: str = Field(description="The key itself: shown this once, stored only as a salted hash")


class ApiKeyList(BaseModel):
    items: list[ApiKeyPublic]
