"""Request body size limits: a declared Content-Length over the limit is refused before the body is
read, and a body streamed without one (chunked) is cut off as soon as it passes the limit.

Both answer 413 in the one error shape. Upload routes get their own, larger limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mediflow.api.errors import error_response
from mediflow.schemas.common import ErrorResponse


class BodyTooLarge(HTTPException):
    """Raised from ``receive``; an HTTPException so the app's handler renders it as a 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body is larger than the {limit} bytes allowed")


class BodySizeLimit:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_bytes: int,
        upload_max_bytes: int,
        upload_paths: Sequence[str] = (r"^/v1/corpora/[^/]+/documents$",),
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_max_bytes = upload_max_bytes
        self.upload_paths = [re.compile(p) for p in upload_paths]

    def limit_for(self, path: str) -> int:
        if any(p.match(path) for p in self.upload_paths):
            return self.upload_max_bytes
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            response = error_response(
                413, f"request body is {declared} bytes, more than the {limit} bytes allowed"
            )
            await response(scope, receive, send)
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, counting_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


# Documented on every router: any body can be unparseable (400) or too large (413).
BODY_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "the body could not be parsed"},
    413: {"model": ErrorResponse, "description": "the body is larger than allowed"},
}

# Documented on every protected router: more requests than the database pool serves at once wait up to
# MEDIFLOW_API_DB_WAIT_S for a session, then get 503 with Retry-After (never a hang or a 500).
BUSY_RESPONSES: dict[int | str, dict[str, Any]] = {
    503: {
        "model": ErrorResponse,
        "description": "the database is busy (retry after `Retry-After` seconds) or a service it needs is down",
    },
}
