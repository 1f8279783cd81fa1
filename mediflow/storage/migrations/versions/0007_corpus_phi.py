"""corpus PHI screening: a policy per corpus, findings per document

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    # Corpora created before screening existed kept their text unchanged: "flag" says so.
    with op.batch_alter_table("corpora", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("phi_policy", sa.String(length=16), nullable=False, server_default="flag")
        )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phi_count", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("phi_counts", JSON_TYPE, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("phi_counts")
        batch_op.drop_column("phi_count")
    with op.batch_alter_table("corpora", schema=None) as batch_op:
        batch_op.drop_column("phi_policy")
