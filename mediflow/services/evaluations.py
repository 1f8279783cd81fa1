"""Use cases behind /v1/evaluations: check the request, store it, and run it in a training worker.

Models are directories under the models root or model steps of training runs; a suite is ``bundled``
or a JSONL text checked line by line (a bad line is a 422 naming it) and stored with the evaluation.
The worker scores one model at a time and stores each model's scores as soon as it has them, so a
re-delivered evaluation skips the models already scored; the side-by-side report (Markdown, JSON,
PNG chart) is written next to the stored suite when every model is done.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediflow.core.errors import InvalidRequestError, NotFoundError
from mediflow.core.paths import PathEscapeError, resolve_under
from mediflow.core.settings import Settings
from mediflow.evaluation.suites import BUNDLED, Suite, load_suite, suite_from_text
from mediflow.schemas.evaluations import EvaluationCreate, EvaluationLinks, EvaluationPublic, ModelRef
from mediflow.storage import leases, ownership
from mediflow.storage.db import session_scope
from mediflow.storage.models import Evaluation, TrainingRun, TrainingStatus, new_id, utcnow
from mediflow.storage.training_runs import json_safe

EVALS_PATH = "/v1/evaluations"
SUITE_FILE = "suite.jsonl"
log = logging.getLogger(__name__)


def evaluations_dir(settings: Settings) -> Path:
    return settings.resolved_artifacts_dir / "evaluations"


def submit(session: Session, body: EvaluationCreate, settings: Settings) -> Evaluation:
    """Resolve every model and check the suite; store the evaluation (committed) for a worker."""
    models = {m.label: str(_model_dir(session, m, i, settings)) for i, m in enumerate(body.models)}
    eval_id = new_id()
    suite = BUNDLED
    if body.suite_jsonl is not None:
        suite_from_text(body.suite_jsonl, "suite_jsonl")  # raises naming the bad line; nothing stored
        out = evaluations_dir(settings) / eval_id
        out.mkdir(parents=True, exist_ok=True)
        (out / SUITE_FILE).write_text(body.suite_jsonl, encoding="utf-8")
        suite = str(out / SUITE_FILE)
    ev = Evaluation(
        id=eval_id,
        status=TrainingStatus.queued.value,
        models=models,
        suite=suite,
        options=body.options.model_dump(),
        results={},
        attempts=0,
    )
    session.add(ev)
    session.commit()
    return ev


def _model_dir(session: Session, ref: ModelRef, index: int, settings: Settings) -> Path:
    where = f"models[{index}]"
    if ref.path is not None:
        try:
            path = resolve_under(settings.resolved_models_dir, ref.path)
        except PathEscapeError as exc:
            raise InvalidRequestError(f"{where}.path", f"{exc}; models lie under the models root") from None
    else:
        run = session.get(TrainingRun, ref.training_run_id)
        if run is None or not ownership.may_see(session, run):  # another project's run does not exist
            raise NotFoundError(f"{where}.training_run_id: training run {ref.training_run_id!r} not found")
        found = (run.artifacts or {}).get(ref.step) if ref.step else run.final_model
        if not found:
            have = ", ".join(sorted(run.artifacts or {})) or "none yet"
            raise InvalidRequestError(
                f"{where}.step", f"run {run.id} has no model for {ref.step or 'final'}; has {have}"
            )
        path = Path(found)
    try:
        is_model = (path / "config.json").is_file()
    except OSError:  # e.g. a name too long for the file system
        is_model = False
    if not is_model:
        raise InvalidRequestError(where, f"{path.name[:100]} is not a model directory (no config.json)")
    return path


def get(session: Session, eval_id: str) -> Evaluation:
    return ownership.visible(session, session.get(Evaluation, eval_id), f"evaluation {eval_id!r}")


def list_evaluations(session: Session, *, limit: int, offset: int) -> tuple[list[Evaluation], int]:
    return ownership.page(session, Evaluation, limit=limit, offset=offset)


def public(ev: Evaluation) -> EvaluationPublic:
    base = f"{EVALS_PATH}/{ev.id}"
    order = list(ev.models)
    results = {k: ev.results[k] for k in order if k in (ev.results or {})}
    return EvaluationPublic(
        id=ev.id,
        status=ev.status,
        models=ev.models,
        suite=BUNDLED if ev.suite == BUNDLED else "uploaded",
        tasks=sorted({t for r in results.values() for t in r.get("tasks", {})}),
        options=ev.options or {},
        results=results,
        averages={k: r.get("average") for k, r in results.items()},
        error=ev.error,
        created_at=ev.created_at,
        started_at=ev.started_at,
        finished_at=ev.finished_at,
        links=EvaluationLinks(self=base, report=f"{base}/report", chart=f"{base}/chart"),
    )


def report_file(settings: Settings, ev: Evaluation, name: str) -> Path:
    if ev.status != TrainingStatus.completed.value or not ev.report:
        raise NotFoundError(f"evaluation {ev.id} has no report yet (it is {ev.status})")
    path = evaluations_dir(settings) / ev.id / "report" / name
    if not path.is_file():
        raise NotFoundError(f"evaluation {ev.id}: {name} is missing")
    return path


# --- the worker side ---------------------------------------------------------------------------------


# Evaluations are leased like shards, runs and exports (storage/leases.py); a dead worker's evaluation
# goes back to the queue with no attempt limit (the models already scored stay scored).
EVALUATION_LEASE = leases.LeaseTable(
    Evaluation, TrainingStatus.queued.value, TrainingStatus.running.value, (TrainingStatus.running.value,)
)


def mark_enqueued(session: Session, eval_id: str) -> None:
    where = [Evaluation.id == eval_id, Evaluation.status == TrainingStatus.queued.value]
    leases.mark_enqueued(session, EVALUATION_LEASE, where)


def stalled(session: Session, stall_after: timedelta) -> list[str]:
    """Running evaluations whose worker stopped heartbeating, and queued ones never sent: put them
    back in the queue (the models already scored stay scored) and answer their ids to send again."""
    cond = leases.needs_requeue(EVALUATION_LEASE, stall_after)
    ids = list(session.scalars(select(Evaluation.id).where(cond)))
    for eval_id in ids:
        leases.release(session, EVALUATION_LEASE, [Evaluation.id == eval_id])
    return ids


def claim(session: Session, eval_id: str, worker_id: str, stall_after: timedelta) -> bool:
    """Queued, or running under a worker whose heartbeat went stale: take it."""
    return leases.claim(session, EVALUATION_LEASE, [Evaluation.id == eval_id], worker_id, stall_after)


def _write(settings: Settings, eval_id: str, worker_id: str, **values: Any) -> bool:
    """Update the row if this worker still holds it (a presumed-dead worker never overwrites)."""
    safe = {k: json_safe(v) for k, v in values.items()}
    with session_scope(settings.resolved_database_url) as session:
        return leases.heartbeat(session, EVALUATION_LEASE, [Evaluation.id == eval_id], worker_id, safe)


def run_evaluation(eval_id: str, settings: Settings, worker_id: str) -> str:
    """Score every model not yet scored, then write the report. Answers the outcome."""
    stall = timedelta(seconds=settings.stall_timeout_s)
    with session_scope(settings.resolved_database_url) as session:
        if not claim(session, eval_id, worker_id, stall):
            return "skipped"
        ev = get(session, eval_id)
        models, suite_ref, options, results = (
            dict(ev.models),
            ev.suite,
            dict(ev.options),
            dict(ev.results or {}),
        )
    where = [Evaluation.id == eval_id]
    heartbeat = leases.Heartbeat(
        settings.resolved_database_url,
        lambda session: leases.heartbeat(session, EVALUATION_LEASE, where, worker_id),
        settings.heartbeat_interval_s,
        f"evaluation {eval_id}",
    )
    with heartbeat:
        try:
            results = _score_models(
                settings, eval_id, worker_id, models, load_suite(suite_ref), options, results
            )
            from mediflow.evaluation.report import write_report

            report = write_report(
                {label: results[label] for label in models},
                evaluations_dir(settings) / eval_id / "report",
                title=f"Evaluation {eval_id}",
            )
            done = _write(
                settings,
                eval_id,
                worker_id,
                status=TrainingStatus.completed.value,
                report=report,
                finished_at=utcnow(),
            )
            return "completed" if done else "lost"
        except Exception as exc:
            log.exception("evaluation %s failed", eval_id)
            _write(
                settings,
                eval_id,
                worker_id,
                status=TrainingStatus.failed.value,
                error=f"{type(exc).__name__}: {exc}"[:2000],
                finished_at=utcnow(),
            )
            return "failed"


def _score_models(
    settings: Settings,
    eval_id: str,
    worker_id: str,
    models: dict[str, str],
    suite: Suite,
    options: dict[str, Any],
    results: dict[str, Any],
) -> dict[str, Any]:
    from mediflow.evaluation.harness import EvalOptions, evaluate_model
    from mediflow.training.hf import resolve_device

    device = resolve_device("auto")
    opts = EvalOptions.model_validate(options)
    for label, path in models.items():
        if label in results:
            continue  # scored before this worker took over
        scored = evaluate_model(Path(path), suite, opts, device)
        results[label] = {k: v for k, v in scored.items() if k != "predictions"}
        if not _write(settings, eval_id, worker_id, results=results):
            raise RuntimeError("lost the evaluation's lease to another worker")
    return results
