"""Adding an upload to a corpus: detect the format, stream-parse, hash, insert in batches.

Everything happens in the caller's one transaction, so a refused upload (bad line at the end of a
large file included) leaves the corpus exactly as it was once the caller rolls back.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mediflow.corpora import store
from mediflow.corpora.archives import extract_dataset_archive, is_archive_name
from mediflow.corpora.errors import invalid, too_large
from mediflow.corpora.formats import detect_format, parse
from mediflow.corpora.tokens import count_tokens
from mediflow.storage.models import utcnow


@dataclass(frozen=True)
class IngestReport:
    format: str
    rows: int  # documents read from the upload
    added: int  # new documents stored
    duplicates: int  # documents already in the corpus (or repeated within the upload)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def ingest_path(
    session: Session,
    corpus_id: str,
    path: Path,
    *,
    filename: str | None = None,
    fmt: str | None = None,
    text_field: str = "text",
    batch: int = 500,
    max_bytes: int = 1 << 30,
) -> IngestReport:
    """Parse ``path`` (file, archive or ``save_to_disk`` directory) and add its documents."""
    store.get_corpus(session, corpus_id)
    name = filename or path.name
    _check_size(path, max_bytes)
    if path.is_file() and is_archive_name(name) and fmt in (None, "datasets"):
        with tempfile.TemporaryDirectory(prefix="mediflow-upload-") as tmp:
            root = extract_dataset_archive(path, Path(tmp), max_bytes)
            return _ingest(session, corpus_id, root, name, "datasets", text_field, batch, max_bytes)
    fmt = detect_format(path, name, fmt)
    return _ingest(session, corpus_id, path, name, fmt, text_field, batch, max_bytes)


def _check_size(path: Path, max_bytes: int) -> None:
    size = _dir_size(path) if path.is_dir() else path.stat().st_size
    if size > max_bytes:
        raise too_large(f"upload is {size} bytes, more than the {max_bytes} bytes allowed")
    if size == 0:
        raise invalid("the upload is empty")


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _ingest(
    session: Session,
    corpus_id: str,
    path: Path,
    name: str,
    fmt: str,
    text_field: str,
    batch: int,
    max_chars: int | None = None,
) -> IngestReport:
    before = store.count_documents(session, corpus_id)
    rows = 0
    docs = _documents(corpus_id, path, name, fmt, text_field, batch, max_chars)
    for chunk in _batches(docs, batch):
        store.insert_documents_ignoring_duplicates(session, chunk)
        rows += len(chunk)
    if rows == 0:
        raise invalid("the upload contains no documents")
    added = store.count_documents(session, corpus_id) - before
    return IngestReport(format=fmt, rows=rows, added=added, duplicates=rows - added)


def _documents(
    corpus_id: str, path: Path, name: str, fmt: str, text_field: str, batch: int, max_chars: int | None
) -> Iterator[dict[str, Any]]:
    now = utcnow()
    for position, text in parse(fmt, path, text_field, batch, max_chars):
        yield {
            "corpus_id": corpus_id,
            "content_hash": content_hash(text),
            "text": text,
            "n_chars": len(text),
            "n_tokens": count_tokens(text),
            "source": name[:255],
            "source_position": position,
            "created_at": now,
        }


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
