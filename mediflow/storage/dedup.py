"""Persisted LSH state for job-wide deduplication: band keys per sample, read and written per batch.

The decisions (what is a duplicate of what) live in ``mediflow.quality.dedup_index``; this module only
moves rows. Every call runs inside the writer's transaction, after ``jobs.lock_job``, so a batch sees every
band committed before it and no other writer of the job runs until it commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, exists, insert, select, text, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from mediflow.storage.models import DedupBand, GenerationJob, Sample, SampleStatus, SemanticBand

# Keys per IN (...) list: well under SQLite's 32,766 bound parameters and PostgreSQL's 65,535.
_IN_CHUNK = 2000
Bands = Iterable[tuple[int, int, int]]  # (key, sample id, plan index)


@dataclass(frozen=True)
class StoredRow:
    """What a dedup decision needs of a row already written."""

    id: int
    job_id: str
    index: int
    status: str
    content_hash: str | None
    minhash: bytes | None
    duplicate_of: int | None


@dataclass(frozen=True)
class Mark:
    """Make ``sample_id`` a duplicate of ``original`` (or point it there, when it already is one)."""

    sample_id: int
    original: int
    kind: str  # "exact" or "near"
    similarity: float
    was_kept: bool  # done → duplicate moves one row between the job's counters


# A job records the layout of each kind of band it wrote (MinHash, SimHash) in a column of its own.
LayoutColumn = InstrumentedAttribute[str | None]


def _store_layout(session: Session, column: LayoutColumn, job_id: str, layout: str) -> None:
    session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id)
        .values({column: layout})
        .execution_options(synchronize_session=False)
    )


def _stored_layouts(session: Session, column: LayoutColumn, job_ids: Sequence[str]) -> dict[str, str | None]:
    if not job_ids:
        return {}
    rows = session.execute(select(GenerationJob.id, column).where(GenerationJob.id.in_(list(job_ids))))
    return {r[0]: r[1] for r in rows}


def _add_bands(session: Session, table: type[DedupBand | SemanticBand], job_id: str, bands: Bands) -> None:
    # A Core executemany on the session's connection: the ORM's bulk insert walked every one of the
    # batch's ~16 rows per sample through its mapper (~0.35 ms a sample of the writer's thread).
    params = [{"job_id": job_id, "key": k, "sample_id": s, "index": i} for k, s, i in bands]
    if params:
        session.connection().execute(insert(cast(Table, table.__table__)), params)


def set_layout(session: Session, job_id: str, layout: str) -> None:
    _store_layout(session, GenerationJob.dedup_layout, job_id, layout)


def layouts(session: Session, job_ids: Sequence[str]) -> dict[str, str | None]:
    return _stored_layouts(session, GenerationJob.dedup_layout, job_ids)


def batch_rows(session: Session, job_id: str, indexes: Sequence[int]) -> dict[int, tuple[int, str]]:
    """index → (sample id, task type) for rows of this job."""
    rows = session.execute(
        select(Sample.index, Sample.id, Sample.task_type).where(
            Sample.job_id == job_id, Sample.index.in_(list(indexes))
        )
    )
    return {int(r[0]): (int(r[1]), r[2]) for r in rows}


def add_bands(session: Session, job_id: str, bands: Bands) -> None:
    """Index (key, sample id, plan index) triples; one executemany statement."""
    _add_bands(session, DedupBand, job_id, bands)


# One index descent per key on PostgreSQL, whatever its statistics say. With ``key IN (...)`` a planner
# that believes the job has few bands (never analysed: autovacuum off, or a young table) reads every band
# of the job through the primary key's (job_id) prefix and filters the keys: O(job size) per batch, under
# the job lock (30-56 ms at 170,000 bands, ~9 ms this way). OFFSET 0 keeps the LATERAL subquery from
# being flattened into a hash join that scans the job's bands the same way. Both band tables share the
# (job_id, key, sample_id) primary key, so one statement each.
_PG_FIND_BANDS = {
    name: text(
        f"SELECT b.job_id, b.key, b.sample_id FROM unnest(CAST(:keys AS BIGINT[])) AS k(key) "
        f"CROSS JOIN LATERAL (SELECT job_id, key, sample_id FROM {name} "
        f"WHERE job_id = ANY(CAST(:jobs AS VARCHAR[])) AND key = k.key OFFSET 0) AS b"
    )
    for name in (DedupBand.__tablename__, SemanticBand.__tablename__)
}


def _find_band_rows(
    session: Session, table: type[DedupBand | SemanticBand], job_ids: Sequence[str], keys: Iterable[int]
) -> list[tuple[str, int, int]]:
    """(job id, key, sample id) of every band in ``table`` of these jobs with one of these keys."""
    wanted = sorted(set(keys))
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(_PG_FIND_BANDS[table.__tablename__], {"keys": wanted, "jobs": list(job_ids)})
        return [(r[0], int(r[1]), int(r[2])) for r in rows]
    found: list[tuple[str, int, int]] = []
    for start in range(0, len(wanted), _IN_CHUNK):
        rows = session.execute(
            select(table.job_id, table.key, table.sample_id).where(
                table.job_id.in_(list(job_ids)), table.key.in_(wanted[start : start + _IN_CHUNK])
            )
        )
        found.extend((r[0], int(r[1]), int(r[2])) for r in rows)
    return found


def find_bands(session: Session, job_ids: Sequence[str], keys: Iterable[int]) -> list[tuple[str, int, int]]:
    """(job id, key, sample id) of every indexed band of these jobs with one of these keys."""
    return _find_band_rows(session, DedupBand, job_ids, keys)


def stored_rows(session: Session, ids: Iterable[int]) -> dict[int, StoredRow]:
    wanted = sorted(set(ids))
    out: dict[int, StoredRow] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        rows = session.execute(
            select(
                Sample.id,
                Sample.job_id,
                Sample.index,
                Sample.status,
                Sample.content_hash,
                Sample.minhash,
                Sample.duplicate_of,
            ).where(Sample.id.in_(wanted[start : start + _IN_CHUNK]))
        )
        for r in rows:
            out[int(r[0])] = StoredRow(int(r[0]), r[1], int(r[2]), r[3], r[4], r[5], r[6])
    return out


def plan_indexes(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, int]]:
    """id → (job id, plan index), for the originals duplicates currently point at."""
    wanted = sorted(set(ids))
    out: dict[int, tuple[str, int]] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        rows = session.execute(
            select(Sample.id, Sample.job_id, Sample.index).where(
                Sample.id.in_(wanted[start : start + _IN_CHUNK])
            )
        )
        out.update({int(r[0]): (r[1], int(r[2])) for r in rows})
    return out


def mark_duplicates(session: Session, job_id: str, marks: Sequence[Mark]) -> None:
    """Apply the marks and move the rows that were kept from ``n_done`` to ``n_duplicate``."""
    if not marks:
        return
    params: list[dict[str, Any]] = [
        {
            "b_id": m.sample_id,
            "status": SampleStatus.duplicate.value,
            "duplicate_of": m.original,
            "failure_reason": f"{m.kind}_duplicate",
            "error_detail": f"{m.kind} duplicate of sample {m.original} (similarity {m.similarity:.2f})",
        }
        for m in marks
    ]
    table = cast(Table, Sample.__table__)
    stmt = (
        table.update()
        .where(table.c.id == bindparam("b_id"))
        .values({k: bindparam(k) for k in params[0] if k != "b_id"})
    )
    session.connection().execute(stmt, params)
    moved = sum(m.was_kept for m in marks)
    if moved:
        session.execute(
            update(GenerationJob)
            .where(GenerationJob.id == job_id)
            .values(
                n_done=GenerationJob.n_done - moved,
                n_duplicate=GenerationJob.n_duplicate + moved,
            )
            .execution_options(synchronize_session=False)
        )


# -- semantic dedup (SimHash bands over embeddings) ------------------------------------------------

_SEMANTIC_COLUMNS = (
    Sample.id,
    Sample.job_id,
    Sample.index.label("plan_index"),  # a Row's .index is the Sequence method
    Sample.status,
    Sample.task_type,
    Sample.instruction,
    Sample.input,
    Sample.output,
    Sample.document_id,
)


def set_semantic_layout(session: Session, job_id: str, layout: str) -> None:
    _store_layout(session, GenerationJob.semantic_layout, job_id, layout)


def semantic_layouts(session: Session, job_ids: Sequence[str]) -> dict[str, str | None]:
    return _stored_layouts(session, GenerationJob.semantic_layout, job_ids)


def unindexed_kept(session: Session, job_id: str, after: int, limit: int) -> list[Any]:
    """The next ``limit`` kept rows of the job (plan order, index > ``after``) the pass has not indexed."""
    indexed = exists().where(SemanticBand.job_id == job_id, SemanticBand.sample_id == Sample.id)
    return list(
        session.execute(
            select(*_SEMANTIC_COLUMNS)
            .where(
                Sample.job_id == job_id,
                Sample.status == SampleStatus.done.value,
                Sample.index > after,
                ~indexed,
            )
            .order_by(Sample.index)
            .limit(limit)
        ).all()
    )


def semantic_rows(session: Session, ids: Iterable[int]) -> list[Any]:
    wanted = sorted(set(ids))
    out: list[Any] = []
    for start in range(0, len(wanted), _IN_CHUNK):
        out.extend(
            session.execute(
                select(*_SEMANTIC_COLUMNS).where(Sample.id.in_(wanted[start : start + _IN_CHUNK]))
            )
        )
    return out


def add_semantic_bands(session: Session, job_id: str, bands: Bands) -> None:
    """Index (key, sample id, plan index) triples; one executemany statement."""
    _add_bands(session, SemanticBand, job_id, bands)


def find_semantic_bands(
    session: Session, job_ids: Sequence[str], keys: Iterable[int]
) -> list[tuple[int, int]]:
    """(key, sample id) of every semantic band of these jobs with one of these keys."""
    return [(key, sample_id) for _, key, sample_id in _find_band_rows(session, SemanticBand, job_ids, keys)]
