"""Fixtures for the CLI/SDK tests: the app behind a TestClient, typed SDK clients on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from mediflow.api.main import create_app
from mediflow.client import Client
from mediflow.core.settings import Settings
from tests.support.auth import bearer


@pytest.fixture
def client(settings: Settings, admin_key: str) -> Iterator[TestClient]:
    """The API on the parametrised database, its embedded SQLite broker under tmp_path."""
    with TestClient(create_app(settings), headers=bearer(admin_key)) as c:
        yield c


@pytest.fixture
def sdk(client: TestClient) -> Client:
    """The typed SDK speaking to that app (TestClient is an httpx.Client)."""
    return Client(http=client)
