"""Logging: JSON lines in production (text in development), the current job id on every line, and
known secrets masked wherever they would appear.

``job_context(job_id)`` sets the job id in a context variable; asyncio tasks and ``to_thread`` calls
started inside it inherit it, so every line a job's pipeline logs carries ``job_id``.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from mediflow.core.settings import Settings

_job_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("mediflow_job_id", default=None)
MASK = "***"
# Attributes every LogRecord has; anything else was passed with extra= and is worth keeping.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "taskName"}


@contextmanager
def job_context(job_id: str) -> Iterator[None]:
    token = _job_id.set(job_id)
    try:
        yield
    finally:
        _job_id.reset(token)


def current_job_id() -> str | None:
    return _job_id.get()


class JobIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "job_id"):
            record.job_id = _job_id.get()
        return True


class SecretMaskFilter(logging.Filter):
    """Replaces configured secret values in the rendered message (and traceback) with ***."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        # Short values would mask innocent text and are not credentials anyway.
        self.secrets = sorted({s for s in secrets if len(s) >= 8}, key=len, reverse=True)

    def mask(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        masked = self.mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info:
            record.exc_text = self.mask(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "job_id": getattr(record, "job_id", None),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in entry:
                entry[key] = value if isinstance(value, str | int | float | bool | None) else repr(value)
        return json.dumps(entry, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s%(job)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        job_id = getattr(record, "job_id", None)
        record.job = f" [job {job_id}]" if job_id else ""
        return super().format(record)


def known_secrets(settings: Settings) -> list[str]:
    """Every secret value this process could hold: settings SecretStrs and MEDIFLOW_SECRET_* refs."""
    values = [
        v.get_secret_value()
        for v in (getattr(settings, name) for name in type(settings).model_fields)
        if hasattr(v, "get_secret_value")
    ]
    values += [v for k, v in os.environ.items() if k.startswith("MEDIFLOW_SECRET_")]
    return [v for v in values if v]


def log_format(settings: Settings) -> str:
    if settings.log_format:
        return settings.log_format
    return "json" if settings.environment == "production" else "text"


def configure_logging(settings: Settings, level: str = "info") -> None:
    """Install one root handler (stderr) with the job id and secret filters; replaces earlier ones."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if log_format(settings) == "json" else TextFormatter())
    handler.addFilter(JobIdFilter())
    handler.addFilter(SecretMaskFilter(known_secrets(settings)))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    quiet_chatty_loggers()


# HTTP client libraries log every request at INFO: one line per teacher call, thousands a second,
# which costs a busy worker real CPU and buries the lines that matter. Failures still show.
CHATTY_LOGGERS = ("httpx", "httpx2", "httpcore", "httpcore2", "openai")


def quiet_chatty_loggers() -> None:
    for name in CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def _secret_filter() -> SecretMaskFilter:
    """dictConfig factory: each process (uvicorn spawns its workers) reads its own secrets."""
    from mediflow.core.settings import get_settings

    return SecretMaskFilter(known_secrets(get_settings()))


def logging_config(settings: Settings, level: str = "info") -> dict[str, Any]:
    """The same setup as ``configure_logging`` as a dictConfig, for uvicorn to apply in every worker."""
    formatter = (
        "mediflow.core.logs.JsonFormatter"
        if log_format(settings) == "json"
        else "mediflow.core.logs.TextFormatter"
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": {"()": formatter}},
        "filters": {
            "job_id": {"()": "mediflow.core.logs.JobIdFilter"},
            "secrets": {"()": "mediflow.core.logs._secret_filter"},
        },
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "filters": ["job_id", "secrets"],
            }
        },
        "root": {"handlers": ["default"], "level": level.upper()},
        # uvicorn's own loggers propagate to root instead of keeping their handlers.
        "loggers": {
            **{
                name: {"handlers": [], "propagate": True, "level": level.upper()}
                for name in ("uvicorn", "uvicorn.error", "uvicorn.access")
            },
            **{name: {"level": "WARNING"} for name in CHATTY_LOGGERS},
        },
    }
