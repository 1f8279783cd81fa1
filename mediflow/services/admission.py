"""What a job may ask of this server, checked before it is stored: teachers, ceilings, budgets, quotas.

Every teacher of a job (generator, judge, weaker model) is bound to its endpoint (see
``generators.teachers.endpoints``) and stored normalised: a named teacher's backend, server, model,
price and limits are written into the spec, so the worker runs what was admitted. Every job gets a
budget (the server's default when it gives none, never above the server's maximum).

The daily quota counts what a project's teacher calls actually spent today (``storage.usage``). A job
is admitted when its own budget fits in what is left of it; other jobs' budgets are not booked against
it (a budget is a ceiling, rarely spent whole, and booking them refused work that would have fit).
Jobs admitted side by side can still cross the quota together: the workers then stop them
(``workers.budget``), so spend, not bookings, is what the quota bounds.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediflow.core.errors import ForbiddenError, InvalidRequestError, NotFoundError, QuotaExceededError
from mediflow.core.settings import Settings
from mediflow.generators.teachers.base import TeacherError
from mediflow.generators.teachers.endpoints import LOCAL_BACKENDS, bind
from mediflow.generators.teachers.local import local_model_dir
from mediflow.quality.dedup import Layout
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.schemas.teacher import Budget, TeacherPrice, TeacherSpec
from mediflow.storage import ownership, usage
from mediflow.storage.models import DEFAULT_PROJECT, GenerationJob


def is_admin(session: Session) -> bool:
    return ownership.caller_project(session) is None


def admit_teacher(session: Session, spec: TeacherSpec, settings: Settings, field: str) -> TeacherSpec:
    """The spec bound and normalised, or a 4xx naming ``field``."""
    if spec.backend in LOCAL_BACKENDS and settings.local_backend_scope == "admin" and not is_admin(session):
        raise ForbiddenError(f"{field}.backend: the {spec.backend} backend needs an admin key on this server")
    if spec.backend in LOCAL_BACKENDS and not (spec.backend == "vllm" and settings.hub_models):
        try:
            local_model_dir(spec.model, settings, spec.backend)
        except TeacherError as exc:
            raise InvalidRequestError(f"{field}.model", exc.message) from None
    ceiling = settings.max_teacher_concurrency
    for name in ("concurrency", "max_concurrency"):
        value = getattr(spec, name)
        if value is not None and value > ceiling:
            raise InvalidRequestError(f"{field}.{name}", f"at most {ceiling} on this server")
    bound = bind(spec, settings, ownership.caller_project(session), field=field)
    if bound.name is None:
        return spec
    endpoint = settings.teachers[bound.name]
    update: dict[str, object] = {"backend": endpoint.backend, "server": endpoint.server}
    update["model"] = spec.model or endpoint.default_model
    if endpoint.price is not None:  # the operator's price wins: a job must not under-report cost
        update["price"] = TeacherPrice.model_validate(endpoint.price)
    if endpoint.max_concurrency is not None:
        update["concurrency"] = min(spec.concurrency, endpoint.max_concurrency)
        update["max_concurrency"] = min(spec.ceiling, endpoint.max_concurrency)
    for limit in ("rpm_limit", "tpm_limit"):
        ours = getattr(endpoint, limit)
        if ours is not None:
            theirs = getattr(spec, limit)
            update[limit] = ours if theirs is None else min(ours, theirs)
    return spec.model_copy(update=update)


def admit_job(session: Session, spec: GenerationJobCreate, settings: Settings) -> GenerationJobCreate:
    """The job as it will be stored, or the first reason this server refuses it."""
    if spec.n_samples is not None and spec.n_samples > settings.max_n_samples:
        raise InvalidRequestError("n_samples", f"at most {settings.max_n_samples} on this server")
    q = spec.quality
    teacher = admit_teacher(session, spec.teacher, settings, "teacher")
    quality_update: dict[str, object] = {}
    if q.judge is not None:
        if q.judge.k > settings.max_judge_k:
            raise InvalidRequestError("quality.judge.k", f"at most {settings.max_judge_k} on this server")
        if q.judge.teacher is not None:
            judge_teacher = admit_teacher(session, q.judge.teacher, settings, "quality.judge.teacher")
            quality_update["judge"] = q.judge.model_copy(update={"teacher": judge_teacher})
    if q.dpo.weaker_teacher is not None:
        weaker = admit_teacher(session, q.dpo.weaker_teacher, settings, "quality.dpo.weaker_teacher")
        quality_update["dpo"] = q.dpo.model_copy(update={"weaker_teacher": weaker})
    if q.dedup.against_jobs:
        seen = ownership.visible_ids(session, GenerationJob, q.dedup.against_jobs)
        if missing := [j for j in q.dedup.against_jobs if j not in seen]:
            raise NotFoundError(f"generation job {missing[0]!r} not found")
        if q.dedup.enabled:
            check_against_jobs(session, q.dedup.against_jobs, q.dedup.num_perm)
    return spec.model_copy(
        update={
            "teacher": teacher,
            "quality": q.model_copy(update=quality_update) if quality_update else q,
        }
    )


def check_against_jobs(session: Session, job_ids: list[str], num_perm: int) -> None:
    """Earlier jobs are compared through their persisted LSH index: they need one, at our num_perm."""
    field = "quality.dedup.against_jobs"
    found = dict(
        session.execute(
            select(GenerationJob.id, GenerationJob.dedup_layout).where(GenerationJob.id.in_(job_ids))
        ).all()
    )
    for job_id in job_ids:
        layout = found.get(job_id)
        if layout is None:
            raise InvalidRequestError(
                field,
                f"job {job_id!r} has no dedup index (it ran with dedup off, or before dedup state was stored)",
            )
        theirs = Layout.parse(layout).num_perm
        if theirs != num_perm:
            raise InvalidRequestError(
                field,
                f"job {job_id!r} was deduplicated with num_perm {theirs}; this job uses {num_perm} "
                "(MinHash signatures compare only at equal num_perm)",
            )


def check_planned(spec: GenerationJobCreate, planned: int, settings: Settings) -> None:
    """A quota job without n_samples plans kept_per_stratum x strata rows: the server's cap holds too."""
    if spec.n_samples is None and planned > settings.max_n_samples:
        raise InvalidRequestError(
            "quota.kept_per_stratum",
            f"plans {planned} rows before any top-up; at most {settings.max_n_samples} on this server",
        )


def job_budget(budget: Budget | None, settings: Settings, *, priced: bool) -> Budget:
    """The budget a job runs under: its own within the server's maximum, else the server's default."""
    tokens = (
        budget.max_tokens if budget and budget.max_tokens is not None else settings.default_job_max_tokens
    )
    if tokens > settings.max_job_tokens:
        raise InvalidRequestError("budget.max_tokens", f"at most {settings.max_job_tokens} on this server")
    cost = budget.max_cost if budget and budget.max_cost is not None else None
    if cost is None and priced:  # a default cost cap only means something with a price
        cost = settings.default_job_max_cost
    if settings.max_job_cost is not None and cost is not None and cost > settings.max_job_cost:
        raise InvalidRequestError("budget.max_cost", f"at most {settings.max_job_cost} on this server")
    return Budget(max_tokens=tokens, max_cost=cost)


def check_daily_quota(session: Session, budget: Budget, settings: Settings) -> None:
    """This job's budget fits in what the caller's project has left of today's quota (spend, UTC day).

    A budget larger than the whole quota can never fit: 422 on the field. One that does not fit in
    what is left today: 429 with Retry-After at the next UTC midnight.
    """
    project_id = ownership.own_project(session) or DEFAULT_PROJECT
    quota = usage.project_quota(session, project_id, settings)
    if not quota.any:
        return
    if quota.cost is not None and budget.max_cost is None:
        raise InvalidRequestError("budget.max_cost", "this server counts cost per project: set one")
    now = settings.now()
    spent = usage.spent_on(session, project_id, usage.utc_day(now))
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    retry = max(1.0, (midnight - now).total_seconds())
    for ceiling in quota.ceilings(spent):
        asked = getattr(budget, ceiling.field)
        if asked is None:
            continue
        cap, unit = ceiling.show(ceiling.cap), ceiling.unit
        if asked > ceiling.cap:
            raise InvalidRequestError(
                f"budget.{ceiling.field}",
                f"larger than project {project_id!r}'s daily quota of {cap} {unit}; set a smaller one",
            )
        if ceiling.spent + asked > ceiling.cap:
            raise QuotaExceededError(
                f"project {project_id!r} has spent {ceiling.show_spent(ceiling.spent)} of its {cap} {unit}"
                f" today (UTC); this job's budget of {ceiling.show(asked)} does not fit in what is left",
                retry_after_s=retry,
            )
