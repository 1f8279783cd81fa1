"""A project's teacher spend per UTC day, and the daily quota it is held to.

Spend is added where it happens (a worker books its calls' tokens and cost at each heartbeat and when
its shard ends) into one ``project_usage`` row per project and day, so a quota check is a primary-key
read. The day is the UTC date of the caller's clock (``Settings.now``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from mediflow.core.settings import Settings
from mediflow.storage.models import Project, ProjectUsage, utcnow


@dataclass(frozen=True)
class Spend:
    tokens_in: int = 0
    tokens_out: int = 0
    cost: float = 0.0

    @property
    def tokens(self) -> int:
        return self.tokens_in + self.tokens_out

    def __add__(self, other: Spend) -> Spend:
        return Spend(
            self.tokens_in + other.tokens_in, self.tokens_out + other.tokens_out, self.cost + other.cost
        )

    def __sub__(self, other: Spend) -> Spend:
        return Spend(
            self.tokens_in - other.tokens_in, self.tokens_out - other.tokens_out, self.cost - other.cost
        )

    def __bool__(self) -> bool:
        return bool(self.tokens_in or self.tokens_out or self.cost)


@dataclass(frozen=True)
class Ceiling:
    """One kind of daily cap (tokens or USD): the budget field it bounds, the cap and today's spend."""

    field: str  # Budget.max_tokens or Budget.max_cost
    unit: str
    cap: float
    spent: float
    show: Callable[[float], str]  # a cap or a budget as messages write it
    show_spent: Callable[[float], str]


@dataclass(frozen=True)
class Quota:
    """A project's daily allowance (None: no cap of that kind)."""

    tokens: int | None
    cost: float | None

    @property
    def any(self) -> bool:
        return self.tokens is not None or self.cost is not None

    def ceilings(self, spent: Spend) -> list[Ceiling]:
        """The caps this quota sets, tokens first, each with what ``spent`` took of it."""
        out = []
        if self.tokens is not None:
            out.append(Ceiling("max_tokens", "tokens", self.tokens, spent.tokens, str, str))
        if self.cost is not None:
            out.append(Ceiling("max_cost", "USD", self.cost, spent.cost, "{:g}".format, "{:.4f}".format))
        return out

    def reached(self, project_id: str, spent: Spend) -> str | None:
        """Why ``spent`` is at or over the quota, naming it; None while below."""
        for c in self.ceilings(spent):
            if c.spent >= c.cap:
                return (
                    f"project {project_id!r} reached its daily quota of {c.show(c.cap)} {c.unit}"
                    f" ({c.show_spent(c.spent)} spent today, UTC)"
                )
        return None


def utc_day(now: datetime) -> date:
    return (now if now.tzinfo is None else now.astimezone(UTC)).date()


def project_quota(session: Session, project_id: str, settings: Settings) -> Quota:
    """The project's own quota where it has one, else the server's."""
    project = session.get(Project, project_id)
    tokens = (project.daily_tokens if project else None) or settings.project_daily_tokens
    cost = (project.daily_cost if project else None) or settings.project_daily_cost
    return Quota(tokens, cost)


def spent_on(session: Session, project_id: str, day: date) -> Spend:
    row = session.execute(
        select(ProjectUsage.tokens_in, ProjectUsage.tokens_out, ProjectUsage.cost).where(
            ProjectUsage.project_id == project_id, ProjectUsage.day == day
        )
    ).one_or_none()
    return Spend(int(row[0]), int(row[1]), float(row[2])) if row else Spend()


def add_spend(session: Session, project_id: str, day: date, spend: Spend) -> None:
    """Add to the day's row, creating it on first use; one statement, safe under concurrent workers."""
    if not spend:
        return
    values = {
        "project_id": project_id,
        "day": day,
        "tokens_in": spend.tokens_in,
        "tokens_out": spend.tokens_out,
        "cost": spend.cost,
        "updated_at": utcnow(),
    }
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(ProjectUsage).values(values)
    stmt = stmt.on_conflict_do_update(
        index_elements=[ProjectUsage.project_id, ProjectUsage.day],
        set_={
            "tokens_in": ProjectUsage.tokens_in + stmt.excluded.tokens_in,
            "tokens_out": ProjectUsage.tokens_out + stmt.excluded.tokens_out,
            "cost": ProjectUsage.cost + stmt.excluded.cost,
            "updated_at": stmt.excluded.updated_at,
        },
    )
    session.execute(stmt)
