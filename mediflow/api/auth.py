"""Bearer API keys: who is calling, and may they do this. admin ⊇ write ⊇ read.

Routers get ``authorize`` at ``include_router`` time: safe methods need ``read``, anything that
changes state needs ``write``; the keys router needs ``admin``. A route that needs the caller's
key (to record who created something) declares ``CurrentKey``, which reuses the same check.

A verified key is remembered for ``MEDIFLOW_API_KEY_CACHE_S`` seconds (see ``services.api_keys``), so
a request whose key is cached touches no thread and no database before its route runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from mediflow.api.deps import SessionDep
from mediflow.api.fastlane import BEARER_LOOKUP
from mediflow.core.settings import Settings
from mediflow.schemas.common import ErrorResponse
from mediflow.services import api_keys
from mediflow.services.api_keys import Caller
from mediflow.storage import ownership

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


# request.state attribute: (the bearer token, its caller) once verified in this request.
_VERIFIED = "mediflow_bearer_caller"


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(401, message, headers={"WWW-Authenticate": "Bearer"})


Bearer = Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)]


def _verify(session: Session, token: str, ttl_s: float) -> Caller | None:
    caller = api_keys.authenticate_cached(session, token, ttl_s, looked_up=True)
    session.commit()  # persists a refreshed last_used_at before the route runs
    return caller


async def authenticated(
    request: Request, session: Session, creds: HTTPAuthorizationCredentials | None
) -> Caller:
    """The caller behind the bearer key (401 if none), with the session confined to its project."""
    if creds is None or creds.scheme.lower() != "bearer" or not creds.credentials:
        raise _unauthorized(f"an API key is required: send 'Authorization: Bearer <key>'. {HOW_TO_GET_A_KEY}")
    verified = getattr(request.state, _VERIFIED, None)
    if verified is not None and verified[0] == creds.credentials:
        # Another dependency of this request checked this key: admitted again, on this session too.
        return _admit(request, session, creds.credentials, verified[1])
    settings: Settings = request.app.state.settings
    ttl = settings.api_key_cache_s
    key = None
    if ttl > 0:
        looked_up = request.scope.get(BEARER_LOOKUP)
        if looked_up is not None and looked_up[0] == creds.credentials and looked_up[1] is None:
            key = None  # the fast lane claimed this key's renewal: this request reads the database
        else:  # asked again, now: a revocation during the wait for a database slot is seen
            key = api_keys.cached_caller(creds.credentials)
    if key is None:  # the database (and scrypt, once per key and process): off the event loop
        key = await run_in_threadpool(_verify, session, creds.credentials, ttl)
    return _admit(request, session, creds.credentials, key)


def _admit(request: Request, session: Session, token: str, key: Caller | None) -> Caller:
    """The one gate before ``set_caller``, whichever path found the key (this request's earlier check,
    the caller cache, the database): the same checks (``api_keys.admissible``) on each."""
    if key is None or not api_keys.admissible(key):
        raise _unauthorized(f"the API key is invalid or revoked. {HOW_TO_GET_A_KEY}")
    request.state.api_key = key
    ownership.set_caller(session, key.id, key.project_id, all_projects=key.scope == "admin")
    setattr(request.state, _VERIFIED, (token, key))
    return key


def _check(key: Caller, needed: str) -> Caller:
    if not api_keys.scope_allows(key.scope, needed):
        raise HTTPException(
            403,
            f"this key has scope '{key.scope}'; '{needed}' is needed",
            headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{needed}"'},
        )
    return key


def require_scope(needed: str) -> Callable[..., Any]:
    """A dependency that lets only keys with at least ``needed`` through."""

    async def dependency(request: Request, session: SessionDep, creds: Bearer) -> Caller:
        return _check(await authenticated(request, session, creds), needed)

    dependency.__name__ = f"require_{needed}"
    return dependency


async def authorize(request: Request, session: SessionDep, creds: Bearer) -> Caller:
    """read for safe methods, write for everything else."""
    key = await authenticated(request, session, creds)
    return _check(key, "read" if request.method in SAFE_METHODS else "write")


ReadKey = Annotated[Caller, Depends(require_scope("read"))]
WriteKey = Annotated[Caller, Depends(require_scope("write"))]
AdminKey = Annotated[Caller, Depends(require_scope("admin"))]
# The caller's key on a router protected by ``authorize`` (FastAPI caches it: checked once).
CurrentKey = Annotated[Caller, Depends(authorize)]
