"""What the benchmarks read about processes: CPU seconds of a process tree, the load average, and the
counts a helper process publishes in a file (a loopback teacher's calls)."""

from __future__ import annotations

import os
from pathlib import Path

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


def write_count(path: Path, value: int) -> None:
    """Put ``value`` in ``path`` in one step: a reader sees the old number or the new one. ``write_text``
    empties the file before it writes, and a reader that came in between read "" as 0 calls: one peers
    run counted every call the teacher had answered since it started as one side's (58 calls a sample)."""
    part = path.with_name(path.name + ".part")
    part.write_text(str(value))
    os.replace(part, path)


def read_count(path: Path) -> int | None:
    """The number ``write_count`` put in ``path``; None before its first write."""
    try:
        return int(path.read_text())
    except FileNotFoundError:
        return None
