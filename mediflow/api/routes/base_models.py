"""/v1/models: import a base model from under the models root for this project's recipes, list them."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response, status

from mediflow.api.deps import SessionDep, SettingsDep
from mediflow.schemas.base_models import BaseModelImport, BaseModelList, BaseModelPublic
from mediflow.schemas.common import ErrorResponse
from mediflow.services import base_models as svc

MODELS_PATH = "/v1/models"
router = APIRouter(prefix=MODELS_PATH, tags=["models"])
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorResponse} for code in (404, 409, 422)}


@router.post("", status_code=status.HTTP_201_CREATED, response_model=BaseModelPublic, responses=ERRORS)
def import_model(
    body: BaseModelImport, session: SessionDep, settings: SettingsDep, response: Response
) -> BaseModelPublic:
    """Register a Hugging Face model directory under MEDIFLOW_MODELS_DIR (config.json and weights) for
    this project; its ``base_model`` is what a training recipe names. Nothing is downloaded or copied."""
    row = svc.import_model(session, body, settings.resolved_models_dir)
    response.headers["Location"] = f"{MODELS_PATH}/{row.id}"
    return svc.model_public(row)


@router.get("", response_model=BaseModelList)
def list_models(session: SessionDep) -> BaseModelList:
    return BaseModelList(items=[svc.model_public(m) for m in svc.list_models(session)])


@router.get("/{model_id}", response_model=BaseModelPublic, responses=ERRORS)
def get_model(model_id: str, session: SessionDep) -> BaseModelPublic:
    return svc.model_public(svc.get_model(session, model_id))
