"""What the benchmarks read about processes: CPU seconds of a process tree, the load average."""

from __future__ import annotations

import os

import psutil


def cpu_seconds(*pids: int, tree: bool = True, exclude: frozenset[int] = frozenset()) -> float:
    """User + system CPU seconds used so far by these processes (and their live descendants but
    ``exclude``)."""
    total = 0.0
    for pid in pids:
        root = psutil.Process(pid)
        for proc in [root, *(root.children(recursive=True) if tree else [])]:
            if proc.pid in exclude:
                continue
            try:
                t = proc.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += t.user + t.system
    return total


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, as printed next to every figure."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())
