"""The numbered pages of the console's newest-first lists (jobs, exports, training runs).

Each list reads one page by offset and links its neighbours through ``_pager.html``; the page number
is a query parameter every such route takes the same way, so it is one dependency.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from starlette.responses import Response

from mediflow.api.ui.render import render
from mediflow.api.ui.session import Console

LIST_PAGE = 25  # rows per page of a console list


@dataclass(frozen=True)
class Pager:
    page: int
    size: int = LIST_PAGE

    @property
    def offset(self) -> int:
        return self.page * self.size

    def links(self, total: int) -> dict[str, Any]:
        """What ``_pager.html`` reads: this page's number and whether an older page follows."""
        return {"page": self.page, "has_more": (self.page + 1) * self.size < total, "total": total}


def _pager(page: Annotated[int, Query(ge=0, le=10**6)] = 0) -> Pager:
    return Pager(page)


PagerDep = Annotated[Pager, Depends(_pager)]


def render_list(
    request: Request, console: Console, name: str, pager: Pager, items: list[Any], total: int, **context: Any
) -> Response:
    """The list page ``name`` (its template, and its entry marked in the nav) showing one page of items."""
    return render(
        request, f"{name}.html", console=console, active=name, items=items, **pager.links(total), **context
    )
