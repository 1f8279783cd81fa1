"""samples.task_rank and samples.doc_rank: the ranks a row's planned label and scenario are drawn from,
stored with the plan so a shard reads its own rows' instead of recomputing the whole plan

Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"


def upgrade() -> None:
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.add_column(sa.Column("task_rank", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("doc_rank", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.drop_column("doc_rank")
        batch_op.drop_column("task_rank")
