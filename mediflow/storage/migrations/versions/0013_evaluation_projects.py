"""evaluations belong to a project, like the training runs whose models they score

Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"

DEFAULT = "default"


def upgrade() -> None:
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("project_id", sa.String(length=32), nullable=False, server_default=DEFAULT)
        )
        batch_op.create_index(batch_op.f("ix_evaluations_project_id"), ["project_id"], unique=False)
        batch_op.create_foreign_key("fk_evaluations_project_id", "projects", ["project_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_constraint("fk_evaluations_project_id", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_evaluations_project_id"))
        batch_op.drop_column("project_id")
