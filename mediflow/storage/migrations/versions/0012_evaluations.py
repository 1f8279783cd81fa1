"""evaluations: models x suite task scores

Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from mediflow.storage.migration_types import JSON_TYPE

revision: str = "0012"
down_revision: str | None = "0011"


def upgrade() -> None:
    op.create_table(
        "evaluations",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("models", JSON_TYPE, nullable=False),
        sa.Column("suite", sa.Text(), nullable=False),
        sa.Column("options", JSON_TYPE, nullable=False),
        sa.Column("results", JSON_TYPE, nullable=False),
        sa.Column("report", JSON_TYPE, nullable=True),
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
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.create_index("ix_evaluations_status", ["status"], unique=False)
        batch_op.create_index("ix_evaluations_created_by_key_id", ["created_by_key_id"], unique=False)


def downgrade() -> None:
    op.drop_table("evaluations")
