"""/v1/keys: create, list and revoke API keys (admin scope, checked where the router is included)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, status

from mediflow.api.deps import SessionDep
from mediflow.schemas.common import ErrorResponse
from mediflow.schemas.keys import ApiKeyCreate, ApiKeyCreated, ApiKeyList, ApiKeyPublic
from mediflow.schemas.present import present
from mediflow.services import api_keys as svc
from mediflow.storage.models import ApiKey

router = APIRouter(prefix="/v1/keys", tags=["api keys"])
ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorResponse}, 422: {"model": ErrorResponse}}


def key_public(key: ApiKey) -> ApiKeyPublic:
    return present(ApiKeyPublic, key)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ApiKeyCreated, responses=ERRORS)
def create_key(body: ApiKeyCreate, session: SessionDep) -> ApiKeyCreated:
    key, plain = svc.create_key(session, body.name, body.scope, body.project)
    session.commit()
    return ApiKeyCreated(**key_public(key).model_dump(), key=plain)


@router.get("", response_model=ApiKeyList)
def list_keys(session: SessionDep) -> ApiKeyList:
    return ApiKeyList(items=[key_public(k) for k in svc.list_keys(session)])


@router.get("/{key_id}", response_model=ApiKeyPublic, responses=ERRORS)
def get_key(key_id: str, session: SessionDep) -> ApiKeyPublic:
    return key_public(svc.get_key(session, key_id))


@router.delete("/{key_id}", response_model=ApiKeyPublic, responses=ERRORS)
def revoke_key(key_id: str, session: SessionDep) -> ApiKeyPublic:
    """Revoke a key at once; it stays listed so what it created still names it."""
    key = svc.revoke_key(session, key_id)
    session.commit()
    # Again after the commit: a request that read the row before it could have cached the key meanwhile.
    svc.forget_key(key.id)
    return key_public(key)
