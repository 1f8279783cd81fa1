"""Engines and sessions; SQLite is tuned so an API process and workers can share one file."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, RowMapping, Select, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets readers (the API) run while a worker writes; busy_timeout waits out short write locks.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


# PostgreSQL connections are a server resource: a bounded pool per process (API workers, job workers).
PG_POOL_SIZE, PG_MAX_OVERFLOW = 10, 20
# A SQLite connection is an open file: keep as many as the API's thread pool runs at once (anyio's 40)
# and never make a caller wait for one. A bounded pool deadlocks a FastAPI process under load: threads
# blocked waiting for a connection hold every thread-pool slot that the requests owning the connections
# need to close their sessions (QueuePool timeouts and 500s after 30 s).
SQLITE_POOL_SIZE = 40


def session_capacity(url: str) -> int:
    """How many sessions one process may hold at once without ever waiting for a pooled connection."""
    if make_url(normalise_url(url)).get_backend_name() == "sqlite":
        return SQLITE_POOL_SIZE
    return PG_POOL_SIZE + PG_MAX_OVERFLOW


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        pool: dict[str, Any] = {}
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            # Unbounded: connections over the pool size are closed when returned.
            pool = {"pool_size": SQLITE_POOL_SIZE, "max_overflow": -1}
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_size=PG_POOL_SIZE, max_overflow=PG_MAX_OVERFLOW)
    _ping_when_idle(engine)
    return engine


# A checkout pings (SELECT 1) only a connection that sat in the pool this long. ``pool_pre_ping`` pings
# on every checkout: a round trip as large as a status read's one query. A connection returned less
# than a second ago fails, if the server went away meanwhile, with the same OperationalError on its
# first statement that a ping would have raised at checkout, and SQLAlchemy then discards the pool.
PING_IDLE_S = 1.0


def _ping_when_idle(engine: Engine) -> None:
    def mark(_dbapi_conn: Any, record: Any, *_: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    def checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is not None and time.monotonic() - since < PING_IDLE_S:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # the pool retries the checkout on a fresh connection
            raise DisconnectionError(f"stale pooled connection: {exc}") from exc

    event.listen(engine, "connect", mark)
    event.listen(engine, "checkin", mark)
    event.listen(engine, "checkout", checkout)


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """One engine (and pool) per URL per process."""
    return make_engine(url)


@lru_cache(maxsize=8)
def session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(bind=engine_for(url), expire_on_commit=False)


@lru_cache(maxsize=8)
def autocommit_engine_for(url: str) -> Engine:
    """The same pool, each statement its own transaction: no BEGIN / COMMIT round trips.

    For requests that only read (a PostgreSQL statement in READ COMMITTED sees its own snapshot either
    way): two round trips of a one-query status read saved. psycopg and sqlite3 switch autocommit on
    the client side, and the pool switches it back when the connection is returned.
    """
    return engine_for(url).execution_options(isolation_level="AUTOCOMMIT")


@contextmanager
def committing(session: Session) -> Iterator[Session]:
    """Commit ``session`` when the block ends; roll it back on any error (re-raised)."""
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    session = session_factory(url)()
    try:
        with committing(session):
            yield session
    finally:
        session.close()


def keyset_batches(
    session: Session, query: Select[*tuple[Any, ...]], key: InstrumentedAttribute[int], batch: int
) -> Iterator[Sequence[RowMapping]]:
    """``query``'s rows in ``key`` order, at most ``batch`` per SELECT, each SELECT starting after the last
    key seen (keyset paging: as cheap at any depth as at the start, unlike OFFSET). ``key`` is unique and
    among the selected columns."""
    last = -1
    while True:
        rows = session.execute(query.where(key > last).order_by(key).limit(batch)).mappings().all()
        if not rows:
            return
        yield rows
        last = rows[-1][key]
