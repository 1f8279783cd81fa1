"""The review queue's risk score, stored on every sample row by the database itself.

``samples.review_risk`` and ``samples.audit_rank`` are generated columns (a VIRTUAL column with an
index on SQLite, STORED on PostgreSQL): the database recomputes them on every write of a row, whether
the write comes from the worker's batched UPDATE, the ORM, a migration or a hand-run statement, so the
score can never go stale when a row's PHI findings, judge votes or status change. The queue then walks
the ``(job_id, review_risk, audit_rank, id)`` index from its top instead of scoring the whole job.

``review_risk`` is NULL for rows that are not kept (only "done" rows are reviewed), otherwise the sum
of the weights of its reasons; ``audit_rank`` spreads rows pseudo-randomly over 0..99, and a queue with
an audit of p % takes the rows with ``audit_rank >= 100 - p``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import Integer

CRITERIA = ("quality", "alignment", "coherence", "realism", "difficulty")
# A judge score at or below this (on the 1..5 scale) puts a row in the "low score" risk group.
LOW_SCORE = 3.0
# Judge votes on one criterion that differ by this much or more count as split.
SPLIT_SPREAD = 2
# Risk weights: PHI first, then split or low judge votes, then DPO pairs; the audit breaks ties.
WEIGHTS = {"phi": 16, "split_votes": 8, "low_score": 4, "dpo_pair": 2}
AUDIT_MULT = 2654435761  # Knuth's multiplicative hash: a stable, spread-out pseudo-random audit pick
KEPT = "done"  # SampleStatus.done; literal here because the expression is DDL


def _spread(dialect: str, criterion: str) -> str:
    if dialect == "postgresql":
        path = f"'{{judge,stats,{criterion},spread}}'"
        # Only a JSON number is compared: a malformed vote record must not make the row unwritable.
        return f"(CASE WHEN jsonb_typeof(checks #> {path}) = 'number' THEN (checks #>> {path})::float8 END)"
    path = f"'$.judge.stats.{criterion}.spread'"
    return (
        f"(CASE WHEN json_valid(checks) THEN CASE WHEN json_type(checks, {path}) IN ('integer', 'real') "
        f"THEN json_extract(checks, {path}) END END)"
    )


def risk_sql(dialect: str) -> str:
    """The generation expression of ``review_risk`` in ``dialect``'s SQL ("sqlite" or "postgresql")."""
    terms = {
        "phi": "phi_count > 0",
        "split_votes": " OR ".join(f"{_spread(dialect, c)} >= {SPLIT_SPREAD}" for c in CRITERIA),
        "low_score": " OR ".join(f"{c} <= {LOW_SCORE}" for c in CRITERIA),
        "dpo_pair": "rejected_output IS NOT NULL",
    }
    total = " + ".join(f"(CASE WHEN {cond} THEN {WEIGHTS[name]} ELSE 0 END)" for name, cond in terms.items())
    return f"CASE WHEN status = '{KEPT}' THEN {total} END"


def audit_sql() -> str:
    return f"((id * {AUDIT_MULT}) % 100)"


class GeneratedSQL(ColumnElement[int]):
    """A generated column's expression, spelled per dialect (JSON access differs)."""

    inherit_cache = True
    type = Integer()
    _traverse_internals = [("which", InternalTraversal.dp_string)]

    def __init__(self, which: str) -> None:
        self.which = which


@compiles(GeneratedSQL)
def _compile(element: GeneratedSQL, compiler: Any, **kw: Any) -> str:
    if element.which == "audit":
        return audit_sql()
    return risk_sql(compiler.dialect.name)
