"""Shared fixtures: real databases (SQLite file and a fresh PostgreSQL database), settings, the app.

PostgreSQL and Redis are real servers (started by .ci/run when absent). Set MEDIFLOW_TEST_PG_URL /
MEDIFLOW_TEST_REDIS_URL to point elsewhere.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mediflow.core.settings import Settings
from mediflow.storage.migrate import upgrade
from tests.support.processes import LOOPBACK_TEACHERS

PG_ADMIN_URL = os.environ.get("MEDIFLOW_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("MEDIFLOW_TEST_REDIS_URL", "redis://127.0.0.1:6379")


def _pg_database(name: str) -> str:
    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The admin URL of a reachable PostgreSQL server; fails loudly if it is down."""
    engine = create_engine(PG_ADMIN_URL)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # pragma: no cover - environment problem, not a test result
        pytest.fail(f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc} (run .ci/run or start it)")
    finally:
        engine.dispose()
    return PG_ADMIN_URL


def create_pg_database(admin_url: str) -> str:
    name = f"mediflow_test_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return name


def drop_pg_database(admin_url: str, name: str) -> None:
    from mediflow.storage.db import engine_for, session_factory

    engine_for.cache_clear()
    session_factory.cache_clear()
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database: a SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'mediflow.sqlite'}"
        upgrade(url)
        yield url
        return
    admin = request.getfixturevalue("pg_server")
    name = create_pg_database(admin)
    url = _pg_database(name)
    upgrade(url)
    try:
        yield url
    finally:
        drop_pg_database(admin, name)


@pytest.fixture
def redis_url() -> str:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except Exception as exc:  # pragma: no cover
        pytest.fail(f"Redis is not reachable at {REDIS_URL}: {exc} (run .ci/run or start it)")
    finally:
        client.close()
    return REDIS_URL


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    """Settings on the parametrised database with an embedded (SQLite) broker under tmp_path."""
    return Settings(
        data_dir=tmp_path / "data",
        database_url=db_url,
        broker_url=f"sqla+sqlite:///{tmp_path / 'broker.sqlite'}",
        heartbeat_interval_s=0.2,
        stall_timeout_s=3.0,
        stall_scan_interval_s=0.5,
        **LOOPBACK_TEACHERS,
    )


@pytest.fixture
def admin_key(db_url: str) -> str:
    """A plain admin API key stored (hashed) in the test database."""
    from tests.support.auth import make_api_key

    return make_api_key(db_url, "admin")
