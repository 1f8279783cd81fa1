"""The web console under /ui: server-rendered pages, light progressive enhancement, no CDN.

Templates and static assets ship in the package (``templates/``, ``static/``). Pages authenticate
with the console session cookie (``session.py``), never with a bearer key, and stay out of OpenAPI.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mediflow.api.errors import status_for
from mediflow.api.ui.render import render
from mediflow.api.ui.session import COOKIE_PATH, ConsoleRefused, SignInRequired
from mediflow.core.errors import DomainError

STATIC_DIR = Path(__file__).parent / "static"
# Everything the pages need is served from here: no inline script, no third-party origin.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def _is_console(request: Request) -> bool:
    return request.url.path == COOKIE_PATH or request.url.path.startswith(COOKIE_PATH + "/")


class ConsoleHeaders:
    """The security headers on console answers; plain ASGI, so an API request passes through untouched
    (a BaseHTTPMiddleware costs every request a task group and memory streams: ~a tenth of a status read)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path == COOKIE_PATH or path.startswith(COOKIE_PATH + "/")):
            await self.app(scope, receive, send)
            return
        static = path.startswith(f"{COOKIE_PATH}/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if not (name == "Cache-Control" and static):
                        headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _error_page(request: Request, status: int, message: str) -> Response:
    console = getattr(request.state, "console", None)
    return render(request, "error.html", status=status, console=console, status_code=status, message=message)


def install_console(app: FastAPI) -> None:
    from mediflow.api.ui import routes_auth, routes_data, routes_jobs, routes_samples

    for module in (routes_auth, routes_jobs, routes_samples, routes_data):
        app.include_router(module.router, include_in_schema=False)
    app.mount(f"{COOKIE_PATH}/static", StaticFiles(directory=STATIC_DIR), name="console-static")
    app.add_middleware(ConsoleHeaders)

    @app.exception_handler(SignInRequired)
    async def _sign_in(_: Request, exc: SignInRequired) -> Response:
        from urllib.parse import quote

        return RedirectResponse(f"{COOKIE_PATH}/login?next={quote(exc.next_url)}", status_code=303)

    @app.exception_handler(ConsoleRefused)
    async def _refused(request: Request, exc: ConsoleRefused) -> Response:
        return _error_page(request, exc.status, exc.message)

    # Console pages answer errors as pages; the REST API keeps its one JSON error shape.
    for cls in (DomainError, RequestValidationError, StarletteHTTPException):
        _dispatch_by_path(app, cls)


def _dispatch_by_path(app: FastAPI, cls: type[Exception]) -> None:
    json_handler = app.exception_handlers[cls]

    async def handler(request: Request, exc: Any) -> Response:
        if not _is_console(request):
            answer = json_handler(request, exc)
            return await answer if inspect.isawaitable(answer) else answer
        if isinstance(exc, DomainError):
            return _error_page(request, status_for(exc), str(exc))
        if isinstance(exc, RequestValidationError):
            reasons = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors()[:3])
            return _error_page(request, 422, f"invalid request: {reasons}")
        return _error_page(request, exc.status_code, str(exc.detail))

    app.add_exception_handler(cls, handler)
