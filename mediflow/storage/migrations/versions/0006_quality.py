"""quality: judge, PHI, dedup columns and status counters

Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from mediflow.storage.migration_types import JSON_TYPE

revision: str = "0006"
down_revision: str | None = "0005"


def upgrade() -> None:
    with op.batch_alter_table("generation_jobs", schema=None) as batch_op:
        for name in ("n_filtered", "n_duplicate", "n_phi"):
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.add_column(sa.Column("checks", JSON_TYPE, nullable=True))
        batch_op.add_column(sa.Column("phi_count", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("duplicate_of", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("minhash", sa.LargeBinary(), nullable=True))
        batch_op.create_index(batch_op.f("ix_samples_content_hash"), ["content_hash"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_samples_content_hash"))
        for name in ("minhash", "content_hash", "duplicate_of", "phi_count", "checks"):
            batch_op.drop_column(name)
    with op.batch_alter_table("generation_jobs", schema=None) as batch_op:
        for name in ("n_phi", "n_duplicate", "n_filtered"):
            batch_op.drop_column(name)
