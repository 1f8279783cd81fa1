"""Console sign-in: an API key is exchanged for an HttpOnly, SameSite=Strict session cookie.

The cookie holds a random token; the database holds its SHA-256 only (``storage.console_sessions``).
Every state-changing request carries a CSRF token, an HMAC of the session token (nothing extra
stored), in a form field or the ``X-CSRF-Token`` header; a cross-origin ``Origin`` is refused too.
The sign-in form itself is protected by a double-submit cookie. The session has its key's scope, and
dies with the key: revoking the key, signing out or the TTL ends it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request

from mediflow.api.deps import SessionDep
from mediflow.services import api_keys
from mediflow.storage import console_sessions, ownership
from mediflow.storage.models import ApiKey

COOKIE = "mediflow_session"
LOGIN_CSRF_COOKIE = "mediflow_login_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
COOKIE_PATH = "/ui"


class SignInRequired(Exception):
    def __init__(self, next_url: str) -> None:
        super().__init__("sign in required")
        self.next_url = next_url


class ConsoleRefused(Exception):
    """A console request that is refused; rendered as an HTML page with this status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def csrf_for(token: str) -> str:
    return hmac.new(token.encode(), b"mediflow-console-csrf", hashlib.sha256).hexdigest()


def new_login_csrf() -> str:
    return secrets.token_urlsafe(24)


def safe_next(value: str | None) -> str:
    """Only a console path: never an open redirect to another site."""
    if not value or not value.startswith(COOKIE_PATH + "/") or value.startswith("//") or "\\" in value:
        return f"{COOKIE_PATH}/jobs"
    return value


@dataclass
class Console:
    key: ApiKey
    session_id: str
    csrf: str
    # Plain copies for pages: an error page renders after the request's transaction rolled back.
    name: str = ""
    scope: str = ""

    def allows(self, scope: str) -> bool:
        return api_keys.scope_allows(self.scope, scope)

    def need(self, scope: str) -> None:
        if not self.allows(scope):
            raise ConsoleRefused(403, f"this key has scope '{self.scope}'; '{scope}' is needed")


def current_console(request: Request, session: SessionDep) -> Console:
    token = request.cookies.get(COOKIE)
    found = console_sessions.live_session(session, token) if token else None
    if found is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInRequired(target if request.method == "GET" else f"{COOKIE_PATH}/jobs")
    row, key = found
    session.commit()  # a refreshed last_seen_at
    if not api_keys.admissible(api_keys.caller_of(key)):  # the API's one gate, for the console too
        raise ConsoleRefused(403, "this key has no project or an unknown scope")
    request.state.api_key = key
    # The console sees what the key's project sees (admins: every project), like the API.
    ownership.set_caller(session, key.id, key.project_id, all_projects=key.scope == "admin")
    assert token is not None
    console = Console(key=key, session_id=row.id, csrf=csrf_for(token), name=key.name, scope=key.scope)
    request.state.console = console  # error pages keep the navigation and the sign-out button
    return console


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.headers.get("host", request.url.netloc)


async def checked_console(request: Request, console: Annotated[Console, Depends(current_console)]) -> Console:
    """The console of a state-changing request whose CSRF token (and origin) check out."""
    form = await request.form()
    sent = form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER)
    if not isinstance(sent, str) or not hmac.compare_digest(sent, console.csrf):
        raise ConsoleRefused(403, "the CSRF token is missing or wrong: reload the page and try again")
    if not _same_origin(request):
        raise ConsoleRefused(403, "a cross-site request was refused")
    return console


ConsoleDep = Annotated[Console, Depends(current_console)]
# For POST routes: signed in, and the CSRF token checked.
ActionDep = Annotated[Console, Depends(checked_console)]
