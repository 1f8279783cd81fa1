"""Building a job's coverage and quality report with a few GROUP BY queries."""

from __future__ import annotations

import threading
import time
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediflow.core.statuses import JobStatus
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.schemas.report import (
    CellCount,
    DiversityReport,
    FailureCount,
    JobReport,
    MapPoint,
    MarginCount,
    QuotaReport,
    ScoreDistribution,
    StratumCount,
)
from mediflow.services.generation import job_cost
from mediflow.services.job_kinds import plan_axes
from mediflow.services.quotas import quota_state
from mediflow.services.quotas import stop_reason as quota_stop_reason
from mediflow.storage import jobs as store
from mediflow.storage import reports
from mediflow.storage.models import GenerationJob, Sample, SampleStatus

CRITERIA = ("quality", "alignment", "coherence", "realism", "difficulty")


def _margins(cells: list[CellCount], key: str) -> list[MarginCount]:
    planned: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    topped: Counter[str] = Counter()
    for c in cells:
        value = str(getattr(c, key))
        planned[value] += c.planned
        kept[value] += c.kept
        topped[value] += c.topped_up
    return [
        MarginCount(value=v, planned=planned[v], kept=kept[v], topped_up=topped[v]) for v in sorted(planned)
    ]


def quota_report(session: Session, job: GenerationJob, spec: GenerationJobCreate) -> QuotaReport | None:
    if spec.quota is None:
        return None
    state = quota_state(session, job.id, spec)
    keys = spec.quota.stratum
    target = spec.quota.kept_per_stratum
    strata = [
        StratumCount(
            stratum=dict(zip(keys, s, strict=True)),
            planned=state.planned[s],
            kept=state.kept[s],
            topped_up=state.topped_up[s],
            short=max(target - state.kept[s], 0),
        )
        for s in state.strata
    ]
    short = sum(1 for s in strata if s.short)
    return QuotaReport(
        kept_per_stratum=target,
        stratum_keys=list(keys),
        rounds=state.rounds,
        max_rounds=spec.quota.max_rounds,
        met=len(strata) - short,
        short=short,
        stopped_short=quota_stop_reason(job, spec, state),
        strata=strata,
    )


def _judge(session: Session, job_id: str) -> dict[str, ScoreDistribution]:
    out: dict[str, ScoreDistribution] = {}
    for name in CRITERIA:
        column = getattr(Sample, name)
        rows = session.execute(
            select(column, func.count()).where(Sample.job_id == job_id, column.is_not(None)).group_by(column)
        ).all()
        hist: Counter[str] = Counter()
        total = weighted = 0.0
        for value, n in rows:
            hist[f"{round(float(value) * 2) / 2:g}"] += int(n)
            total += n
            weighted += float(value) * n
        out[name] = ScoreDistribution(
            count=int(total),
            mean=round(weighted / total, 3) if total else None,
            histogram=dict(sorted(hist.items())),
        )
    return out


def _phi(session: Session, job_id: str) -> tuple[dict[str, int], int]:
    counts: Counter[str] = Counter()
    rows = 0
    for (checks,) in session.execute(
        select(Sample.checks)
        .where(Sample.job_id == job_id, Sample.phi_count > 0)
        .execution_options(yield_per=1000)
    ):
        rows += 1
        for kind, n in ((checks or {}).get("phi") or {}).get("counts", {}).items():
            counts[kind] += int(n)
    return dict(sorted(counts.items())), rows


SCENARIO_KEYS = ("age_band", "sex", "setting", "specialty", "acuity", "author_role", "note_style")
DIVERSITY_ROWS = 500  # embedding cost grows with rows; a sample this size shows the spread


def _scenarios(session: Session, job_id: str) -> dict[str, dict[str, int]]:
    """Counts per scenario attribute, grouped in the database: one indexed scan per attribute, no row
    decoded in Python (decoding every row's JSON took minutes at a million rows)."""
    paths: dict[str, str | tuple[str, ...]] = {k: k for k in SCENARIO_KEYS}
    paths["condition_system"] = ("condition", "system")
    coverage: dict[str, dict[str, int]] = {}
    for name, path in paths.items():
        value = Sample.scenario[path].as_string()
        rows = session.execute(
            select(value, func.count())
            .where(Sample.job_id == job_id, Sample.scenario.is_not(None))
            .group_by(value)
        ).all()
        # A row without a scenario holds JSON null (not SQL NULL): its attributes come back NULL.
        counts = {str(v): int(n) for v, n in rows if v is not None}
        if counts:
            coverage[name] = dict(sorted(counts.items()))
    return coverage


def _fit_share(cells: list[CellCount]) -> float:
    taxonomy = default_taxonomy()
    total = sum(c.planned for c in cells)
    fit = 0
    for c in cells:
        try:
            fit += c.planned if taxonomy.fits(c.task_type, c.input_data, c.difficulty_level) else 0
        except KeyError:  # a PIT row: its "document" is a corpus, not a taxonomy type
            fit += c.planned
    return round(fit / total, 4) if total else 1.0


def diversity_report(session: Session, job_id: str, limit: int = DIVERSITY_ROWS) -> DiversityReport:
    from mediflow.quality.diversity import diversity_metrics, embed, map_2d

    rows = session.execute(
        select(Sample.task_type, Sample.instruction, Sample.input)
        .where(Sample.job_id == job_id, Sample.status == SampleStatus.done.value)
        .order_by(Sample.index)
        .limit(limit)
    ).all()
    tasks = [r[0] for r in rows]
    instructions = [r[1] or "" for r in rows]
    inputs = [r[2] or "" for r in rows]
    vectors = embed(instructions)
    by_task: dict[str, dict[str, float | int]] = {}
    for task in sorted(set(tasks)):
        idx = [i for i, t in enumerate(tasks) if t == task]
        by_task[task] = diversity_metrics([instructions[i] for i in idx], vectors[idx]).as_dict()
    points = map_2d(vectors)
    return DiversityReport(
        rows=len(rows),
        instruction=diversity_metrics(instructions, vectors).as_dict(),
        input=diversity_metrics(inputs).as_dict(),
        by_task_type=by_task,
        instruction_map=[
            MapPoint(task_type=t, x=round(float(p[0]), 4), y=round(float(p[1]), 4))
            for t, p in zip(tasks, points, strict=True)
        ],
    )


def _dpo_unpaired(session: Session, job_id: str) -> dict[str, int]:
    """Why kept rows got no DPO pair: below min_scores, the teacher failed, PHI in the rejection."""
    reasons: Counter[str] = Counter()
    for (checks,) in session.execute(
        select(Sample.checks)
        .where(
            Sample.job_id == job_id,
            Sample.status == SampleStatus.done.value,
            Sample.rejected_output.is_(None),
        )
        .execution_options(yield_per=1000)
    ):
        dpo = (checks or {}).get("dpo") or {}
        reason = dpo.get("skipped") or dpo.get("failed")
        if reason:
            reasons[str(reason)] += 1
    return dict(sorted(reasons.items()))


def report_state(job: GenerationJob) -> str | None:
    """What a finished job's stored report describes; None while the job can still change."""
    if not JobStatus(job.status).is_final or job.finished_at is None:
        return None
    return f"{job.status}:{job.finished_at.isoformat()}"


def build_report(session: Session, job_id: str, diversity: bool = False) -> JobReport:
    """The job's report. A finished job's is built once and stored (a 1M-row job takes seconds to read
    through), then read back in O(1); ``diversity`` is never stored (it is asked for explicitly)."""
    job = store.get_job(session, job_id)
    state = report_state(job)
    if state is not None and (body := reports.cached(session, job.id, state)) is not None:
        report = JobReport.model_validate(body)
        if diversity:
            report.diversity = diversity_report(session, job_id)
        return report
    report = _build_report(session, job, diversity)
    if state is not None:
        reports.keep(session, job.id, state, report.model_dump(mode="json", exclude={"diversity"}))
    return report


def store_final_report(session: Session, job_id: str) -> bool:
    """Build and store a finished job's report now, so its first reader does not wait; False if running."""
    if report_state(store.get_job(session, job_id)) is None:
        return False
    build_report(session, job_id)
    return True


def _build_report(session: Session, job: GenerationJob, diversity: bool) -> JobReport:
    job_id = job.id
    cells = [
        CellCount(
            task_type=t,
            input_data=d,
            difficulty_level=lv,
            output_format=f,
            planned=int(n),
            kept=int(k or 0),
            topped_up=int(u or 0),
        )
        for t, d, lv, f, n, k, u, _ in store.cell_counts(session, job_id)
    ]
    statuses: dict[str, int] = defaultdict(int, {s.value: 0 for s in SampleStatus})
    failures: list[FailureCount] = []
    for status, stage, reason, n in session.execute(
        select(Sample.status, Sample.failed_stage, Sample.failure_reason, func.count())
        .where(Sample.job_id == job_id)
        .group_by(Sample.status, Sample.failed_stage, Sample.failure_reason)
        .order_by(Sample.status, Sample.failed_stage, Sample.failure_reason)
    ):
        statuses[status] += int(n)
        if status != SampleStatus.done.value:
            failures.append(FailureCount(status=status, stage=stage, reason=reason, count=int(n)))
    dpo = {
        str(t): int(n)
        for t, n in session.execute(
            select(Sample.error_type, func.count())
            .where(Sample.job_id == job_id, Sample.rejected_output.is_not(None))
            .group_by(Sample.error_type)
        )
    }
    phi, phi_rows = _phi(session, job_id)
    spec = GenerationJobCreate.model_validate(job.spec)
    # Rows not materialised yet (a queued job) count as pending.
    statuses[SampleStatus.pending.value] += max(0, job.n_planned - sum(statuses.values()))
    margins: dict[str, Any] = {
        name: _margins(cells, key)
        for name, key in (
            ("by_task_type", "task_type"),
            ("by_document_type", "input_data"),
            ("by_difficulty", "difficulty_level"),
            ("by_output_format", "output_format"),
        )
    }
    judge = spec.quality.judge
    if judge is None or not judge.enabled:
        judge_teacher = "off"
    elif judge.teacher is not None:
        judge_teacher = f"{judge.teacher.backend}/{judge.teacher.model or 'default'} (separate judge)"
    else:
        judge_teacher = "the generator itself (a separate, cheaper judge teacher is recommended)"
    weights: dict[str, float] = {}
    if spec.kind == "mediflow":
        weights = {str(k): v for k, v in plan_axes(spec).level_weights.items()}
    return JobReport(
        job_id=job.id,
        cells_fit_share=_fit_share(cells),
        level_weights=weights,
        scenario_coverage=_scenarios(session, job_id),
        judge_teacher=judge_teacher,
        diversity=diversity_report(session, job_id) if diversity else None,
        quota=quota_report(session, job, spec),
        status=job.status,
        statuses=dict(statuses),
        planned=job.n_planned,
        failures=failures,
        cells=cells,
        judge=_judge(session, job_id),
        phi=phi,
        phi_rows=phi_rows,
        dpo_pairs=dpo,
        dpo_unpaired=_dpo_unpaired(session, job_id) if spec.quality.dpo.enabled else {},
        tokens_in=job.tokens_in,
        tokens_out=job.tokens_out,
        cost=job_cost(spec, job),
        **margins,
    )


# --- the cached report ----------------------------------------------------------------------------

CACHED_JOBS = 64  # reports kept per process: each is a few KB, whatever the job's size


@dataclass(frozen=True)
class _Cached:
    fingerprint: tuple[Any, ...]
    built: float  # time.monotonic() when built
    report: JobReport


_cache: OrderedDict[tuple[str, str], _Cached] = OrderedDict()
_lock = threading.Lock()


def clear_report_cache() -> None:
    """Forget every cached report (benchmarks measure the first, uncached view with it)."""
    with _lock:
        _cache.clear()


def fingerprint(session: Session, job: GenerationJob) -> tuple[Any, ...]:
    """What changes whenever a row of the job is written, read in O(1) from the job row and one index.

    Every stored result moves one counter (``record_results``); the dedup pass, cancelling pending rows
    and retrying failed ones each change the status in the same transaction; materialising the plan
    changes the job's newest row id.
    """
    newest = session.scalar(select(func.max(Sample.id)).where(Sample.job_id == job.id))
    counters = tuple(getattr(job, name) for name in store.COUNTER_COLUMNS.values())
    return (job.status, job.n_planned, *counters, job.tokens_in, job.tokens_out, job.finished_at, newest)


def cached_report(session: Session, job_id: str, live_s: float = 0.0) -> JobReport:
    """``build_report`` rebuilt only when the job's rows changed since the last build in this process.

    ``live_s`` > 0 lets a running job's report be up to that many seconds old, so a page viewed while
    batches arrive does not rebuild the whole job's aggregates for each batch.
    """
    job = store.get_job(session, job_id)  # scoped: another project's job is a 404 before any cache
    key = (session.get_bind().engine.url.render_as_string(hide_password=True), job_id)
    current = fingerprint(session, job)
    with _lock:
        hit = _cache.get(key)
    if hit is not None:
        fresh = hit.fingerprint == current
        # Only rows arriving may be shown late: a status change (a retry, the end) is shown at once.
        same_phase = hit.fingerprint[0] == current[0] and not JobStatus(job.status).is_final
        recent = same_phase and time.monotonic() - hit.built < live_s
        if fresh or recent:
            return hit.report
    report = build_report(session, job_id)
    with _lock:
        _cache[key] = _Cached(current, time.monotonic(), report)
        _cache.move_to_end(key)
        while len(_cache) > CACHED_JOBS:
            _cache.popitem(last=False)
    return report
