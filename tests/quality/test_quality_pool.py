"""The worker's quality pool: its processes do not outlive the worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psutil

from mediflow.core.heap import YOUNG_THRESHOLD

# A stand-in worker: starts the quality pool (one process), runs one screening in it so the process is
# up, writes that process's pid to the file named by argv[1], then dies the way a worker does under SIGKILL or the OOM killer.
_WORKER = """
import os, signal, sys
from mediflow.quality.gate import quality_pool, screen_and_sign
pool = quality_pool(1)
pool.submit(screen_and_sign, "flag", {"instruction": "Seen on 03/04/2021."}, None).result()
(child,) = pool._processes
with open(sys.argv[1], "w") as out:
    out.write(str(child))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_pool_processes_exit_when_the_worker_is_killed(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    # No pipes: a pool process left behind would hold them open and stall the run, not fail it.
    proc = subprocess.run(
        [sys.executable, "-c", _WORKER, str(pid_file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=120,
    )
    assert proc.returncode == -9
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 15
    while psutil.pid_exists(child) and psutil.Process(child).status() != psutil.STATUS_ZOMBIE:
        if time.monotonic() > deadline:
            os.kill(child, 9)
            raise AssertionError(f"pool process {child} still running 15 s after its worker was killed")
        time.sleep(0.2)


# Starts a two-process pool, warms it as a job with or without PHI screening would (argv[1]), and prints
# for each pool process whether it built the PHI scanner, its young-generation threshold and how many
# objects it has frozen. A file, not ``-c``: spawned pool processes import the main module to find
# ``pool_state``.
_WARM = """
import asyncio, gc, json, os, sys, time
from mediflow.quality import gate


def pool_state() -> tuple[int, bool, int, int]:
    from mediflow.quality import phi

    time.sleep(0.05)  # long enough that a batch of these spreads over both processes
    return os.getpid(), phi._scanner is not None, gc.get_threshold()[0], gc.get_freeze_count()


if __name__ == "__main__":
    pool = gate.quality_pool(2)
    asyncio.run(gate.warm_pool(pool, screen=sys.argv[1] == "screen"))
    assert len(pool._processes) == 2, pool._processes
    state = {}
    for _ in range(20):
        for future in [pool.submit(pool_state) for _ in range(4)]:
            pid, *seen = future.result()
            state[pid] = seen
        if len(state) == 2:
            break
    print(json.dumps(sorted(state.values())))
    pool.shutdown()
"""


def test_the_scanner_loads_only_in_pools_that_screen(tmp_path: Path) -> None:
    """A dedup-only job signs MinHashes: its pool processes must not carry the PHI recognizers (~45-70
    MiB each: a process was ~130 MiB without them, 174-199 with them; with them a worker's tree passed
    1 GiB in the 1M-sample run). A screening job's pool has the scanner loaded in every process before
    its first sample. Either way every pool process has the job processes' heap settings (core.heap):
    the larger young threshold and its imports frozen, and the recognizers frozen once they load."""
    script = tmp_path / "warm.py"
    script.write_text(_WARM)

    def run(mode: str) -> list[tuple[bool, int, int]]:
        proc = subprocess.run(
            [sys.executable, str(script), mode], capture_output=True, text=True, timeout=180
        )
        assert proc.returncode == 0, proc.stderr
        return [tuple(process) for process in json.loads(proc.stdout)]

    dedup, screen = run("dedup"), run("screen")
    assert [built for built, _, _ in dedup] == [False, False]
    assert [built for built, _, _ in screen] == [True, True]
    assert all(young == YOUNG_THRESHOLD for _, young, _ in dedup + screen)
    assert all(frozen > 0 for _, _, frozen in dedup)
    assert min(frozen for _, _, frozen in screen) > max(frozen for _, _, frozen in dedup)
