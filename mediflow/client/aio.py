"""The asynchronous client: the same operations as ``Client`` (one table, ``methods.Operations``), awaited."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import httpx

from mediflow.client import operations as ops
from mediflow.client import transport
from mediflow.client.methods import AsyncSender, Operations
from mediflow.client.operations import Call
from mediflow.client.transport import Connection, archive_path, raise_for_error, request_args

T = TypeVar("T")


class AsyncClient(Connection[httpx.AsyncClient], AsyncSender, Operations):
    """``async with AsyncClient() as api: job = await api.create_job({...})``."""

    def connect(self, **options: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(**options)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def send(self, call: Call[T]) -> T:
        resp = await self.http.request(call.method, call.path, **request_args(call))
        raise_for_error(resp)
        return call.parse(resp)

    async def download_export_to(self, export_id: str, dest: str | Path) -> Path:
        """Stream the export's .tar.gz to ``dest`` (a file, or a directory to put it in)."""
        call, path = ops.download_export(export_id), archive_path(export_id, dest)
        async with self.http.stream(call.method, call.path) as resp:
            if resp.status_code >= 400:
                await resp.aread()
                raise_for_error(resp)
            with path.open("wb") as fh:
                async for chunk in resp.aiter_bytes():
                    fh.write(chunk)
        return path

    async def unpack_export_to(self, export_id: str, dest: str | Path) -> Path:
        """Download the export into the directory ``dest`` (made if missing) and unpack it there; the
        unpacked dataset's directory, ``dest/<export id>``."""
        archive = await self.download_export_to(export_id, transport.made_folder(dest))
        return transport.unpack_archive(archive, export_id)
