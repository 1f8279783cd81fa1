"""Semantic near-duplicate removal for a whole job, once its rows are in (``quality.semantic_dedup``).

MinHash dedup runs as each batch is written (``quality.dedup_index``); this pass runs when the last
shard of a round finishes (``storage.jobs.finalize_job``'s ``before_final``), before a top-up round is
planned: what it removes is topped up like any other loss.

The rule (unchanged): a kept row is a semantic duplicate when its instruction and its input (a PIT row:
its output) are both at least ``threshold`` cosine-similar to those of an earlier kept row of the same
task type; in plan order, the earlier row stays. Kept rows of the jobs in ``quality.dedup.against_jobs``
count as seen first, and win.

Bounded, not quadratic: each kept row's two embeddings get random-hyperplane LSH (SimHash) band keys,
persisted in ``semantic_bands`` (like MinHash's ``dedup_bands``); a row is compared, with the exact
cosine, only with the indexed rows that share a band with it. The layout (bits per band, bands) is
chosen from the threshold so that a pair at the threshold shares a band with probability >= 0.995, and
is recorded on the job (``semantic_layout``), so an ``against_jobs`` lookup hashes this job's rows under
the other job's layout. Rows are read, embedded and decided ``CHUNK`` at a time in plan order: memory is
O(chunk + its candidates). Candidates from earlier rounds or other jobs are embedded again (the
embedder is deterministic), so no vector is stored.

Order: the pass runs once per round over the rows no pass has seen, under the job lock, after every
shard finished: the outcome does not depend on sharding. Top-up rows come after every earlier row in
plan order, so round after round gives what one pass over all rows would. A row retried after a later
round (``retry_failed``) is compared with the lower-planned rows only; it does not displace a
higher-planned row kept before it came back.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from sqlalchemy import update
from sqlalchemy.orm import Session

from mediflow.quality.dedup_index import indexed_jobs_by_layout
from mediflow.schemas.quality import SemanticDedupSpec
from mediflow.storage import dedup as store
from mediflow.storage.models import GenerationJob, Sample, SampleStatus

log = logging.getLogger(__name__)

# Texts -> unit-length embeddings (mediflow.quality.diversity.embed, run where the caller wants it).
Embedder = Callable[[list[str]], Any]

CHUNK = 1024  # rows read, embedded and decided at a time
EMBEDDER = "minilm-l6"  # recorded in the layout: vectors of another model are never compared
SEED = 20261130
RECALL = 0.995  # the least probability that a pair at the threshold shares a band
MAX_BANDS = 64
_DONE = SampleStatus.done.value


@dataclass(frozen=True)
class SimLayout:
    """``bits`` hyperplane signs of the instruction and ``bits`` of the input per band, ``bands`` bands."""

    model: str
    dim: int
    bits: int
    bands: int
    seed: int

    def __str__(self) -> str:
        return f"{self.model}:{self.dim}:{self.bits}x{self.bands}:{self.seed}"

    @classmethod
    def parse(cls, text: str) -> SimLayout:
        model, dim, shape, seed = text.split(":")
        bits, bands = shape.split("x")
        return cls(model, int(dim), int(bits), int(bands), int(seed))


def sign_agreement(cosine: float) -> float:
    """The probability that two vectors at ``cosine`` fall on the same side of a random hyperplane."""
    return 1.0 - math.acos(min(max(cosine, -1.0), 1.0)) / math.pi


def simhash_layout(threshold: float, dim: int, model: str = EMBEDDER) -> SimLayout:
    """The most selective layout (most bits per band) whose recall at ``threshold`` is >= RECALL within
    MAX_BANDS bands. A band needs all 2*bits signs (instruction and input) to agree."""
    agree = sign_agreement(threshold)
    best = SimLayout(model, dim, 1, MAX_BANDS, SEED)
    for bits in range(1, 33):
        p_band = agree ** (2 * bits)
        bands = 1 if p_band >= 1.0 else math.ceil(math.log(1.0 - RECALL) / math.log(1.0 - p_band))
        if bands > MAX_BANDS:
            break
        best = SimLayout(model, dim, bits, bands, SEED)
    return best


def recall(layout: SimLayout, cosine: float) -> float:
    """Probability that a pair whose instruction and input are both ``cosine`` similar shares a band."""
    return 1.0 - (1.0 - sign_agreement(cosine) ** (2 * layout.bits)) ** layout.bands


@lru_cache(maxsize=8)
def _planes(dim: int, count: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((count, dim)).astype(np.float32)


def band_keys(
    instructions: np.ndarray, contents: np.ndarray, tasks: Sequence[str], layout: SimLayout
) -> list[list[int]]:
    """Per row, one signed 64-bit key per band; the task type, layout and band number are hashed in."""
    if instructions.shape[1] != layout.dim:
        raise ValueError(
            f"embeddings have {instructions.shape[1]} dimensions; layout {layout} needs {layout.dim}"
        )
    n = layout.bits * layout.bands
    planes = _planes(layout.dim, 2 * n, layout.seed)
    signs_i = (instructions @ planes[:n].T) >= 0
    signs_c = (contents @ planes[n:].T) >= 0
    prefix = f"{layout}\0".encode()
    out = []
    for row in range(len(instructions)):
        task = f"{tasks[row]}\0".encode()
        keys = []
        for band in range(layout.bands):
            cut = slice(band * layout.bits, (band + 1) * layout.bits)
            body = np.packbits(signs_i[row, cut]).tobytes() + np.packbits(signs_c[row, cut]).tobytes()
            digest = hashlib.blake2b(prefix + task + band.to_bytes(2, "little") + body, digest_size=8)
            keys.append(int.from_bytes(digest.digest(), "little", signed=True))
        out.append(keys)
    return out


def semantic_dedup_job(session: Session, job: GenerationJob, embed: Embedder | None = None) -> int:
    """Mark this job's semantic duplicates when its spec asks for it; returns how many were found."""
    quality = job.spec.get("quality") or {}
    semantic = quality.get("semantic_dedup")
    if semantic is None:
        return 0
    if embed is None:
        from mediflow.quality.diversity import embed as embed_here

        embed = embed_here
    session.flush()
    against = [j for j in (quality.get("dedup") or {}).get("against_jobs") or [] if j != job.id]
    return semantic_pass(session, job, SemanticDedupSpec.model_validate(semantic), embed, against)


@dataclass
class _Vec:
    id: int
    job_id: str
    index: int
    status: str
    task: str
    instruction: np.ndarray
    content: np.ndarray


def semantic_pass(
    session: Session,
    job: GenerationJob,
    spec: SemanticDedupSpec,
    embed: Embedder,
    against_jobs: Sequence[str] = (),
) -> int:
    """Mark kept rows that mean nearly the same as an earlier kept row of the same task type (or a kept
    row of ``against_jobs``); index the rest. Embedding is the caller's ``embed``: the worker runs it in
    its quality process pool."""
    layout = SimLayout.parse(job.semantic_layout) if job.semantic_layout else None
    found, after = 0, -1
    while rows := store.unindexed_kept(session, job.id, after, CHUNK):
        after = rows[-1].plan_index
        vecs = _embed_rows(rows, embed)
        if layout is None:
            layout = simhash_layout(spec.threshold, int(vecs[0].instruction.shape[0]))
            store.set_semantic_layout(session, job.id, str(layout))
        found += _decide(session, job.id, vecs, layout, spec.threshold, against_jobs, embed)
    return found


def _embed_rows(rows: Sequence[Any], embed: Embedder) -> list[_Vec]:
    instructions = np.asarray(embed([r.instruction or "" for r in rows]), dtype=np.float32)
    contents = np.asarray(embed([_content(r.input, r.output, r.document_id) for r in rows]), dtype=np.float32)
    return [
        _Vec(r.id, r.job_id, r.plan_index, r.status, r.task_type, instructions[i], contents[i])
        for i, r in enumerate(rows)
    ]


def _keys(vecs: Sequence[_Vec], layout: SimLayout) -> list[list[int]]:
    return band_keys(
        np.stack([v.instruction for v in vecs]),
        np.stack([v.content for v in vecs]),
        [v.task for v in vecs],
        layout,
    )


def _decide(
    session: Session,
    job_id: str,
    chunk: list[_Vec],
    layout: SimLayout,
    threshold: float,
    against_jobs: Sequence[str],
    embed: Embedder,
) -> int:
    keys = _keys(chunk, layout)
    # Candidates among this job's indexed rows, and among the against-jobs' under their own layouts.
    own: dict[int, set[int]] = defaultdict(set)
    for key, sid in store.find_semantic_bands(session, [job_id], {k for ks in keys for k in ks}):
        own[key].add(sid)
    theirs = _against_candidates(session, job_id, chunk, layout, against_jobs)
    wanted = {c for ks in keys for k in ks for c in own.get(k, ())} | {c for cs in theirs for c in cs}
    loaded = {v.id: v for v in _embed_rows(store.semantic_rows(session, wanted), embed)} if wanted else {}

    by_key: dict[int, list[int]] = defaultdict(list)  # this chunk's rows kept so far
    bands: list[tuple[int, int, int]] = []
    found = 0
    for pos, row in enumerate(chunk):
        match = _best(row, (loaded[c] for c in theirs[pos] if c in loaded), threshold, job_id=None)
        if match is None:
            earlier = {c for k in keys[pos] for c in own.get(k, ())}
            pool = [loaded[c] for c in earlier if c in loaded]
            pool += [chunk[p] for p in {p for k in keys[pos] for p in by_key.get(k, ())}]
            match = _best(row, pool, threshold, job_id=job_id)
        if match is None:
            for k in keys[pos]:
                by_key[k].append(pos)
            bands.extend((k, row.id, row.index) for k in keys[pos])
            continue
        original, sims = match
        found += 1
        _mark(session, row, original, sims, threshold)
    store.add_semantic_bands(session, job_id, bands)
    return found


def _against_candidates(
    session: Session, job_id: str, chunk: list[_Vec], layout: SimLayout, against_jobs: Sequence[str]
) -> list[set[int]]:
    out: list[set[int]] = [set() for _ in chunk]
    by_layout = indexed_jobs_by_layout(
        job_id, store.semantic_layouts(session, list(against_jobs)), "semantic"
    )
    for text, jobs in by_layout.items():
        theirs = SimLayout.parse(text)
        if (theirs.model, theirs.dim) != (layout.model, layout.dim):
            log.warning("job %s: against-jobs %s use embedder %s; not compared", job_id, jobs, text)
            continue
        keys = _keys(chunk, theirs)
        owners: dict[int, set[int]] = defaultdict(set)
        for key, sid in store.find_semantic_bands(session, jobs, {k for ks in keys for k in ks}):
            owners[key].add(sid)
        for pos, ks in enumerate(keys):
            out[pos] |= {c for k in ks for c in owners.get(k, ())}
    return out


def _best(
    row: _Vec, pool: Any, threshold: float, job_id: str | None
) -> tuple[_Vec, tuple[float, float]] | None:
    """The most similar kept candidate at or above the threshold (ties: the lowest plan index); with
    ``job_id``, only that job's rows planned before ``row``."""
    best: tuple[float, int, int, _Vec, tuple[float, float]] | None = None
    for other in pool:
        if other.id == row.id or other.status != _DONE or other.task != row.task:
            continue
        if job_id is not None and (other.job_id != job_id or other.index >= row.index):
            continue
        sims = float(row.instruction @ other.instruction), float(row.content @ other.content)
        score = min(sims)
        if score < threshold:
            continue
        candidate = (-score, other.index, other.id, other, sims)
        if best is None or candidate[:3] < best[:3]:
            best = candidate
    return None if best is None else (best[3], best[4])


def _mark(session: Session, dup: _Vec, kept: _Vec, sims: tuple[float, float], threshold: float) -> None:
    where = "" if kept.job_id == dup.job_id else f" of job {kept.job_id}"
    session.execute(
        update(Sample)
        .where(Sample.id == dup.id)
        .values(
            status=SampleStatus.duplicate.value,
            duplicate_of=kept.id,
            failure_reason="semantic_duplicate",
            error_detail=(
                f"semantic duplicate of sample {kept.id}{where} (index {kept.index}): instruction "
                f"similarity {sims[0]:.3f}, input similarity {sims[1]:.3f} >= {threshold}"
            ),
        )
        .execution_options(synchronize_session=False)
    )


def _content(text: str | None, output: str | None, document_id: int | None) -> str:
    # PIT rows are grounded in a corpus chunk that several rows share: what they add is the output.
    return (output if document_id is not None else text) or ""
