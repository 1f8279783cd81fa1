"""The job-wide deduplication pass, run once when the last shard finishes.

Running it over all shards' kept rows in plan order makes the outcome independent of how the job
was sharded or which worker was faster: the row with the lower index wins, the later one becomes
``duplicate`` with ``duplicate_of`` pointing at the winner. Rows of earlier jobs named in
``quality.dedup.against_jobs`` count as seen first. Each kept row stores its content hash and MinHash
signature so later jobs can be checked against it without re-hashing.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mediflow.quality.dedup import DedupConfig, Deduplicator, sample_text
from mediflow.schemas.quality import DedupSpec
from mediflow.storage.models import GenerationJob, Sample, SampleStatus

_BATCH = 1000


def dedup_job(session: Session, job: GenerationJob) -> int:
    """Mark this job's duplicates; returns how many were found."""
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
            Sample.id, Sample.task_type, Sample.instruction, Sample.input, Sample.output, Sample.document_id
        )
        .where(Sample.job_id == job.id, Sample.status == SampleStatus.done.value)
        .order_by(Sample.index)
        .execution_options(yield_per=_BATCH)
    )
    updates: list[dict[str, object]] = []
    found = 0
    for sample_id, task_type, instruction, text, output, document_id in rows:
        res = dedup_for(task_type).check(sample_id, instruction or "", _content(text, output, document_id))
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
