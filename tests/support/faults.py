"""A loopback teacher that fails a share of calls in the ways real servers do.

Faults, drawn per call from a seeded generator: 429 with Retry-After, 500, a timeout (the answer comes
later than the client waits), a connection reset (TCP RST mid-request), invalid JSON for a JSON request,
and truncated output (cut short with finish_reason "length"). Everything else is a normal answer.
"""

from __future__ import annotations

import asyncio
import random
import socket
import struct
import threading
from collections import Counter
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply

FAULTS = ("rate_limited_429", "server_error_500", "timeout", "connection_reset", "invalid_json", "truncated")


class FaultyTeacher(LoopbackTeacher):
    def __init__(self, fail_rate: float = 0.2, *, seed: int = 0, timeout_delay_s: float = 3.0) -> None:
        super().__init__(self._respond)
        self.fail_rate = fail_rate
        self.timeout_delay_s = timeout_delay_s
        self.injected: Counter[str] = Counter()
        self._rng = random.Random(seed)
        self._rng_lock = threading.Lock()

    def _draw(self) -> str | None:
        with self._rng_lock:
            if self._rng.random() >= self.fail_rate:
                return None
            return self._rng.choice(FAULTS)

    def _respond(self, request: dict[str, Any], call_no: int) -> Reply:
        fault = request.pop("_fault", None)
        good = clinical_reply(request, call_no)
        if fault == "rate_limited_429":
            return Reply(status=429, headers={"Retry-After": "1"}, error_message="slow down")
        if fault == "server_error_500":
            return Reply(status=500, error_message="internal error")
        if fault == "timeout":
            return Reply(good.content, delay_s=self.timeout_delay_s)
        if fault == "invalid_json":
            return Reply('{"answer": "unterminated' if request.get("response_format") else "")
        if fault == "truncated":
            return Reply(good.content[: max(1, len(good.content) // 3)], finish_reason="length")
        return good

    async def _chat(self, request: Request) -> Response:
        fault = self._draw()
        if fault is not None:
            with self._lock:
                self.injected[fault] += 1
        if fault == "connection_reset":
            await request.body()
            _reset(request)
            await asyncio.sleep(0)
            return Response(status_code=500)  # never reaches the client: the socket is gone
        if fault is None:
            try:
                return await super()._chat(request)
            except ClientDisconnect:  # the client gave up (its timeout) while we read the body
                return Response(status_code=499)
        body = await request.json()
        body["_fault"] = fault

        async def patched() -> dict[str, Any]:
            return body

        request.json = patched  # type: ignore[method-assign]
        return await super()._chat(request)


def _reset(request: Request) -> None:
    """Abort the TCP connection with an RST, found through uvicorn's receive (a bound method)."""
    cycle = getattr(request.receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError("cannot reach the transport to reset it")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
