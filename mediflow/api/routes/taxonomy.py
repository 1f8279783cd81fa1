"""/v1/taxonomy: the task types, document types, levels and formats a job may ask for."""

from __future__ import annotations

from fastapi import APIRouter

from mediflow.generators.taxonomy import default_taxonomy
from mediflow.schemas.taxonomy import Taxonomy

router = APIRouter(prefix="/v1/taxonomy", tags=["taxonomy"])


@router.get("", response_model=Taxonomy)
def get_taxonomy() -> Taxonomy:
    return default_taxonomy()
