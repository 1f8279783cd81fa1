"""Re-screening a corpus's stored documents when its PHI policy changes.

Only the screened text is stored (the original is never kept after ``redact`` or ``surrogate``),
so what a change can do depends on what the stored text is:

- stored under ``flag`` (the original): any stricter policy applies — redact or surrogate rewrite
  it; ``refuse`` is accepted only if no stored document holds PHI;
- stored under ``surrogate`` (stand-ins): ``redact`` replaces the stand-ins by placeholders;
- stored under ``redact`` (placeholders): nothing stricter exists; the originals are gone, so
  ``surrogate`` (which needs the values) and ``flag`` (un-redacting) are refused;
- ``flag`` after ``redact`` or ``surrogate`` would not bring the original text back: refused.

Every document is read and rewritten in the caller's one transaction, under a lock on the corpus
row (uploads take the same lock), so a failure or a refusal leaves the corpus as it was, and a
PIT job planned after the commit reads only re-screened text. A change is refused while a PIT job
still reading the corpus is queued or running: its plan points at chunks of the old text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, cast, delete, literal, select, update
from sqlalchemy.orm import Session

from mediflow.core.errors import ConflictError, PayloadTooLargeError
from mediflow.core.statuses import FINAL_JOB_STATUSES
from mediflow.corpora import store
from mediflow.corpora.ingest import content_hash, screen_text
from mediflow.corpora.tokens import count_tokens
from mediflow.quality.phi import CorpusPhiPolicy, get_scanner
from mediflow.storage.db import keyset_batches
from mediflow.storage.models import Corpus, Document, GenerationJob

P = CorpusPhiPolicy

# (stored under, asked for) -> why it cannot be done; every other change re-screens.
_REFUSED: dict[tuple[P, P], str] = {
    (P.REDACT, P.FLAG): "its documents were stored redacted and the original text is not kept, "
    "so they cannot be un-redacted",
    (P.SURROGATE, P.FLAG): "its documents were stored with surrogates and the original text is not "
    "kept, so it cannot be restored",
    (P.REDACT, P.SURROGATE): "its documents were stored redacted and the original values are not "
    "kept, so surrogates cannot be made from them (redacted text is already de-identified)",
}


@dataclass
class RescreenReport:
    """What a policy change did to the stored documents."""

    from_policy: str
    to_policy: str
    documents: int = 0  # documents read
    changed: int = 0  # documents whose stored text changed
    merged: int = 0  # documents removed because their new text equals another's
    phi_documents: int = 0  # documents in which the re-screen found PHI
    phi: dict[str, int] = field(default_factory=dict)  # findings per category in the re-screen


def rescreen_corpus(
    session: Session, corpus_id: str, policy: CorpusPhiPolicy, *, batch: int = 500, max_chars: int
) -> RescreenReport:
    """Set the corpus's policy and re-screen its stored documents under it (no commit here)."""
    corpus = store.get_corpus(session, corpus_id)
    session.refresh(corpus, with_for_update=True)  # uploads lock the same row
    old = P(corpus.phi_policy)
    report = RescreenReport(old.value, policy.value)
    if old is policy or store.count_documents(session, corpus_id) == 0:
        corpus.phi_policy = policy.value
        return report
    if (old, policy) in _REFUSED:
        raise ConflictError(
            f"cannot change corpus {corpus.name!r} from phi_policy {old.value!r} to {policy.value!r}: "
            f"{_REFUSED[(old, policy)]}; upload the documents again into a corpus created with "
            f"phi_policy {policy.value!r}"
        )
    _refuse_while_pit_reads(session, corpus)
    if policy is P.REFUSE:
        _check_nothing_found(session, corpus, report, batch, max_chars)
    else:
        _rewrite(session, corpus_id, old, policy, report, batch, max_chars)
    corpus.phi_policy = policy.value
    session.flush()
    return report


def _refuse_while_pit_reads(session: Session, corpus: Corpus) -> None:
    active = session.scalars(
        select(GenerationJob).where(
            GenerationJob.kind == "pit",
            GenerationJob.status.not_in([s.value for s in FINAL_JOB_STATUSES]),
        )
    )
    for job in active:
        if (job.spec or {}).get("corpus_id") == corpus.id:
            raise ConflictError(
                f"pit job {job.id} ({job.status}) is reading corpus {corpus.name!r}; its plan points at "
                "the stored text: wait for it to finish or cancel it, then change the policy"
            )


def _documents(
    session: Session, corpus_id: str, batch: int
) -> Iterator[tuple[int, str, dict[str, Any] | None]]:
    """(id, text, counts) of every document in id order, ``batch`` rows per query (keyset pages)."""
    query = select(Document.id, Document.text, Document.phi_counts).where(Document.corpus_id == corpus_id)
    for rows in keyset_batches(session, query, Document.id, batch):
        for row in rows:
            yield int(row["id"]), str(row["text"]), row["phi_counts"]


def _budget(report: RescreenReport, chars: int, max_chars: int) -> None:
    if chars > max_chars:
        raise PayloadTooLargeError(
            "phi_policy",
            f"re-screening stops past {max_chars} characters (corpus_rescreen_max_chars) and this corpus "
            f"holds more; nothing was changed: create a new corpus with the policy and upload again",
        )


def _check_nothing_found(
    session: Session, corpus: Corpus, report: RescreenReport, batch: int, max_chars: int
) -> None:
    counts: Counter[str] = Counter()
    chars = 0
    scanner = get_scanner()
    for _, text, _ in _documents(session, corpus.id, batch):
        chars += len(text)
        _budget(report, chars, max_chars)
        report.documents += 1
        found = Counter(f.type.value for f in scanner.scan(text))
        if found:
            report.phi_documents += 1
            counts.update(found)
    report.phi = dict(sorted(counts.items()))
    if report.phi_documents:
        summary = ", ".join(f"{kind} x{n}" for kind, n in report.phi.items())
        raise ConflictError(
            f"cannot change corpus {corpus.name!r} to phi_policy 'refuse': {report.phi_documents} stored "
            f"document(s) hold PHI ({summary}); set 'redact' first, then 'refuse'"
        )


def _merge_counts(old: P, before: dict[str, Any] | None, found: dict[str, int]) -> dict[str, int]:
    """A document's findings after a re-screen.

    Under ``flag`` the stored text was the original, so the re-screen's counts replace the old
    ones. Redaction placeholders are not found again, so what a re-screen finds in redacted text
    is new and adds up. Surrogates are found again as what they stand for: the larger count stays.
    """
    prior = {str(k): int(v) for k, v in (before or {}).items()}
    if old is P.FLAG:
        return found
    kinds = sorted({*prior, *found})
    if old is P.REDACT:
        return {k: prior.get(k, 0) + found.get(k, 0) for k in kinds}
    return {k: max(prior.get(k, 0), found.get(k, 0)) for k in kinds}


def _rewrite(
    session: Session,
    corpus_id: str,
    old: P,
    policy: P,
    report: RescreenReport,
    batch: int,
    max_chars: int,
) -> None:
    # Hashes are unique per corpus: park every one on its id first, so that a document may take
    # the hash another document is about to give up.
    session.execute(
        update(Document)
        .where(Document.corpus_id == corpus_id)
        .values(content_hash=literal("~") + cast(Document.id, String))
    )
    seen: set[str] = set()
    counts: Counter[str] = Counter()
    chars = 0
    for doc_id, text, before in _documents(session, corpus_id, batch):
        chars += len(text)
        _budget(report, chars, max_chars)
        report.documents += 1
        new_text, found = screen_text(text, policy)
        if found:
            report.phi_documents += 1
            counts.update(found)
        digest = content_hash(new_text)
        if digest in seen:  # now the same text as a document kept before it
            session.execute(delete(Document).where(Document.id == doc_id))
            report.merged += 1
            continue
        seen.add(digest)
        merged = _merge_counts(old, before, found)
        values: dict[str, Any] = {
            "content_hash": digest,
            "phi_count": sum(merged.values()),
            "phi_counts": merged or None,
        }
        if new_text != text:
            report.changed += 1
            values |= {"text": new_text, "n_chars": len(new_text), "n_tokens": count_tokens(new_text)}
        session.execute(update(Document).where(Document.id == doc_id).values(**values))
    report.phi = dict(sorted(counts.items()))
