"""Building a job's coverage and quality report with a few GROUP BY queries."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

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
from mediflow.storage.models import GenerationJob, Sample, SampleStatus

CRITERIA = ("quality", "alignment", "coherence", "realism", "difficulty")
_KEPT = case((Sample.status == SampleStatus.done.value, 1), else_=0)
_TOPPED = case((Sample.topup_round > 0, 1), else_=0)


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
    coverage: dict[str, Counter[str]] = {k: Counter() for k in (*SCENARIO_KEYS, "condition_system")}
    for (scenario,) in session.execute(
        select(Sample.scenario)
        .where(Sample.job_id == job_id, Sample.scenario.is_not(None))
        .execution_options(yield_per=1000)
    ):
        if not scenario:  # JSON null: PostgreSQL stores a failed row's missing scenario as 'null'
            continue
        for key in SCENARIO_KEYS:
            if key in scenario:
                coverage[key][str(scenario[key])] += 1
        coverage["condition_system"][str((scenario.get("condition") or {}).get("system"))] += 1
    return {k: dict(sorted(v.items())) for k, v in coverage.items() if v}


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


def build_report(session: Session, job_id: str, diversity: bool = False) -> JobReport:
    job = store.get_job(session, job_id)
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
        for t, d, lv, f, n, k, u in session.execute(
            select(
                Sample.task_type,
                Sample.input_data,
                Sample.difficulty_level,
                Sample.output_format,
                func.count(),
                func.sum(_KEPT),
                func.sum(_TOPPED),
            )
            .where(Sample.job_id == job_id)
            .group_by(Sample.task_type, Sample.input_data, Sample.difficulty_level, Sample.output_format)
            .order_by(Sample.task_type, Sample.input_data, Sample.difficulty_level, Sample.output_format)
        )
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
