"""Storage operations for corpora and their documents; the caller's session scope commits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from mediflow.core.errors import ConflictError, NotFoundError
from mediflow.storage import ownership
from mediflow.storage.models import DEFAULT_PROJECT, Corpus, Document


@dataclass(frozen=True)
class CorpusStats:
    n_documents: int
    n_chars: int
    n_tokens: int


@dataclass(frozen=True)
class PhiReport:
    documents: int
    documents_with_phi: int
    findings: int
    counts: dict[str, int]  # findings per category, over every document


def create_corpus(
    session: Session, name: str, description: str | None = None, phi_policy: str = "redact"
) -> Corpus:
    project = ownership.own_project(session) or DEFAULT_PROJECT
    if session.scalar(select(Corpus.id).where(Corpus.name == name, Corpus.project_id == project)):
        raise ConflictError(f"a corpus named {name!r} already exists")
    corpus = Corpus(name=name, description=description, phi_policy=phi_policy)
    session.add(corpus)
    session.flush()
    return corpus


def get_corpus(session: Session, corpus_id: str) -> Corpus:
    return ownership.visible(session, session.get(Corpus, corpus_id), f"corpus {corpus_id!r}")


def find_corpus(session: Session, id_or_name: str) -> Corpus:
    """A corpus by id or, for the CLI's convenience, by name."""
    corpus = session.get(Corpus, id_or_name) or session.scalar(
        ownership.scoped(session, select(Corpus).where(Corpus.name == id_or_name), Corpus)
    )
    return ownership.visible(session, corpus, f"corpus {id_or_name!r}")


def list_corpora(session: Session) -> list[Corpus]:
    query = ownership.scoped(session, select(Corpus), Corpus)
    return list(session.scalars(query.order_by(Corpus.created_at, Corpus.id)))


def corpus_stats(session: Session, corpus_id: str) -> CorpusStats:
    row = session.execute(
        select(
            func.count(Document.id),
            func.coalesce(func.sum(Document.n_chars), 0),
            func.coalesce(func.sum(Document.n_tokens), 0),
        ).where(Document.corpus_id == corpus_id)
    ).one()
    return CorpusStats(int(row[0]), int(row[1]), int(row[2]))


def count_documents(session: Session, corpus_id: str) -> int:
    return int(session.scalar(select(func.count(Document.id)).where(Document.corpus_id == corpus_id)) or 0)


def insert_documents_ignoring_duplicates(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert documents; one whose (corpus, content hash) is already stored is skipped, not an error."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        stmt: Any = postgresql.insert(Document).on_conflict_do_nothing(
            index_elements=["corpus_id", "content_hash"]
        )
    elif dialect == "sqlite":
        stmt = sqlite.insert(Document).on_conflict_do_nothing(index_elements=["corpus_id", "content_hash"])
    else:  # other backends: filter against what is stored (not safe against concurrent uploads)
        stored = set(
            session.scalars(
                select(Document.content_hash).where(
                    Document.corpus_id == rows[0]["corpus_id"],
                    Document.content_hash.in_([r["content_hash"] for r in rows]),
                )
            )
        )
        rows = list({r["content_hash"]: r for r in rows if r["content_hash"] not in stored}.values())
        stmt = insert(Document)
    if rows:
        session.execute(stmt, list(rows))


def phi_report(session: Session, corpus_id: str) -> PhiReport:
    """What screening found in a corpus's documents when they were uploaded."""
    documents = count_documents(session, corpus_id)
    counts: Counter[str] = Counter()
    with_phi = 0
    rows = session.execute(
        select(Document.phi_counts)
        .where(Document.corpus_id == corpus_id, Document.phi_count > 0)
        .execution_options(yield_per=1000)
    )
    for (found,) in rows:
        with_phi += 1
        counts.update({str(k): int(v) for k, v in (found or {}).items()})
    return PhiReport(documents, with_phi, sum(counts.values()), dict(sorted(counts.items())))


def document_token_counts(session: Session, corpus_id: str) -> list[tuple[int, int]]:
    """(document id, token count) for every document of a corpus, in id order."""
    rows = session.execute(
        select(Document.id, Document.n_tokens).where(Document.corpus_id == corpus_id).order_by(Document.id)
    ).all()
    return [(int(r[0]), int(r[1])) for r in rows]


def document_text(session: Session, document_id: int) -> str:
    text = session.scalar(select(Document.text).where(Document.id == document_id))
    if text is None:
        raise NotFoundError(f"document {document_id} not found")
    return text
