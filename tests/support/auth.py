"""API keys for tests and benchmarks, made straight in the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediflow.core.settings import Settings
from mediflow.services.api_keys import Scope, create_key
from mediflow.storage.db import session_scope

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


def make_api_key(
    database_url: str, scope: Scope = "admin", name: str = "test", project: str = "default"
) -> str:
    """Create a key in the database and return its plain text."""
    with session_scope(database_url) as session:
        _, plain = create_key(session, name, scope, project)
    return plain


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def client_for(settings: Settings, scope: Scope = "write", project: str = "default") -> TestClient:
    """The app in process on ``settings``, sending a new key of ``scope`` in ``project`` with every request."""
    # Imported here: benchmarks import this module for make_api_key alone, and the app costs ~2 s.
    from fastapi.testclient import TestClient

    from mediflow.api.main import create_app

    key = make_api_key(settings.resolved_database_url, scope, project=project)
    return TestClient(create_app(settings), headers=bearer(key))
