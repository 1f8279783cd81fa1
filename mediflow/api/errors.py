"""Every error leaves the API in one JSON shape: {"error": {"code", "message", "details"}}."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from mediflow.core.errors import (
    ConflictError,
    DomainError,
    ForbiddenError,
    InvalidRequestError,
    NotFoundError,
    PayloadTooLargeError,
    QuotaExceededError,
    UnavailableError,
    UnsupportedMediaError,
    field_path,
)
from mediflow.schemas.common import ErrorBody, ErrorDetail, ErrorResponse

log = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    503: "unavailable",
}


def error_response(
    status: int,
    message: str,
    details: list[ErrorDetail] | None = None,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = ErrorResponse(
        error=ErrorBody(code=code or _CODES.get(status, "error"), message=message, details=details or [])
    )
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


# Most specific first: a domain error's HTTP status is the first class in its MRO listed here.
_STATUS_BY_ERROR: tuple[tuple[type[DomainError], int], ...] = (
    (PayloadTooLargeError, 413),
    (UnsupportedMediaError, 415),
    (InvalidRequestError, 422),
    (NotFoundError, 404),
    (ForbiddenError, 403),
    (ConflictError, 409),
    (QuotaExceededError, 429),
    (UnavailableError, 503),
)


def status_for(exc: DomainError) -> int:
    return next((status for cls, status in _STATUS_BY_ERROR if isinstance(exc, cls)), 400)


def _field(loc: tuple[Any, ...]) -> str:
    # ("body", "teacher", "backend") -> "teacher.backend"; query/path/header keep their prefix.
    return field_path(loc[1:] if loc and loc[0] == "body" else loc) or "body"


def _reason(err: dict[str, Any]) -> str:
    msg = str(err.get("msg", "invalid"))
    return msg.removeprefix("Value error, ")


def _detail(err: dict[str, Any]) -> ErrorDetail:
    loc = tuple(err.get("loc", ()))
    if err.get("type") == "json_invalid":
        # FastAPI puts the character offset where a field name would be: ("body", 16).
        at = f" at character {loc[1]}" if len(loc) > 1 and isinstance(loc[1], int) else ""
        cause = (err.get("ctx") or {}).get("error")
        return ErrorDetail(field="body", reason=f"malformed JSON{at}" + (f": {cause}" if cause else ""))
    return ErrorDetail(field=_field(loc), reason=_reason(err))


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        details = [_detail(e) for e in exc.errors()]
        summary = "; ".join(f"{d.field}: {d.reason}" for d in details[:3])
        return error_response(422, f"invalid request: {summary}", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(DomainError)
    async def _domain(_: Request, exc: DomainError) -> JSONResponse:
        status = status_for(exc)
        details: list[ErrorDetail] = []
        message = str(exc) or _CODES.get(status, "error")
        headers: dict[str, str] | None = None
        if isinstance(exc, InvalidRequestError):
            details = [ErrorDetail(field=f, reason=r) for f, r in exc.details]
            if type(exc) is InvalidRequestError:
                message = f"invalid request: {exc.field}: {exc.reason}"
        retry_after = getattr(exc, "retry_after_s", None)
        if retry_after is not None:
            headers = {"Retry-After": str(max(1, round(retry_after)))}
        return error_response(status, message, details, headers=headers)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal server error", code="internal_error")
