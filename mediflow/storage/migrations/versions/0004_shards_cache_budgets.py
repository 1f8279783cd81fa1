"""job shards, teacher cache, budgets

Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"


def upgrade() -> None:
    with op.batch_alter_table("generation_jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("n_shards", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("stop_reason", sa.String(length=255), nullable=True))
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.add_column(sa.Column("shard", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_index("ix_samples_job_shard_status", ["job_id", "shard", "status"], unique=False)
    op.create_table(
        "job_shards",
        sa.Column("job_id", sa.String(length=32), nullable=False),
        sa.Column("shard", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("worker_id", sa.String(length=255), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["job_id"], ["generation_jobs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("job_id", "shard"),
    )
    with op.batch_alter_table("job_shards", schema=None) as batch_op:
        batch_op.create_index("ix_job_shards_status_heartbeat", ["status", "heartbeat_at"], unique=False)
    op.create_table(
        "teacher_cache",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=255), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("tokens_in", sa.Integer(), nullable=False),
        sa.Column("tokens_out", sa.Integer(), nullable=False),
        sa.Column("finish_reason", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("teacher_cache")
    with op.batch_alter_table("job_shards", schema=None) as batch_op:
        batch_op.drop_index("ix_job_shards_status_heartbeat")
    op.drop_table("job_shards")
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.drop_index("ix_samples_job_shard_status")
        batch_op.drop_column("shard")
    with op.batch_alter_table("generation_jobs", schema=None) as batch_op:
        batch_op.drop_column("stop_reason")
        batch_op.drop_column("n_shards")
