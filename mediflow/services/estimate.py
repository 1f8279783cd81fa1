"""What a job spec will cost before anything is spent: calls, tokens, USD and time, with the assumptions.

Rough by nature: the teacher decides how long its answers are. The per-call figures below are what
jobs on the loopback and embedded teachers averaged here; the response repeats them so a reader can
rescale them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mediflow.core.settings import Settings
from mediflow.generators.stages import GENERATION_STAGES
from mediflow.schemas.jobs import GenerationJobCreate, JobEstimate
from mediflow.services import admission, job_kinds
from mediflow.services.generation import resolve_price

# Tokens per call: prompt in, answer out (answers are capped by teacher.max_tokens).
GENERATION_IN, GENERATION_OUT = 350, 300
JUDGE_IN, JUDGE_OUT = 900, 60
DPO_IN, DPO_OUT = 700, 300
# Seconds per call: SmolLM2 in-process on 2 CPU cores (one call at a time: `-n 50` took about an hour),
# and a typical hosted or GPU-served model.
SECONDS_PER_CALL = {"embedded": 24.0, "transformers": 20.0}
REMOTE_SECONDS_PER_CALL = 3.0


def estimate_job(session: Session, spec: GenerationJobCreate, settings: Settings) -> JobEstimate:
    """Refused for the same reasons a submission would be (ceilings, teachers, other projects' jobs and
    corpora, the project's daily quota), so an estimate never describes a job that could not run."""
    spec = admission.admit_job(session, spec, settings)
    planned = job_kinds.planned_count(session, spec)
    admission.check_planned(spec, planned, settings)
    teacher = spec.teacher
    out_cap = min(GENERATION_OUT, teacher.max_tokens)
    stage_calls = len(GENERATION_STAGES) if spec.kind == "mediflow" else 1
    calls = planned * stage_calls
    if spec.kind == "mediflow" and spec.instructions_per_document > 1:
        calls -= planned - -(-planned // spec.instructions_per_document)  # one document call per group
    tokens_in, tokens_out = calls * GENERATION_IN, calls * out_cap
    judge = spec.quality.judge
    if judge is not None and judge.enabled:
        calls += planned * judge.k
        tokens_in += planned * judge.k * JUDGE_IN
        tokens_out += planned * judge.k * JUDGE_OUT
    if spec.quality.dpo.enabled:  # an upper bound: only rows above dpo.min_scores get a pair
        calls += planned
        tokens_in += planned * DPO_IN
        tokens_out += planned * min(DPO_OUT, teacher.max_tokens)
    per_call = SECONDS_PER_CALL.get(teacher.backend, REMOTE_SECONDS_PER_CALL)
    in_flight = 1 if teacher.backend in SECONDS_PER_CALL else teacher.concurrency
    price = resolve_price(spec, settings)
    budget = admission.job_budget(spec.budget, settings, priced=price is not None)
    admission.check_daily_quota(session, budget, settings)
    return JobEstimate(
        planned=planned,
        calls=calls,
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        cost=round(price.cost(tokens_in, tokens_out), 4) if price else None,
        price=price,
        seconds=round(calls * per_call / in_flight, 1),
        assumptions={
            "tokens_per_generation_call": [GENERATION_IN, out_cap],
            "tokens_per_judge_vote": [JUDGE_IN, JUDGE_OUT],
            "seconds_per_call": per_call,
            "calls_in_flight": in_flight,
            **(
                {"quota_top_ups": f"not counted: up to {spec.quota.max_rounds} more rounds for short strata"}
                if spec.quota is not None
                else {}
            ),
        },
    )
