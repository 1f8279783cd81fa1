"""api_keys; which key created each job and export

Create Date: 2026-11-26 23:50:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"

# Tables whose rows record the key that created them.
OWNED = ("generation_jobs", "exports")


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("prefix"),
    )
    for table in OWNED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("created_by_key_id", sa.String(length=32), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{table}_created_by_key_id"), ["created_by_key_id"])
            batch_op.create_foreign_key(
                f"fk_{table}_created_by_key_id_api_keys",
                "api_keys",
                ["created_by_key_id"],
                ["id"],
                ondelete="SET NULL",
            )


def downgrade() -> None:
    for table in OWNED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f"fk_{table}_created_by_key_id_api_keys", type_="foreignkey")
            batch_op.drop_index(batch_op.f(f"ix_{table}_created_by_key_id"))
            batch_op.drop_column("created_by_key_id")
    op.drop_table("api_keys")
