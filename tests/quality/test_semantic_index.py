"""Semantic dedup through persisted SimHash bands, on real databases (SQLite file and PostgreSQL).

The embedder is an input here: each text names a vector the test built (random unit vectors in
MiniLM's 384 dimensions, near copies planted at a known cosine), so the outcome can be compared with
the brute-force rule (``diversity.semantic_duplicates``: in plan order, a kept row is a duplicate of
the most similar earlier kept row of its task type when instruction and input both reach the
threshold). The real MiniLM embedder runs in tests/generation/test_quotas_and_shared_documents.py.
"""

from __future__ import annotations

import logging
import math
from typing import Any

import numpy as np
import pytest
from sqlalchemy import func, select

from mediflow.core.rows import PlanItem
from mediflow.quality import semantic_pass as sp
from mediflow.quality.diversity import semantic_duplicates
from mediflow.schemas.quality import SemanticDedupSpec
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.models import GenerationJob, Sample, SemanticBand

DIM = 384
SPEC = SemanticDedupSpec(threshold=0.9)


class Vectors:
    """``embed`` for the pass: text "v<n>" -> vector n. Counts how many texts it embedded."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.table: list[np.ndarray] = []
        self.embedded = 0

    def new(self) -> str:
        v = self.rng.standard_normal(DIM)
        return self._add(v)

    def near(self, text: str, cosine: float) -> str:
        """A vector at exactly ``cosine`` to ``text``'s."""
        base = self.table[int(text[1:])]
        other = self.rng.standard_normal(DIM)
        other -= (other @ base) * base
        other /= np.linalg.norm(other)
        return self._add(cosine * base + math.sqrt(1 - cosine**2) * other)

    def _add(self, v: np.ndarray) -> str:
        self.table.append((v / np.linalg.norm(v)).astype(np.float32))
        return f"v{len(self.table) - 1}"

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.embedded += len(texts)
        return np.stack([self.table[int(t[1:])] for t in texts]) if texts else np.zeros((0, DIM), np.float32)


def corpus(vec: Vectors, n: int, tasks: tuple[str, ...] = ("summarization", "clinical_coding")) -> list[Any]:
    """(task, instruction, input) per row: fresh cases, and every fourth row a near copy of an earlier
    row (both texts at 0.95, or only the instruction: not a duplicate), or of another task's row."""
    rows: list[tuple[str, str, str]] = []
    rng = np.random.default_rng(7)
    for i in range(n):
        task = tasks[i % len(tasks)]
        if i >= 8 and i % 4 == 0:
            j = int(rng.integers(0, i))
            t, ins, inp = rows[j]
            kind = i % 12
            if kind == 0:  # a near copy: both at 0.95
                rows.append((t, vec.near(ins, 0.95), vec.near(inp, 0.95)))
            elif kind == 4:  # the same ask of another case: instruction only
                rows.append((t, vec.near(ins, 0.97), vec.new()))
            else:  # a near copy filed under another task type: never compared
                other = tasks[(tasks.index(t) + 1) % len(tasks)]
                rows.append((other, vec.near(ins, 0.96), vec.near(inp, 0.96)))
            continue
        rows.append((task, vec.new(), vec.new()))
    return rows


def reference(vec: Vectors, rows: list[Any], threshold: float) -> dict[int, int]:
    """Plan index -> plan index of its original, by brute force per task type."""
    out: dict[int, int] = {}
    for task in sorted({r[0] for r in rows}):
        at = [i for i, r in enumerate(rows) if r[0] == task]
        ins = vec([rows[i][1] for i in at])
        inp = vec([rows[i][2] for i in at])
        out.update({at[a]: at[b] for a, b in semantic_duplicates(ins, threshold, inp).items()})
    return out


def make_job(url: str, rows: list[Any], against: list[str] | None = None) -> str:
    spec: dict[str, Any] = {"n_samples": len(rows), "quality": {"semantic_dedup": SPEC.model_dump()}}
    if against:
        spec["quality"]["dedup"] = {"enabled": True, "against_jobs": against}
    with session_scope(url) as s:
        job = store.create_job(s, spec, len(rows))
        store.materialise_plan(
            s, job.id, [PlanItem(i, r[0], "discharge_summary", 3, "plain_text") for i, r in enumerate(rows)]
        )
        return job.id


def finish(url: str, job_id: str, rows: list[Any], indexes: range | list[int]) -> None:
    """The rows at ``indexes`` come back kept (what a round's shards write)."""
    with session_scope(url) as s:
        for i in indexes:
            sample = s.scalars(select(Sample).where(Sample.job_id == job_id, Sample.index == i)).one()
            sample.status, sample.instruction, sample.input, sample.output = (
                "done",
                rows[i][1],
                rows[i][2],
                "ok",
            )


def run_pass(url: str, job_id: str, embed: Vectors) -> int:
    with session_scope(url) as s:
        job = s.get(GenerationJob, job_id)
        assert job is not None
        return sp.semantic_dedup_job(s, job, embed)


def outcome(url: str, job_id: str) -> dict[int, int]:
    with session_scope(url) as s:
        samples = s.scalars(select(Sample).where(Sample.job_id == job_id)).all()
        by_id = {x.id: x.index for x in samples}
        dups = {x.index: x.duplicate_of for x in samples if x.status == "duplicate"}
        assert all(x.failure_reason == "semantic_duplicate" for x in samples if x.status == "duplicate")
        return {i: by_id.get(d, -1) if d is not None else -1 for i, d in dups.items()}


def test_the_layout_finds_pairs_at_the_threshold_and_few_others() -> None:
    for threshold in (0.5, 0.8, 0.9, 0.92, 0.95, 0.99):
        layout = sp.simhash_layout(threshold, DIM)
        assert layout.bands <= sp.MAX_BANDS and sp.recall(layout, threshold) >= sp.RECALL
        assert sp.SimLayout.parse(str(layout)) == layout
    layout = sp.simhash_layout(0.9, DIM)
    assert sp.recall(layout, 0.2) < 0.01  # unrelated pairs are rarely candidates
    # Measured: pairs built at exactly the threshold share a band about as often as the layout says.
    vec = Vectors(1)
    pairs = [(vec.new(), vec.new()) for _ in range(400)]
    near = [(vec.near(a, 0.9), vec.near(b, 0.9)) for a, b in pairs]
    left = sp.band_keys(vec([a for a, _ in pairs]), vec([b for _, b in pairs]), ["t"] * 400, layout)
    right = sp.band_keys(vec([a for a, _ in near]), vec([b for _, b in near]), ["t"] * 400, layout)
    shared = sum(bool(set(x) & set(y)) for x, y in zip(left, right, strict=True))
    assert shared >= 392  # expected 0.995 * 400 = 398
    other = sp.band_keys(vec([a for a, _ in near]), vec([b for _, b in near]), ["u"] * 400, layout)
    assert not any(set(x) & set(y) for x, y in zip(left, other, strict=True))  # task types never meet


@pytest.mark.parametrize("chunk", [1024, 7])
def test_the_pass_matches_the_brute_force_rule_with_few_comparisons(
    db_url: str, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(sp, "CHUNK", chunk)
    vec = Vectors(2)
    rows = corpus(vec, 240)
    expected = reference(vec, rows, SPEC.threshold)
    # The 19 planted near copies, and copies of cross-task copies that land back near their source.
    assert len(expected) >= 19
    job_id = make_job(db_url, rows)
    finish(db_url, job_id, rows, range(len(rows)))
    vec.embedded = 0
    assert run_pass(db_url, job_id, vec) == len(expected)
    assert outcome(db_url, job_id) == expected
    # Bounded: each row embedded once (two texts), plus the earlier chunks' candidates read back.
    extra = vec.embedded - 2 * len(rows)
    assert extra == 0 if chunk == 1024 else 0 < extra < 2 * len(rows)
    with session_scope(db_url) as s:
        layout = sp.SimLayout.parse(s.get(GenerationJob, job_id).semantic_layout or "")  # type: ignore[union-attr]
        bands = s.scalar(select(func.count()).select_from(SemanticBand).where(SemanticBand.job_id == job_id))
    assert bands == (len(rows) - len(expected)) * layout.bands  # only kept rows are indexed
    assert run_pass(db_url, job_id, vec) == 0  # a second pass finds nothing new to index


def test_rounds_give_what_one_pass_gives(db_url: str) -> None:
    """Rows arrive over three rounds (each pass sees only new rows, the rest through the index)."""
    vec = Vectors(3)
    rows = corpus(vec, 120)
    job_id = make_job(db_url, rows)
    for part in (range(0, 50), range(50, 90), range(90, 120)):
        finish(db_url, job_id, rows, part)
        run_pass(db_url, job_id, vec)
    assert outcome(db_url, job_id) == reference(vec, rows, SPEC.threshold)


def test_against_jobs_use_the_earlier_jobs_semantic_index(
    db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    vec = Vectors(4)
    first = [("summarization", vec.new(), vec.new()) for _ in range(30)]
    earlier = make_job(db_url, first)
    finish(db_url, earlier, first, range(30))
    run_pass(db_url, earlier, vec)
    unindexed = make_job(db_url, first[:2])  # its rows were never through a semantic pass
    second = [("summarization", vec.new(), vec.new()) for _ in range(10)]
    second[3] = ("summarization", vec.near(first[5][1], 0.95), vec.near(first[5][2], 0.95))
    second[6] = ("summarization", vec.near(second[3][1], 0.99), vec.near(second[3][2], 0.99))
    second[8] = ("summarization", vec.near(second[1][1], 0.95), vec.near(second[1][2], 0.95))
    job_id = make_job(db_url, second, against=[earlier, unindexed])
    finish(db_url, job_id, second, range(10))
    vec.embedded = 0
    with caplog.at_level(logging.WARNING):
        assert run_pass(db_url, job_id, vec) == 3
    assert f"against-job {unindexed} has no semantic index" in caplog.text
    assert vec.embedded == 2 * 10 + 2  # this job's rows, and only the one candidate of the earlier job
    with session_scope(db_url) as s:
        got = {
            x.index: (x.status, x.duplicate_of)
            for x in s.scalars(select(Sample).where(Sample.job_id == job_id, Sample.status == "duplicate"))
        }
        original = s.scalars(select(Sample.id).where(Sample.job_id == earlier, Sample.index == 5)).one()
        own = s.scalars(select(Sample.id).where(Sample.job_id == job_id, Sample.index == 1)).one()
        detail = s.scalars(
            select(Sample.error_detail).where(Sample.job_id == job_id, Sample.index == 3)
        ).one()
    # Row 3 copies the earlier job's row 5, and row 6 copies row 3 (~0.94 to row 5): the earlier job's
    # kept row wins over this job's own; row 8 copies this job's row 1.
    assert got == {3: ("duplicate", original), 6: ("duplicate", original), 8: ("duplicate", own)}
    assert f"of job {earlier}" in (detail or "")
