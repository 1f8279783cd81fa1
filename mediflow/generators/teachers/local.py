"""Where local backends (transformers, vLLM) may load models from: only under ``models_dir``.

A model is a directory under the models root holding a ``config.json``; anything else is refused with
one message that says nothing about what exists on the host. Hub downloads stay off
(``HF_HUB_OFFLINE``, ``local_files_only``) unless the operator sets ``MEDIFLOW_HUB_MODELS``.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mediflow.core.paths import PathEscapeError, resolve_under
from mediflow.core.settings import Settings
from mediflow.generators.teachers.base import TeacherError


def local_model_dir(model: str | None, settings: Settings, backend: str) -> Path:
    """The model's directory under the models root, or a TeacherError that reveals nothing else."""
    refused = TeacherError(
        "teacher_unavailable",
        f"the {backend} backend loads only model directories (with a config.json) under the models root;"
        " teacher.model is a path relative to it",
        permanent=True,
    )
    if not model:
        raise refused
    try:
        path = resolve_under(settings.resolved_models_dir, model)
    except PathEscapeError:
        raise refused from None
    if not (path / "config.json").is_file():
        raise refused
    return path


def hub_offline(settings: Settings) -> None:
    """Keep Hugging Face libraries off the network unless the operator allows hub models."""
    if not settings.hub_models:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"


class EngineCache:
    """At most ``size`` loaded engines per process, least recently used dropped first."""

    def __init__(self) -> None:
        self._engines: OrderedDict[str, Any] = OrderedDict()

    def get(self, key: str, size: int, load: Callable[[], Any]) -> Any:
        if key in self._engines:
            self._engines.move_to_end(key)
            return self._engines[key]
        while len(self._engines) >= size:
            self._engines.popitem(last=False)  # its memory goes once no running teacher holds it
        engine = self._engines[key] = load()
        return engine

    def __len__(self) -> int:
        return len(self._engines)
