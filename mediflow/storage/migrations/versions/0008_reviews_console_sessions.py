"""reviews: per-reviewer decisions, each sample's review outcome, console sessions, a paging index

Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from mediflow.storage.migration_types import BIGINT_PK, JSON_TYPE

revision: str = "0008"
down_revision: str | None = "0007"


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("sample_id", sa.BigInteger(), nullable=False),
        sa.Column("job_id", sa.String(length=32), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("edits", JSON_TYPE, nullable=True),
        sa.Column("reviewer", sa.String(length=64), nullable=False),
        sa.Column("created_by_key_id", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["sample_id"], ["samples.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["job_id"], ["generation_jobs.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by_key_id"], ["api_keys.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_reviews_sample_id", "reviews", ["sample_id", "id"])
    op.create_index("ix_reviews_job_id", "reviews", ["job_id", "id"])
    op.create_index("ix_reviews_created_by_key_id", "reviews", ["created_by_key_id"])
    op.create_table(
        "sample_reviews",
        sa.Column("sample_id", sa.BigInteger(), nullable=False),
        sa.Column("job_id", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("n_reviews", sa.Integer(), nullable=False),
        sa.Column("n_reviewers", sa.Integer(), nullable=False),
        sa.Column("edits", JSON_TYPE, nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["sample_id"], ["samples.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["job_id"], ["generation_jobs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("sample_id"),
    )
    op.create_index("ix_sample_reviews_job_status", "sample_reviews", ["job_id", "status"])
    op.create_table(
        "console_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["key_id"], ["api_keys.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_console_sessions_key_id", "console_sessions", ["key_id"])
    op.create_index("ix_samples_job_id_id", "samples", ["job_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_samples_job_id_id", table_name="samples")
    op.drop_index("ix_console_sessions_key_id", table_name="console_sessions")
    op.drop_table("console_sessions")
    op.drop_index("ix_sample_reviews_job_status", table_name="sample_reviews")
    op.drop_table("sample_reviews")
    for name in ("ix_reviews_created_by_key_id", "ix_reviews_job_id", "ix_reviews_sample_id"):
        op.drop_index(name, table_name="reviews")
    op.drop_table("reviews")
