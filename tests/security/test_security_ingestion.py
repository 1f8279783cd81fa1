"""Archive and upload attacks: traversal in save_to_disk metadata, absolute paths, links and special
members, bombs (by ratio and by member count), oversized documents and lines. Each is refused with a
clear 4xx that names no host path, and the corpus stays empty."""

from __future__ import annotations

import gzip
import io
import json
import stat
import tarfile
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from datasets import Dataset
from fastapi.testclient import TestClient

from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.corpora import archives, formats
from tests.support.auth import bearer

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def client(settings: Settings, admin_key: str) -> Iterator[TestClient]:
    with TestClient(create_app(settings), headers=bearer(admin_key)) as c:
        yield c


def refused(client: TestClient, body: bytes, filename: str, status: int, reason: str, *hidden: str) -> None:
    """Upload ``body`` into a fresh corpus: refused with ``status`` and ``reason``, nothing added."""
    cid = client.post("/v1/corpora", json={"name": uuid.uuid4().hex[:12]}).json()["id"]
    resp = client.post(f"/v1/corpora/{cid}/documents", content=body, params={"filename": filename})
    assert resp.status_code == status, resp.text
    message = resp.json()["error"]["message"]
    assert reason in message, message
    for secret in ("/etc", "passwd", "Traceback", *hidden):
        assert secret not in resp.text
    assert client.get(f"/v1/corpora/{cid}").json()["stats"]["documents"] == 0


def saved_dataset(root: Path, texts: list[str]) -> Path:
    Dataset.from_dict({"text": texts}).save_to_disk(str(root))
    return root


def tar_of(directory: Path, arcname: str = "ds", *, tamper: dict[str, bytes] | None = None) -> bytes:
    """A .tar.gz of ``directory``; ``tamper`` replaces members' contents by relative name."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for path in sorted(directory.rglob("*")):
            rel = path.relative_to(directory).as_posix()
            info = tar.gettarinfo(str(path), f"{arcname}/{rel}")
            if path.is_file():
                data = (tamper or {}).get(rel, path.read_bytes())
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            else:
                tar.addfile(info)
    return buf.getvalue()


def tar_members(*members: tuple[tarfile.TarInfo, bytes | None]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return buf.getvalue()


def member(name: str, kind: bytes = tarfile.REGTYPE, link: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, link
    return info


def _state_with(directory: Path, filename: str) -> bytes:
    state = json.loads((directory / "state.json").read_text())
    state["_data_files"] = [{"filename": filename}]
    return json.dumps(state).encode()


def test_traversal_and_absolute_paths_in_metadata(client: TestClient, tmp_path: Path) -> None:
    victim = saved_dataset(tmp_path / "victim", ["another team's private row"])
    victim_file = next(victim.glob("*.arrow"))
    upload = saved_dataset(tmp_path / "upload", ["ours"])
    for name in ("../../victim/" + victim_file.name, str(victim_file), "/etc/passwd", "sub/../x.arrow"):
        body = tar_of(upload, tamper={"state.json": _state_with(upload, name)})
        refused(client, body, "ds.tar.gz", 422, "not a plain file name", str(tmp_path))
    dd = tmp_path / "dd"
    saved_dataset(dd / "train", ["x"])
    (dd / "dataset_dict.json").write_text(json.dumps({"splits": ["../victim"]}))
    refused(client, tar_of(dd), "dd.tar.gz", 422, "not a plain name", str(tmp_path))


def test_traversal_absolute_and_odd_member_names(client: TestClient) -> None:
    for name in ("../escape.arrow", "/abs/state.json", "ds/../../x", "C:/x"):
        body = tar_members((member(name), b"x"))
        refused(client, body, "x.tar", 422, "not a plain relative path")


@pytest.mark.parametrize(
    "info",
    [
        member("ds/data.arrow", tarfile.SYMTYPE, "/etc/passwd"),
        member("ds/data.arrow", tarfile.LNKTYPE, "/etc/passwd"),
        member("ds/fifo", tarfile.FIFOTYPE),
        member("ds/dev", tarfile.CHRTYPE),
        member("ds/blk", tarfile.BLKTYPE),
    ],
    ids=["symlink", "hardlink", "fifo", "chardev", "blockdev"],
)
def test_link_and_special_members_are_refused(client: TestClient, info: tarfile.TarInfo) -> None:
    refused(
        client,
        tar_members((member("ds/", tarfile.DIRTYPE), None), (info, None)),
        "x.tar",
        422,
        "link or special",
    )


def test_zip_symlinks_and_traversal_are_refused(client: TestClient) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        link = zipfile.ZipInfo("ds/data.arrow")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    refused(client, buf.getvalue(), "x.zip", 422, "link or special")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../../escape", "x")
    refused(client, buf.getvalue(), "x.zip", 422, "not a plain relative path")


def test_bombs_by_ratio_and_by_member_count(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    zeros = b"\0" * (archives.RATIO_FLOOR + (1 << 20))
    body = gzip.compress(tar_members((member("ds/zeros.arrow"), zeros)), compresslevel=9)
    assert len(body) * archives.MAX_RATIO < archives.RATIO_FLOOR  # the cap is the floor here
    refused(client, body, "bomb.tar.gz", 413, "unpacks to more than")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ds/zeros.arrow", zeros)
    refused(client, buf.getvalue(), "bomb.zip", 413, "unpacks to more than")
    monkeypatch.setattr(archives, "MAX_MEMBERS", 20)
    many = tar_members(*[(member(f"ds/f{i}"), b"") for i in range(25)])
    refused(client, many, "many.tar", 413, "more than 20 members")


def test_the_cap_counts_bytes_read_not_sizes_declared(tmp_path: Path) -> None:
    budget = archives._Budget(1000)
    with pytest.raises(formats.IngestError, match="unpacks to more than"):
        budget.copy(io.BytesIO(b"x" * 5000), tmp_path / "member")
    assert (tmp_path / "member").stat().st_size <= 1000 + (1 << 20)


def test_oversized_documents_and_lines(
    client: TestClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = "a" * (formats.MAX_DOCUMENT_CHARS + 1)
    buf = io.BytesIO()
    pq.write_table(pa.table({"text": [big]}), buf, compression="zstd")
    assert len(buf.getvalue()) < 10_000  # a few KB that would become a >1M-character document
    refused(client, buf.getvalue(), "small.parquet", 413, "more than 1000000 characters")
    refused(client, big.encode(), "one.txt", 413, "more than 1000000 characters")
    monkeypatch.setattr(formats, "MAX_LINE_BYTES", 1000)
    line = json.dumps({"text": "b" * 2000}).encode() + b"\n"
    refused(client, line, "long.jsonl", 413, "line 1: longer than 1000 bytes")


def test_documents_together_stay_within_the_upload_limit(settings: Settings, admin_key: str) -> None:
    small = settings.model_copy(update={"max_upload_bytes": 100_000})
    buf = io.BytesIO()
    pq.write_table(pa.table({"text": ["c" * 10_000] * 50}), buf, compression="zstd")
    assert len(buf.getvalue()) < small.max_upload_bytes
    with TestClient(create_app(small), headers=bearer(admin_key)) as c:
        refused(c, buf.getvalue(), "many.parquet", 413, "more than the 100000 characters")


def test_a_clean_save_to_disk_archive_still_loads(client: TestClient, tmp_path: Path) -> None:
    upload = saved_dataset(tmp_path / "ok", ["first document", "second document"])
    cid = client.post("/v1/corpora", json={"name": "ok"}).json()["id"]
    resp = client.post(
        f"/v1/corpora/{cid}/documents", content=tar_of(upload), params={"filename": "ok.tar.gz"}
    )
    assert resp.status_code == 201, resp.text
    assert resp.json()["added"] == 2
