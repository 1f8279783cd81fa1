"""Column types the migration scripts share, spelled once instead of in each script.

Frozen with the migrations: a change here would change what already-applied revisions describe, so a
new type for a later revision gets a new name rather than an edit.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
# SQLite only autoincrements an INTEGER PRIMARY KEY, so the big key is a plain integer there.
BIGINT_PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
