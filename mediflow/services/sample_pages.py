"""Pages of samples (``GET /v1/samples``): keyset pagination, and only the columns a page shows.

A page reads plain column tuples, never ORM objects, and never the columns no public field shows (the
dedup signature, the content hash): at 50 or 500 rows a page that is polled is mostly this cost.
``fields`` names the public fields wanted (``id`` always comes); without it a row has them all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediflow.core import errors
from mediflow.schemas.samples import SAMPLE_FIELDS, SampleList, SampleProvenance
from mediflow.storage import ownership
from mediflow.storage.models import GenerationJob, Sample

# Public fields built from several columns; every other public field is the column of its name.
FAILURE_COLUMNS = {"stage": "failed_stage", "reason": "failure_reason", "detail": "error_detail"}
DERIVED: dict[str, tuple[str, ...]] = {
    "provenance": tuple(SampleProvenance.model_fields),
    "failure": tuple(FAILURE_COLUMNS.values()),
}


def parse_fields(raw: str | None) -> tuple[str, ...]:
    """``"status,output"`` -> ("id", "status", "output") in SamplePublic's order; all fields if None."""
    if raw is None or not raw.strip():
        return SAMPLE_FIELDS
    asked = {name.strip() for name in raw.split(",") if name.strip()}
    unknown = sorted(asked - set(SAMPLE_FIELDS))
    if unknown:
        raise errors.InvalidRequestError(
            "fields", f"unknown field {', '.join(map(repr, unknown))}; valid: {', '.join(SAMPLE_FIELDS)}"
        )
    asked.add("id")  # the cursor
    return tuple(name for name in SAMPLE_FIELDS if name in asked)


def _columns(fields: Iterable[str]) -> list[Any]:
    names: dict[str, None] = {}
    for name in fields:
        names.update(dict.fromkeys(DERIVED.get(name, (name,))))
    return [getattr(Sample, name) for name in names]


def _item(row: Any, fields: Sequence[str]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for name in fields:
        if name == "provenance":
            item[name] = {col: getattr(row, col) for col in DERIVED["provenance"]}
        elif name == "failure":
            failed = row.failure_reason
            item[name] = {k: getattr(row, col) for k, col in FAILURE_COLUMNS.items()} if failed else None
        else:
            item[name] = getattr(row, name)
    return item


def list_samples(
    session: Session,
    *,
    job_id: str | None = None,
    task_type: str | None = None,
    status: str | None = None,
    cursor: int | None = None,
    limit: int = 50,
    fields: Sequence[str] = SAMPLE_FIELDS,
) -> SampleList:
    """Keyset pagination by id: stable while rows are being written, cheap at any depth."""
    query = select(*_columns(fields)).order_by(Sample.id).limit(limit + 1)
    if (project := ownership.caller_project(session)) is not None:
        query = query.where(
            Sample.job_id.in_(select(GenerationJob.id).where(GenerationJob.project_id == project))
        )
    if job_id is not None:
        query = query.where(Sample.job_id == job_id)
    if task_type is not None:
        query = query.where(Sample.task_type == task_type)
    if status is not None:
        query = query.where(Sample.status == status)
    if cursor is not None:
        query = query.where(Sample.id > cursor)
    rows = list(session.execute(query))
    more = len(rows) > limit
    rows = rows[:limit]
    return SampleList.model_validate(
        {
            "items": [_item(r, fields) for r in rows],
            "next_cursor": str(rows[-1].id) if more and rows else None,
        }
    )
