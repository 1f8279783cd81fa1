"""One stall scan per worker: a background thread that re-queues whatever a dead worker held.

The database, not the broker, decides what still needs running (a worker killed with SIGKILL can lose
its message on some brokers). Every few seconds each worker looks for leases gone stale (see
storage/leases.py) and for queued work whose message never went out: generation shards and exports on
every worker, training runs and evaluations on the workers that consume the training queue.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from celery import Celery
from celery.signals import worker_ready, worker_shutdown

from mediflow.core.settings import Settings, get_settings
from mediflow.workers.evaluation_tasks import requeue_stalled_evaluations
from mediflow.workers.export_tasks import requeue_stalled_exports
from mediflow.workers.tasks import requeue_stalled
from mediflow.workers.training_tasks import consumes_training, requeue_stalled_runs

log = logging.getLogger(__name__)


class PeriodicScan(threading.Thread):
    def __init__(self, name: str, scan: Callable[[], object], interval_s: float) -> None:
        super().__init__(name=name, daemon=True)
        self.scan, self.interval_s = scan, interval_s
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                self.scan()
            except Exception as exc:  # the database may be restarting; try again next round
                log.warning("%s failed: %s", self.name, exc)
            self.stopped.wait(self.interval_s)


def scan_once(app: Celery, settings: Settings, *, training: bool) -> dict[str, list[Any]]:
    """One round: what each kind of leased work had re-queued (each kind tried even if one fails)."""
    scans: dict[str, Callable[[], list[Any]]] = {
        "shards": lambda: requeue_stalled(app, settings),
        "exports": lambda: requeue_stalled_exports(app, settings),
    }
    if training:  # generation workers leave training runs alone
        scans["training_runs"] = lambda: requeue_stalled_runs(app, settings)
        scans["evaluations"] = lambda: requeue_stalled_evaluations(app, settings)
    done: dict[str, list[Any]] = {}
    for kind, scan in scans.items():
        try:
            done[kind] = scan()
        except Exception as exc:
            log.warning("stall scan of %s failed: %s", kind, exc)
    return done


_scanner: PeriodicScan | None = None


@worker_ready.connect
def _start_scanner(sender: Any = None, **_: Any) -> None:
    global _scanner
    app, settings = sender.app, get_settings()
    training = consumes_training(app, settings)
    _scanner = PeriodicScan(
        "mediflow-stall-scan",
        lambda: scan_once(app, settings, training=training),
        settings.stall_scan_interval_s,
    )
    _scanner.start()


@worker_shutdown.connect
def _stop_scanner(**_: Any) -> None:
    if _scanner is not None:
        _scanner.stopped.set()
