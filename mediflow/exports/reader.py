"""Reading the selected rows from the database in keyset batches, never all at once."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import ColumnElement, RowMapping, select
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


# Above this many (job, status) pairs an export reads with one query and lets the database order it:
# each pair holds a page of rows in memory while the pairs are merged.
MAX_RANGES = 16
MIN_RANGE_PAGE = 100


def index_ranges(spec: ExportCreate) -> list[tuple[str, str]]:
    """The (job, status) pairs an export of named jobs reads, each an id-ordered range of the
    (job_id, status, id) index. A query over several jobs cannot be read in id order from any index:
    PostgreSQL 15 sorted all the jobs' selected rows for each page (a page of 2,000 rows cost ~1 s at
    900,000). Empty when a single query is as good: one pair, no named jobs (a project-wide export), or
    more than ``MAX_RANGES`` pairs."""
    pairs = [
        (job, status) for job in dict.fromkeys(spec.job_ids or ()) for status in dict.fromkeys(spec.statuses)
    ]
    return pairs if 1 < len(pairs) <= MAX_RANGES else []


def stream_samples(
    session: Session,
    columns: Sequence[Any],
    conds: Sequence[ColumnElement[bool]],
    batch: int,
    ranges: Sequence[tuple[str, str]] = (),
) -> Iterator[Sequence[Row]]:
    """Batches of rows in id order; keyset paging keeps each query cheap at any depth. With
    ``ranges`` (``index_ranges``), each (job, status) range is paged on its own, in pages that add up
    to about ``batch`` rows, and the ranges are merged by id: about two batches of rows are in memory
    at once (the ranges' pages and the batch being filled)."""
    query = select(*columns).where(*conds)
    if not ranges:
        for rows in keyset_batches(session, query, Sample.id, batch):
            yield cast(Sequence[Row], rows)
        return
    page = max(MIN_RANGE_PAGE, batch // len(ranges))
    streams = [
        (
            row
            for rows in keyset_batches(
                session, query.where(Sample.job_id == job, Sample.status == status), Sample.id, page
            )
            for row in rows
        )
        for job, status in ranges
    ]
    merged = _distinct_ids(heapq.merge(*streams, key=itemgetter("id")))
    while chunk := list(islice(merged, batch)):
        yield cast(Sequence[Row], chunk)


def _distinct_ids(rows: Iterator[RowMapping]) -> Iterator[RowMapping]:
    """``rows`` (in id order) without a repeat of the row before. On SQLite each page query reads its own
    snapshot, so a row whose status changes from one selected status to another during the export (the
    semantic pass's done -> duplicate) can be read from both ranges: once is enough, ids are unique."""
    last: Any = None
    for row in rows:
        if row["id"] != last:
            last = row["id"]
            yield row


def stream_documents(session: Session, ids: Iterable[int], batch: int) -> Iterator[Sequence[Row]]:
    """The documents of these ids (those the selected rows use, which the first pass collected), in
    id order, at most ``batch`` per SELECT. By id: a page selected as "used by the selected rows" read
    all of those rows again for every page of documents."""
    ordered = sorted(ids)
    step = min(batch, 1000)  # an IN list of bound ids
    for start in range(0, len(ordered), step):
        chunk = ordered[start : start + step]
        query = select(Document.id, Document.text).where(Document.id.in_(chunk)).order_by(Document.id)
        yield cast(Sequence[Row], session.execute(query).mappings().all())
