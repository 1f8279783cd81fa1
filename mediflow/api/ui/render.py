"""The console's Jinja2 environment (autoescaped) and one helper to render a page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from mediflow.api.ui.views import duration

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
TEMPLATES.env.filters["duration"] = duration
TEMPLATES.env.globals["nav"] = (
    ("jobs", "/ui/jobs", "Jobs"),
    ("samples", "/ui/samples", "Samples"),
    ("exports", "/ui/exports", "Exports"),
    ("training", "/ui/training", "Training"),
    ("sessions", "/ui/sessions", "Sessions"),
)


def render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    context.setdefault("console", None)
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)
