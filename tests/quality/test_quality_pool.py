"""The worker's quality pool: its processes do not outlive the worker."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psutil

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
