"""Progress events, cancellation and the train.log, shared by the runner and every stage.

Events are plain dicts (JSON-serialisable) so the service can forward them to its database or a queue
as they come: ``{"event": ..., "stage": ..., "step_id": ..., ...}``.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from transformers import TrainerCallback, TrainerControl, TrainerState, TrainingArguments

ProgressFn = Callable[[dict[str, Any]], None]
CancelFn = Callable[[], bool]


class TrainingCancelled(RuntimeError):
    """Raised when ``should_cancel()`` turned true; completed stages stay on disk for a resume."""


class Reporter:
    """Sends events to the caller's callback and the run log, and answers "should we stop?"."""

    def __init__(
        self, log: logging.Logger, callback: ProgressFn | None = None, should_cancel: CancelFn | None = None
    ) -> None:
        self.log = log
        self._callback = callback
        self._should_cancel = should_cancel
        self.stage = ""
        self.step_id = ""

    def at(self, stage: str, step_id: str) -> None:
        """Tag the following events with the step being run."""
        self.stage, self.step_id = stage, step_id

    def emit(self, event: str, **fields: Any) -> None:
        payload = {
            "event": event,
            "stage": self.stage,
            "step_id": self.step_id,
            "time": time.time(),
            **fields,
        }
        self.log.info("%s %s %s", event, self.step_id, {k: v for k, v in fields.items() if k != "metrics"})
        if self._callback is not None:
            self._callback(payload)

    def cancel_requested(self) -> bool:
        return self._should_cancel is not None and bool(self._should_cancel())

    def check_cancel(self) -> None:
        if self.cancel_requested():
            self.emit("cancelled")
            raise TrainingCancelled(f"cancelled during {self.step_id or 'setup'}")


class ProgressCallback(TrainerCallback):
    """Reports step/loss/ETA from a transformers Trainer and stops it when cancellation is asked."""

    def __init__(self, reporter: Reporter, phase: str) -> None:
        self.reporter = reporter
        self.phase = phase
        self.cancelled = False
        self._started = time.monotonic()

    def on_train_begin(
        self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kwargs: Any
    ) -> None:
        self._started = time.monotonic()

    def on_step_end(
        self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kwargs: Any
    ) -> None:
        if self.reporter.cancel_requested():
            self.cancelled = True
            control.should_training_stop = True

    def on_log(
        self,
        args: TrainingArguments,
        state: TrainerState,
        control: TrainerControl,
        logs: dict[str, float] | None = None,
        **kwargs: Any,
    ) -> None:
        if not logs or "loss" not in logs:
            return
        step, total = state.global_step, state.max_steps
        elapsed = time.monotonic() - self._started
        eta = elapsed / step * (total - step) if step else None
        loss = float(logs["loss"])
        self.reporter.emit(
            "train_step",
            phase=self.phase,
            step=step,
            max_steps=total,
            loss=loss if math.isfinite(loss) else None,
            learning_rate=logs.get("learning_rate"),
            epoch=state.epoch,
            eta_s=round(eta, 1) if eta is not None else None,
        )


def open_run_log(run_dir: Path) -> logging.Logger:
    """A logger writing to ``<run_dir>/train.log``; one handler per run dir, however often called."""
    log = logging.getLogger(f"mediflow.training.run.{run_dir.resolve()}")
    log.setLevel(logging.INFO)
    log.propagate = False  # the service gets events through the callback; this file is the run's own
    target = str((run_dir / "train.log").resolve())
    if not any(getattr(h, "baseFilename", None) == target for h in log.handlers):
        handler = logging.FileHandler(target, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
    return log


def close_run_log(log: logging.Logger) -> None:
    for handler in list(log.handlers):
        handler.close()
        log.removeHandler(handler)
