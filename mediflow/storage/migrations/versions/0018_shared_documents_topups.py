"""samples.input_group (rows sharing one generated document) and samples.topup_round (quota top-ups)

Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"


def upgrade() -> None:
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.add_column(sa.Column("input_group", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("topup_round", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.drop_column("topup_round")
        batch_op.drop_column("input_group")
