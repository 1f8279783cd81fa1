"""persisted LSH state for incremental dedup (dedup_bands, each job's layout); finished jobs' reports

Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from mediflow.storage.migration_types import JSON_TYPE

revision: str = "0016"
down_revision: str | None = "0015"


def upgrade() -> None:
    op.create_table(
        "dedup_bands",
        sa.Column("job_id", sa.String(length=32), nullable=False),
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("sample_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["job_id"], ["generation_jobs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("job_id", "key", "sample_id"),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("generation_jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dedup_layout", sa.String(length=32), nullable=True))
    op.create_table(
        "job_reports",
        sa.Column("job_id", sa.String(length=32), nullable=False),
        sa.Column("built_for", sa.String(length=64), nullable=False),
        sa.Column("body", JSON_TYPE, nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["job_id"], ["generation_jobs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("job_id"),
    )


def downgrade() -> None:
    op.drop_table("job_reports")
    with op.batch_alter_table("generation_jobs", schema=None) as batch_op:
        batch_op.drop_column("dedup_layout")
    op.drop_table("dedup_bands")
