"""Teacher credentials: from settings, or a named teacher's ``secret_ref`` resolved where it is used.

A named teacher (``MEDIFLOW_TEACHERS``) says ``"secret_ref": "AZURE_EAST"``; the process that binds it
(the API to check it exists, the worker to call) reads ``MEDIFLOW_SECRET_AZURE_EAST``. The value is
never in the database, the broker message, the API's answers or the job's logs, and only the
operator pairs a reference with an endpoint (``generators/teachers/endpoints.py``): a job cannot.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, TypeVar

from pydantic import SecretStr

if TYPE_CHECKING:
    from mediflow.generators.teachers.base import TeacherError

E = TypeVar("E", bound="TeacherError")

SECRET_ENV_PREFIX = "MEDIFLOW_SECRET_"
SECRET_REF_PATTERN = r"^[A-Z][A-Z0-9_]{0,63}$"
_REF = re.compile(SECRET_REF_PATTERN)


class MissingSecretError(LookupError):
    pass


def resolve_secret_ref(ref: str) -> SecretStr:
    """The value behind a secret reference, from this process's environment."""
    if not _REF.match(ref):
        raise MissingSecretError(f"invalid secret_ref {ref!r}: use A-Z, 0-9 and _")
    value = os.environ.get(SECRET_ENV_PREFIX + ref)
    if not value:
        raise MissingSecretError(
            f"secret_ref {ref!r} is not set: define {SECRET_ENV_PREFIX}{ref} on the workers"
        )
    return SecretStr(value)


def teacher_api_key(secret_ref: str | None, default: SecretStr | None) -> str | None:
    """The plain key for one teacher client: the job's reference if it names one, else the setting."""
    secret = resolve_secret_ref(secret_ref) if secret_ref else default
    return secret.get_secret_value() if secret else None


def redact(text: str, *secrets: str | None) -> str:
    for secret in secrets:
        if secret and len(secret) >= 8:
            text = text.replace(secret, "***")
    return text


def redact_error(error: E, *secrets: str | None) -> E:
    """The same TeacherError with any of ``secrets`` masked in its message (it is stored and served)."""
    error.message = redact(error.message, *secrets)
    return error
