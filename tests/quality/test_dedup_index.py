"""Incremental dedup against the persisted LSH state, on real databases (SQLite file and PostgreSQL).

Batches are written the way the job runner writes them (``write_batch``: job lock, results, dedup),
in orders and groupings that shards produce, and the outcome is compared with a brute-force reference
of the rule: a kept row is a duplicate when it matches any lower-index row of its job, and points at
the lowest-index match.
"""

from __future__ import annotations

import random
import threading
from typing import Any

import pytest
from sqlalchemy import func, select

from mediflow.core.errors import InvalidRequestError
from mediflow.core.rows import PlanItem, SampleResult
from mediflow.quality.dedup import DedupConfig, estimate_jaccard, hashvalues, sample_text, signature
from mediflow.quality.dedup_index import layout_for
from mediflow.schemas.quality import DedupSpec
from mediflow.services.admission import check_against_jobs
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.models import DedupBand, Sample
from mediflow.workers.runner import write_batch

SPEC = DedupSpec()
CONFIG = DedupConfig(threshold=SPEC.threshold, num_perm=SPEC.num_perm)
PROV = {"teacher_backend": "openai", "teacher_model": "m"}
INSTRUCTION = "Summarise this note for the receiving clinician."


def note(case: int, edit: str = "") -> str:
    """A long templated note; ``case`` changes its findings, ``edit`` one word (a near copy)."""
    words = [f"finding{case}_{i}" for i in range(120)]
    if edit:
        words[60] = edit
    return "DISCHARGE SUMMARY\nHOSPITAL COURSE: " + " ".join(words) + "\nFOLLOW-UP: primary care in 7 days."


def make_job(url: str, texts: list[str], spec: DedupSpec = SPEC, task_type: str = "summarization") -> str:
    with session_scope(url) as s:
        job = store.create_job(s, {"n_samples": len(texts)}, len(texts), dedup_layout=layout_for(spec))
        items = [PlanItem(i, task_type, "discharge_summary", 3, "plain_text") for i in range(len(texts))]
        store.materialise_plan(s, job.id, items)
        return job.id


def result(index: int, text: str, status: str = "done") -> SampleResult:
    columns: dict[str, Any] = {"instruction": INSTRUCTION, "input": text, "output": "ok"}
    if status == "done":
        columns["content_hash"], columns["minhash"] = signature(sample_text(INSTRUCTION, text), CONFIG)
    return SampleResult(index, status, columns, 1, 1, 0.0, 1)


def write(url: str, job_id: str, texts: list[str], indexes: list[int], spec: DedupSpec = SPEC) -> None:
    with session_scope(url) as s:
        write_batch(s, job_id, [result(i, texts[i]) for i in indexes], PROV, spec)


def outcome(url: str, job_id: str) -> dict[int, tuple[str, int | None, str | None]]:
    """index → (status, plan index or "job:index" of the original, failure reason)."""
    with session_scope(url) as s:
        rows = s.execute(
            select(Sample.index, Sample.status, Sample.duplicate_of, Sample.failure_reason).where(
                Sample.job_id == job_id
            )
        ).all()
        index_of = dict(s.execute(select(Sample.id, Sample.index).where(Sample.job_id == job_id)).all())
    return {r[0]: (r[1], index_of.get(r[2]) if r[2] is not None else None, r[3]) for r in rows}


def reference(texts: list[str]) -> dict[int, tuple[str, int | None, str | None]]:
    """The rule, pair by pair over every row, with no LSH."""
    sigs = [signature(sample_text(INSTRUCTION, t), CONFIG) for t in texts]
    out: dict[int, tuple[str, int | None, str | None]] = {}
    for i, (hash_i, mh_i) in enumerate(sigs):
        out[i] = ("done", None, None)
        for j in range(i):
            hash_j, mh_j = sigs[j]
            if hash_i == hash_j:
                out[i] = ("duplicate", j, "exact_duplicate")
                break
            if estimate_jaccard(hashvalues(mh_i), hashvalues(mh_j)) >= SPEC.threshold:
                out[i] = ("duplicate", j, "near_duplicate")
                break
    return out


def assert_counters(url: str, job_id: str) -> None:
    with session_scope(url) as s:
        job = store.get_job(s, job_id)
        live = (job.n_done, job.n_duplicate)
        store.refresh_counters(s, job)
        assert live == (job.n_done, job.n_duplicate)


# Exact copies (0, 3, 7, 11), near copies (1, 5, 9 of case 1; 4, 10 of case 4), and distinct notes.
TEXTS = [
    note(0),
    note(1),
    note(2),
    note(0),
    note(4),
    note(1, edit="pneumonia"),
    note(6),
    note(0),
    note(8),
    note(1, edit="effusion"),
    note(4, edit="stable"),
    note(0),
]


def test_reference_has_exact_and_near_duplicates() -> None:
    ref = reference(TEXTS)
    assert ref[3] == ref[7] == ref[11] == ("duplicate", 0, "exact_duplicate")
    assert ref[5] == ref[9] == ("duplicate", 1, "near_duplicate")
    assert ref[10] == ("duplicate", 4, "near_duplicate")
    assert [i for i, r in ref.items() if r[0] == "done"] == [0, 1, 2, 4, 6, 8]


def test_plan_order_wins_when_writes_arrive_out_of_order(db_url: str) -> None:
    """A later-written lower-index row displaces the earlier-written higher-index one it matches."""
    job_id = make_job(db_url, TEXTS)
    write(db_url, job_id, TEXTS, [11, 9])  # both kept: nothing earlier is in yet
    assert outcome(db_url, job_id)[11][0] == outcome(db_url, job_id)[9][0] == "done"
    write(db_url, job_id, TEXTS, [7, 5, 10])  # 7 displaces 11, 5 displaces 9
    got = outcome(db_url, job_id)
    assert got[11] == ("duplicate", 7, "exact_duplicate") and got[9] == ("duplicate", 5, "near_duplicate")
    assert got[7] == got[5] == got[10] == ("done", None, None)
    assert_counters(db_url, job_id)
    write(db_url, job_id, TEXTS, [3, 4, 8])
    write(db_url, job_id, TEXTS, [1, 2, 6])
    write(db_url, job_id, TEXTS, [0])  # the last write re-points 3's and 7's copies to row 0
    assert outcome(db_url, job_id) == reference(TEXTS)
    assert_counters(db_url, job_id)
    with session_scope(db_url) as s:
        job = store.get_job(s, job_id)
        assert (job.n_done, job.n_duplicate) == (6, 6)


@pytest.mark.parametrize("shards", [1, 4, 16])
def test_results_are_the_same_for_any_sharding_and_concurrent_writers(db_url: str, shards: int) -> None:
    """Shards write their slices in batches at once, from threads; the outcome is the reference's."""
    texts = [*TEXTS, *(note(100 + i % 5, edit=f"w{i}" if i % 3 else "") for i in range(36))]
    job_id = make_job(db_url, texts)
    rng = random.Random(shards)
    slices = [[i for i in range(len(texts)) if i % shards == k] for k in range(shards)]
    orders = [rng.sample(s, len(s)) for s in slices]  # results finish in any order

    def shard(order: list[int]) -> None:
        for start in range(0, len(order), 3):
            write(db_url, job_id, texts, order[start : start + 3])

    threads = [threading.Thread(target=shard, args=(o,)) for o in orders]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcome(db_url, job_id) == reference(texts)
    assert_counters(db_url, job_id)


def test_redelivered_batch_is_not_indexed_or_counted_twice(db_url: str) -> None:
    job_id = make_job(db_url, TEXTS)
    write(db_url, job_id, TEXTS, [0, 3])
    write(db_url, job_id, TEXTS, [0, 3])
    with session_scope(db_url) as s:
        bands = s.scalar(select(func.count()).select_from(DedupBand).where(DedupBand.job_id == job_id))
        job = store.get_job(s, job_id)
        assert (job.n_done, job.n_duplicate) == (1, 1)
    assert bands == 2 * 16  # one key per band per kept row (b=16 for 0.8 / 128 permutations)


def test_rows_not_kept_are_not_indexed(db_url: str) -> None:
    job_id = make_job(db_url, TEXTS)
    with session_scope(db_url) as s:
        write_batch(s, job_id, [result(0, TEXTS[0], "filtered"), result(3, TEXTS[3])], PROV, SPEC)
    assert outcome(db_url, job_id)[3] == ("done", None, None)  # a filtered row is no original


def test_task_types_never_collide(db_url: str) -> None:
    first = make_job(db_url, [note(0)], task_type="summarization")
    write(db_url, first, [note(0)], [0])
    second = make_job(db_url, [note(0)], spec=DedupSpec(against_jobs=[first]), task_type="clinical_coding")
    write(db_url, second, [note(0)], [0], spec=DedupSpec(against_jobs=[first]))
    assert outcome(db_url, second)[0] == ("done", None, None)


def test_against_jobs_use_the_earlier_jobs_persisted_state(db_url: str) -> None:
    """Rows of a job named in against_jobs count as seen first, whatever this job's plan order."""
    earlier_texts = [note(1), note(0), note(4), note(0)]
    earlier = make_job(db_url, earlier_texts)
    write(db_url, earlier, earlier_texts, [3, 2])
    write(db_url, earlier, earlier_texts, [0, 1])  # row 1 displaces row 3 inside the earlier job
    spec = DedupSpec(against_jobs=[earlier], threshold=0.85)  # another threshold: another band layout
    texts = [note(0), note(4, edit="stable"), note(9), note(9)]
    job_id = make_job(db_url, texts, spec=spec)
    write(db_url, job_id, texts, [3, 1], spec=spec)
    write(db_url, job_id, texts, [2, 0], spec=spec)
    with session_scope(db_url) as s:
        ids = dict(s.execute(select(Sample.index, Sample.id).where(Sample.job_id == earlier)).all())
        got = {
            r[0]: (r[1], r[2], r[3])
            for r in s.execute(
                select(Sample.index, Sample.status, Sample.duplicate_of, Sample.failure_reason).where(
                    Sample.job_id == job_id
                )
            )
        }
    # The earlier job's kept row 1 (not its duplicate, row 3) is the original of note(0).
    assert got[0] == ("duplicate", ids[1], "exact_duplicate")
    assert got[1] == ("duplicate", ids[2], "near_duplicate")
    assert got[2][0] == "done" and got[3][:1] == ("duplicate",)
    assert_counters(db_url, job_id)


def test_against_jobs_without_an_index_or_at_another_num_perm_are_refused(db_url: str) -> None:
    off = make_job(db_url, [note(0)], spec=DedupSpec(enabled=False))
    other = make_job(db_url, [note(0)], spec=DedupSpec(num_perm=64))
    with session_scope(db_url) as s:
        with pytest.raises(InvalidRequestError, match="has no dedup index") as exc:
            check_against_jobs(s, [off], 128)
        assert exc.value.field == "quality.dedup.against_jobs"
        with pytest.raises(InvalidRequestError, match="num_perm 64; this job uses 128"):
            check_against_jobs(s, [other], 128)
