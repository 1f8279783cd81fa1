"""Teacher backends, registered by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mediflow.generators.teachers.base import ChatRequest, Completion, Message, Teacher, TeacherError

if TYPE_CHECKING:
    from mediflow.schemas.teacher import TeacherSpec
    from mediflow.settings import Settings

TeacherFactory = Callable[["TeacherSpec", "Settings"], Teacher]
_REGISTRY: dict[str, TeacherFactory] = {}


def register(name: str) -> Callable[[TeacherFactory], TeacherFactory]:
    def deco(factory: TeacherFactory) -> TeacherFactory:
        _REGISTRY[name] = factory
        return factory

    return deco


def backend_names() -> list[str]:
    _load_builtin()
    return sorted(_REGISTRY)


def create_teacher(spec: TeacherSpec, settings: Settings) -> Teacher:
    _load_builtin()
    try:
        factory = _REGISTRY[spec.backend]
    except KeyError:
        raise ValueError(
            f"unknown teacher backend {spec.backend!r}; valid: {', '.join(sorted(_REGISTRY))}"
        ) from None
    return factory(spec, settings)


def _load_builtin() -> None:
    # Importing the modules registers them; heavy libraries stay lazily imported inside each backend.
    from mediflow.generators.teachers import (  # noqa: F401
        embedded,
        openai_backend,
        transformers_backend,
        vllm_backend,
    )


__all__ = [
    "ChatRequest",
    "Completion",
    "Message",
    "Teacher",
    "TeacherError",
    "backend_names",
    "create_teacher",
    "register",
]
