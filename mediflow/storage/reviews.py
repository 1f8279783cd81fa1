"""Review storage: append decisions, keep each sample's outcome, find the queue, browse samples.

Every query that reads or writes reviews goes through a function here, and each is confined to the
caller's project (a sample, its reviews and its outcome belong to their job's project). The ``samples`` row is never written: edits live on the review rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from mediflow.core.statuses import ReviewDecision, ReviewStatus
from mediflow.storage import ownership, risk, search
from mediflow.storage.models import GenerationJob, Review, Sample, SampleReview, utcnow

EDITABLE_FIELDS = ("instruction", "input", "output", "rejected_output")
CRITERIA = risk.CRITERIA
LOW_SCORE, SPLIT_SPREAD = risk.LOW_SCORE, risk.SPLIT_SPREAD


def in_project(session: Session, job_id: Any) -> list[ColumnElement[bool]]:
    """Rows whose ``job_id`` column names a job of the caller's project (nothing for admins, workers)."""
    project = ownership.caller_project(session)
    if project is None:
        return []
    return [job_id.in_(select(GenerationJob.id).where(GenerationJob.project_id == project))]


def add_review(
    session: Session,
    sample: Sample,
    decision: ReviewDecision,
    reviewer: str,
    key_id: str | None,
    reason: str | None = None,
    edits: dict[str, str] | None = None,
) -> tuple[Review, SampleReview]:
    review = Review(
        sample_id=sample.id,
        job_id=sample.job_id,
        decision=decision.value,
        reason=reason,
        edits=edits or None,
        reviewer=reviewer,
        created_by_key_id=key_id,
    )
    session.add(review)
    session.flush()
    return review, refresh_state(session, sample)


def reviewer_identity(review: Review) -> str:
    """Who decided: the key that did, or the reviewer's name where the key has since been deleted."""
    return review.created_by_key_id or f"name:{review.reviewer}"


def latest_per_reviewer(reviews: Sequence[Review]) -> dict[str, Review]:
    """Each reviewer's latest decision (reviews in id order): a reviewer may change their mind."""
    latest: dict[str, Review] = {}
    for review in reviews:
        latest[reviewer_identity(review)] = review
    return latest


def outcome(latest: dict[str, Review]) -> ReviewStatus:
    verdicts = {r.decision != ReviewDecision.reject.value for r in latest.values()}
    if not verdicts:
        return ReviewStatus.unreviewed
    if len(verdicts) > 1:
        return ReviewStatus.disputed
    return ReviewStatus.accepted if verdicts.pop() else ReviewStatus.rejected


def refresh_state(session: Session, sample: Sample) -> SampleReview:
    reviews = sample_reviews(session, sample.id)
    latest = latest_per_reviewer(reviews)
    edits = [
        r
        for r in reviews
        if r.decision == ReviewDecision.edit.value and latest.get(reviewer_identity(r)) is r
    ]
    state = session.get(SampleReview, sample.id)
    if state is None:
        state = SampleReview(sample_id=sample.id, job_id=sample.job_id)
        session.add(state)
    state.status = outcome(latest).value
    state.n_reviews = len(reviews)
    state.n_reviewers = len(latest)
    state.edits = edits[-1].edits if edits else None
    state.updated_at = utcnow()
    session.flush()
    return state


def sample_reviews(session: Session, sample_id: int) -> list[Review]:
    query = select(Review).where(Review.sample_id == sample_id, *in_project(session, Review.job_id))
    return list(session.scalars(query.order_by(Review.id)))


def get_state(session: Session, sample_id: int) -> SampleReview | None:
    return states_for(session, [sample_id]).get(sample_id)


def states_for(session: Session, sample_ids: Sequence[int]) -> dict[int, SampleReview]:
    if not sample_ids:
        return {}
    rows = session.scalars(
        select(SampleReview).where(
            SampleReview.sample_id.in_(sample_ids), *in_project(session, SampleReview.job_id)
        )
    )
    return {s.sample_id: s for s in rows}


def job_reviews(session: Session, job_id: str, after: int | None, limit: int) -> list[Review]:
    """One keyset page of a job's reviews, oldest first."""
    query = select(Review).where(Review.job_id == job_id, *in_project(session, Review.job_id))
    if after is not None:
        query = query.where(Review.id > after)
    return list(session.scalars(query.order_by(Review.id).limit(limit)))


def status_counts(session: Session, job_id: str) -> dict[str, int]:
    rows = session.execute(
        select(SampleReview.status, func.count())
        .where(SampleReview.job_id == job_id, *in_project(session, SampleReview.job_id))
        .group_by(SampleReview.status)
    )
    return {str(status): int(n) for status, n in rows}


def count_multi_reviewed(session: Session, job_id: str) -> tuple[int, int]:
    """(rows with two or more reviewers, of those the ones where all reviewers agree)."""
    multi = and_(
        SampleReview.job_id == job_id,
        SampleReview.n_reviewers >= 2,
        *in_project(session, SampleReview.job_id),
    )
    agreed = case((SampleReview.status != ReviewStatus.disputed.value, 1), else_=0)
    n, k = session.execute(select(func.count(), func.sum(agreed)).where(multi)).one()
    return int(n or 0), int(k or 0)


def first_two_verdicts(session: Session, job_id: str) -> list[tuple[bool, bool]]:
    """Per doubly-reviewed sample, the first two reviewers' latest verdicts (True = accepted)."""
    ids = select(SampleReview.sample_id).where(
        SampleReview.job_id == job_id,
        SampleReview.n_reviewers >= 2,
        *in_project(session, SampleReview.job_id),
    )
    pairs: list[tuple[bool, bool]] = []
    current: list[Review] = []
    query = select(Review).where(Review.sample_id.in_(ids)).order_by(Review.sample_id, Review.id)
    for review in session.scalars(query.execution_options(yield_per=1000)):
        if current and current[0].sample_id != review.sample_id:
            pairs.append(_pair(current))
            current = []
        current.append(review)
    if current:
        pairs.append(_pair(current))
    return pairs


def _pair(reviews: list[Review]) -> tuple[bool, bool]:
    latest = list(latest_per_reviewer(reviews).values())
    first, second = sorted(
        latest, key=lambda r: min(x.id for x in reviews if reviewer_identity(x) == reviewer_identity(r))
    )[:2]
    reject = ReviewDecision.reject.value
    return first.decision != reject, second.decision != reject


# --- the queue ------------------------------------------------------------------------------------


def _spread(criterion: str) -> ColumnElement[Any]:
    return Sample.checks[("judge", "stats", criterion, "spread")].as_float()


def risk_terms(audit_percent: int) -> dict[str, ColumnElement[bool]]:
    """Why a row is risky, as SQL conditions: the labels shown with a page of queue rows.

    The order itself comes from the stored ``review_risk`` (storage/risk.py), which weighs the same
    conditions; a test checks the two agree.
    """
    return {
        "phi": Sample.phi_count > 0,
        "split_votes": or_(*(_spread(c) >= SPLIT_SPREAD for c in CRITERIA)),
        "low_score": or_(*(getattr(Sample, c) <= LOW_SCORE for c in CRITERIA)),
        "dpo_pair": Sample.rejected_output.is_not(None),
        "audit": Sample.audit_rank >= 100 - audit_percent,
    }


@dataclass
class QueueRow:
    sample: Sample
    reasons: list[str]
    state: SampleReview | None


def review_queue(
    session: Session, job_id: str, key_id: str, reviewers: int, audit_percent: int, limit: int
) -> list[QueueRow]:
    """Kept rows this reviewer has not reviewed and that still need a reviewer, riskiest first.

    Rows with no risk reason and outside the audit sample are left out: the queue is what a person
    should look at, not every row. Two index walks, each stopping at ``limit`` rows: the risky rows
    (risk, then audit, then newest first), then the audit sample of the rows with no other reason.
    """
    terms = risk_terms(audit_percent)
    mine = exists().where(Review.sample_id == Sample.id, Review.created_by_key_id == key_id)
    enough = exists().where(SampleReview.sample_id == Sample.id, SampleReview.n_reviewers >= reviewers)
    base = select(Sample, *(cond.label(name) for name, cond in terms.items())).where(
        Sample.job_id == job_id, *in_project(session, Sample.job_id), not_(mine), not_(enough)
    )
    order = (Sample.review_risk.desc(), Sample.audit_rank.desc(), Sample.id.desc())
    rows = list(session.execute(base.where(Sample.review_risk > 0).order_by(*order).limit(limit)).all())
    if audit_percent > 0 and len(rows) < limit:
        audit = base.where(Sample.review_risk == 0, Sample.audit_rank >= 100 - audit_percent)
        rows += session.execute(audit.order_by(*order).limit(limit - len(rows))).all()
    states = states_for(session, [r[0].id for r in rows])
    return [
        QueueRow(
            sample=row[0],
            reasons=[name for name, flag in zip(terms, row[1:], strict=True) if flag],
            state=states.get(row[0].id),
        )
        for row in rows
    ]


# --- browsing -------------------------------------------------------------------------------------


@dataclass
class SampleQuery:
    job_id: str | None = None
    statuses: Sequence[str] = ()
    task_type: str | None = None
    input_data: str | None = None
    difficulty_level: int | None = None
    output_format: str | None = None
    min_scores: dict[str, float] | None = None
    max_scores: dict[str, float] | None = None
    phi: bool | None = None  # True: only PHI-flagged rows, False: only clean rows
    review_status: str | None = None
    text: str | None = None  # case-insensitive substring of instruction, input or output (search.py)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def sample_conditions(q: SampleQuery) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if q.job_id:
        conds.append(Sample.job_id == q.job_id)
    if q.statuses:
        conds.append(Sample.status.in_(list(q.statuses)))
    for column, value in (
        (Sample.task_type, q.task_type),
        (Sample.input_data, q.input_data),
        (Sample.difficulty_level, q.difficulty_level),
        (Sample.output_format, q.output_format),
    ):
        if value is not None and value != "":
            conds.append(column == value)
    for name, low in (q.min_scores or {}).items():
        conds.append(getattr(Sample, name) >= low)
    for name, high in (q.max_scores or {}).items():
        conds.append(getattr(Sample, name) <= high)
    if q.phi is not None:
        conds.append(Sample.phi_count > 0 if q.phi else Sample.phi_count == 0)
    if q.review_status:
        reviewed = select(SampleReview.sample_id)
        if q.review_status == ReviewStatus.unreviewed.value:
            conds.append(
                Sample.id.not_in(reviewed.where(SampleReview.status != ReviewStatus.unreviewed.value))
            )
        else:
            conds.append(Sample.id.in_(reviewed.where(SampleReview.status == q.review_status)))
    if q.text:
        pattern = _like(q.text)
        conds.append(
            or_(
                *(
                    col.ilike(pattern, escape="\\")
                    for col in (Sample.instruction, Sample.input, Sample.output)
                )
            )
        )
    return conds


def browse_samples(session: Session, q: SampleQuery, before: int | None, limit: int) -> list[Sample]:
    """One keyset page, newest id first; at most ``limit`` rows are ever loaded."""
    conds = [*sample_conditions(q), *in_project(session, Sample.job_id)]
    if q.text and search.uses_fts(session, q.text):
        return search.walk_matches(session, select(Sample).where(*conds), q.text, before, limit)
    if before is not None:
        conds.append(Sample.id < before)
    return list(session.scalars(select(Sample).where(*conds).order_by(Sample.id.desc()).limit(limit)))


def review_filter(mode: str) -> list[ColumnElement[bool]]:
    """Export selection by review outcome: any, not_rejected (default) or accepted."""
    if mode == "accepted":
        ok = select(SampleReview.sample_id).where(SampleReview.status == ReviewStatus.accepted.value)
        return [Sample.id.in_(ok)]
    if mode == "not_rejected":
        bad = select(SampleReview.sample_id).where(SampleReview.status == ReviewStatus.rejected.value)
        return [Sample.id.not_in(bad)]
    return []
