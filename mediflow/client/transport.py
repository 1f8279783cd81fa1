"""What the sync and async clients share around httpx: connection options, error answers, waiting."""

from __future__ import annotations

import os
import tarfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

import httpx

from mediflow.client.errors import ApiError
from mediflow.client.operations import Call
from mediflow.core.statuses import FINAL

DEFAULT_URL = "http://127.0.0.1:8000"
H = TypeVar("H", httpx.Client, httpx.AsyncClient)


def env_url() -> str:
    return os.environ.get("MEDIFLOW_API_URL", DEFAULT_URL)


class Connection(Generic[H]):
    """``base_url`` defaults to MEDIFLOW_API_URL and ``api_key`` to MEDIFLOW_API_KEY; ``http`` may be
    any httpx client of the right kind (FastAPI's TestClient, an ASGI transport) in their place."""

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = 30.0,
        http: H | None = None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get("MEDIFLOW_API_KEY")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        url = (base_url or env_url()).rstrip("/")
        self.http: H = http or self.connect(base_url=url, timeout=timeout, headers=headers)

    def connect(self, **options: Any) -> H:
        raise NotImplementedError


def raise_for_error(resp: httpx.Response) -> None:
    if resp.status_code >= 400:
        try:
            body = resp.json()
        except ValueError:
            body = {"error": {"message": resp.text[:500]}}
        raise ApiError(resp.status_code, body)


def request_args(call: Call[Any]) -> dict[str, Any]:
    return {"params": call.params, "json": call.json, "content": call.content, "headers": call.headers}


def archive_path(export_id: str, dest: str | Path) -> Path:
    """``dest`` itself, or the export's archive name inside it when it is a directory."""
    path = Path(dest)
    return path / f"mediflow-export-{export_id}.tar.gz" if path.is_dir() else path


def made_folder(dest: str | Path) -> Path:
    """``dest`` as a directory, made if missing."""
    folder = Path(dest)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def unpack_archive(archive: Path, export_id: str) -> Path:
    """Unpack a downloaded export beside its archive (tar's "data" filter: nothing lands outside that
    directory); the export's own directory there."""
    with tarfile.open(archive) as tar:
        tar.extractall(archive.parent, filter="data")
    return archive.parent / export_id


class Waiting:
    """One wait's bookkeeping: ``done(item)`` is True once the item is final, and raises past the deadline."""

    def __init__(
        self, kind: str, *, timeout_s: float | None = None, on_update: Callable[[Any], None] | None = None
    ) -> None:
        self.kind, self.timeout_s, self.on_update = kind, timeout_s, on_update
        self.deadline = None if timeout_s is None else time.monotonic() + timeout_s

    def done(self, item: Any) -> bool:
        if self.on_update is not None:
            self.on_update(item)
        if item.status in FINAL[self.kind]:
            return True
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TimeoutError(f"{self.kind} {item.id} still {item.status} after {self.timeout_s:.0f}s")
        return False
