"""A background thread that runs a scan in a worker every few seconds until the worker shuts down.

Used for the stall scans (generation shards, training runs): the database, not the broker, decides
what still needs running, so each worker periodically looks for work whose worker died.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

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
