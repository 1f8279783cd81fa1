"""base_models: base models a project imported from under the models root (POST /v1/models)

Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"

DEFAULT = "default"


def upgrade() -> None:
    op.create_table(
        "base_models",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("architecture", sa.String(length=128), nullable=True),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("project_id", sa.String(length=32), nullable=False, server_default=DEFAULT),
        sa.Column("created_by_key_id", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["project_id"], ["projects.id"]),
        sa.ForeignKeyConstraint(["created_by_key_id"], ["api_keys.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("project_id", "name", name="uq_base_models_project_name"),
    )
    with op.batch_alter_table("base_models", schema=None) as batch_op:
        batch_op.create_index("ix_base_models_project_id", ["project_id"], unique=False)
        batch_op.create_index("ix_base_models_created_by_key_id", ["created_by_key_id"], unique=False)


def downgrade() -> None:
    op.drop_table("base_models")
