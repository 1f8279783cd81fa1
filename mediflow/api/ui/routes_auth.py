"""Sign in with an API key, sign out, and list or revoke this key's console sessions."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from mediflow.api.deps import SessionDep, SettingsDep
from mediflow.api.ui.render import render
from mediflow.api.ui.session import (
    COOKIE,
    COOKIE_PATH,
    CSRF_FIELD,
    LOGIN_CSRF_COOKIE,
    ActionDep,
    ConsoleDep,
    ConsoleRefused,
    new_login_csrf,
    safe_next,
)
from mediflow.services import api_keys
from mediflow.storage import console_sessions

router = APIRouter(prefix=COOKIE_PATH)


def _cookie_args(request: Request) -> dict[str, object]:
    return {
        "httponly": True,
        "samesite": "strict",
        "secure": request.url.scheme == "https",
        "path": COOKIE_PATH,
    }


@router.get("")
def home() -> Response:
    return RedirectResponse(f"{COOKIE_PATH}/jobs", status_code=303)


def _login_page(request: Request, next_url: str, error: str | None = None, status: int = 200) -> Response:
    token = new_login_csrf()
    response = render(
        request, "login.html", status, next_url=safe_next(next_url), login_csrf=token, error=error
    )
    response.set_cookie(LOGIN_CSRF_COOKIE, token, max_age=3600, **_cookie_args(request))  # type: ignore[arg-type]
    return response


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    return _login_page(request, next or "")


@router.post("/login")
def login(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    api_key: Annotated[str, Form(max_length=512)] = "",
    csrf_token: Annotated[str, Form(alias=CSRF_FIELD, max_length=128)] = "",
    next: Annotated[str, Form(max_length=2048)] = "",
) -> Response:
    expected = request.cookies.get(LOGIN_CSRF_COOKIE) or ""
    if not expected or not hmac.compare_digest(csrf_token, expected):
        raise ConsoleRefused(
            403, "the sign-in form expired or came from another site: reload it and try again"
        )
    key = api_keys.authenticate(session, api_key.strip()) if api_key.strip() else None
    if key is None:
        return _login_page(request, next, "That API key is invalid or revoked.", 401)
    _, token = console_sessions.create_session(session, key, settings.console_session_ttl_s)
    session.commit()
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(COOKIE, token, max_age=int(settings.console_session_ttl_s), **_cookie_args(request))  # type: ignore[arg-type]
    response.delete_cookie(LOGIN_CSRF_COOKIE, path=COOKIE_PATH)
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, console: ActionDep) -> Response:
    console_sessions.revoke(session, console.session_id, console.key.id)
    session.commit()
    response = RedirectResponse(f"{COOKIE_PATH}/login", status_code=303)
    response.delete_cookie(COOKIE, path=COOKIE_PATH)
    return response


@router.get("/sessions")
def sessions(request: Request, session: SessionDep, console: ConsoleDep) -> Response:
    rows = console_sessions.key_sessions(session, console.key.id)
    return render(request, "sessions.html", console=console, sessions=rows, active="sessions")


@router.post("/sessions/{session_id}/revoke")
def revoke_session(session_id: str, session: SessionDep, console: ActionDep) -> Response:
    if not console_sessions.revoke(session, session_id, console.key.id):
        raise ConsoleRefused(404, "no such live session of this key")
    session.commit()
    target = f"{COOKIE_PATH}/login" if session_id == console.session_id else f"{COOKIE_PATH}/sessions"
    return RedirectResponse(target, status_code=303)
