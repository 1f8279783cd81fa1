"""Running one training run inside a training worker: lease, heartbeat, progress, cancel, outcome.

The library (``mediflow.training.run_recipe``) does the work and is resumable: completed steps are
skipped, so a run re-delivered after a crash picks up where it stopped. Around it this module keeps the
database row current: a heartbeat thread refreshes the lease and reads the status (the cancel flag)
every ``heartbeat_interval_s``; progress events are written at most every
``training_progress_interval_s``, except step boundaries, which are written at once.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import traceback
from datetime import timedelta
from pathlib import Path
from typing import Any

from mediflow.core.settings import Settings
from mediflow.storage import training_runs as store
from mediflow.storage.db import session_scope
from mediflow.storage.leases import new_worker_id
from mediflow.storage.models import TrainingStatus

log = logging.getLogger(__name__)

BOUNDARIES = frozenset({"run_start", "stage_start", "stage_end", "stage_skipped", "run_end", "cancelled"})
MODEL_STAGES = frozenset({"pit", "slerp", "merge", "sft", "dpo"})


class TrainingRunner:
    def __init__(self, run_id: str, settings: Settings, worker_id: str | None = None) -> None:
        self.run_id = run_id
        self.settings = settings
        self.url = settings.resolved_database_url
        self.worker_id = worker_id or new_worker_id()
        self.cancel_requested = False
        self.lease_lost = False
        self._stop = threading.Event()
        self._last_write = 0.0
        self._metrics: dict[str, Any] = {}
        self._artifacts: dict[str, str] = {}
        self.run_dir = Path()

    def run(self) -> str:
        """Run to the end; answers "skipped", "completed", "failed", "cancelled", "lost" or "locked"."""
        stall = timedelta(seconds=self.settings.stall_timeout_s)
        with session_scope(self.url) as session:
            if not store.claim_run(session, self.run_id, self.worker_id, stall):
                return "skipped"  # final, or live on another worker: a duplicate or late message
            run = store.get_run(session, self.run_id)
            recipe_data, self.run_dir, attempt = run.recipe, Path(run.run_dir), run.attempts
            self._metrics, self._artifacts = dict(run.metrics or {}), dict(run.artifacts or {})
        try:
            self.run_dir.mkdir(parents=True, exist_ok=True)
            note = _service_log(self.run_dir, self.run_id)
        except OSError as exc:  # a run that cannot even start must not loop through the stall scan
            self._finish(TrainingStatus.failed, {"error": f"cannot use run directory {self.run_dir}: {exc}"})
            return "failed"
        note.info("run %s attempt %d claimed by worker %s", self.run_id, attempt, self.worker_id)
        beat = threading.Thread(target=self._heartbeat, name=f"train-heartbeat-{self.run_id}", daemon=True)
        beat.start()
        try:
            return self._execute(recipe_data, note)
        finally:
            self._stop.set()
            beat.join(timeout=10)
            for handler in list(note.handlers):
                handler.close()
                note.removeHandler(handler)

    def _execute(self, recipe_data: dict[str, Any], note: logging.Logger) -> str:
        # Imported here: generation workers load this module's task but must not pay for torch.
        from mediflow.training import Recipe, RunLockedError, TrainingCancelled, run_recipe

        try:
            recipe = Recipe.model_validate(recipe_data)
            summary = run_recipe(
                recipe, self.run_dir, progress_callback=self._on_event, should_cancel=self._should_cancel
            )
        except TrainingCancelled:
            if self.lease_lost:
                note.warning("lease lost (presumed dead and re-queued); stopped, another worker resumes")
                return "lost"
            note.info("cancelled; finished steps are kept in %s", self.run_dir)
            self._finish(TrainingStatus.cancelled, {})
            return "cancelled"
        except RunLockedError as exc:
            note.warning("%s; back to the queue", exc)
            with session_scope(self.url) as session:
                store.release_run(session, self.run_id, self.worker_id)
            return "locked"
        except Exception as exc:  # the run records why; the worker lives on
            note.error("failed: %s\n%s", exc, traceback.format_exc())
            self._finish(TrainingStatus.failed, {"error": f"{type(exc).__name__}: {exc}"[:4000]})
            return "failed"
        for step_id, result in summary["steps"].items():
            self._metrics[step_id] = result["metrics"]
            if result["model_dir"]:
                self._artifacts[step_id] = result["model_dir"]
        note.info("completed in %.1fs; final model %s", summary["elapsed_s"], summary["final_model"])
        self._finish(TrainingStatus.completed, {"final_model": summary["final_model"]})
        return "completed"

    def _finish(self, status: TrainingStatus, values: dict[str, Any]) -> None:
        values |= {"metrics": self._metrics, "artifacts": self._artifacts}
        with session_scope(self.url) as session:
            if not store.finish_run(session, self.run_id, self.worker_id, status, values):
                log.warning("training run %s: lease lost before recording %s", self.run_id, status)

    def _should_cancel(self) -> bool:
        return self.cancel_requested or self.lease_lost

    def _heartbeat(self) -> None:
        while not self._stop.wait(self.settings.heartbeat_interval_s):
            try:
                with session_scope(self.url) as session:
                    status = store.heartbeat(session, self.run_id, self.worker_id)
            except Exception as exc:  # the database may be restarting; the lease survives a few misses
                log.warning("training run %s: heartbeat failed: %s", self.run_id, exc)
                continue
            if status is None:
                self.lease_lost = True
            elif status == TrainingStatus.cancelling.value:
                self.cancel_requested = True

    def _on_event(self, event: dict[str, Any]) -> None:
        kind = event["event"]
        values = self._progress_values(event)
        now = time.monotonic()
        if kind not in BOUNDARIES and now - self._last_write < self.settings.training_progress_interval_s:
            return
        self._last_write = now
        try:
            with session_scope(self.url) as session:
                if not store.save_progress(session, self.run_id, self.worker_id, values):
                    self.lease_lost = True
        except Exception as exc:  # progress is best effort; the outcome is written at the end
            log.warning("training run %s: progress write failed: %s", self.run_id, exc)

    def _progress_values(self, event: dict[str, Any]) -> dict[str, Any]:
        kind, step_id = event["event"], event.get("step_id") or None
        values: dict[str, Any] = {"stage": event.get("stage") or None, "step_id": step_id}
        if kind == "run_start":
            values["steps"] = event["steps"]
        if kind in ("stage_start", "stage_skipped", "stage_end"):
            values |= {"stage_index": event["index"], "stage_total": event["total"]}
        if kind == "stage_start":
            values |= {"phase": None, "step": None, "max_steps": None, "loss": None, "eta_s": None}
        elif kind == "train_step":
            values |= {
                "phase": event["phase"],
                "step": event["step"],
                "max_steps": event["max_steps"],
                "loss": event["loss"],
                "eta_s": event["eta_s"],
            }
        elif kind in ("stage_end", "stage_skipped") and step_id:
            self._record_step(step_id, event)
            values |= {"metrics": self._metrics, "artifacts": self._artifacts, "eta_s": None}
        return values

    def _record_step(self, step_id: str, event: dict[str, Any]) -> None:
        step_dir = self.run_dir / step_id
        metrics = event.get("metrics")
        if metrics is None:  # skipped on resume: its metrics are on disk from the earlier attempt
            metrics = _read_json(step_dir / "metrics.json")
        self._metrics[step_id] = metrics
        if event.get("stage") in MODEL_STAGES:
            self._artifacts[step_id] = str(step_dir / "model")


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _service_log(run_dir: Path, run_id: str) -> logging.Logger:
    """The worker's own lines (claim, outcome, tracebacks) in the run's train.log, next to the library's."""
    note = logging.getLogger(f"mediflow.training.service.{run_id}")
    note.setLevel(logging.INFO)
    handler = logging.FileHandler(run_dir / "train.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [worker] %(message)s"))
    note.addHandler(handler)
    return note
