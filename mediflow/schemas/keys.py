"""Request and response models for API keys; the plain key appears only in ApiKeyCreated."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ApiKeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=64, description="Who or what uses the key")
    scope: Literal["read", "review", "write", "admin"] = Field(description="admin ⊇ write ⊇ review ⊇ read")


class ApiKeyPublic(BaseModel):
    id: str
    name: str
    scope: str
    prefix: str = Field(description="The non-secret part after mfk_, to recognise a key")
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyPublic):
    key: str = Field(description="The key itself: shown this once, stored only as a salted hash")


class ApiKeyList(BaseModel):
    items: list[ApiKeyPublic]
