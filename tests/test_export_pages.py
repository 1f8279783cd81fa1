"""An export's keyset pages on PostgreSQL: each page is read by an index, whatever the statistics say."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql

from mediflow.exports.formats import get_format
from mediflow.exports.reader import KEY_COLUMNS, ROW_COLUMNS, sample_filter
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
