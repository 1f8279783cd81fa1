"""What the routes of the queued resources (jobs, exports, training runs, evaluations) do alike.

Each list is read through the same window (``limit`` rows from ``offset``, the same bounds on every
route, and a status filter where the resource has statuses); each create stores the resource as queued
before its task message is sent, so a broker that is down costs only a log line: the stall scans send
what was never sent, and a second send is harmless because a worker's claim is conditional.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from fastapi import Response
from pydantic import BaseModel, Field

log = logging.getLogger(__name__)
L = TypeVar("L", bound=BaseModel)
S = TypeVar("S", bound=enum.StrEnum)


class Window(BaseModel):
    """The query of a list route (``Annotated[Window, Query()]``: each field is a query parameter)."""

    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0)

    def page(self, model: type[L], items: list[Any], total: int) -> L:
        return model(items=items, total=total, limit=self.limit, offset=self.offset)


class StatusWindow(Window, Generic[S]):
    status: S | None = None

    @property
    def status_value(self) -> str | None:
        return self.status.value if self.status else None


def send_task(send: Callable[[], object], what: str) -> None:
    """Send the stored resource's task message; a failure is logged, not raised (see above)."""
    try:
        send()
    except Exception as exc:
        log.warning("%s stored but not yet enqueued: %s", what, exc)


def accepted(
    response: Response, collection: str, resource_id: str, send: Callable[[], object] | None
) -> None:
    """A create's 202 answer: the stored resource's task message sent (None: it was, an idempotent
    replay) and its ``Location`` set."""
    location = f"{collection}/{resource_id}"
    if send is not None:
        send_task(send, location)
    response.headers["Location"] = location
