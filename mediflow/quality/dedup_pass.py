"""The job-wide deduplication pass, run once when the last shard finishes.

Running it over all shards' kept rows in plan order makes the outcome independent of how the job
was sharded or which worker was faster: the row with the lower index wins, the later one becomes
``duplicate`` with ``duplicate_of`` pointing at the winner. Rows of earlier jobs named in
``quality.dedup.against_jobs`` count as seen first. Each kept row stores its content hash and MinHash
signature so later jobs can be checked against it without re-hashing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mediflow.quality.dedup import DedupConfig, Deduplicator, sample_text
from mediflow.quality.diversity import semantic_duplicates
from mediflow.schemas.quality import DedupSpec, SemanticDedupSpec
from mediflow.storage.models import GenerationJob, Sample, SampleStatus

_BATCH = 1000
# Texts -> unit-length embeddings (mediflow.quality.diversity.embed, run where the caller wants it).
Embedder = Callable[[list[str]], Any]


def dedup_job(session: Session, job: GenerationJob, embed: Embedder | None = None) -> int:
    """Mark this job's duplicates (MinHash, then semantic when asked for); returns how many were found."""
    quality = job.spec.get("quality") or {}
    found = minhash_pass(session, job)
    semantic = quality.get("semantic_dedup")
    if semantic is not None:
        if embed is None:
            from mediflow.quality.diversity import embed as embed_here

            embed = embed_here
        session.flush()
        found += semantic_pass(session, job, SemanticDedupSpec.model_validate(semantic), embed)
    return found


def minhash_pass(session: Session, job: GenerationJob) -> int:
    spec = DedupSpec.model_validate((job.spec.get("quality") or {}).get("dedup") or {})
    if not spec.enabled:
        return 0
    config = DedupConfig(threshold=spec.threshold, num_perm=spec.num_perm)
    # A duplicate is the same task on the same content: rows of different task types never collide
    # (a PIT chunk's summary and entities rows share their input on purpose).
    by_task: dict[str, Deduplicator] = {}
    against = [j for j in spec.against_jobs if j != job.id]

    def dedup_for(task_type: str) -> Deduplicator:
        if task_type not in by_task:
            by_task[task_type] = Deduplicator(config)
            _seed_from_jobs(session, by_task[task_type], against, task_type)
        return by_task[task_type]

    rows = session.execute(
        select(
            Sample.id,
            Sample.task_type,
            Sample.instruction,
            Sample.input,
            Sample.output,
            Sample.document_id,
            Sample.input_group,
        )
        .where(Sample.job_id == job.id, Sample.status == SampleStatus.done.value)
        .order_by(Sample.index)
        .execution_options(yield_per=_BATCH)
    )
    updates: list[dict[str, object]] = []
    found = 0
    # Rows asking the same task of one shared document share their input on purpose: after the first,
    # what each adds is its instruction and answer, so that is what they are compared on.
    seen_groups: set[tuple[str, int]] = set()
    for sample_id, task_type, instruction, text, output, document_id, group in rows:
        shared = group is not None and (task_type, group) in seen_groups
        if group is not None:
            seen_groups.add((task_type, group))
        content = output if shared else _content(text, output, document_id)
        res = dedup_for(task_type).check(sample_id, instruction or "", content or "")
        values: dict[str, object] = {
            "id": sample_id,
            "content_hash": res.content_hash,
            "minhash": res.minhash,
        }
        if res.is_duplicate:
            found += 1
            values.update(
                status=SampleStatus.duplicate.value,
                duplicate_of=res.duplicate_of,
                failure_reason=f"{res.kind}_duplicate",
                error_detail=f"{res.kind} duplicate of sample {res.duplicate_of} (similarity {res.similarity:.2f})",
            )
        updates.append(values)
    for start in range(0, len(updates), _BATCH):
        _apply(session, updates[start : start + _BATCH])
    return found


def semantic_pass(session: Session, job: GenerationJob, spec: SemanticDedupSpec, embed: Embedder) -> int:
    """Mark kept rows whose instruction and input (a PIT row: output) both mean nearly the same as an
    earlier kept row's of the same task type; the earlier row in plan order stays. Embedding is the
    caller's ``embed``: the worker runs it in its quality process pool."""
    rows = session.execute(
        select(
            Sample.id,
            Sample.index,
            Sample.task_type,
            Sample.instruction,
            Sample.input,
            Sample.output,
            Sample.document_id,
        )
        .where(Sample.job_id == job.id, Sample.status == SampleStatus.done.value)
        .order_by(Sample.index)
    ).all()
    if len(rows) < 2:
        return 0
    instructions = np.asarray(embed([r.instruction or "" for r in rows]))
    contents = np.asarray(embed([_content(r.input, r.output, r.document_id) or "" for r in rows]))
    found = 0
    by_task: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_task.setdefault(r.task_type, []).append(i)
    for positions in by_task.values():
        dupes = semantic_duplicates(instructions[positions], spec.threshold, contents[positions])
        for later, earlier in dupes.items():
            dup, kept = rows[positions[later]], rows[positions[earlier]]
            sims = _similarities(instructions, contents, positions[later], positions[earlier])
            found += 1
            _apply(
                session,
                [
                    {
                        "id": dup.id,
                        "status": SampleStatus.duplicate.value,
                        "duplicate_of": kept.id,
                        "failure_reason": "semantic_duplicate",
                        "error_detail": (
                            f"semantic duplicate of sample {kept.id} (index {kept.index}): instruction "
                            f"similarity {sims[0]:.3f}, input similarity {sims[1]:.3f} >= {spec.threshold}"
                        ),
                    }
                ],
            )
    return found


def _similarities(a: np.ndarray, b: np.ndarray, i: int, j: int) -> Sequence[float]:
    return float(a[i] @ a[j]), float(b[i] @ b[j])


def _apply(session: Session, batch: list[dict[str, object]]) -> None:
    for values in batch:
        sample_id = values.pop("id")
        session.execute(
            update(Sample)
            .where(Sample.id == sample_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )


def _content(text: str | None, output: str | None, document_id: int | None) -> str:
    # PIT rows are grounded in a corpus chunk that several rows share: what they add is the output.
    return (output if document_id is not None else text) or ""


def _seed_from_jobs(session: Session, dedup: Deduplicator, job_ids: list[str], task_type: str) -> None:
    # Re-hashed from text rather than the stored signatures: those jobs may have used other settings.
    if not job_ids:
        return
    rows = session.execute(
        select(Sample.id, Sample.instruction, Sample.input, Sample.output, Sample.document_id)
        .where(
            Sample.job_id.in_(job_ids),
            Sample.status == SampleStatus.done.value,
            Sample.task_type == task_type,
        )
        .order_by(Sample.id)
        .execution_options(yield_per=_BATCH)
    )
    dedup.seed(
        (sid, sample_text(instr or "", _content(text, out, doc))) for sid, instr, text, out, doc in rows
    )
