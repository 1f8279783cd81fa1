"""corpora, documents, exports; PIT provenance on samples

Create Date: 2026-11-26 23:40:00.000000
"""

import sqlalchemy as sa
from alembic import op

from mediflow.storage.migration_types import BIGINT_PK, JSON_TYPE

revision: str = "0002"
down_revision: str | None = "0001"


def upgrade() -> None:
    op.create_table(
        "corpora",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "documents",
        sa.Column("id", BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("corpus_id", sa.String(length=32), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("n_chars", sa.Integer(), nullable=False),
        sa.Column("n_tokens", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=True),
        sa.Column("source_position", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["corpus_id"], ["corpora.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("corpus_id", "content_hash", name="uq_documents_corpus_hash"),
    )
    op.create_table(
        "exports",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("spec", JSON_TYPE, nullable=False),
        sa.Column("counts", JSON_TYPE, nullable=True),
        sa.Column("n_rows", sa.Integer(), nullable=False),
        sa.Column("artifact_path", sa.Text(), nullable=True),
        sa.Column("archive_path", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("exports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exports_status"), ["status"], unique=False)

    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.add_column(sa.Column("document_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("chunk_index", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_samples_document_id"), ["document_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_samples_document_id_documents", "documents", ["document_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.drop_constraint("fk_samples_document_id_documents", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_samples_document_id"))
        batch_op.drop_column("chunk_index")
        batch_op.drop_column("document_id")

    with op.batch_alter_table("exports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exports_status"))
    op.drop_table("exports")
    op.drop_table("documents")
    op.drop_table("corpora")
