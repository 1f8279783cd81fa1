"""API keys for tests and benchmarks, made straight in the database."""

from __future__ import annotations

from mediflow.services.api_keys import Scope, create_key
from mediflow.storage.db import session_scope


def make_api_key(
    database_url: str, scope: Scope = "admin", name: str = "test", project: str = "default"
) -> str:
    """Create a key in the database and return its plain text."""
    with session_scope(database_url) as session:
        _, plain = create_key(session, name, scope, project)
    return plain


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}
