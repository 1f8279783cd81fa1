"""Human review of generated samples: record decisions, the riskiest-first queue, agreement, exports.

A review never changes the generated row: decisions (and edits) are appended to ``reviews``; the
sample's outcome in ``sample_reviews`` is recomputed from them and read by filters and exports.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session

from mediflow.core import errors
from mediflow.core.statuses import ReviewDecision, ReviewStatus, SampleStatus
from mediflow.schemas.reviews import (
    QueueItem,
    ReviewCreate,
    ReviewList,
    ReviewPublic,
    ReviewQueue,
    ReviewRecorded,
    ReviewSummary,
    SampleReviews,
    SampleReviewState,
)
from mediflow.services.api_keys import Caller
from mediflow.services.generation import get_sample, sample_public
from mediflow.storage import jobs as job_store
from mediflow.storage import reviews as store
from mediflow.storage.models import ApiKey, Review, Sample, SampleReview

EXPORT_PAGE = 500  # reviews read per query while streaming an export


def validate(body: ReviewCreate) -> dict[str, str] | None:
    """The edits to store; a clear error naming the field when the decision and fields disagree."""
    if body.decision == ReviewDecision.reject and not (body.reason or "").strip():
        raise errors.InvalidRequestError("reason", "a rejection needs a reason")
    if body.decision != ReviewDecision.edit:
        if body.edits is not None:
            raise errors.InvalidRequestError("edits", "only an 'edit' decision carries edits")
        return None
    changed = body.edits.changed() if body.edits else {}
    if not changed:
        raise errors.InvalidRequestError("edits", "an edit needs at least one corrected column")
    return changed


def review_public(r: Review) -> ReviewPublic:
    return ReviewPublic(
        id=r.id,
        sample_id=r.sample_id,
        job_id=r.job_id,
        decision=ReviewDecision(r.decision),
        reason=r.reason,
        edits=r.edits,
        reviewer=r.reviewer,
        created_at=r.created_at,
    )


def state_public(sample_id: int, state: SampleReview | None) -> SampleReviewState:
    if state is None:
        return SampleReviewState(
            sample_id=sample_id, status=ReviewStatus.unreviewed, reviews=0, reviewers=0, edits=None
        )
    return SampleReviewState(
        sample_id=sample_id,
        status=ReviewStatus(state.status),
        reviews=state.n_reviews,
        reviewers=state.n_reviewers,
        edits=state.edits,
    )


def record_review(
    session: Session, sample_id: int, body: ReviewCreate, key: ApiKey | Caller
) -> ReviewRecorded:
    """Append one decision by ``key``'s holder, committed before the answer (a 201 means it is stored:
    the API's session would otherwise commit only after the answer was sent)."""
    edits = validate(body)
    sample = get_sample(session, sample_id)
    if sample.status != SampleStatus.done.value or sample.output is None:
        raise errors.ConflictError(f"sample {sample_id} is {sample.status}; only kept rows are reviewed")
    reason = (body.reason or "").strip() or None
    review, state = store.add_review(session, sample, body.decision, key.name, key.id, reason, edits)
    recorded = ReviewRecorded(review=review_public(review), state=state_public(sample.id, state))
    session.commit()
    return recorded


def sample_reviews(session: Session, sample_id: int) -> SampleReviews:
    get_sample(session, sample_id)
    items = [review_public(r) for r in store.sample_reviews(session, sample_id)]
    return SampleReviews(state=state_public(sample_id, store.get_state(session, sample_id)), items=items)


def list_job_reviews(session: Session, job_id: str, cursor: int | None, limit: int) -> ReviewList:
    job_store.get_job(session, job_id)
    rows = store.job_reviews(session, job_id, cursor, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return ReviewList(
        items=[review_public(r) for r in rows], next_cursor=str(rows[-1].id) if more and rows else None
    )


def queue(
    session: Session,
    job_id: str,
    key: ApiKey | Caller,
    reviewers: int = 1,
    audit_percent: int = 5,
    limit: int = 20,
) -> ReviewQueue:
    job_store.get_job(session, job_id)
    if reviewers not in (1, 2):
        raise errors.InvalidRequestError("reviewers", "1 or 2 reviewers per row")
    if not 0 <= audit_percent <= 100:
        raise errors.InvalidRequestError("audit_percent", "between 0 and 100")
    rows = store.review_queue(session, job_id, key.id, reviewers, audit_percent, limit)
    items = [
        QueueItem(sample=sample_public(r.sample), reasons=r.reasons, state=state_public(r.sample.id, r.state))
        for r in rows
    ]
    return ReviewQueue(job_id=job_id, reviewers=reviewers, items=items)


def cohen_kappa(pairs: list[tuple[bool, bool]]) -> float | None:
    """Agreement beyond chance between two raters' accept/reject verdicts; None when undefined."""
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    if expected >= 1.0:
        return None  # both raters gave one verdict only: kappa is undefined
    return round((observed - expected) / (1 - expected), 4)


def summary(session: Session, job_id: str) -> ReviewSummary:
    job_store.get_job(session, job_id)
    counts = store.status_counts(session, job_id)
    reviewed = sum(n for s, n in counts.items() if s != ReviewStatus.unreviewed.value)
    multi, agreed = store.count_multi_reviewed(session, job_id)
    return ReviewSummary(
        job_id=job_id,
        statuses={s.value: counts.get(s.value, 0) for s in ReviewStatus if s != ReviewStatus.unreviewed},
        reviewed_rows=reviewed,
        double_reviewed_rows=multi,
        agreement=round(agreed / multi, 4) if multi else None,
        kappa=cohen_kappa(store.first_two_verdicts(session, job_id)) if multi else None,
    )


# --- exports for annotation tools ---------------------------------------------------------------

# The Label Studio labeling config matching the tasks below (paste it into the project's settings).
LABEL_STUDIO_CONFIG = """<View>
  <Header value="Instruction"/><Text name="instruction" value="$instruction"/>
  <Header value="Input"/><Text name="input" value="$input"/>
  <Header value="Output"/><Text name="output" value="$output"/>
  <Choices name="decision" toName="output" choice="single" required="true">
    <Choice value="accept"/><Choice value="reject"/><Choice value="edit"/>
  </Choices>
  <TextArea name="reason" toName="output" placeholder="Why (required to reject)"/>
  <TextArea name="edited_output" toName="output" placeholder="Corrected output"/>
</View>"""


def _sample_fields(sample_id: int, session: Session) -> dict[str, Any]:
    s = get_sample(session, sample_id)
    return {
        "sample_id": s.id,
        "job_id": s.job_id,
        "instruction": s.instruction,
        "input": s.input,
        "output": s.output,
        "rejected_output": s.rejected_output,
        "error_type": s.error_type,
        "task_type": s.task_type,
        "input_data": s.input_data,
        "difficulty_level": s.difficulty_level,
        "output_format": s.output_format,
        "phi_count": s.phi_count,
    }


def _by_sample(session: Session, job_id: str) -> Iterator[tuple[int, list[Review]]]:
    """The job's reviews grouped by sample, read a page at a time."""
    grouped: dict[int, list[Review]] = {}
    cursor: int | None = None
    while True:
        page = store.job_reviews(session, job_id, cursor, EXPORT_PAGE)
        if not page:
            break
        for r in page:
            grouped.setdefault(r.sample_id, []).append(r)
        cursor = page[-1].id
    # Reviewed rows are human-scale (thousands), so grouping them in memory is fine.
    yield from sorted(grouped.items())


def _label_studio_task(data: dict[str, Any], reviews: list[Review]) -> dict[str, Any]:
    """One task with an annotation per reviewer (their latest decision).

    Label Studio refuses an import whose ``completed_by`` is not one of its own users (checked by
    bench/verify_review_exports.py against a real server), so the reviewers are named in the task's
    ``data.reviewers`` instead, in the order of the annotations (Label Studio keeps that order).
    """
    latest = list(store.latest_per_reviewer(reviews).values())
    annotations = []
    for r in latest:
        result: list[dict[str, Any]] = [
            {
                "from_name": "decision",
                "to_name": "output",
                "type": "choices",
                "value": {"choices": [r.decision]},
            }
        ]
        if r.reason:
            result.append(
                {
                    "from_name": "reason",
                    "to_name": "output",
                    "type": "textarea",
                    "value": {"text": [r.reason]},
                }
            )
        if r.edits and r.edits.get("output"):
            result.append(
                {
                    "from_name": "edited_output",
                    "to_name": "output",
                    "type": "textarea",
                    "value": {"text": [r.edits["output"]]},
                }
            )
        annotations.append({"result": result, "created_at": r.created_at.isoformat()})
    return {"data": {**data, "reviewers": [r.reviewer for r in latest]}, "annotations": annotations}


# Argilla 2.x ties a response to an Argilla user id (a UUID). The file carries a stable UUID per
# mediflow reviewer (uuid5 of this namespace and the reviewer's key) and names the reviewers in the
# record's metadata, so a reviewer's responses can be mapped to their Argilla account before logging.
ARGILLA_USER_NAMESPACE = uuid.UUID("5a0c6f3e-2d0b-4e53-9a77-4f1e0c2b9d11")
ARGILLA_FIELDS = ("instruction", "input", "output", "rejected_output")
# The Argilla dataset settings the records fit (bench/verify_review_exports.py builds rg.Settings
# from this and checks the records against it with the Argilla SDK).
ARGILLA_SETTINGS: dict[str, Any] = {
    "fields": [{"name": f, "required": f != "rejected_output"} for f in ARGILLA_FIELDS],
    "questions": [
        {"name": "decision", "type": "label", "labels": [d.value for d in ReviewDecision]},
        {"name": "reason", "type": "text", "required": False},
        {"name": "edited_output", "type": "text", "required": False},
    ],
    "metadata": [
        {"name": "sample_id", "type": "integer"},
        {"name": "job_id", "type": "terms"},
        {"name": "error_type", "type": "terms"},
        {"name": "task_type", "type": "terms"},
        {"name": "input_data", "type": "terms"},
        {"name": "difficulty_level", "type": "integer"},
        {"name": "output_format", "type": "terms"},
        {"name": "phi_count", "type": "integer"},
        {"name": "reviewers", "type": "terms"},
    ],
}


def argilla_user_id(review: Review) -> str:
    return str(uuid.uuid5(ARGILLA_USER_NAMESPACE, store.reviewer_identity(review)))


def _argilla_record(data: dict[str, Any], reviews: list[Review]) -> dict[str, Any]:
    """One record in Argilla 2.x's ``Record.to_dict`` shape (what ``rg.Record.from_dict`` reads)."""
    latest = list(store.latest_per_reviewer(reviews).values())
    responses: dict[str, list[dict[str, Any]]] = {}
    for r in latest:
        values = {"decision": r.decision, "reason": r.reason, "edited_output": (r.edits or {}).get("output")}
        for question, value in values.items():
            if value is not None:  # Argilla refuses a submitted response without a value
                responses.setdefault(question, []).append(
                    {"value": value, "user_id": argilla_user_id(r), "status": "submitted"}
                )
    # Argilla drops empty fields and metadata; leaving them out keeps the record as it will be stored.
    fields = {k: data[k] for k in ARGILLA_FIELDS if data[k] is not None}
    metadata = {k: v for k, v in data.items() if k not in ARGILLA_FIELDS and v is not None}
    metadata["reviewers"] = [r.reviewer for r in latest]
    return {
        "id": str(data["sample_id"]),
        "fields": fields,
        "metadata": metadata,
        "suggestions": {},
        "responses": responses,
        "vectors": {},
    }


def export_reviews(session: Session, job_id: str, fmt: str) -> str:
    """A JSON array of Label Studio tasks, or JSON Lines of Argilla records, one per reviewed row.

    Built in memory: reviewed rows are human-scale (thousands), and the database session must not
    outlive the request, which a streamed body would need.
    """
    job_store.get_job(session, job_id)
    if fmt not in ("label_studio", "argilla"):
        raise errors.InvalidRequestError("format", "label_studio or argilla")
    groups = [(_sample_fields(sid, session), reviews) for sid, reviews in _by_sample(session, job_id)]
    if fmt == "argilla":
        return "".join(json.dumps(_argilla_record(d, r)) + "\n" for d, r in groups)
    return json.dumps([_label_studio_task(d, r) for d, r in groups]) + "\n"


PHI_FIELDS = ("instruction", "input", "output", "rejected_output")


def phi_spans(sample: Sample) -> dict[str, list[tuple[int, int, str]]]:
    """Where the PHI screener finds identifiers in a flagged row, per column: (start, end, type).

    Spans are not stored (only counts per type are), so a flagged row is screened again to show them.
    """
    if not sample.phi_count:
        return {}
    from mediflow.quality.phi import scan  # loads Presidio: only when a flagged row is shown

    spans: dict[str, list[tuple[int, int, str]]] = {}
    for name in PHI_FIELDS:
        text = getattr(sample, name)
        if text:
            spans[name] = [(f.start, f.end, f.type.value) for f in scan(text)]
    return spans
