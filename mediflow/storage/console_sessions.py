"""Console sign-in sessions: the cookie carries a random token; only its SHA-256 is stored."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mediflow.storage.models import ApiKey, ConsoleSession, utcnow

# last_seen_at is a hint for the sessions list; refresh it at most this often.
_TOUCH_EVERY = timedelta(seconds=60)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_session(session: Session, key: ApiKey, ttl_s: float) -> tuple[ConsoleSession, str]:
    """A new session for ``key``; returns it with the plain token for the cookie (never stored)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    row = ConsoleSession(
        id=token_digest(token), key_id=key.id, created_at=now, expires_at=now + timedelta(seconds=ttl_s)
    )
    session.add(row)
    session.flush()
    return row, token


def live_session(
    session: Session, token: str, now: datetime | None = None
) -> tuple[ConsoleSession, ApiKey] | None:
    """The session and its key, if the session is neither expired nor revoked and the key is live."""
    now = now or utcnow()
    row = session.get(ConsoleSession, token_digest(token))
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        return None
    key = session.get(ApiKey, row.key_id)
    if key is None or key.revoked_at is not None:
        return None
    if row.last_seen_at is None or now - row.last_seen_at > _TOUCH_EVERY:
        row.last_seen_at = now
    return row, key


def key_sessions(session: Session, key_id: str) -> list[ConsoleSession]:
    now = utcnow()
    query = (
        select(ConsoleSession)
        .where(
            ConsoleSession.key_id == key_id,
            ConsoleSession.revoked_at.is_(None),
            ConsoleSession.expires_at > now,
        )
        .order_by(ConsoleSession.created_at.desc())
    )
    return list(session.scalars(query))


def revoke(session: Session, session_id: str, key_id: str) -> bool:
    """Revoke one of this key's sessions; False when there is no such live session."""
    result = session.execute(
        update(ConsoleSession)
        .where(
            ConsoleSession.id == session_id,
            ConsoleSession.key_id == key_id,
            ConsoleSession.revoked_at.is_(None),
        )
        .values(revoked_at=utcnow())
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
