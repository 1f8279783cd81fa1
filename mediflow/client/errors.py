"""The one error a client raises for an error answer: the API's JSON error shape, parsed."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error answer from the API: ``status``, ``code``, ``message`` and ``details`` (field, reason)."""

    def __init__(self, status: int, body: Any) -> None:
        err = body.get("error", {}) if isinstance(body, dict) else {}
        self.status = status
        self.code: str = err.get("code", "error")
        self.details: list[dict[str, Any]] = err.get("details", [])
        super().__init__(err.get("message", f"HTTP {status}"))

    def describe(self) -> str:
        lines = [f"{self} (HTTP {self.status})"]
        lines += [f"  - {d.get('field') or 'request'}: {d.get('reason')}" for d in self.details]
        return "\n".join(lines)
