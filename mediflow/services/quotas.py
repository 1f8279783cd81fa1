"""Kept-row quotas at the end of a round: count what each stratum kept, plan top-ups for the short ones.

Decided in one place, by the last shard of a round to finish (``storage.jobs.finalize_job`` holds the
job's row lock), after the job-wide dedup passes, so a sharded job never plans a stratum twice and
never counts a row that dedup is about to remove.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from mediflow.core.rows import PlanItem
from mediflow.generators.quotas import Stratum, strata, stratum_of, topup_items
from mediflow.schemas.jobs import GenerationJobCreate, QuotaSpec
from mediflow.services.job_kinds import plan_axes
from mediflow.storage import jobs as store
from mediflow.storage.models import GenerationJob

log = logging.getLogger(__name__)


@dataclass
class QuotaState:
    """Per stratum: rows planned, kept and planned by top-ups; and the last round planned."""

    quota: QuotaSpec
    planned: Counter[Stratum] = field(default_factory=Counter)
    kept: Counter[Stratum] = field(default_factory=Counter)
    topped_up: Counter[Stratum] = field(default_factory=Counter)
    strata: list[Stratum] = field(default_factory=list)
    rounds: int = 0

    def shortfalls(self) -> dict[Stratum, int]:
        target = self.quota.kept_per_stratum
        return {s: target - self.kept[s] for s in self.strata if self.kept[s] < target}


def quota_state(session: Session, job_id: str, spec: GenerationJobCreate) -> QuotaState:
    assert spec.quota is not None
    keys = spec.quota.stratum
    state = QuotaState(spec.quota, strata=strata(plan_axes(spec), keys))
    rows = store.cell_counts(session, job_id)
    for task, doc, level, fmt, n, kept, topped, last in rows:
        key = stratum_of(PlanItem(0, task, doc, level, fmt), keys)
        state.planned[key] += int(n)
        state.kept[key] += int(kept or 0)
        state.topped_up[key] += int(topped or 0)
        state.rounds = max(state.rounds, int(last or 0))
    return state


def next_round(session: Session, job: GenerationJob) -> int:
    """Plan the next top-up round for the strata left short; how many rows it added (0: the job ends).

    Bounded by ``quota.max_rounds``, by ``n_samples`` (the most rows the job may plan) and, while the
    round runs, by the job's budget like any other row.
    """
    spec = GenerationJobCreate.model_validate(job.spec)
    if spec.quota is None:
        return 0
    state = quota_state(session, job.id, spec)
    short = state.shortfalls()
    if not short or state.rounds >= spec.quota.max_rounds:
        return 0
    cap = None if spec.n_samples is None else max(spec.n_samples - job.n_planned, 0)
    if cap == 0:
        return 0
    items = topup_items(
        plan_axes(spec),
        spec.quota.stratum,
        spec.seed,
        short,
        state.topped_up,
        store.max_index(session, job.id) + 1,
        state.rounds + 1,
        cap,
        spec.instructions_per_document,
    )
    if items:
        store.add_topup_rows(session, job.id, items)
        log.info(
            "job %s: top-up round %d plans %d rows for %d short strata",
            job.id,
            state.rounds + 1,
            len(items),
            len(short),
        )
    return len(items)


def stop_reason(job: GenerationJob, spec: GenerationJobCreate, state: QuotaState) -> str | None:
    """Why a final job left strata short (None when every stratum met its quota or it still runs)."""
    if not state.shortfalls() or job.finished_at is None:
        return None
    if job.stop_reason:
        return f"budget: {job.stop_reason}"
    if job.status in ("cancelled", "failed"):
        return f"job {job.status}"
    assert spec.quota is not None
    if state.rounds >= spec.quota.max_rounds:
        return f"top-up rounds exhausted (quota.max_rounds={spec.quota.max_rounds})"
    if spec.n_samples is not None and job.n_planned >= spec.n_samples:
        return f"row cap reached (n_samples={spec.n_samples})"
    return "no rows could be planned for the short strata"
