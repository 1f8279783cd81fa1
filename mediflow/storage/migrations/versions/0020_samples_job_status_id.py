"""samples: the (job_id, status) index becomes (job_id, status, id), so keyset pages need no sort

Create Date: 2026-12-01
"""

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"


def upgrade() -> None:
    op.create_index("ix_samples_job_status_id", "samples", ["job_id", "status", "id"])
    op.drop_index("ix_samples_job_status", table_name="samples")


def downgrade() -> None:
    op.create_index("ix_samples_job_status", "samples", ["job_id", "status"])
    op.drop_index("ix_samples_job_status_id", table_name="samples")
