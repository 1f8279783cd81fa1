"""Domain errors: what services, storage and workers raise. ``mediflow.api.errors`` alone maps them to HTTP.

Each carries what a client needs to fix its request (``field`` and ``reason`` for an invalid one); none
knows about HTTP, so a worker or the CLI can raise and catch them without importing the web framework.
"""

from __future__ import annotations

from collections.abc import Iterable


class DomainError(Exception):
    """Base of every error a request can cause; ``str(err)`` is the message shown to the client."""


class NotFoundError(DomainError, LookupError):
    """The resource does not exist, or belongs to someone the caller may not see."""


class ForbiddenError(DomainError):
    """The caller's scope does not allow this (403); never used to hide another project's resource."""


class ConflictError(DomainError):
    """The request clashes with the resource's current state (or with an earlier request)."""


class InvalidRequestError(DomainError, ValueError):
    """A request that parses but cannot be honoured; answered 422 naming the field."""

    def __init__(self, field: str, reason: str, *, details: list[tuple[str, str]] | None = None) -> None:
        super().__init__(f"{field}: {reason}")
        self.field, self.reason = field, reason
        # More (field, reason) pairs when one request has several problems.
        self.details = details or [(field, reason)]


class UnsupportedMediaError(InvalidRequestError):
    """An upload in a format we cannot read (415)."""


class PayloadTooLargeError(InvalidRequestError):
    """A body or a decompressed upload over its limit (413)."""


class QuotaExceededError(DomainError):
    """A rate, budget or quota limit; ``retry_after_s`` when waiting helps (429)."""

    def __init__(self, message: str, *, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class UnavailableError(DomainError):
    """A dependency the request needs is down (503); ``retry_after_s`` when known."""

    def __init__(self, message: str, *, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


def field_path(parts: Iterable[str | int]) -> str:
    """("teacher", "backend") -> "teacher.backend"; list positions in brackets: ("tasks", 1) -> "tasks[1]"."""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out
