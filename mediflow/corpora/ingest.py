"""Adding an upload to a corpus: detect the format, stream-parse, screen for PHI, hash, insert.

Every document is screened as it streams in, under the corpus's PHI policy (``flag`` keeps the
text, ``redact`` and ``surrogate`` rewrite it, ``refuse`` rejects the whole upload with the count
of findings per category); what is stored is what PIT jobs read. Everything happens in the
caller's one transaction, so a refused upload (bad line or PHI at the end of a large file
included) leaves the corpus exactly as it was once the caller rolls back.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from mediflow.corpora import store
from mediflow.corpora.archives import extract_dataset_archive, is_archive_name
from mediflow.corpora.errors import invalid, too_large
from mediflow.corpora.formats import detect_format, parse
from mediflow.corpora.tokens import count_tokens
from mediflow.quality.phi import CorpusPhiPolicy, PhiFinding, get_scanner, redact, surrogate, zip3_summary
from mediflow.quality.phi_surrogate import Surrogator
from mediflow.storage.models import utcnow


@dataclass(frozen=True)
class IngestReport:
    format: str
    rows: int  # documents read from the upload
    added: int  # new documents stored
    duplicates: int  # documents already in the corpus (or repeated within the upload)
    phi_policy: str = CorpusPhiPolicy.FLAG.value
    phi_documents: int = 0  # documents read that held PHI
    phi: dict[str, int] = field(default_factory=dict)  # findings per category in the upload
    # The ZIP3 prefixes of the ZIP codes found in the upload: "allowed" may stay under Safe Harbor,
    # "restricted" (areas of 20,000 people or fewer) are written 000 by redaction.
    zip3: dict[str, list[str]] = field(default_factory=dict)


# Documents scanned together (PhiScanner.scan_many): past a few dozen the caches gain nothing more, and each
# holds its rewritten copy until the classifier has read it.
SCAN_BATCH = 64


@dataclass
class _Screen:
    """Screens each document under one policy and keeps the upload's totals."""

    policy: CorpusPhiPolicy
    documents: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    zip3: dict[str, set[str]] = field(default_factory=dict)

    def __call__(self, texts: list[str]) -> list[tuple[str, dict[str, int]]]:
        """Each text to store and its findings per category: the texts of a batch are scanned together
        (``PhiScanner.scan_many``: the same findings, less CPU than one scan each)."""
        out = []
        for i in range(0, len(texts), SCAN_BATCH):
            batch = texts[i : i + SCAN_BATCH]
            for text, findings in zip(batch, get_scanner().scan_many(batch), strict=True):
                stored, found = _apply(text, findings, self.policy)
                if found:
                    self.documents += 1
                    self.counts.update(found)
                    for kind, prefixes in zip3_summary(findings).items():
                        self.zip3.setdefault(kind, set()).update(prefixes)
                out.append((stored, found))
        return out

    def zip3_report(self) -> dict[str, list[str]]:
        return {kind: sorted(prefixes) for kind, prefixes in sorted(self.zip3.items())}

    def refuse_if_needed(self) -> None:
        if self.policy is CorpusPhiPolicy.REFUSE and self.documents:
            summary = ", ".join(f"{kind} x{n}" for kind, n in sorted(self.counts.items()))
            raise invalid(
                f"refused under the corpus PHI policy 'refuse': {self.documents} document(s) hold PHI "
                f"({summary}); nothing was stored"
            )


def screen_text(text: str, policy: CorpusPhiPolicy) -> tuple[str, dict[str, int]]:
    """The text to store under ``policy``, and the findings per category in ``text``."""
    return _apply(text, get_scanner().scan(text), policy)


def _apply(text: str, findings: list[PhiFinding], policy: CorpusPhiPolicy) -> tuple[str, dict[str, int]]:
    found = dict(sorted(Counter(f.type.value for f in findings).items()))
    if policy is CorpusPhiPolicy.REDACT:
        text = redact(text, findings)
    elif policy is CorpusPhiPolicy.SURROGATE and findings:
        # Seeded by the document itself: re-uploading it gives the same text (and hash).
        text = surrogate(text, findings, Surrogator(int(content_hash(text)[:16], 16)))
    return text, found


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
    corpus = store.get_corpus(session, corpus_id)
    # Locked until the caller commits: a policy change (which re-screens) waits for this upload.
    session.refresh(corpus, with_for_update=True)
    screen = _Screen(CorpusPhiPolicy(corpus.phi_policy))
    name = filename or path.name
    _check_size(path, max_bytes)
    if path.is_file() and is_archive_name(name) and fmt in (None, "datasets"):
        with tempfile.TemporaryDirectory(prefix="mediflow-upload-") as tmp:
            root = extract_dataset_archive(path, Path(tmp), max_bytes)
            return _ingest(session, corpus_id, root, name, "datasets", text_field, batch, screen, max_bytes)
    fmt = detect_format(path, name, fmt)
    return _ingest(session, corpus_id, path, name, fmt, text_field, batch, screen, max_bytes)


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
    screen: _Screen,
    max_chars: int | None = None,
) -> IngestReport:
    before = store.count_documents(session, corpus_id)
    rows, now = 0, utcnow()
    for read in _batches(parse(fmt, path, text_field, batch, max_chars), batch):
        screened = screen([raw for _, raw in read])
        chunk = [
            _document(corpus_id, name, now, position, text, found)
            for (position, _), (text, found) in zip(read, screened, strict=True)
        ]
        if screen.policy is not CorpusPhiPolicy.REFUSE or not screen.documents:
            store.insert_documents_ignoring_duplicates(session, chunk)
        rows += len(chunk)  # refusing: keep reading (not storing) to count every finding
    if rows == 0:
        raise invalid("the upload contains no documents")
    screen.refuse_if_needed()
    added = store.count_documents(session, corpus_id) - before
    return IngestReport(
        format=fmt,
        rows=rows,
        added=added,
        duplicates=rows - added,
        phi_policy=screen.policy.value,
        phi_documents=screen.documents,
        phi=dict(sorted(screen.counts.items())),
        zip3=screen.zip3_report(),
    )


def _document(
    corpus_id: str, source: str, now: datetime, position: int, text: str, found: dict[str, int]
) -> dict[str, Any]:
    """One screened document as a ``documents`` row."""
    return {
        "corpus_id": corpus_id,
        "content_hash": content_hash(text),
        "text": text,
        "n_chars": len(text),
        "n_tokens": count_tokens(text),
        "source": source[:255],
        "source_position": position,
        "created_at": now,
        "phi_count": sum(found.values()),
        "phi_counts": found or None,
    }


_Row = TypeVar("_Row")


def _batches(rows: Iterator[_Row], size: int) -> Iterator[list[_Row]]:
    chunk: list[_Row] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
