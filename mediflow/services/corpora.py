"""Use cases behind the corpus endpoints and the CLI: create, list, add documents."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import asdict
from pathlib import Path

from sqlalchemy.orm import Session

from mediflow.core.settings import Settings
from mediflow.corpora import store
from mediflow.corpora.errors import too_large
from mediflow.corpora.ingest import IngestReport, ingest_path
from mediflow.corpora.rescreen import rescreen_corpus
from mediflow.schemas.corpora import (
    CorpusCreate,
    CorpusPhiReport,
    CorpusPublic,
    CorpusStatsPublic,
    CorpusUpdate,
    CorpusUpdated,
    IngestResult,
    RescreenPublic,
)
from mediflow.schemas.present import present
from mediflow.storage.models import Corpus


def corpus_public(session: Session, corpus: Corpus) -> CorpusPublic:
    stats = store.corpus_stats(session, corpus.id)
    return present(
        CorpusPublic,
        corpus,
        stats=CorpusStatsPublic(documents=stats.n_documents, chars=stats.n_chars, tokens=stats.n_tokens),
    )


def create_corpus(session: Session, body: CorpusCreate) -> Corpus:
    corpus = store.create_corpus(session, body.name, body.description, body.phi_policy.value)
    session.commit()
    return corpus


def update_corpus(session: Session, corpus_id: str, body: CorpusUpdate, settings: Settings) -> CorpusUpdated:
    """Change the PHI policy and re-screen the stored documents under it, in one transaction."""
    try:
        report = rescreen_corpus(
            session,
            corpus_id,
            body.phi_policy,
            batch=settings.corpus_upload_batch,
            max_chars=settings.corpus_rescreen_max_chars,
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise
    public = corpus_public(session, store.get_corpus(session, corpus_id))
    return CorpusUpdated(**public.model_dump(), rescreen=RescreenPublic(**asdict(report)))


def phi_report(session: Session, corpus_id: str) -> CorpusPhiReport:
    corpus = store.get_corpus(session, corpus_id)
    report = store.phi_report(session, corpus_id)
    return CorpusPhiReport(
        corpus_id=corpus.id,
        phi_policy=corpus.phi_policy,
        documents=report.documents,
        documents_with_phi=report.documents_with_phi,
        findings=report.findings,
        counts=report.counts,
    )


def add_documents(
    session: Session,
    corpus_id: str,
    path: Path,
    settings: Settings,
    *,
    filename: str | None = None,
    fmt: str | None = None,
    text_field: str = "text",
) -> IngestResult:
    """Ingest an upload in one transaction: all of its new documents are stored, or none."""
    try:
        report = ingest_path(
            session,
            corpus_id,
            path,
            filename=filename,
            fmt=fmt,
            text_field=text_field,
            batch=settings.corpus_upload_batch,
            max_bytes=settings.max_upload_bytes,
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return ingest_result(session, store.get_corpus(session, corpus_id), report)


def ingest_result(session: Session, corpus: Corpus, report: IngestReport) -> IngestResult:
    return IngestResult(
        corpus=corpus_public(session, corpus),
        format=report.format,
        rows=report.rows,
        added=report.added,
        duplicates=report.duplicates,
        phi_policy=report.phi_policy,
        phi_documents=report.phi_documents,
        phi=report.phi,
        zip3=report.zip3,
    )


async def receive_upload(chunks: AsyncIterator[bytes], dest: Path, max_bytes: int) -> int:
    """Stream a request body to ``dest``, refusing it (413) as soon as it passes ``max_bytes``."""
    size = 0
    with dest.open("wb") as fh:
        async for chunk in chunks:
            size += len(chunk)
            if size > max_bytes:
                raise too_large(f"upload is larger than the {max_bytes} bytes allowed")
            fh.write(chunk)
    return size
