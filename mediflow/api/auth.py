"""Bearer API keys: who is calling, and may they do this. admin ⊇ write ⊇ read.

Routers get ``authorize`` at ``include_router`` time: safe methods need ``read``, anything that
changes state needs ``write``; the keys router needs ``admin``. A route that needs the caller's
key (to record who created something) declares ``CurrentKey``, which reuses the same check.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from mediflow.api.deps import SessionDep
from mediflow.schemas.common import ErrorResponse
from mediflow.services import api_keys
from mediflow.storage import ownership
from mediflow.storage.models import ApiKey

_bearer = HTTPBearer(auto_error=False, description="An API key from `mediflow keys create`")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
HOW_TO_GET_A_KEY = (
    "To get one, on the server run `mediflow keys create --name NAME --scope write` "
    "(the first admin key: `mediflow keys create --name admin --scope admin`), or ask an admin "
    "to POST /v1/keys; clients read it from MEDIFLOW_API_KEY"
)

# Documented on every protected router so clients (and schemathesis) know these answers.
AUTH_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "missing or invalid API key"},
    403: {"model": ErrorResponse, "description": "the key's scope does not allow this"},
}


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(401, message, headers={"WWW-Authenticate": "Bearer"})


def _authenticate(
    request: Request, session: SessionDep, creds: HTTPAuthorizationCredentials | None
) -> ApiKey:
    if creds is None or creds.scheme.lower() != "bearer" or not creds.credentials:
        raise _unauthorized(f"an API key is required: send 'Authorization: Bearer <key>'. {HOW_TO_GET_A_KEY}")
    key = api_keys.authenticate(session, creds.credentials)
    if key is None:
        raise _unauthorized(f"the API key is invalid or revoked. {HOW_TO_GET_A_KEY}")
    session.commit()  # persists a refreshed last_used_at before the route runs
    request.state.api_key = key
    ownership.set_caller(session, key.id, key.project_id, all_projects=key.scope == "admin")
    return key


def _check(key: ApiKey, needed: str) -> ApiKey:
    if not api_keys.scope_allows(key.scope, needed):
        raise HTTPException(
            403,
            f"this key has scope '{key.scope}'; '{needed}' is needed",
            headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{needed}"'},
        )
    return key


def require_scope(needed: str) -> Callable[..., ApiKey]:
    """A dependency that lets only keys with at least ``needed`` through."""

    def dependency(
        request: Request,
        session: SessionDep,
        creds: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    ) -> ApiKey:
        return _check(_authenticate(request, session, creds), needed)

    dependency.__name__ = f"require_{needed}"
    return dependency


def authorize(
    request: Request,
    session: SessionDep,
    creds: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> ApiKey:
    """read for safe methods, write for everything else."""
    key = _authenticate(request, session, creds)
    return _check(key, "read" if request.method in SAFE_METHODS else "write")


ReadKey = Annotated[ApiKey, Depends(require_scope("read"))]
WriteKey = Annotated[ApiKey, Depends(require_scope("write"))]
AdminKey = Annotated[ApiKey, Depends(require_scope("admin"))]
# The caller's key on a router protected by ``authorize`` (FastAPI caches it: checked once).
CurrentKey = Annotated[ApiKey, Depends(authorize)]
