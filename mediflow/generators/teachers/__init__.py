"""Teacher backends, registered by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mediflow.core.registries import TEACHERS
from mediflow.generators.teachers.base import ChatRequest, Completion, Message, Teacher, TeacherError

if TYPE_CHECKING:
    from mediflow.core.settings import Settings
    from mediflow.schemas.teacher import TeacherSpec

TeacherFactory = Callable[["TeacherSpec", "Settings"], Teacher]


def register(name: str) -> Callable[[TeacherFactory], TeacherFactory]:
    return TEACHERS.decorator(name)


def backend_names() -> tuple[str, ...]:
    return TEACHERS.names()


def create_teacher(spec: TeacherSpec, settings: Settings) -> Teacher:
    # Heavy libraries stay lazily imported inside each backend; get() imports only the one named.
    return TEACHERS.get(spec.backend)(spec, settings)


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
