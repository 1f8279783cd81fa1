"""The synchronous client: every operation of ``methods.Operations``, plus streaming an export to a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import httpx

from mediflow.client import operations as ops
from mediflow.client import transport
from mediflow.client.methods import Operations, SyncSender
from mediflow.client.operations import Call
from mediflow.client.transport import Connection, archive_path, raise_for_error, request_args

T = TypeVar("T")


class Client(Connection[httpx.Client], SyncSender, Operations):
    """``with Client() as api: job = api.wait_job(api.create_job({...}).id)``."""

    def connect(self, **options: Any) -> httpx.Client:
        return httpx.Client(**options)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, call: Call[T]) -> T:
        resp = self.http.request(call.method, call.path, **request_args(call))
        raise_for_error(resp)
        return call.parse(resp)

    def download_export_to(self, export_id: str, dest: str | Path) -> Path:
        """Stream the export's .tar.gz to ``dest`` (a file, or a directory to put it in)."""
        call, path = ops.download_export(export_id), archive_path(export_id, dest)
        with self.http.stream(call.method, call.path) as resp:
            if resp.status_code >= 400:
                resp.read()
                raise_for_error(resp)
            with path.open("wb") as fh:
                fh.writelines(resp.iter_bytes())
        return path

    def unpack_export_to(self, export_id: str, dest: str | Path) -> Path:
        """Download the export into the directory ``dest`` (made if missing) and unpack it there; the
        unpacked dataset's directory, ``dest/<export id>``."""
        archive = self.download_export_to(export_id, transport.made_folder(dest))
        return transport.unpack_archive(archive, export_id)
