"""API keys: created once, stored as a salted hash, looked up by a non-secret prefix.

A key reads ``mfk_<prefix>_<secret>``. The prefix finds the row with one indexed query; the secret is
checked against a salted scrypt hash with a constant-time compare. Verified keys are remembered per
process (by a SHA-256 of the whole key) so scrypt runs once per key, not once per request.

The API's bearer check (``authenticate_cached``) also remembers who a verified key is (id, scope,
project) for ``MEDIFLOW_API_KEY_CACHE_S`` seconds, so a status read costs no key query. The bound this
puts on revocation: a key revoked in this process stops working at once; revoked anywhere else (the
CLI, another API process) it stops within that many seconds. The console and the CLI always read the row.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediflow.core.errors import NotFoundError
from mediflow.core.ttl_cache import RenewingCache
from mediflow.storage.models import DEFAULT_PROJECT, ApiKey, Project, utcnow

Scope = Literal["read", "review", "write", "admin"]
SCOPES: tuple[Scope, ...] = ("read", "review", "write", "admin")
# admin ⊇ write ⊇ review ⊇ read: review is read plus recording review decisions (a clinician's key).
_RANK: dict[str, int] = {scope: i for i, scope in enumerate(SCOPES)}
KEY_PREFIX = "mfk_"
_PREFIX_HEX = 12
# scrypt cost: ~16 MiB and tens of milliseconds, paid once per key and process thanks to the cache.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
# last_used_at is a hint, not an audit log: refresh it at most this often to keep reads read-only.
_TOUCH_EVERY = timedelta(seconds=60)

_verified: dict[str, str] = {}  # sha256(full key) -> the stored hash it matched
_verified_lock = threading.Lock()
_kdf_lock = threading.Lock()


@dataclass(frozen=True)
class Caller:
    """Who a verified key is: all the API's checks need (scope, tenancy), none of the key's secrets."""

    id: str
    name: str
    scope: str
    project_id: str


# sha256(full key) -> the caller, trusted for the cache time and renewed by one request (see RenewingCache).
CALLER_CACHE_MAX = 10_000
_callers: RenewingCache[str, Caller] = RenewingCache(CALLER_CACHE_MAX)


def scope_allows(granted: str, needed: str) -> bool:
    return granted in _RANK and _RANK[granted] >= _RANK[needed]


def caller_of(key: ApiKey) -> Caller:
    return Caller(id=key.id, name=key.name, scope=key.scope, project_id=key.project_id)


def admissible(caller: Caller) -> bool:
    """What every path (the database read, the caller cache, the fast lane) checks before a caller is
    trusted, beyond the live unrevoked row or a cache entry younger than its time: a scope we know and a
    project to confine it to. A row that fails this (edited by hand, a bad migration) is refused, never
    read as "every project"."""
    return bool(caller.id) and caller.scope in _RANK and bool(caller.project_id)


def _hash(secret: str, salt: str) -> str:
    return hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), **_SCRYPT).hex()


def ensure_project(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        project = Project(id=project_id, name=project_id)
        session.add(project)
        session.flush()
    return project


def create_key(
    session: Session, name: str, scope: Scope, project_id: str = DEFAULT_PROJECT
) -> tuple[ApiKey, str]:
    """Store a new key and return it with its plain text, which is never stored nor shown again."""
    if scope not in _RANK:
        raise ValueError(f"unknown scope {scope!r}; valid: {', '.join(SCOPES)}")
    ensure_project(session, project_id)
    prefix = secrets.token_hex(_PREFIX_HEX // 2)
    secret = secrets.token_urlsafe(32)
    salt = secrets.token_hex(16)
    key = ApiKey(
        name=name, scope=scope, prefix=prefix, salt=salt, hash=_hash(secret, salt), project_id=project_id
    )
    session.add(key)
    session.flush()
    return key, f"{KEY_PREFIX}{prefix}_{secret}"


def _split(token: str) -> tuple[str, str] | None:
    if not token.startswith(KEY_PREFIX):
        return None
    prefix, sep, secret = token[len(KEY_PREFIX) :].partition("_")
    if not sep or len(prefix) != _PREFIX_HEX or not secret:
        return None
    return prefix, secret


def authenticate(session: Session, token: str) -> ApiKey | None:
    """The live key this token belongs to, or None (unknown, wrong secret or revoked)."""
    parts = _split(token)
    if parts is None:
        return None
    prefix, secret = parts
    key = session.scalar(select(ApiKey).where(ApiKey.prefix == prefix))
    if key is None or key.revoked_at is not None:
        return None
    digest = _digest(token)
    if not _known_good(digest, key.hash):
        # One scrypt at a time: a burst of first requests must not run a hundred of them at once.
        with _kdf_lock:
            if not _known_good(digest, key.hash):
                if not hmac.compare_digest(_hash(secret, key.salt), key.hash):
                    return None
                with _verified_lock:
                    _verified[digest] = key.hash
    now = utcnow()
    last = key.last_used_at
    if last is not None and last.tzinfo is None:  # SQLite hands back naive UTC
        last = last.replace(tzinfo=UTC)
    if last is None or now - last > _TOUCH_EVERY:
        key.last_used_at = now
    return key


def _known_good(digest: str, stored_hash: str) -> bool:
    with _verified_lock:
        cached = _verified.get(digest)
    return cached is not None and hmac.compare_digest(cached, stored_hash)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def cached_caller(token: str) -> Caller | None:
    """The caller this token was verified as less than the cache time ago, else None (ask the database).

    From half the cache time on, one request gets None and reads the key's row again for everyone."""
    caller = _callers.get(_digest(token))
    return caller if caller is not None and admissible(caller) else None


def authenticate_cached(
    session: Session, token: str, ttl_s: float, *, looked_up: bool = False
) -> Caller | None:
    """``authenticate`` behind a per-process cache of verified callers, kept ``ttl_s`` seconds (0: off).
    ``looked_up``: the caller already asked ``cached_caller`` for this request and got None."""
    if ttl_s > 0 and not looked_up and (caller := cached_caller(token)) is not None:
        return caller
    digest = _digest(token)
    mark = _callers.mark(digest)  # a revocation committed while we read must not be undone by our put
    key = authenticate(session, token)
    if key is None:
        _callers.forget(digest)  # revoked since it was cached: no one else gets it either
        return None
    caller = caller_of(key)
    if not admissible(caller):
        _callers.forget(digest)
        return None
    if ttl_s > 0:
        _callers.put(digest, caller, ttl_s, mark)
    return caller


def forget_key(key_id: str) -> None:
    """Drop a key from this process's caller cache (revocation takes effect here at once)."""
    _callers.forget_where(lambda _digest, caller: caller.id == key_id)


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.created_at, ApiKey.id)))


def get_key(session: Session, key_id: str) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None:
        raise NotFoundError(f"api key {key_id!r} not found")
    return key


def revoke_key(session: Session, key_id: str) -> ApiKey:
    """Revoke a key (idempotent); the row stays so jobs keep pointing at who created them."""
    key = get_key(session, key_id)
    if key.revoked_at is None:
        key.revoked_at = utcnow()
    forget_key(key.id)
    return key
