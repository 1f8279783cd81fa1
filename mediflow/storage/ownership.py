"""Every row created in a request records the API key that created it.

The auth dependency puts the caller's key id in ``session.info``; before each flush, new rows of any
model with a ``created_by_key_id`` column (jobs, exports, training runs, ...) are stamped with it. So
services and stores need not thread the key through, and a new owned table is covered by its column.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

INFO_KEY = "api_key_id"


@event.listens_for(Session, "before_flush")
def _stamp_creator(session: Session, _context: Any, _instances: Any) -> None:
    key_id = session.info.get(INFO_KEY)
    if key_id is None:
        return
    for obj in session.new:
        if hasattr(obj, "created_by_key_id") and obj.created_by_key_id is None:
            obj.created_by_key_id = key_id
