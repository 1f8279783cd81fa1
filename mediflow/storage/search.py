"""Text search over samples' instruction, input and output, served from an index on both databases.

Semantics (the same on SQLite and PostgreSQL): a search is a case-insensitive substring match in any
of the three columns, like ``ILIKE '%text%'``; the text is taken literally (``%``, ``_``, quotes and
words such as AND are not operators), and a match never spans two columns.

- PostgreSQL: ``pg_trgm`` GIN indexes on each column serve ``ILIKE`` directly; the planner picks a
  bitmap index scan for rare text and walks the (job_id, id) index for common text.
- SQLite: an FTS5 external-content table with the ``trigram`` tokenizer (a phrase query is a
  substring match there) is kept in step with ``samples`` by triggers. Its matches are walked newest
  first, a bounded chunk at a time, and each chunk is checked against the page's other filters and
  the exact ``LIKE`` condition; the walk stops once a page is full.
- Text shorter than three characters has no trigram to look up: it is matched by ``LIKE`` alone,
  reading the job's rows newest first until a page is full.

The index objects live in migrations (0017), not in the models: ``is_search_object`` lets schema
comparison and autogenerate leave them alone. A future migration that rebuilds ``samples`` in SQLite
batch mode must re-create the triggers (``SQLITE_DDL``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, text
from sqlalchemy.orm import Session

from mediflow.storage.models import Sample

FTS_TABLE = "samples_fts"
COLUMNS = ("instruction", "input", "output")
MIN_INDEXED = 3  # the trigram tokenizer and pg_trgm match nothing shorter
FIRST_CHUNK, MAX_CHUNK = 200, 10_000  # FTS matches read per step: small first, growing when filtered
_NEWEST = 2**62

_cols = ", ".join(COLUMNS)
_new = ", ".join(f"new.{c}" for c in COLUMNS)
_old = ", ".join(f"old.{c}" for c in COLUMNS)
_delete = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_cols}) VALUES ('delete', old.id, {_old});"
_insert = f"INSERT INTO {FTS_TABLE}(rowid, {_cols}) VALUES (new.id, {_new});"
SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_cols}, content='samples', content_rowid='id', "
    "tokenize='trigram')",
    f"CREATE TRIGGER {FTS_TABLE}_ai AFTER INSERT ON samples BEGIN {_insert} END",
    f"CREATE TRIGGER {FTS_TABLE}_ad AFTER DELETE ON samples BEGIN {_delete} END",
    f"CREATE TRIGGER {FTS_TABLE}_au AFTER UPDATE OF {_cols} ON samples BEGIN {_delete} {_insert} END",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
)
PG_INDEXES = {f"ix_samples_{c}_trgm": c for c in COLUMNS}


def is_search_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic ``include_object``: False for the search index objects, which no model declares."""
    if type_ == "table" and name is not None and name.startswith(FTS_TABLE):
        return False
    return not (type_ == "index" and name in PG_INDEXES)


def _match(text_: str) -> str:
    """A literal FTS5 phrase: with the trigram tokenizer, a case-insensitive substring."""
    return '"' + text_.replace('"', '""') + '"'


def uses_fts(session: Session, text_: str | None) -> bool:
    return len(text_ or "") >= MIN_INDEXED and session.get_bind().dialect.name == "sqlite"


def _fts_ids(session: Session, text_: str, below: int, n: int) -> list[int]:
    rows = session.execute(
        text(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q AND rowid < :below "
            "ORDER BY rowid DESC LIMIT :n"
        ),
        {"q": _match(text_), "below": below, "n": n},
    )
    return [int(r[0]) for r in rows]


def walk_matches(
    session: Session, query: Select[Any], text_: str, before: int | None, limit: int
) -> list[Any]:
    """Rows of ``query`` (already holding every filter) among the FTS matches, newest first."""
    found: list[Any] = []
    below, chunk = before or _NEWEST, FIRST_CHUNK
    while len(found) < limit:
        ids = _fts_ids(session, text_, below, chunk)
        if not ids:
            break
        page = query.where(Sample.id.in_(ids)).order_by(Sample.id.desc()).limit(limit - len(found))
        found.extend(session.scalars(page))
        if len(ids) < chunk:
            break
        below, chunk = ids[-1], min(chunk * 4, MAX_CHUNK)
    return found
