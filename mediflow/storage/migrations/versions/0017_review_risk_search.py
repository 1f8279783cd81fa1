"""review queue risk, job search index: stored risk columns and a text index on samples

Create Date: 2026-11-30

- ``samples.review_risk`` and ``samples.audit_rank`` are generated columns (mediflow/storage/risk.py):
  the database computes them for existing rows here (SQLite: a VIRTUAL column whose index stores the
  values; PostgreSQL: a STORED column, filled by the table rewrite) and on every later write.
- Text search (mediflow/storage/search.py): on SQLite an FTS5 trigram external-content table kept in
  step by triggers and built from the existing rows; on PostgreSQL ``pg_trgm`` GIN indexes (skipped,
  with a warning, where the extension is not installed on the server: search then scans).

The SQL is frozen here; tests/console/test_console_scale.py checks it still equals what the models
declare.
"""

import logging

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"

log = logging.getLogger("alembic.runtime.migration")

# Frozen copies of storage/risk.py at this revision (later changes to it need a migration of their own).
CRITERIA = ("quality", "alignment", "coherence", "realism", "difficulty")


def _spread(dialect: str, criterion: str) -> str:
    if dialect == "postgresql":
        path = f"'{{judge,stats,{criterion},spread}}'"
        return f"(CASE WHEN jsonb_typeof(checks #> {path}) = 'number' THEN (checks #>> {path})::float8 END)"
    path = f"'$.judge.stats.{criterion}.spread'"
    return (
        f"(CASE WHEN json_valid(checks) THEN CASE WHEN json_type(checks, {path}) IN ('integer', 'real') "
        f"THEN json_extract(checks, {path}) END END)"
    )


def risk_sql(dialect: str) -> str:
    terms = (
        ("phi_count > 0", 16),
        (" OR ".join(f"{_spread(dialect, c)} >= 2" for c in CRITERIA), 8),
        (" OR ".join(f"{c} <= 3.0" for c in CRITERIA), 4),
        ("rejected_output IS NOT NULL", 2),
    )
    total = " + ".join(f"(CASE WHEN {cond} THEN {weight} ELSE 0 END)" for cond, weight in terms)
    return f"CASE WHEN status = 'done' THEN {total} END"


AUDIT_SQL = "((id * 2654435761) % 100)"
FTS_COLUMNS = "instruction, input, output"
_FTS_DELETE = (
    "INSERT INTO samples_fts(samples_fts, rowid, instruction, input, output) "
    "VALUES ('delete', old.id, old.instruction, old.input, old.output);"
)
_FTS_INSERT = (
    "INSERT INTO samples_fts(rowid, instruction, input, output) "
    "VALUES (new.id, new.instruction, new.input, new.output);"
)
SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE samples_fts USING fts5(instruction, input, output, content='samples', "
    "content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER samples_fts_ai AFTER INSERT ON samples BEGIN {_FTS_INSERT} END",
    f"CREATE TRIGGER samples_fts_ad AFTER DELETE ON samples BEGIN {_FTS_DELETE} END",
    f"CREATE TRIGGER samples_fts_au AFTER UPDATE OF {FTS_COLUMNS} ON samples BEGIN {_FTS_DELETE} {_FTS_INSERT} END",
    "INSERT INTO samples_fts(samples_fts) VALUES ('rebuild')",
)
PG_TRGM_INDEXES = {f"ix_samples_{c}_trgm": c for c in ("instruction", "input", "output")}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # Plain ALTER TABLE (no batch copy): SQLite adds a VIRTUAL generated column in place.
    for name, sql in (("review_risk", risk_sql(dialect)), ("audit_rank", AUDIT_SQL)):
        # PostgreSQL: STORED (an index needs it); SQLite: VIRTUAL (ALTER TABLE cannot add a STORED one).
        computed = sa.Computed(sa.text(sql), persisted=dialect == "postgresql")
        op.add_column("samples", sa.Column(name, sa.Integer(), computed, nullable=True))
    kept = sa.text("review_risk IS NOT NULL")  # partial: the report's scans of a job must not pick it
    op.create_index(
        "ix_samples_review_queue",
        "samples",
        ["job_id", "review_risk", "audit_rank", "id"],
        sqlite_where=kept,
        postgresql_where=kept,
    )
    if dialect == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)
    elif _pg_trgm_available():
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for index, column in PG_TRGM_INDEXES.items():
            op.execute(f"CREATE INDEX {index} ON samples USING gin ({column} gin_trgm_ops)")
    else:
        log.warning("pg_trgm is not available on this server: sample text search will scan rows")


def _pg_trgm_available() -> bool:
    bind = op.get_bind()
    return bool(bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first())


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS samples_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS samples_fts")
    else:
        for index in PG_TRGM_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {index}")
    op.drop_index("ix_samples_review_queue", table_name="samples")
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.drop_column("audit_rank")
        batch_op.drop_column("review_risk")
