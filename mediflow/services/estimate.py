"""What a job spec will cost before anything is spent: calls, tokens, USD and time, with the assumptions.

Rough by nature: the teacher decides how long its answers are. The per-call figures below are what
jobs on the loopback and embedded teachers averaged here; the response repeats them so a reader can
rescale them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mediflow.core.settings import Settings
from mediflow.generators.stages import GENERATION_STAGES
from mediflow.schemas.jobs import GenerationJobCreate, JobEstimate, Span, TopUpEstimate
from mediflow.schemas.teacher import TeacherPrice
from mediflow.services import admission, job_kinds
from mediflow.services.generation import resolve_price
from mediflow.storage import jobs as store

# Tokens per call: prompt in, answer out (answers are capped by teacher.max_tokens).
GENERATION_IN, GENERATION_OUT = 350, 300
JUDGE_IN, JUDGE_OUT = 900, 60
DPO_IN, DPO_OUT = 700, 300
# Seconds per call: SmolLM2 in-process on 2 CPU cores, one call at a time (`make demo`: 10 samples,
# 48 calls with retries, in about 270 s at max_tokens 384), and a typical hosted or GPU-served model.
SECONDS_PER_CALL = {"embedded": 6.0, "transformers": 20.0}
REMOTE_SECONDS_PER_CALL = 3.0
# Kept-row quotas: the share of planned rows a job keeps, when the project has no completed job to
# measure it on. The judge's default thresholds, PHI screening and dedup together removed about a fifth
# of the rows of the jobs run here; the range is deliberately wide.
DEFAULT_KEEP_RATE = Span(low=0.6, expected=0.8, high=0.95)
KEEP_RATE_JOBS = 20  # the project's last completed jobs the keep rate is measured on
KEEP_RATE_MARGIN = 0.05  # widens the measured min..max range on each side


def estimate_job(session: Session, spec: GenerationJobCreate, settings: Settings) -> JobEstimate:
    """Refused for the same reasons a submission would be (ceilings, teachers, other projects' jobs and
    corpora, the project's daily quota), so an estimate never describes a job that could not run."""
    spec = admission.admit_job(session, spec, settings)
    planned = job_kinds.planned_count(session, spec)
    admission.check_planned(spec, planned, settings)
    teacher = spec.teacher
    out_cap = min(GENERATION_OUT, teacher.max_tokens)
    calls, tokens_in, tokens_out = _row_costs(spec, planned, out_cap)
    per_call = SECONDS_PER_CALL.get(teacher.backend, REMOTE_SECONDS_PER_CALL)
    in_flight = 1 if teacher.backend in SECONDS_PER_CALL else teacher.concurrency
    price = resolve_price(spec, settings)
    budget = admission.job_budget(spec.budget, settings, priced=price is not None)
    admission.check_daily_quota(session, budget, settings)
    top_ups = None
    if spec.quota is not None and spec.kind == "mediflow":
        top_ups = _top_ups(session, spec, planned, out_cap, price, per_call / in_flight)
    return JobEstimate(
        planned=planned,
        calls=calls,
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        cost=round(price.cost(tokens_in, tokens_out), 4) if price else None,
        price=price,
        seconds=round(calls * per_call / in_flight, 1),
        top_ups=top_ups,
        assumptions={
            "tokens_per_generation_call": [GENERATION_IN, out_cap],
            "tokens_per_judge_vote": [JUDGE_IN, JUDGE_OUT],
            "seconds_per_call": per_call,
            "calls_in_flight": in_flight,
            **(
                {
                    "quota_top_ups": "in top_ups, not in the figures above: rows a top-up round plans get a document each"
                }
                if top_ups is not None
                else {}
            ),
        },
    )


def _row_costs(spec: GenerationJobCreate, rows: int, out_cap: int) -> tuple[int, int, int]:
    """Calls and tokens for ``rows`` rows, which share documents per instructions_per_document (top-up
    rows too, in groups inside their stratum: a round's last groups may be smaller, so its document
    calls can be a few more)."""
    teacher = spec.teacher
    stage_calls = len(GENERATION_STAGES) if spec.kind == "mediflow" else 1
    calls = rows * stage_calls
    if spec.kind == "mediflow" and spec.instructions_per_document > 1:
        calls -= rows - -(-rows // spec.instructions_per_document)  # one document call per group
    tokens_in, tokens_out = calls * GENERATION_IN, calls * out_cap
    judge = spec.quality.judge
    if judge is not None and judge.enabled:
        calls += rows * judge.k
        tokens_in += rows * judge.k * JUDGE_IN
        tokens_out += rows * judge.k * JUDGE_OUT
    if spec.quality.dpo.enabled:  # an upper bound: only rows above dpo.min_scores get a pair
        calls += rows
        tokens_in += rows * DPO_IN
        tokens_out += rows * min(DPO_OUT, teacher.max_tokens)
    return calls, tokens_in, tokens_out


def keep_rate(session: Session) -> tuple[Span, str]:
    """The share of planned rows the project's last completed jobs kept (min..max, widened), else the
    documented default."""
    rates = store.recent_keep_rates(session, KEEP_RATE_JOBS)
    if not rates:
        return DEFAULT_KEEP_RATE, "default (no completed job in this project yet)"
    mean = sum(rates) / len(rates)
    span = Span(
        low=round(max(min(rates) - KEEP_RATE_MARGIN, 0.05), 3),
        expected=round(mean, 3),
        high=round(min(max(rates) + KEEP_RATE_MARGIN, 1.0), 3),
    )
    return span, f"measured on this project's last {len(rates)} completed job(s)"


def topup_rows(planned: int, rate: float, max_rounds: int, cap: int | None) -> tuple[int, int]:
    """Expected (rows, rounds) of top-ups: round r plans what round r-1 lost, ``planned * (1-rate)**r``;
    a round counts when it is expected to plan at least one row; ``cap`` bounds the rows (n_samples)."""
    lost, rows, rounds = float(planned), 0.0, 0
    for _ in range(max_rounds):
        lost *= 1.0 - rate
        if lost < 0.5:
            break
        rounds += 1
        rows += lost
    total = round(rows)
    return (total if cap is None else min(total, cap)), rounds


def _top_ups(
    session: Session,
    spec: GenerationJobCreate,
    planned: int,
    out_cap: int,
    price: TeacherPrice | None,
    seconds_per_call: float,
) -> TopUpEstimate:
    assert spec.quota is not None
    rate, source = keep_rate(session)
    cap = None if spec.n_samples is None else max(spec.n_samples - planned, 0)
    # A lower keep rate means more top-ups: the low end of the figures comes from the high keep rate.
    by_end = {
        end: topup_rows(planned, getattr(rate, other), spec.quota.max_rounds, cap)
        for end, other in (("low", "high"), ("expected", "expected"), ("high", "low"))
    }
    costs = {end: _row_costs(spec, rows, out_cap) for end, (rows, _) in by_end.items()}

    def span(values: dict[str, float]) -> Span:
        return Span(**values)

    return TopUpEstimate(
        keep_rate=rate,
        keep_rate_source=source,
        rounds=span({e: r for e, (_, r) in by_end.items()}),
        rows=span({e: n for e, (n, _) in by_end.items()}),
        calls=span({e: c[0] for e, c in costs.items()}),
        tokens_in=span({e: c[1] for e, c in costs.items()}),
        tokens_out=span({e: c[2] for e, c in costs.items()}),
        cost=span({e: round(price.cost(c[1], c[2]), 4) for e, c in costs.items()}) if price else None,
        seconds=span({e: round(c[0] * seconds_per_call, 1) for e, c in costs.items()}),
    )
