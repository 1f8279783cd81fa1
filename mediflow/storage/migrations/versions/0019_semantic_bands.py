"""persisted SimHash state for semantic dedup (semantic_bands, each job's semantic layout)

Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"


def upgrade() -> None:
    op.create_table(
        "semantic_bands",
        sa.Column("job_id", sa.String(length=32), nullable=False),
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("sample_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["job_id"], ["generation_jobs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("job_id", "key", "sample_id"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_semantic_bands_job_sample", "semantic_bands", ["job_id", "sample_id"])
    with op.batch_alter_table("generation_jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("semantic_layout", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("generation_jobs", schema=None) as batch_op:
        batch_op.drop_column("semantic_layout")
    op.drop_index("ix_semantic_bands_job_sample", table_name="semantic_bands")
    op.drop_table("semantic_bands")
