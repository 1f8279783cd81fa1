"""Starting and stopping real mediflow processes (API, workers) from the demo."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def spawn(
    args: list[str], env: dict[str, str], log_path: Path | None = None, cwd: Path | None = None
) -> subprocess.Popen[bytes]:
    """``mediflow ARGS`` in a child process; ``cwd`` (first on ``python -m``'s path) picks a checkout."""
    out = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - owned by the child
    return subprocess.Popen(
        [sys.executable, "-m", "mediflow.cli", *args], env=env, stdout=out, stderr=subprocess.STDOUT, cwd=cwd
    )


def stop(proc: subprocess.Popen[bytes], timeout: float = 20) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
