"""Job-wide deduplication, one written batch at a time, against persisted LSH state (``dedup_bands``).

The rule. A kept row is a duplicate when it matches (same content hash, or a MinHash Jaccard estimate
at or above the threshold among its LSH candidates) either a kept row of a job named in
``quality.dedup.against_jobs``, or any row of this job with a lower plan index that reached dedup (kept
or itself a duplicate). ``duplicate_of`` names the earlier job's match (exact first, then the most
similar, then the lowest id), else the lowest-index match in this job.

Why "any lower row", not "any lower kept row": a row's fate then depends on pairs alone, never on the
order rows arrive in. Each pair is decided once, by whichever of its two rows is written second: an
earlier-planned row written late displaces the later-planned rows it matches (kept → duplicate), or
re-points duplicates to itself, and no decision ever cascades along a chain. The outcome is the same
for any sharding and any arrival order. Compared with a single pass in plan order that indexes only
kept rows, it differs only on near-duplicate chains (A≈B, B≈C, A≉C): C is dropped as a near copy of B.

Memory is O(batch + its candidates): signatures of earlier rows are read back only when they share a
band with the batch. The caller holds ``storage.dedup.lock_job`` for the transaction, so concurrent
shards are serialised by the database, on PostgreSQL and SQLite alike.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy.orm import Session

from mediflow.core.rows import SampleResult
from mediflow.quality.dedup import Layout, band_keys, estimate_jaccard, hashvalues, lsh_layout
from mediflow.schemas.quality import DedupSpec
from mediflow.storage import dedup as store
from mediflow.storage.models import SampleStatus

log = logging.getLogger(__name__)


def indexed_jobs_by_layout(job_id: str, layouts: dict[str, str | None], kind: str) -> dict[str, list[str]]:
    """Other jobs grouped by their stored index layout (one lookup per layout); a job without an index
    of this ``kind`` is logged and left out."""
    by_layout: dict[str, list[str]] = defaultdict(list)
    for other, text in layouts.items():
        if text is None:
            log.warning("job %s: against-job %s has no %s index; it is not compared", job_id, other, kind)
            continue
        by_layout[text].append(other)
    return by_layout


_DONE, _DUPLICATE = SampleStatus.done.value, SampleStatus.duplicate.value


@dataclass(frozen=True)
class _Row:
    id: int
    job_id: str
    index: int
    status: str
    content_hash: str | None
    values: np.ndarray
    duplicate_of: int | None = None


@dataclass(frozen=True)
class _Match:
    original: int
    kind: str
    similarity: float


def job_layout(spec: DedupSpec) -> Layout:
    return lsh_layout(spec.threshold, spec.num_perm)


def layout_for(spec: DedupSpec) -> str | None:
    """What a new job stores as ``dedup_layout``: the layout its rows will be indexed under."""
    return str(job_layout(spec)) if spec.enabled else None


def dedup_written(session: Session, job_id: str, spec: DedupSpec, written: Sequence[SampleResult]) -> int:
    """Index this batch's kept rows and mark duplicates, in it and among later rows; how many moved.

    ``written`` are the results just stored by ``record_results`` in this transaction; rows without a
    signature (not kept, or dedup was off when they ran) are skipped.
    """
    signed = [r for r in written if r.status == _DONE and r.columns.get("minhash")]
    if not signed:
        return 0
    ids = store.batch_rows(session, job_id, [r.index for r in signed])
    layout = job_layout(spec)
    batch: dict[int, _Row] = {}
    tasks: dict[int, str] = {}
    for res in signed:
        sample_id, tasks[sample_id] = ids[res.index]
        values = hashvalues(res.columns["minhash"])
        batch[sample_id] = _Row(sample_id, job_id, res.index, _DONE, res.columns.get("content_hash"), values)
    own = {sid: band_keys(row.values, layout, tasks[sid]) for sid, row in batch.items()}
    store.add_bands(session, job_id, [(k, sid, batch[sid].index) for sid, keys in own.items() for k in keys])
    # The batch's own bands are in now, so its rows find each other as well as earlier batches' rows.
    candidates = _candidates(session, [job_id], own)
    against = _against_candidates(session, job_id, spec, batch, tasks)
    wanted = {c for cs in (*candidates.values(), *against.values()) for c in cs if c not in batch}
    rows = {**_load(session, wanted), **batch}
    threshold = spec.threshold

    marks: list[store.Mark] = []
    for sid, row in batch.items():
        match = _best_against(row, against[sid], rows, threshold) or _lowest_earlier(
            row, candidates[sid], rows, threshold
        )
        if match is not None:
            marks.append(store.Mark(sid, match.original, match.kind, match.similarity, was_kept=True))
    marks.extend(_displaced(session, job_id, batch, candidates, rows, threshold))
    store.mark_duplicates(session, job_id, marks)
    return sum(m.was_kept for m in marks)


def _candidates(session: Session, job_ids: list[str], keys: dict[int, list[int]]) -> dict[int, set[int]]:
    owners: dict[int, set[int]] = defaultdict(set)
    for _, key, other in store.find_bands(session, job_ids, (k for ks in keys.values() for k in ks)):
        owners[key].add(other)
    out: dict[int, set[int]] = {}
    for sid, ks in keys.items():
        out[sid] = set().union(*(owners.get(k, set()) for k in ks)) - {sid}
    return out


def _against_candidates(
    session: Session, job_id: str, spec: DedupSpec, batch: dict[int, _Row], tasks: dict[int, str]
) -> dict[int, set[int]]:
    """Candidates among earlier jobs' rows, each job looked up under the layout it was indexed with."""
    out: dict[int, set[int]] = {sid: set() for sid in batch}
    by_layout = indexed_jobs_by_layout(
        job_id, store.layouts(session, [j for j in spec.against_jobs if j != job_id]), "dedup"
    )
    for text, jobs in by_layout.items():
        layout = Layout.parse(text)
        if layout.num_perm != spec.num_perm:
            log.warning(
                "job %s: against-jobs %s use num_perm %d; not compared", job_id, jobs, layout.num_perm
            )
            continue
        keys = {sid: band_keys(row.values, layout, tasks[sid]) for sid, row in batch.items()}
        for sid, found in _candidates(session, jobs, keys).items():
            out[sid] |= found
    return out


def _load(session: Session, ids: set[int]) -> dict[int, _Row]:
    return {
        s.id: _Row(s.id, s.job_id, s.index, s.status, s.content_hash, hashvalues(s.minhash), s.duplicate_of)
        for s in store.stored_rows(session, ids).values()
        if s.minhash is not None
    }


def _match(a: _Row, b: _Row, threshold: float) -> tuple[str, float] | None:
    if a.content_hash is not None and a.content_hash == b.content_hash:
        return "exact", 1.0
    similarity = estimate_jaccard(a.values, b.values)
    return ("near", similarity) if similarity >= threshold else None


def _best_against(row: _Row, ids: set[int], rows: dict[int, _Row], threshold: float) -> _Match | None:
    found = []
    for c in ids:
        other = rows.get(c)
        if other is None or other.status != _DONE:
            continue
        if (m := _match(row, other, threshold)) is not None:
            found.append((m[0] != "exact", -m[1], c, m))
    if not found:
        return None
    _, _, original, (kind, similarity) = min(found)
    return _Match(original, kind, similarity)


def _lowest_earlier(row: _Row, ids: set[int], rows: dict[int, _Row], threshold: float) -> _Match | None:
    earlier = sorted(
        (other.index, c)
        for c in ids
        if (other := rows.get(c)) is not None
        and other.job_id == row.job_id
        and other.index < row.index
        and other.status in (_DONE, _DUPLICATE)
    )
    for _, c in earlier:
        if (m := _match(row, rows[c], threshold)) is not None:
            return _Match(c, *m)
    return None


def _displaced(
    session: Session,
    job_id: str,
    batch: dict[int, _Row],
    candidates: dict[int, set[int]],
    rows: dict[int, _Row],
    threshold: float,
) -> list[store.Mark]:
    """Rows written earlier with a higher plan index that a row of this batch matches: it is their original."""
    best: dict[int, tuple[int, _Match]] = {}
    for sid, row in batch.items():
        for c in candidates[sid]:
            other = rows.get(c)
            if c in batch or other is None or other.job_id != job_id or other.index <= row.index:
                continue
            if other.status not in (_DONE, _DUPLICATE):
                continue
            if (c not in best or row.index < best[c][0]) and (m := _match(other, row, threshold)) is not None:
                best[c] = (row.index, _Match(sid, *m))
    pointed = [rows[c].duplicate_of for c in best if rows[c].status == _DUPLICATE]
    current = store.plan_indexes(session, [p for p in pointed if p is not None])
    marks = []
    for c, (index, match) in sorted(best.items()):
        other = rows[c]
        if other.status == _DONE:
            marks.append(store.Mark(c, match.original, match.kind, match.similarity, was_kept=True))
            continue
        # Already a duplicate: re-point it only from a later-planned row of this job (an earlier job's
        # match always wins).
        was = current.get(other.duplicate_of) if other.duplicate_of is not None else None
        if was is not None and was[0] == job_id and was[1] > index:
            marks.append(store.Mark(c, match.original, match.kind, match.similarity, was_kept=False))
    return marks
