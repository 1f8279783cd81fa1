"""Starting real API and worker processes on a test's settings (tests, benchmarks, soak)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from mediflow.cli.processes import free_port, spawn, stop

__all__ = [
    "LOOPBACK_TEACHERS",
    "free_port",
    "local_settings",
    "settings_env",
    "spawn",
    "start_api",
    "start_worker",
    "stop",
]
from mediflow.core.settings import Settings

_ENV_FIELDS = (
    "database_url",
    "broker_url",
    "data_dir",
    "heartbeat_interval_s",
    "stall_timeout_s",
    "stall_scan_interval_s",
    "generation_queue",
    "teacher_timeout_s",
    "adhoc_teacher_urls",
    "egress_allow",
    "egress_private_networks",
    "teachers",
    "quality_processes",
)


# The operator settings that let tests and benchmarks script teachers on loopback: ad-hoc URLs on,
# 127.0.0.1 (any port) on the egress allow-list and its network reachable. Never the defaults.
LOOPBACK_TEACHERS: dict[str, Any] = {
    "adhoc_teacher_urls": True,
    "egress_allow": ["http://127.0.0.1:*"],
    "egress_private_networks": ["127.0.0.0/8"],
}


def local_settings(tmp: Path, database_url: str, **overrides: Any) -> Settings:
    """Settings keeping the data directory and an embedded (SQLite) Celery broker under ``tmp``."""
    return Settings(
        data_dir=tmp / "data",
        database_url=database_url,
        broker_url=f"sqla+sqlite:///{tmp / 'broker.sqlite'}",
        **overrides,
    )


def settings_env(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment that makes a child process load the same settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDIFLOW_")}
    for name in _ENV_FIELDS:
        value = getattr(settings, name)
        if isinstance(value, list | dict):  # pydantic-settings reads complex values as JSON
            env[f"MEDIFLOW_{name.upper()}"] = json.dumps(
                {k: v.model_dump() for k, v in value.items()} if isinstance(value, dict) else value
            )
        elif value is not None:
            env[f"MEDIFLOW_{name.upper()}"] = str(value)
    env.update(extra)
    return env


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
