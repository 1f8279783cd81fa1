"""samples.scenario: the case design of a row (scenario attributes, planned label, planted error)

Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from mediflow.storage.migration_types import JSON_TYPE

revision: str = "0009"
down_revision: str | None = "0008"


def upgrade() -> None:
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scenario", JSON_TYPE, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("samples", schema=None) as batch_op:
        batch_op.drop_column("scenario")
