"""training runs

Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from mediflow.storage.migration_types import JSON_TYPE

revision: str = "0005"
down_revision: str | None = "0004"


def upgrade() -> None:
    op.create_table(
        "training_runs",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("recipe", JSON_TYPE, nullable=False),
        sa.Column("run_dir", sa.Text(), nullable=False),
        sa.Column("steps", JSON_TYPE, nullable=True),
        sa.Column("stage", sa.String(length=32), nullable=True),
        sa.Column("step_id", sa.String(length=128), nullable=True),
        sa.Column("stage_index", sa.Integer(), nullable=True),
        sa.Column("stage_total", sa.Integer(), nullable=True),
        sa.Column("phase", sa.String(length=32), nullable=True),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("max_steps", sa.Integer(), nullable=True),
        sa.Column("loss", sa.Float(), nullable=True),
        sa.Column("eta_s", sa.Float(), nullable=True),
        sa.Column("metrics", JSON_TYPE, nullable=False),
        sa.Column("artifacts", JSON_TYPE, nullable=False),
        sa.Column("final_model", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("worker_id", sa.String(length=255), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by_key_id", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["created_by_key_id"], ["api_keys.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("training_runs", schema=None) as batch_op:
        batch_op.create_index("ix_training_runs_status", ["status"], unique=False)
        batch_op.create_index("ix_training_runs_created_by_key_id", ["created_by_key_id"], unique=False)
        batch_op.create_index("ix_training_runs_status_heartbeat", ["status", "heartbeat_at"], unique=False)


def downgrade() -> None:
    op.drop_table("training_runs")
