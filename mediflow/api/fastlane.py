"""The polled status read's fast lane: a job's cached answer, sent before routing.

``GET /v1/generation-jobs/{id}`` is what clients poll. When its answer is already in this process's
status cache (``services.job_status``: a finished job's for ``MEDIFLOW_JOB_STATUS_CACHE_S``, a running
job's for ``MEDIFLOW_RUNNING_STATUS_CACHE_S``) and the bearer key is already in the verified-key cache
(``services.api_keys``), the full path would run FastAPI's routing and dependency solving, open a session
and run no statement at all: this middleware sends the same bytes without those steps.

It answers only when every check the full path makes passes in the same way, from the same caches:
a GET without a body, ``Authorization: Bearer <key>`` whose key was verified less than
``MEDIFLOW_API_KEY_CACHE_S`` ago (never with that setting at 0), a scope that allows reading, and a
job whose cached answer belongs to the key's project (or any project, for an admin key). Anything else
(no cache entry, another project's job, a revoked or unknown key, a body) goes down the full path
unchanged, which gives the same answer or the error it always gave.
"""

from __future__ import annotations

import re

from starlette.types import ASGIApp, Receive, Scope, Send

from mediflow.core.settings import Settings
from mediflow.services import api_keys, job_status

_STATUS_PATH = re.compile(r"/v1/generation-jobs/([^/]+)")
# Scope keys: what the lane looked up for a request it passed on, so the full path does not ask the
# caches again (a second ask would find the entry this request was chosen to renew, and serve it).
BEARER_LOOKUP = "mediflow.bearer_lookup"  # (token, the cached caller or None)
STATUS_LOOKUP = "mediflow.status_lookup"  # the job id whose cached answer was absent


def _bearer(headers: list[tuple[bytes, bytes]]) -> str | None:
    """The key of the one plain ``Bearer <key>`` header; None if there is none, several, or a body."""
    token = None
    for name, value in headers:
        if name == b"authorization":
            if token is not None:
                return None  # more than one: let the full path decide
            scheme, _, credentials = value.decode("latin-1").partition(" ")
            if scheme.lower() != "bearer" or not credentials or credentials != credentials.strip():
                return None
            token = credentials
        elif name in (b"content-length", b"transfer-encoding"):
            return None  # a body: the full path applies its size limit and its answer
    return token


class StatusFastLane:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and not scope.get("query_string"):
            body = self._cached(scope)
            if body is not None:
                await send(
                    {
                        "type": "http.response.start",
                        "status": 200,
                        "headers": [
                            (b"content-length", str(len(body)).encode()),
                            (b"content-type", b"application/json"),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)

    def _cached(self, scope: Scope) -> bytes | None:
        match = _STATUS_PATH.fullmatch(scope["path"])
        if match is None or self.settings.api_key_cache_s <= 0:
            return None
        token = _bearer(scope["headers"])
        if token is None:
            return None
        caller = api_keys.cached_caller(token)
        scope[BEARER_LOOKUP] = (token, caller)
        if caller is None or not api_keys.scope_allows(caller.scope, "read"):
            return None
        job_id = match.group(1)
        body = job_status.cached(job_id, None if caller.scope == "admin" else caller.project_id)
        if body is None:
            scope[STATUS_LOOKUP] = job_id
        return body
