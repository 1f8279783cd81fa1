"""One lease mechanism for everything a worker runs: generation shards, training runs, exports.

A leased row records the worker holding it (``worker_id``) and when that worker last showed it is
alive (``heartbeat_at``). A worker claims a row that is queued, or held by a worker whose heartbeat
went stale (it died); every later write is conditional on still holding it, so a worker presumed dead
that comes back never overwrites the worker that took over. A periodic stall scan finds rows whose
worker stopped heartbeating, and queued rows whose broker message never went out, and re-queues them;
a row whose workers died ``max_attempts`` times fails instead of looping (say, killed for memory each
time).

Each leased table is described once by a :class:`LeaseTable`; callers pass the key conditions that
select one row. No function here commits, except where the docstring says so.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from mediflow.storage.db import session_scope
from mediflow.storage.models import utcnow

log = logging.getLogger(__name__)


def new_worker_id() -> str:
    """Unique per claimant: host and pid say where it ran, the suffix tells two runs in one process apart."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class LeaseTable:
    """How one table is leased: its model, the status names it uses, and when to give up."""

    model: Any  # a mapped class with status, worker_id, heartbeat_at, attempts, enqueued_at, started_at
    queued: str
    running: str
    # Statuses in which a worker holds the row (running, and e.g. cancelling while it winds down).
    held: tuple[str, ...]
    # Give up (the caller fails the row) once workers died this many times holding it; None: never.
    max_attempts: int | None = None

    def col(self, name: str) -> InstrumentedAttribute[Any]:
        return getattr(self.model, name)

    def gave_up(self, attempts: int) -> bool:
        return self.max_attempts is not None and attempts >= self.max_attempts


def stale(table: LeaseTable, cutoff: datetime) -> ColumnElement[bool]:
    """Held by a worker that has not heartbeated since ``cutoff`` (or never did)."""
    hb = table.col("heartbeat_at")
    return and_(table.col("status").in_(table.held), or_(hb.is_(None), hb < cutoff))


def unsent(table: LeaseTable, cutoff: datetime, created_at: Any = None) -> ColumnElement[bool]:
    """Queued since before ``cutoff`` with no record that its message went out."""
    created = created_at if created_at is not None else table.col("created_at")
    return and_(table.col("status") == table.queued, table.col("enqueued_at").is_(None), created < cutoff)


def needs_requeue(
    table: LeaseTable, stall_after: timedelta, now: datetime | None = None, created_at: Any = None
) -> ColumnElement[bool]:
    """The stall scan's condition: a dead worker's row, or a queued row whose message was lost."""
    cutoff = (now or utcnow()) - stall_after
    return or_(stale(table, cutoff), unsent(table, cutoff, created_at))


def claim(
    session: Session,
    table: LeaseTable,
    where: list[ColumnElement[bool]],
    worker_id: str,
    stall_after: timedelta,
    values: dict[str, Any] | None = None,
) -> bool:
    """Take the row: queued, or running under a worker whose heartbeat went stale. True if taken."""
    now = utcnow()
    status, hb = table.col("status"), table.col("heartbeat_at")
    result = session.execute(
        update(table.model)
        .where(
            *where,
            or_(
                status == table.queued,
                and_(status == table.running, or_(hb.is_(None), hb < now - stall_after)),
            ),
        )
        .values(
            status=table.running,
            worker_id=worker_id,
            heartbeat_at=now,
            started_at=func.coalesce(table.col("started_at"), now),
            attempts=table.col("attempts") + 1,
            **(values or {}),
        )
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def held_by(table: LeaseTable, where: list[ColumnElement[bool]], worker_id: str) -> list[ColumnElement[bool]]:
    """Conditions for a write that only the worker holding the row may make."""
    return [*where, table.col("worker_id") == worker_id, table.col("status").in_(table.held)]


def heartbeat(
    session: Session,
    table: LeaseTable,
    where: list[ColumnElement[bool]],
    worker_id: str,
    values: dict[str, Any] | None = None,
) -> bool:
    """Refresh our lease (and write ``values`` with it); False when we no longer hold the row."""
    result = session.execute(
        update(table.model)
        .where(*held_by(table, where, worker_id))
        .values(heartbeat_at=utcnow(), **(values or {}))
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def release(
    session: Session, table: LeaseTable, where: list[ColumnElement[bool]], worker_id: str | None = None
) -> bool:
    """Back to the queue; ``enqueued_at`` cleared so the stall scan sends it again if nobody does."""
    conds = [*where, table.col("status").in_(table.held)]
    if worker_id is not None:
        conds.append(table.col("worker_id") == worker_id)
    result = session.execute(
        update(table.model)
        .where(*conds)
        .values(status=table.queued, worker_id=None, enqueued_at=None)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def mark_enqueued(session: Session, table: LeaseTable, where: list[ColumnElement[bool]]) -> None:
    """Record that the row's broker message went out (the stall scan leaves it alone until it stalls)."""
    session.execute(
        update(table.model)
        .where(*where)
        .values(enqueued_at=utcnow())
        .execution_options(synchronize_session=False)
    )


class Heartbeat(threading.Thread):
    """Refreshes a lease every ``interval_s`` from a thread while the holder works synchronously.

    ``beat(session)`` answers whether we still hold the row; once it says no, ``lost`` is set and the
    holder stops at its next check. A failed beat (the database restarting) is retried next round.
    """

    def __init__(self, url: str, beat: Callable[[Session], bool], interval_s: float, name: str) -> None:
        super().__init__(name=name, daemon=True)
        self.url, self.beat, self.interval_s = url, beat, interval_s
        self.lost = threading.Event()
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(self.interval_s):
            try:
                with session_scope(self.url) as session:
                    held = self.beat(session)
            except Exception as exc:
                log.warning("%s: heartbeat failed: %s", self.name, exc)
                continue
            if not held:
                self.lost.set()
                return

    def __enter__(self) -> Heartbeat:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stopped.set()
        self.join(timeout=10)
