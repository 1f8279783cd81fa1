"""corpus PHI screening: a policy per corpus, findings per document

Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from mediflow.storage.migration_types import JSON_TYPE

revision: str = "0007"
down_revision: str | None = "0006"


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
