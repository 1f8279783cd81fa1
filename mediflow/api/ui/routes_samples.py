"""The sample browser, one sample with its review history, the review queue and review actions."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from mediflow.api.deps import SessionDep
from mediflow.api.ui.render import render
from mediflow.api.ui.session import COOKIE_PATH, ActionDep, ConsoleDep, safe_next
from mediflow.api.ui.views import PAGE_ROWS, highlight, judge_votes
from mediflow.core.errors import InvalidRequestError
from mediflow.core.statuses import ReviewDecision, ReviewStatus, SampleStatus
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.schemas.reviews import ReviewCreate, ReviewEdits
from mediflow.services import reviews as svc
from mediflow.services.generation import get_sample
from mediflow.storage import reviews as review_store
from mediflow.storage.models import Sample

router = APIRouter(prefix=COOKIE_PATH)
SCORE_NAMES = review_store.CRITERIA
# Empty form fields arrive as "": scores are read as text and parsed here.
Score = Annotated[str, Query(pattern=r"^(\d{1,2}(\.\d+)?)?$")]


def _taxonomy_choices() -> dict[str, list[Any]]:
    t = default_taxonomy()
    return {
        "task_types": [x.id for x in t.task_types],
        "document_types": [x.id for x in t.document_types],
        "difficulty_levels": [x.level for x in t.difficulty_levels],
        "output_formats": [x.id for x in t.output_formats],
        "statuses": [s.value for s in SampleStatus],
        "review_statuses": [s.value for s in ReviewStatus],
        "scores": list(SCORE_NAMES),
    }


@router.get("/samples")
def samples(
    request: Request,
    session: SessionDep,
    console: ConsoleDep,
    job_id: Annotated[str, Query(max_length=64)] = "",
    status: Annotated[str, Query(max_length=16)] = "",
    task_type: Annotated[str, Query(max_length=64)] = "",
    input_data: Annotated[str, Query(max_length=64)] = "",
    difficulty_level: Annotated[str, Query(pattern=r"^\d?$")] = "",
    output_format: Annotated[str, Query(max_length=16)] = "",
    score: Annotated[str, Query(max_length=16)] = "quality",
    score_min: Score = "",
    score_max: Score = "",
    phi: Annotated[str, Query(pattern=r"^(|yes|no)$")] = "",
    review: Annotated[str, Query(max_length=16)] = "",
    q: Annotated[str, Query(max_length=200)] = "",
    before: Annotated[int | None, Query(ge=1, le=2**62)] = None,
) -> Response:
    if score not in SCORE_NAMES:
        raise InvalidRequestError("score", f"one of {', '.join(SCORE_NAMES)}")
    query = review_store.SampleQuery(
        job_id=job_id or None,
        statuses=[status] if status else [],
        task_type=task_type or None,
        input_data=input_data or None,
        difficulty_level=int(difficulty_level) if difficulty_level else None,
        output_format=output_format or None,
        min_scores={score: float(score_min)} if score_min else None,
        max_scores={score: float(score_max)} if score_max else None,
        phi={"yes": True, "no": False}.get(phi),
        review_status=review or None,
        text=q.strip() or None,
    )
    rows = review_store.browse_samples(session, query, before, PAGE_ROWS + 1)
    more = len(rows) > PAGE_ROWS
    rows = rows[:PAGE_ROWS]
    states = review_store.states_for(session, [r.id for r in rows])
    filters = {k: v for k, v in request.query_params.items() if k != "before" and v}
    next_url = f"?{urlencode({**filters, 'before': rows[-1].id})}" if more and rows else None
    return render(
        request,
        "samples.html",
        console=console,
        active="samples",
        rows=rows,
        states=states,
        filters=filters,
        choices=_taxonomy_choices(),
        next_url=next_url,
        first_url=f"?{urlencode(filters)}" if before else None,
    )


def _sample_context(session: Any, sample: Sample) -> dict[str, Any]:
    spans = svc.phi_spans(sample)
    return {
        "sample": sample,
        "text": {name: highlight(getattr(sample, name), spans.get(name, [])) for name in svc.PHI_FIELDS},
        "phi_counts": ((sample.checks or {}).get("phi") or {}).get("counts", {}),
        "votes": judge_votes(sample.checks),
        "reviews": svc.sample_reviews(session, sample.id),
    }


@router.get("/samples/{sample_id}")
def sample_page(
    sample_id: int, request: Request, session: SessionDep, console: ConsoleDep, next: str = ""
) -> Response:
    sample = get_sample(session, sample_id)
    return render(
        request,
        "sample.html",
        console=console,
        active="samples",
        next_url=safe_next(next or f"{COOKIE_PATH}/samples/{sample_id}"),
        **_sample_context(session, sample),
    )


@router.get("/jobs/{job_id}/review")
def review_queue(
    job_id: str,
    request: Request,
    session: SessionDep,
    console: ConsoleDep,
    reviewers: Annotated[int, Query(ge=1, le=2)] = 1,
    audit: Annotated[int, Query(ge=0, le=100)] = 5,
    skip: Annotated[int, Query(ge=0, le=99)] = 0,
) -> Response:
    console.need("review")
    queue = svc.queue(session, job_id, console.key, reviewers, audit, limit=skip + 21)
    items = queue.items[skip:]
    current = get_sample(session, items[0].sample.id) if items else None
    here = f"{COOKIE_PATH}/jobs/{job_id}/review?{urlencode({'reviewers': reviewers, 'audit': audit})}"
    context = _sample_context(session, current) if current else {}
    return render(
        request,
        "queue.html",
        console=console,
        active="jobs",
        job_id=job_id,
        reviewers=reviewers,
        audit=audit,
        items=items,
        reasons=items[0].reasons if items else [],
        next_url=f"{here}&skip={skip}",
        skip_url=f"{here}&skip={skip + 1}" if len(items) > 1 else None,
        summary=svc.summary(session, job_id),
        **context,
    )


def _review_body(decision: str, reason: str, edits: dict[str, str], sample: Sample) -> ReviewCreate:
    try:
        chosen = ReviewDecision(decision)
    except ValueError as exc:
        raise InvalidRequestError("decision", "accept, reject or edit") from exc
    # Only columns the reviewer changed count as edits.
    changed = {
        k: v for k, v in edits.items() if v.strip() and v.replace("\r\n", "\n") != (getattr(sample, k) or "")
    }
    if chosen == ReviewDecision.edit:
        body = ReviewCreate(decision=chosen, reason=reason or None, edits=ReviewEdits(**changed))
    else:
        body = ReviewCreate(decision=chosen, reason=reason or None)
    return body


@router.post("/samples/{sample_id}/review")
def review(
    sample_id: int,
    request: Request,
    session: SessionDep,
    console: ActionDep,
    decision: Annotated[str, Form(max_length=16)],
    reason: Annotated[str, Form(max_length=2000)] = "",
    next: Annotated[str, Form(max_length=2048)] = "",
    instruction: Annotated[str, Form(max_length=100_000)] = "",
    output: Annotated[str, Form(max_length=100_000)] = "",
    rejected_output: Annotated[str, Form(max_length=100_000)] = "",
) -> Response:
    console.need("review")
    sample = get_sample(session, sample_id)
    edits = {"instruction": instruction, "output": output, "rejected_output": rejected_output}
    svc.record_review(session, sample_id, _review_body(decision, reason, edits, sample), console.key)
    session.commit()
    return RedirectResponse(safe_next(next or f"{COOKIE_PATH}/samples/{sample_id}"), status_code=303)
