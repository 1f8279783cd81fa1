"""Shared fixtures: real databases (SQLite file and a fresh PostgreSQL database), settings, the app.

PostgreSQL and Redis are real servers (started by .ci/run when absent). Set MEDIFLOW_TEST_PG_URL /
MEDIFLOW_TEST_REDIS_URL to point elsewhere.

Which database a test runs on:
- a test that uses ``db_url`` (or ``settings``, ``admin_key``, ``client`` on top of it) runs on both
  SQLite and PostgreSQL: storage semantics must hold on each;
- a heavy process-level test (real worker processes, the embedded end to end, a training worker) runs on
  one: mark it ``@pytest.mark.db("sqlite")`` or ``@pytest.mark.db("postgres")`` (module-wide through
  ``pytestmark``), splitting such tests between the two so both keep process-level coverage;
- ``sqlite_url`` / ``pg_url`` give one migrated database directly, for tests that build their own settings.
"""

from __future__ import annotations

import os
import shutil
import uuid

# pytest-xdist starts its workers with COLUMNS=80 and LINES=24 set, and rich fixes a console's width when
# the console is built: the CLI modules build theirs on import (some through the imports below), so CLI
# tests asking for 200 columns got 80. Before any import, then.
if os.environ.get("PYTEST_XDIST_WORKER"):
    for _var in ("COLUMNS", "LINES"):
        os.environ.pop(_var, None)
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mediflow.core.settings import Settings
from mediflow.storage.migrate import upgrade
from tests.support.loopback import LoopbackTeacher
from tests.support.processes import LOOPBACK_TEACHERS, local_settings

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


def create_pg_database(admin_url: str, template: str | None = None) -> str:
    name = f"mediflow_test_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
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


DATABASES = ("sqlite", "postgres")
# Two shared cores: torch (here and in the worker processes the tests start, which inherit the
# environment) is faster and steadier on one thread than on two under contention.
for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrise ``db_url`` over both databases, or over the one a ``db`` marker names."""
    if "db_url" not in metafunc.fixturenames:
        return
    if any("db_url" in m.args[0] for m in metafunc.definition.iter_markers("parametrize")):
        return  # the test picked its database itself
    marker = metafunc.definition.get_closest_marker("db")
    names = marker.args if marker else DATABASES
    unknown = set(names) - set(DATABASES)
    if unknown:
        raise pytest.UsageError(f"{metafunc.definition.nodeid}: unknown database {sorted(unknown)}")
    params = [pytest.param(n, marks=pytest.mark.postgres) if n == "postgres" else n for n in names]
    metafunc.parametrize("db_url", params, indirect=True)


# `make test` runs pytest-xdist with --dist loadfile --no-loadscope-reorder: test files go to the workers in
# collection order (xdist's default reorder sends the files with the most tests first, which put the few
# slow files that start real worker processes, servers or training runs last: one worker ran them alone
# for the last minute while the others idled). These go first, the longest first (summed per-test
# durations measured with --durations=0 on this machine); every other file keeps its place after them.
HEAVY_FIRST = (
    "tests/test_worker_processes.py",
    "tests/generation/test_quotas_and_shared_documents.py",
    "tests/test_exports.py",
    "tests/test_worker_redis.py",
    "tests/test_worker.py",
    "tests/test_api_read_paths.py",
    "tests/training/test_training_suite.py",
    "tests/cli/test_commands.py",
    "tests/test_api.py",
    "tests/cli/test_sdk.py",
    "tests/evaluation/test_eval_service.py",
    "tests/test_secrets.py",
    "tests/quality/test_phi_held_out_sets.py",
    "tests/test_api_status_running.py",
    "tests/cli/test_defects.py",
    "tests/test_layering.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # A renamed or removed file would silently fall back to collection order (whether it is collected
    # depends on -k and the paths given, whether it exists does not).
    gone = [path for path in HEAVY_FIRST if not (config.rootpath / path).is_file()]
    if gone:
        raise pytest.UsageError(f"tests/conftest.py HEAVY_FIRST names files that do not exist: {gone}")
    rank = {path: i for i, path in enumerate(HEAVY_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))  # a stable sort


# Migrating a database runs every Alembic script (~0.3-1 s); over a thousand tests that was minutes. Each
# test still gets a database of its own, copied from one migrated once per session: SQLite as a file
# copy, PostgreSQL as ``CREATE DATABASE … TEMPLATE``. tests/test_storage.py keeps running the migrations
# themselves (upgrade from empty, downgrade, re-upgrade).


def _release(url: str) -> None:
    """Close the pooled connections this process holds on ``url`` (a template must have none)."""
    from mediflow.storage.db import engine_for, normalise_url

    engine_for(normalise_url(url)).dispose()
    engine_for.cache_clear()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite file that ``sqlite_url`` copies."""
    path = tmp_path_factory.mktemp("sqlite-template") / "mediflow.sqlite"
    url = f"sqlite:///{path}"
    upgrade(url)
    _release(url)  # the last connection out checkpoints the WAL into the file
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    """A migrated, empty SQLite database file under tmp_path."""
    path = tmp_path / "mediflow.sqlite"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """The name of a migrated, empty PostgreSQL database that ``pg_url`` clones."""
    name = create_pg_database(pg_server)
    url = _pg_database(name)
    upgrade(url)
    _release(url)
    try:
        yield name
    finally:
        drop_pg_database(pg_server, name)


@pytest.fixture
def pg_url(pg_server: str, pg_template: str) -> Iterator[str]:
    """A migrated, empty PostgreSQL database, dropped afterwards."""
    name = create_pg_database(pg_server, template=pg_template)
    url = _pg_database(name)
    try:
        yield url
    finally:
        drop_pg_database(pg_server, name)


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database: SQLite or PostgreSQL, as parametrised (see the module docstring)."""
    name = getattr(request, "param", "sqlite")
    return str(request.getfixturevalue("pg_url" if name == "postgres" else "sqlite_url"))


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
    return local_settings(
        tmp_path,
        db_url,
        heartbeat_interval_s=0.2,
        stall_timeout_s=3.0,
        stall_scan_interval_s=0.5,
        # One PHI screening process per worker, not one per core: each imports the scanner (~3.4 s of CPU)
        # when a worker takes its first job, and the process-level tests start many workers on 2 cores.
        quality_processes=1,
        **LOOPBACK_TEACHERS,
    )


@pytest.fixture
def admin_key(db_url: str) -> str:
    """A plain admin API key stored (hashed) in the test database."""
    from tests.support.auth import make_api_key

    return make_api_key(db_url, "admin")


@pytest.fixture
def redis_settings(settings: Settings, redis_url: str) -> Iterator[Settings]:
    """``settings`` with a Redis broker and queues of their own (Redis is shared), deleted afterwards."""
    import redis

    tag = uuid.uuid4().hex[:8]
    s = settings.model_copy(
        update={
            "broker_url": f"{redis_url}/0",
            "generation_queue": f"mediflow-test-gen-{tag}",
            "training_queue": f"mediflow-test-train-{tag}",
        }
    )
    yield s
    redis.Redis.from_url(redis_url).delete(s.generation_queue, s.training_queue)


@pytest.fixture
def api_settings(settings: Settings) -> Settings:
    """The settings ``client``'s app runs on; a module overrides this fixture to change them."""
    return settings


@pytest.fixture
def client(api_settings: Settings, admin_key: str) -> Iterator[TestClient]:
    """The app in process, on ``api_settings``, sending an admin key with every request."""
    from mediflow.api.main import create_app
    from tests.support.auth import bearer

    with TestClient(create_app(api_settings), headers=bearer(admin_key)) as c:
        yield c


@pytest.fixture
def teacher() -> Iterator[LoopbackTeacher]:
    """A loopback OpenAI-protocol teacher answering clinical replies; a test sets ``teacher.responder``."""
    with LoopbackTeacher() as srv:
        yield srv


@pytest.fixture(scope="session")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The layout the shipped tiny-cpu recipe points at (models/tiny-llama, exports/...), built once."""
    from tests.support.training import build_tiny_workspace

    return build_tiny_workspace(tmp_path_factory.mktemp("workspace"), seed=0).resolve()
