"""Semantic near-duplicate removal for a whole job, once its rows are in (``quality.semantic_dedup``).

MinHash dedup runs as each batch is written (``quality.dedup_index``); meaning-level copies need every
kept row's embedding side by side, so this pass runs when the last shard of a round finishes
(``storage.jobs.finalize_job``'s ``before_final``), before a top-up round is planned: what it removes
is topped up like any other loss.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mediflow.quality.diversity import semantic_duplicates
from mediflow.schemas.quality import SemanticDedupSpec
from mediflow.storage.models import GenerationJob, Sample, SampleStatus

# Texts -> unit-length embeddings (mediflow.quality.diversity.embed, run where the caller wants it).
Embedder = Callable[[list[str]], Any]


def semantic_dedup_job(session: Session, job: GenerationJob, embed: Embedder | None = None) -> int:
    """Mark this job's semantic duplicates when its spec asks for it; returns how many were found."""
    semantic = (job.spec.get("quality") or {}).get("semantic_dedup")
    if semantic is None:
        return 0
    if embed is None:
        from mediflow.quality.diversity import embed as embed_here

        embed = embed_here
    session.flush()
    return semantic_pass(session, job, SemanticDedupSpec.model_validate(semantic), embed)


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
    contents = np.asarray(embed([_content(r.input, r.output, r.document_id) for r in rows]))
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
            session.execute(
                update(Sample)
                .where(Sample.id == dup.id)
                .values(
                    status=SampleStatus.duplicate.value,
                    duplicate_of=kept.id,
                    failure_reason="semantic_duplicate",
                    error_detail=(
                        f"semantic duplicate of sample {kept.id} (index {kept.index}): instruction "
                        f"similarity {sims[0]:.3f}, input similarity {sims[1]:.3f} >= {spec.threshold}"
                    ),
                )
                .execution_options(synchronize_session=False)
            )
    return found


def _similarities(a: np.ndarray, b: np.ndarray, i: int, j: int) -> Sequence[float]:
    return float(a[i] @ a[j]), float(b[i] @ b[j])


def _content(text: str | None, output: str | None, document_id: int | None) -> str:
    # PIT rows are grounded in a corpus chunk that several rows share: what they add is the output.
    return (output if document_id is not None else text) or ""
