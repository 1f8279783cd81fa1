"""On-disk layout of a run and the completion markers that make it resumable.

``<run_dir>/<step_id>/`` holds ``model/`` (safetensors + tokenizer), ``metrics.json`` and, written last,
``COMPLETE.json``. The marker carries a fingerprint of the step's config and of its inputs' markers, so
a step is skipped only when the same work on the same inputs already finished; editing the recipe or
re-running an upstream step (its marker gets a new completion time) invalidates exactly what depends on
it.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import math
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel

MARKER = "COMPLETE.json"
LOCK = ".lock"
METRICS = "metrics.json"
MODEL = "model"


def fingerprint(config: BaseModel, upstream: list[str], run_dir: Path) -> str:
    """Hash of a step's config and its inputs' output ids; run-relative so a moved run resumes."""
    text = json.dumps(config.model_dump(mode="json"), sort_keys=True).replace(str(run_dir), "$RUN")
    payload = json.dumps({"config": text, "upstream": upstream})
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def read_marker(step_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((step_dir / MARKER).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def is_complete(step_dir: Path, fp: str) -> bool:
    marker = read_marker(step_dir)
    return marker is not None and marker.get("fingerprint") == fp and (step_dir / METRICS).exists()


def reset_dir(step_dir: Path) -> None:
    """Remove leftovers of an interrupted attempt so a step never mixes two runs' files."""
    if step_dir.exists():
        shutil.rmtree(step_dir)
    step_dir.mkdir(parents=True)


def write_json(path: Path, data: Any) -> None:
    """Write atomically: a reader (or a crash) never sees half a file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(_finite(data), indent=2, sort_keys=True, default=str), encoding="utf-8")
    os.replace(tmp, path)


def read_metrics(step_dir: Path) -> dict[str, Any]:
    data = json.loads((step_dir / METRICS).read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def output_id(step_dir: Path) -> str:
    """Names one execution of a step: a re-run upstream gets a new id, so everything after re-runs."""
    marker = read_marker(step_dir) or {}
    return f"{marker.get('fingerprint')}@{marker.get('completed_at')}"


def mark_complete(step_dir: Path, fp: str, elapsed_s: float) -> None:
    write_json(step_dir / MARKER, {"fingerprint": fp, "completed_at": time.time(), "elapsed_s": elapsed_s})


def _finite(value: Any) -> Any:
    """JSON has no NaN/inf; store them as None so metrics.json stays valid JSON for every reader."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


class RunLockedError(RuntimeError):
    """Another process is running this run directory (e.g. a redelivered job while the first still runs)."""


@contextmanager
def run_lock(run_dir: Path) -> Iterator[None]:
    """Hold an exclusive, non-blocking lock on ``run_dir``; the OS drops it if the process dies."""
    handle = open(run_dir / LOCK, "w")  # noqa: SIM115 - held open for the lock's lifetime
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise RunLockedError(f"{run_dir} is being run by another process") from None
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()
