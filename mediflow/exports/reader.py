"""Reading the selected rows from the database in keyset batches, never all at once."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from mediflow.exports.formats import ExportFormat, Row
from mediflow.schemas.exports import ExportCreate
from mediflow.storage.db import keyset_batches
from mediflow.storage.models import Document, GenerationJob, Sample
from mediflow.storage.reviews import review_filter

ROW_COLUMNS: tuple[Any, ...] = (
    Sample.id,
    Sample.job_id,
    Sample.task_type,
    Sample.input_data,
    Sample.difficulty_level,
    Sample.output_format,
    Sample.instruction,
    Sample.input,
    Sample.output,
    Sample.rejected_output,
    Sample.error_type,
    Sample.quality,
    Sample.alignment,
    Sample.coherence,
    Sample.realism,
    Sample.difficulty,
    Sample.teacher_backend,
    Sample.teacher_model,
    Sample.prompt_versions,
    Sample.document_id,
)
# What the split assignment needs: far less than a full row.
KEY_COLUMNS: tuple[Any, ...] = (
    Sample.id,
    Sample.task_type,
    Sample.instruction,
    Sample.input,
    Sample.document_id,
)


def sample_filter(
    spec: ExportCreate, fmt: ExportFormat, project_id: str | None = None
) -> list[ColumnElement[bool]]:
    """The rows an export selects; only ``project_id``'s jobs' rows when given (None: every project)."""
    conds: list[ColumnElement[bool]] = [
        Sample.status.in_(spec.statuses),
        Sample.output.is_not(None),
        *fmt.where(),
    ]
    if project_id is not None:
        conds.append(
            Sample.job_id.in_(select(GenerationJob.id).where(GenerationJob.project_id == project_id))
        )
    if spec.job_ids:
        conds.append(Sample.job_id.in_(spec.job_ids))
    if spec.corpus_ids:
        docs = select(Document.id).where(Document.corpus_id.in_(spec.corpus_ids))
        conds.append(Sample.document_id.in_(docs))
    if spec.task_types:
        conds.append(Sample.task_type.in_(spec.task_types))
    for criterion, minimum in spec.min_scores.items():
        conds.append(getattr(Sample, criterion) >= minimum)
    conds.extend(review_filter(spec.reviewed))
    return conds


def stream_samples(
    session: Session, columns: Sequence[Any], conds: Sequence[ColumnElement[bool]], batch: int
) -> Iterator[Sequence[Row]]:
    """Batches of rows in id order; keyset paging keeps each query cheap at any depth."""
    for rows in keyset_batches(session, select(*columns).where(*conds), Sample.id, batch):
        yield cast(Sequence[Row], rows)


def stream_documents(
    session: Session, conds: Sequence[ColumnElement[bool]], batch: int
) -> Iterator[Sequence[Row]]:
    """The source documents of the selected rows, in id order."""
    used = select(Sample.document_id).where(*conds)
    query = select(Document.id, Document.text).where(Document.id.in_(used))
    for rows in keyset_batches(session, query, Document.id, batch):
        yield cast(Sequence[Row], rows)
