"""An export's keyset pages: each page is read by an index on PostgreSQL, whatever the statistics say,
and an export of several jobs or statuses reads each (job, status) range and merges them in id order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, func, select, text, update
from sqlalchemy.dialects import postgresql

from mediflow.exports.formats import get_format
from mediflow.exports.reader import (
    KEY_COLUMNS,
    MIN_RANGE_PAGE,
    ROW_COLUMNS,
    index_ranges,
    sample_filter,
    stream_samples,
)
from mediflow.schemas.exports import ExportCreate
from mediflow.storage.db import session_scope
from mediflow.storage.models import Sample
from tests.support.jobs import seed_job


def test_an_export_page_needs_no_sort_of_the_job_even_with_stale_statistics(pg_url: str) -> None:
    # Statistics taken while the table held one small job, as on a server whose autovacuum has not run
    # since: the planner believes the big job below has almost no rows. On the old (job, status) index
    # it read and sorted every row of the job for each page (~1 s a page at 900,000 rows).
    seed_job(pg_url, 12)
    with session_scope(pg_url) as s:
        s.execute(text("ANALYZE samples"))
    job_id = seed_job(pg_url, 1500)
    spec = ExportCreate.model_validate({"format": "mediflow", "job_ids": [job_id]})
    conds = sample_filter(spec, get_format(spec.format, spec))
    with session_scope(pg_url) as s:
        for columns in (KEY_COLUMNS, ROW_COLUMNS):
            page = select(*columns).where(*conds).where(Sample.id > 500).order_by(Sample.id).limit(1000)
            sql = str(page.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
            plan = "\n".join(row[0] for row in s.execute(text("EXPLAIN " + sql)))
            assert "ix_samples_job_status_id" in plan and "Sort" not in plan, plan


def _two_jobs_two_statuses(url: str, n: int = 330) -> ExportCreate:
    """Two jobs whose kept rows are part "done", part "filtered" (an output the judge filtered), their ids
    interleaved: a quarter of each job's rows moves to the other, so neither job is one block of ids.
    At 330 rows a job, each (job, status) range holds ~110 rows, more than one range page."""
    jobs = [seed_job(url, n), seed_job(url, n)]
    with session_scope(url) as s:
        for source, target in (jobs, jobs[::-1]):
            s.execute(
                update(Sample)
                .where(Sample.job_id == source, Sample.index < n, Sample.index % 4 == 0)
                .values(job_id=target, index=Sample.index + n)
            )
        s.execute(
            update(Sample)
            .where(Sample.job_id.in_(jobs), Sample.status == "done", Sample.index % 2 == 1)
            .values(status="filtered")
        )
    return ExportCreate.model_validate(
        {"format": "mediflow", "job_ids": jobs, "statuses": ["done", "filtered"]}
    )


def test_an_export_of_several_jobs_and_statuses_reads_each_range_and_merges_them_in_id_order(
    db_url: str,
) -> None:
    spec = _two_jobs_two_statuses(db_url)
    ranges = index_ranges(spec)
    assert len(ranges) == 4
    conds = sample_filter(spec, get_format(spec.format, spec))
    with session_scope(db_url) as s:
        one_query = [r["id"] for rows in stream_samples(s, KEY_COLUMNS, conds, 7) for r in rows]
        batches = list(stream_samples(s, KEY_COLUMNS, conds, 7, ranges))
        selected = select(
            Sample.job_id, Sample.status, func.count(), func.min(Sample.id), func.max(Sample.id)
        )
        per_range = s.execute(selected.where(*conds).group_by(Sample.job_id, Sample.status)).all()
    # Each range is read in several keyset pages (the page is MIN_RANGE_PAGE rows at this batch), and
    # the jobs' ids overlap, so paging within a range and merging across jobs both show in the order.
    assert len(per_range) == 4 and all(count > MIN_RANGE_PAGE for _, _, count, _, _ in per_range)
    first, last = {}, {}
    for job, _, _, low, high in per_range:
        first[job], last[job] = min(low, first.get(job, low)), max(high, last.get(job, high))
    a, b = spec.job_ids or []
    assert first[b] < last[a] and first[a] < last[b]
    merged = [r["id"] for rows in batches for r in rows]
    assert merged == one_query == sorted(set(one_query))
    assert all(len(rows) == 7 for rows in batches[:-1]) and 0 < len(batches[-1]) <= 7


def test_a_row_whose_status_moves_between_two_read_ranges_is_exported_once(db_url: str) -> None:
    # Without one snapshot (SQLite; PostgreSQL outside the export's repeatable read) each page reads
    # the table as it is then. A row read in the "done" range's first page, then moved to "filtered"
    # before that range's second page is read, comes back from both ranges.
    job = seed_job(db_url, 330)
    with session_scope(db_url) as s:
        kept = s.scalars(
            select(Sample.id).where(Sample.job_id == job, Sample.status == "done").order_by(Sample.id)
        ).all()
        # The lower 150 kept rows are "filtered": that range is two pages, and the "done" range's first
        # page (all its ~70 rows) lies above the first "filtered" page.
        s.execute(update(Sample).where(Sample.id.in_(kept[:150])).values(status="filtered"))
    moved = kept[150]
    spec = ExportCreate.model_validate(
        {"format": "mediflow", "job_ids": [job], "statuses": ["done", "filtered"]}
    )
    conds = sample_filter(spec, get_format(spec.format, spec))
    with session_scope(db_url) as s:
        batches = stream_samples(s, KEY_COLUMNS, conds, 7, index_ranges(spec))
        ids = [r["id"] for r in next(batches)]  # both ranges' first pages are read by now
        # The "filtered" range's second page (from kept[100]) is read only once kept[99] is passed.
        assert max(ids) < kept[MIN_RANGE_PAGE - 1] < moved
        with session_scope(db_url) as other:
            other.execute(update(Sample).where(Sample.id == moved).values(status="filtered"))
        ids += [r["id"] for rows in batches for r in rows]
    assert ids.count(moved) == 1
    assert ids == sorted(set(ids)) and set(ids) == set(kept)


def test_each_range_page_of_a_several_job_export_needs_no_sort(pg_url: str) -> None:
    # One query over two jobs cannot be read in id order from an index: with these stale statistics
    # PostgreSQL 15 plans a Sort of all the selected rows for each page. Every page query the export
    # runs is explained here: each must read an index in id order.
    seed_job(pg_url, 12)
    with session_scope(pg_url) as s:
        s.execute(text("ANALYZE samples"))
    spec = _two_jobs_two_statuses(pg_url, 1500)
    conds = sample_filter(spec, get_format(spec.format, spec))
    pages: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "LIMIT" in statement.upper():
            pages.append((statement, parameters))

    with session_scope(pg_url) as s:
        engine = s.get_bind().engine
        event.listen(engine, "before_cursor_execute", seen)
        try:
            rows = sum(len(b) for b in stream_samples(s, ROW_COLUMNS, conds, 500, index_ranges(spec)))
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        assert rows > 1000 and len(pages) >= 8
        for statement, parameters in pages:
            plan = "\n".join(r[0] for r in s.connection().exec_driver_sql("EXPLAIN " + statement, parameters))
            assert "Index Scan" in plan and "Sort" not in plan, plan


def test_one_status_or_a_project_wide_export_is_one_query() -> None:
    one = ExportCreate.model_validate({"format": "mediflow", "job_ids": ["a", "b"]})
    assert index_ranges(one) == [("a", "done"), ("b", "done")]
    assert index_ranges(ExportCreate.model_validate({"format": "mediflow", "job_ids": ["a"]})) == []
    assert (
        index_ranges(ExportCreate.model_validate({"format": "mediflow", "statuses": ["done", "filtered"]}))
        == []
    )
    many = ExportCreate.model_validate(
        {"format": "mediflow", "job_ids": [f"j{i}" for i in range(9)], "statuses": ["done", "filtered"]}
    )
    assert index_ranges(many) == []
