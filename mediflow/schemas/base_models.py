"""Request and response models for base models: directories under the server's models root that a
project imports (registers) so its training recipes can name them."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

MODEL_NAME = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"


class BaseModelImport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str = Field(
        min_length=1,
        max_length=1024,
        description="A Hugging Face model directory (config.json, weights, tokenizer) under the server's "
        "models root (MEDIFLOW_MODELS_DIR), relative to it or absolute; nothing is downloaded or copied",
    )
    name: str | None = Field(
        default=None, pattern=MODEL_NAME, description="Unique in the project; default: the directory's name"
    )


class BaseModelPublic(BaseModel):
    id: str
    name: str
    base_model: str = Field(description="What a recipe's base_model names: the path under the models root")
    architecture: str | None = Field(description="config.json's first architecture")
    size_bytes: int = Field(description="Bytes of the directory's files when imported")
    created_at: datetime


class BaseModelList(BaseModel):
    items: list[BaseModelPublic]
