"""tenancy: projects, key project ids, project columns on jobs, corpora, exports, runs, cache entries

Everything that existed before belongs to the project "default". Idempotency keys and corpus names
become unique per project instead of across the server.

Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"

DEFAULT = "default"
OWNED = ("api_keys", "generation_jobs", "corpora", "exports", "training_runs")
# SQLite's reflected unique constraints have no name: batch mode names them by this convention.
NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _old_unique(table: str, column: str) -> str:
    if op.get_bind().dialect.name == "postgresql":
        return f"{table}_{column}_key"
    return f"uq_{table}_{column}"


def upgrade() -> None:
    op.create_table(
        "projects",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("daily_tokens", sa.BigInteger(), nullable=True),
        sa.Column("daily_cost", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute(
        sa.text(
            "INSERT INTO projects (id, name, created_at) VALUES (:id, :id, CURRENT_TIMESTAMP)"
        ).bindparams(id=DEFAULT)
    )
    for table in OWNED:
        with op.batch_alter_table(table, schema=None, naming_convention=NAMING) as batch_op:
            batch_op.add_column(
                sa.Column("project_id", sa.String(length=32), nullable=False, server_default=DEFAULT)
            )
            batch_op.create_index(batch_op.f(f"ix_{table}_project_id"), ["project_id"], unique=False)
            batch_op.create_foreign_key(f"fk_{table}_project_id", "projects", ["project_id"], ["id"])
            if table == "generation_jobs":
                batch_op.drop_constraint(_old_unique(table, "idempotency_key"), type_="unique")
                batch_op.create_unique_constraint(
                    "uq_generation_jobs_project_idempotency", ["project_id", "idempotency_key"]
                )
            if table == "corpora":
                batch_op.drop_constraint(_old_unique(table, "name"), type_="unique")
                batch_op.create_unique_constraint("uq_corpora_project_name", ["project_id", "name"])
                batch_op.add_column(sa.Column("created_by_key_id", sa.String(length=32), nullable=True))
                batch_op.create_index(batch_op.f("ix_corpora_created_by_key_id"), ["created_by_key_id"])
                batch_op.create_foreign_key(
                    "fk_corpora_created_by_key_id",
                    "api_keys",
                    ["created_by_key_id"],
                    ["id"],
                    ondelete="SET NULL",
                )
            if table == "exports":
                batch_op.add_column(
                    sa.Column("all_projects", sa.Boolean(), nullable=False, server_default=sa.false())
                )
    with op.batch_alter_table("teacher_cache", schema=None) as batch_op:
        batch_op.add_column(sa.Column("project_id", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_teacher_cache_project_id"), ["project_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("teacher_cache", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teacher_cache_project_id"))
        batch_op.drop_column("project_id")
    for table in reversed(OWNED):
        with op.batch_alter_table(table, schema=None, naming_convention=NAMING) as batch_op:
            if table == "exports":
                batch_op.drop_column("all_projects")
            if table == "corpora":
                batch_op.drop_constraint("fk_corpora_created_by_key_id", type_="foreignkey")
                batch_op.drop_index(batch_op.f("ix_corpora_created_by_key_id"))
                batch_op.drop_column("created_by_key_id")
                batch_op.drop_constraint("uq_corpora_project_name", type_="unique")
                batch_op.create_unique_constraint(_old_unique(table, "name"), ["name"])
            if table == "generation_jobs":
                batch_op.drop_constraint("uq_generation_jobs_project_idempotency", type_="unique")
                batch_op.create_unique_constraint(_old_unique(table, "idempotency_key"), ["idempotency_key"])
            batch_op.drop_constraint(f"fk_{table}_project_id", type_="foreignkey")
            batch_op.drop_index(batch_op.f(f"ix_{table}_project_id"))
            batch_op.drop_column("project_id")
    op.drop_table("projects")
