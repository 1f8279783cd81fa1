"""The teacher interface every backend implements, and the errors it may raise."""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Any, ClassVar

Message = dict[str, str]


@dataclass(frozen=True)
class ChatRequest:
    messages: list[Message]
    max_tokens: int
    temperature: float
    top_p: float | None = None
    seed: int | None = None
    # A JSON schema for structured output; an empty dict asks for "any JSON object".
    json_schema: dict[str, Any] | None = None

    @property
    def wants_json(self) -> bool:
        return self.json_schema is not None

    def sampling(self) -> dict[str, Any]:
        """What every backend passes on: max_tokens and temperature, top_p and seed where set."""
        kwargs: dict[str, Any] = {"max_tokens": self.max_tokens, "temperature": self.temperature}
        if self.top_p is not None:
            kwargs["top_p"] = self.top_p
        if self.seed is not None:
            kwargs["seed"] = self.seed
        return kwargs


@dataclass(frozen=True)
class Completion:
    text: str
    tokens_in: int
    tokens_out: int
    latency_s: float
    finish_reason: str | None = None
    cached: bool = False
    attempts: int = 1  # calls made for this answer, retries included (0 when served from the cache)


@dataclass
class TeacherError(Exception):
    """A failed teacher call. ``reason`` is a short stable code stored on the sample."""

    reason: str
    message: str
    permanent: bool = False
    retry_after_s: float | None = None
    status_code: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.reason}: {self.message}"


class Teacher(abc.ABC):
    """A chat-completion model that generation stages prompt."""

    backend: ClassVar[str]
    default_model: ClassVar[str] = ""

    def __init__(self, model: str) -> None:
        self.model = model

    @abc.abstractmethod
    async def complete(self, request: ChatRequest) -> Completion:
        """Run one chat completion; raise ``TeacherError`` on failure."""

    async def aclose(self) -> None:  # noqa: B027 - optional hook, most backends hold nothing
        """Release connections or model memory."""
