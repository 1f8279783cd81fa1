"""Console pages that do not grow with the job, on SQLite and PostgreSQL: the stored review risk and
the queue's order, the text search index and its semantics, the cached job report and its freshness.
"""

from __future__ import annotations

import importlib.util
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, Table, delete, event, select, text, update

from mediflow.core.rows import SampleResult
from mediflow.generators.plan import PlanAxes, build_plan
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.services.report import cached_report
from mediflow.storage import jobs as job_store
from mediflow.storage import ownership, risk, search
from mediflow.storage import reviews as store
from mediflow.storage.db import engine_for, session_scope
from mediflow.storage.migrate import MIGRATIONS_DIR, upgrade
from mediflow.storage.models import GenerationJob, JobShard, Project, Review, Sample
from tests.conftest import create_pg_database, drop_pg_database

CRITERIA = risk.CRITERIA


def _judge(spread: int) -> dict[str, Any]:
    return {"judge": {"stats": {"alignment": {"median": 4.0, "spread": spread, "votes": [3, 5]}}}}


def _row(job_id: str, i: int, **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "job_id": job_id,
        "index": i,
        "status": "done",
        "task_type": "question_answering",
        "input_data": "discharge_summary",
        "difficulty_level": 3,
        "output_format": "plain_text",
        "instruction": f"Summarise note {i}",
        "input": f"Note {i}: stable.",
        "output": f"Answer {i}",
        "quality": 4.0,
    }
    row.update(extra)
    return row


def _job(s: Any, n: int, project: str = "default") -> str:
    job = GenerationJob(spec={"n_samples": n}, n_planned=n, n_done=n, status="completed", project_id=project)
    s.add(job)
    s.flush()
    return job.id


def expected_risk(row: Sample) -> int | None:
    """The queue's weights, written out independently of the SQL that stores them."""
    if row.status != "done":
        return None
    stats = ((row.checks or {}).get("judge") or {}).get("stats") or {}
    spreads = [v.get("spread") for v in stats.values() if isinstance(v, dict)]
    reasons = {
        16: row.phi_count > 0,
        8: any(isinstance(x, int | float) and x >= 2 for x in spreads),
        4: any(getattr(row, c) is not None and getattr(row, c) <= 3.0 for c in CRITERIA),
        2: row.rejected_output is not None,
    }
    return sum(w for w, on in reasons.items() if on)


# --- the stored risk ------------------------------------------------------------------------------


def test_stored_risk_follows_every_write_path(db_url: str) -> None:
    with session_scope(db_url) as s:
        job_id = _job(s, 8)
        s.add_all(
            [
                Sample(**_row(job_id, 0)),
                Sample(**_row(job_id, 1, phi_count=2)),
                Sample(**_row(job_id, 2, checks=_judge(3))),
                Sample(**_row(job_id, 3, quality=2.0)),
                Sample(**_row(job_id, 4, rejected_output="wrong", error_type="factual_error")),
                Sample(**_row(job_id, 5, phi_count=1, rejected_output="x", checks=_judge(2), realism=1.0)),
                Sample(**_row(job_id, 6, status="filtered", quality=1.0)),
                Sample(**_row(job_id, 7, checks={"judge": {"stats": {"quality": {"spread": "3"}}}})),
            ]
        )
    with session_scope(db_url) as s:
        rows = {r.index: r for r in s.scalars(select(Sample).where(Sample.job_id == job_id))}
        assert {i: r.review_risk for i, r in rows.items()} == {
            0: 0,
            1: 16,
            2: 8,
            3: 4,
            4: 2,
            5: 30,
            6: None,  # not kept: never in the queue
            7: 0,  # a spread that is not a number is no vote spread
        }
        assert all(r.review_risk == expected_risk(r) for r in rows.values())
        assert all(r.audit_rank == (r.id * risk.AUDIT_MULT) % 100 for r in rows.values())
    # A later change of PHI findings, judge votes or status is re-scored by the database itself.
    with session_scope(db_url) as s:
        s.execute(update(Sample).where(Sample.job_id == job_id, Sample.index == 0).values(phi_count=3))
        s.execute(update(Sample).where(Sample.job_id == job_id, Sample.index == 1).values(status="duplicate"))
        s.execute(update(Sample).where(Sample.job_id == job_id, Sample.index == 2).values(checks=_judge(0)))
    with session_scope(db_url) as s:
        got = dict(s.execute(select(Sample.index, Sample.review_risk).where(Sample.job_id == job_id)).all())
        assert (got[0], got[1], got[2]) == (16, None, 0)


def test_the_worker_write_path_stores_the_risk(db_url: str) -> None:
    with session_scope(db_url) as s:
        job_id = job_store.create_job(s, {"n_samples": 4}, 4).id
        job_store.materialise_plan(s, job_id, build_plan(4, PlanAxes.resolve(default_taxonomy()), seed=1))
    with session_scope(db_url) as s:
        assert set(s.scalars(select(Sample.review_risk).where(Sample.job_id == job_id))) == {None}
    results = [
        SampleResult(0, "done", {"instruction": "i", "input": "d", "output": "o", "phi_count": 1}),
        SampleResult(1, "done", {"instruction": "i", "input": "d", "output": "o", "quality": 2.0}),
        SampleResult(2, "done", {"instruction": "i", "input": "d", "output": "o", "checks": _judge(4)}),
        SampleResult(3, "failed").fail("output", "teacher_error", "HTTP 500"),
    ]
    with session_scope(db_url) as s:
        assert job_store.record_results(s, job_id, results, {"teacher_backend": "openai"}) == 4
    with session_scope(db_url) as s:
        got = dict(s.execute(select(Sample.index, Sample.review_risk).where(Sample.job_id == job_id)).all())
        assert got == {0: 16, 1: 4, 2: 8, 3: None}


@pytest.fixture
def big_job(db_url: str) -> Iterator[tuple[str, list[Sample]]]:
    """300 kept rows with a seeded mix of risks, plus filtered rows that must never be queued."""
    rng = random.Random(7)
    rows = []
    with session_scope(db_url) as s:
        job_id = _job(s, 320)
        for i in range(320):
            extra: dict[str, Any] = {
                "phi_count": 0,
                "checks": None,
                "rejected_output": None,
                "status": "done",
            }
            if rng.random() < 0.08:
                extra["phi_count"] = 1
            if rng.random() < 0.1:
                extra["checks"] = _judge(rng.choice([2, 3]))
            if rng.random() < 0.15:
                extra["quality"] = float(rng.choice([1, 2, 3]))
            if rng.random() < 0.2:
                extra["rejected_output"] = "wrong"
            if i % 16 == 5:
                extra["status"] = "filtered"
            rows.append(_row(job_id, i, **extra))
        s.execute(Sample.__table__.insert(), rows)  # the Core path the worker and bench use
    with session_scope(db_url) as s:
        yield job_id, list(s.scalars(select(Sample).where(Sample.job_id == job_id)))


def _expected_queue(rows: list[Sample], audit: int, skip: set[int] = frozenset()) -> list[int]:  # type: ignore[assignment]
    kept = [r for r in rows if r.status == "done" and r.id not in skip]
    rank = {r.id: (r.id * risk.AUDIT_MULT) % 100 for r in kept}
    risky = sorted(
        (r for r in kept if expected_risk(r)), key=lambda r: (-expected_risk(r), -rank[r.id], -r.id)
    )  # type: ignore[operator]
    audited = sorted(
        (r for r in kept if expected_risk(r) == 0 and rank[r.id] >= 100 - audit),
        key=lambda r: (-rank[r.id], -r.id),
    )
    return [r.id for r in risky + audited]


@pytest.mark.parametrize("audit", [0, 5, 100])
def test_queue_is_riskiest_first_and_pages_as_rows_are_reviewed(
    db_url: str, big_job: tuple[str, list[Sample]], audit: int
) -> None:
    job_id, rows = big_job
    want = _expected_queue(rows, audit)
    with session_scope(db_url) as s:
        got = store.review_queue(s, job_id, "key-a", 1, audit, limit=len(rows))
    assert [q.sample.id for q in got] == want
    # The labels shown agree with the stored score.
    weights = {**risk.WEIGHTS}
    for q in got:
        assert sum(weights.get(r, 0) for r in q.reasons) == q.sample.review_risk
        assert ("audit" in q.reasons) == (q.sample.audit_rank >= 100 - audit)
    # A page of 20, review it, and the next page is the next 20 of the same order.
    with session_scope(db_url) as s:
        first = [q.sample.id for q in store.review_queue(s, job_id, "key-a", 1, audit, limit=20)]
        assert first == want[:20]
        for sid in first:
            s.add(
                Review(sample_id=sid, job_id=job_id, decision="accept", reviewer="a", created_by_key_id=None)
            )
            store.refresh_state(s, s.get(Sample, sid))  # type: ignore[arg-type]
    with session_scope(db_url) as s:
        nxt = [q.sample.id for q in store.review_queue(s, job_id, "key-a", 1, audit, limit=20)]
    assert nxt == _expected_queue(rows, audit, skip=set(first))[:20]


def test_queue_walks_its_index_without_sorting_the_job(sqlite_url: str) -> None:
    with session_scope(sqlite_url) as s:
        job_id = _job(s, 1)
        s.add(Sample(**_row(job_id, 0, phi_count=1)))
    statements: list[tuple[str, Any]] = []
    engine = engine_for(sqlite_url)

    def capture(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        if "ORDER BY samples.review_risk DESC" in statement:
            statements.append((statement, params))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        with session_scope(sqlite_url) as s:
            store.review_queue(s, job_id, "k", 1, 5, 20)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert len(statements) == 2  # the risky rows, then the audit of the rest
    with engine.connect() as conn:
        for statement, params in statements:
            plan = " ".join(
                str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
            )
            assert "ix_samples_review_queue" in plan and "TEMP B-TREE" not in plan, plan


# --- text search ----------------------------------------------------------------------------------

TEXTS = [
    ("Summarise note 7 for the patient", "Note 7. Metformin 500 mg", "Stable"),
    ("Summarise NOTE 70", "Phone 617-555-0142", "stable; 50% better"),
    ("What is 100_000?", 'He said "no"', "Answer"),
    ("Classify", "note", "7 days"),  # "note" + "7" only across columns: never a match for "note 7"
    ("Résumé du patient", "ÉCHO cardiaque", "naïve"),
    ("Simplify", None, "metformin dose"),
]


@pytest.fixture
def texts_job(db_url: str) -> tuple[str, list[int]]:
    with session_scope(db_url) as s:
        job_id = _job(s, len(TEXTS))
        ids = []
        for i, (ins, inp, out) in enumerate(TEXTS):
            row = Sample(**_row(job_id, i, instruction=ins, input=inp, output=out, phi_count=i % 2))
            s.add(row)
            s.flush()
            ids.append(row.id)
    return job_id, ids


def _brute(ids: list[int], q: str) -> list[int]:
    """ILIKE semantics, by hand: case-insensitive (ASCII) substring of one column."""
    hits = [
        sid for sid, cols in zip(ids, TEXTS, strict=True) if any(c and q.lower() in c.lower() for c in cols)
    ]
    return sorted(hits, reverse=True)


def _search(
    url: str, job_id: str, q: str, before: int | None = None, limit: int = 50, **kw: Any
) -> list[int]:
    with session_scope(url) as s:
        query = store.SampleQuery(job_id=job_id, text=q, **kw)
        return [r.id for r in store.browse_samples(s, query, before, limit)]


QUERIES = ["note 7", "NOTE 7", "etformi", "stable", "50%", "100_000", '"no"', "617-555", "7", "no", "ote 7"]


def test_search_is_a_case_insensitive_substring_of_one_column(
    db_url: str, texts_job: tuple[str, list[int]]
) -> None:
    job_id, ids = texts_job
    for q in QUERIES:
        assert _search(db_url, job_id, q) == _brute(ids, q), q
    assert _search(db_url, job_id, "note 7")  # the cases above are not all empty
    assert _search(db_url, job_id, "50%") == [ids[1]] and _search(db_url, job_id, "100_000") == [ids[2]]


def test_search_combines_with_filters_paging_and_later_writes(
    db_url: str, texts_job: tuple[str, list[int]]
) -> None:
    job_id, ids = texts_job
    assert _search(db_url, job_id, "metformin", phi=False) == [
        i for i in _brute(ids, "metformin") if ids.index(i) % 2 == 0
    ]
    everything = _search(db_url, job_id, "a")
    assert everything == _brute(ids, "a")
    # Keyset pages of one row walk the same matches.
    pages, before = [], None
    while True:
        page = _search(db_url, job_id, "stable", before=before, limit=1)
        if not page:
            break
        pages += page
        before = page[-1]
    assert pages == _brute(ids, "stable")
    # Rewritten text is found by its new words only; a deleted row is gone from the index.
    with session_scope(db_url) as s:
        s.execute(update(Sample).where(Sample.id == ids[0]).values(output="Warfarin held"))
        s.execute(delete(Sample).where(Sample.id == ids[5]))
    assert _search(db_url, job_id, "warfarin") == [ids[0]]
    assert _search(db_url, job_id, "Stable") == [i for i in _brute(ids, "Stable") if i != ids[0]]
    assert ids[5] not in _search(db_url, job_id, "metformin")


def test_search_stays_within_the_callers_project(db_url: str) -> None:
    with session_scope(db_url) as s:
        s.add(Project(id="other", name="other"))
        s.flush()
        mine, theirs = _job(s, 1), _job(s, 1, project="other")
        s.add(Sample(**_row(mine, 0, instruction="shared words here")))
        s.add(Sample(**_row(theirs, 0, instruction="shared words there")))
    with session_scope(db_url) as s:
        ownership.set_caller(s, "some-key", "default", all_projects=False)
        rows = store.browse_samples(s, store.SampleQuery(text="shared words"), None, 50)
        assert [r.job_id for r in rows] == [mine]


def test_sqlite_search_uses_the_fts_index(sqlite_url: str) -> None:
    with session_scope(sqlite_url) as s:
        assert search.uses_fts(s, "abc") and not search.uses_fts(s, "ab")
        plan = " ".join(
            str(r[-1])
            for r in s.execute(
                text("EXPLAIN QUERY PLAN SELECT rowid FROM samples_fts WHERE samples_fts MATCH '\"abc\"'")
            )
        )
    assert "VIRTUAL TABLE INDEX" in plan


# --- the migration --------------------------------------------------------------------------------


def _migration() -> Any:
    path = next((MIGRATIONS_DIR / "versions").glob("0017_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0017", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_migration_froze_the_same_risk_sql_as_the_models() -> None:
    module = _migration()
    for dialect in ("sqlite", "postgresql"):
        assert module.risk_sql(dialect) == risk.risk_sql(dialect)
    assert risk.audit_sql() == module.AUDIT_SQL
    assert module.SQLITE_SEARCH == search.SQLITE_DDL
    assert set(module.PG_TRGM_INDEXES) == set(search.PG_INDEXES)


@pytest.fixture(params=["sqlite", "postgres"])
def bare_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    admin = request.getfixturevalue("pg_server")
    name = create_pg_database(admin)
    from sqlalchemy.engine import make_url

    yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    drop_pg_database(admin, name)


def _defaults(model: Any, old: Table) -> dict[str, Any]:
    """The model's Python-side column defaults, for the columns an older schema already had."""
    out: dict[str, Any] = {}
    for column in model.__table__.columns:
        default = column.default
        if default is None or column.name not in old.c or column.primary_key:
            continue
        out[column.name] = default.arg(None) if default.is_callable else default.arg
    return out


def test_upgrade_backfills_risk_and_search_for_existing_rows(bare_url: str) -> None:
    upgrade(bare_url, "0013")
    judge = {"judge": {"stats": {"quality": {"spread": 3}}}}
    with engine_for(bare_url).begin() as conn:
        # The tables as 0013 left them (reflected): the models' defaults name columns added since.
        old = MetaData()
        jobs_0013 = Table("generation_jobs", old, autoload_with=conn)
        samples_0013 = Table("samples", old, autoload_with=conn)
        conn.execute(
            jobs_0013.insert().values(
                {
                    **_defaults(GenerationJob, jobs_0013),
                    "id": "j",
                    "spec": {},
                    "n_planned": 3,
                    "status": "completed",
                }
            )
        )
        for i, (phi, checks, status) in enumerate([(1, None, "done"), (0, judge, "done"), (1, None, "phi")]):
            row = _row(
                "j", i, status=status, phi_count=phi, checks=checks, instruction=f"Old row {i}: Metformin"
            )
            conn.execute(
                samples_0013.insert().values(
                    {**_defaults(Sample, samples_0013), "shard": 0, "tokens_in": 0, "latency_ms": 0, **row}
                )
            )
    upgrade(bare_url)
    with session_scope(bare_url) as s:
        got = dict(s.execute(select(Sample.index, Sample.review_risk)).all())
        assert got == {0: 16, 1: 8, 2: None}
        found = store.browse_samples(s, store.SampleQuery(job_id="j", text="METFORMIN"), None, 50)
        assert sorted(r.index for r in found) == [0, 1, 2]


# --- the cached job report ------------------------------------------------------------------------


def _count_sample_reads(url: str) -> tuple[list[str], Any]:
    seen: list[str] = []

    def capture(_c: Any, _cur: Any, statement: str, _p: Any, _ctx: Any, _many: bool) -> None:
        if "FROM samples" in statement and "GROUP BY" in statement:
            seen.append(statement)

    event.listen(engine_for(url), "before_cursor_execute", capture)
    return seen, capture


def _finish(s: Any, job_id: str) -> None:
    """The last shard finishing: the job gets its final status (leftover rows cancelled)."""
    s.execute(update(JobShard).where(JobShard.job_id == job_id).values(status="finished"))
    assert job_store.finalize_job(s, job_id)


def test_job_report_is_cached_until_rows_change(db_url: str) -> None:
    with session_scope(db_url) as s:
        job = job_store.create_job(s, {"n_samples": 6}, 6)
        job_id = job.id
    with session_scope(db_url) as s:
        assert cached_report(s, job_id).cells == []  # nothing planned yet
        job_store.materialise_plan(s, job_id, build_plan(6, PlanAxes.resolve(default_taxonomy()), seed=1))
    with session_scope(db_url) as s:
        report = cached_report(s, job_id)
        assert sum(c.planned for c in report.cells) == 6 and report.statuses["pending"] == 6
    seen, hook = _count_sample_reads(db_url)
    try:
        with session_scope(db_url) as s:
            again = cached_report(s, job_id)
        assert again is report and seen == []  # served from the cache: no aggregate over the rows
        with session_scope(db_url) as s:
            job_store.record_results(
                s,
                job_id,
                [SampleResult(0, "done", {"output": "o", "quality": 4.0})],
                {"teacher_backend": "x"},
            )
        with session_scope(db_url) as s:
            fresh = cached_report(s, job_id)
        assert fresh.statuses["done"] == 1 and fresh.judge["quality"].count == 1 and seen
    finally:
        event.remove(engine_for(db_url), "before_cursor_execute", hook)
    # A running job may show a report up to live_s old; 0 (the REST default) is always exact.
    with session_scope(db_url) as s:
        s.execute(update(GenerationJob).where(GenerationJob.id == job_id).values(status="running"))
    with session_scope(db_url) as s:
        running = cached_report(s, job_id, live_s=600)
    with session_scope(db_url) as s:
        job_store.record_results(s, job_id, [SampleResult(1, "failed").fail("output", "x", "y")], {})
    with session_scope(db_url) as s:
        assert cached_report(s, job_id, live_s=600) is running
        assert cached_report(s, job_id).statuses["failed"] == 1
    # The last shard finishing (cancel the rest, final status) is seen at once, whatever live_s.
    with session_scope(db_url) as s:
        _finish(s, job_id)
    with session_scope(db_url) as s:
        final = cached_report(s, job_id, live_s=600)
        assert final.status == "completed" and final.statuses["cancelled"] == 4


def test_retry_failed_invalidates_the_report(db_url: str) -> None:
    with session_scope(db_url) as s:
        job_id = job_store.create_job(s, {"n_samples": 2}, 2).id
        job_store.materialise_plan(s, job_id, build_plan(2, PlanAxes.resolve(default_taxonomy()), seed=1))
    with session_scope(db_url) as s:
        job_store.record_results(s, job_id, [SampleResult(0, "failed").fail("output", "x", "y")], {})
        job_store.record_results(s, job_id, [SampleResult(1, "done", {"output": "o"})], {})
        _finish(s, job_id)
    with session_scope(db_url) as s:
        assert cached_report(s, job_id).statuses["failed"] == 1
        job_store.retry_failed(s, job_id)
    with session_scope(db_url) as s:
        after = cached_report(s, job_id, live_s=600)
        assert after.statuses["failed"] == 0 and after.statuses["pending"] == 1
