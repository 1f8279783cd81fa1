"""Starting and stopping real mediflow processes (API, workers): the demo, tests, benchmarks, soak."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from mediflow.settings import Settings

_ENV_FIELDS = (
    "database_url",
    "broker_url",
    "data_dir",
    "heartbeat_interval_s",
    "stall_timeout_s",
    "stall_scan_interval_s",
    "generation_queue",
    "teacher_timeout_s",
)


def settings_env(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment that makes a child process load the same settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDIFLOW_")}
    for name in _ENV_FIELDS:
        value = getattr(settings, name)
        if value is not None:
            env[f"MEDIFLOW_{name.upper()}"] = str(value)
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def spawn(args: list[str], env: dict[str, str], log_path: Path | None = None) -> subprocess.Popen[bytes]:
    out = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - owned by the child
    return subprocess.Popen(
        [sys.executable, "-m", "mediflow.cli", *args], env=env, stdout=out, stderr=subprocess.STDOUT
    )


def start_worker(
    settings: Settings, log_path: Path | None = None, concurrency: int = 1, **extra_env: str
) -> subprocess.Popen[bytes]:
    return spawn(
        ["worker", "--concurrency", str(concurrency), "--log-level", "info"],
        settings_env(settings, **extra_env),
        log_path,
    )


def start_api(settings: Settings, port: int, log_path: Path | None = None) -> subprocess.Popen[bytes]:
    env = settings_env(settings, MEDIFLOW_API_HOST="127.0.0.1", MEDIFLOW_API_PORT=str(port))
    return spawn(["serve", "--log-level", "warning"], env, log_path)


def stop(proc: subprocess.Popen[bytes], timeout: float = 20) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
