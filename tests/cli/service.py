"""A real API and worker (processes) on SQLite and the embedded broker, teacher keys from OPENAI_*."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mediflow.cli.common import wait_ready
from mediflow.client import Client
from mediflow.core.settings import Settings, TeacherEndpoint
from mediflow.storage.migrate import upgrade
from tests.support.auth import make_api_key
from tests.support.processes import free_port, settings_env, spawn, start_worker, stop


@dataclass
class Service:
    url: str
    key: str
    settings: Settings

    def env(self) -> dict[str, str]:
        """What a CLI command or an example script needs to reach this service."""
        return settings_env(self.settings, MEDIFLOW_API_URL=self.url, MEDIFLOW_API_KEY=self.key)


def service_settings(data: Path) -> Settings:
    data.mkdir(parents=True, exist_ok=True)
    return Settings(
        data_dir=data,
        database_url=f"sqlite:///{data / 'mediflow.sqlite'}",
        broker_url=f"sqla+sqlite:///{data / 'broker.sqlite'}",
        heartbeat_interval_s=0.2,
        stall_timeout_s=10.0,
        stall_scan_interval_s=1.0,
        quality_processes=1,  # one PHI screening process for the worker, as in conftest's settings
        # The loopback teacher is a private address: the egress guard refuses it unless allowed.
        egress_private_networks=["127.0.0.0/8"],
        _env_file=None,  # type: ignore[call-arg]
    )


@contextmanager
def running_service(
    data: Path, teacher_url: str, *, worker: bool = True, training: bool = False
) -> Iterator[Service]:
    """``training`` adds a worker on the training queue (training runs, evaluations)."""
    team_a = TeacherEndpoint(base_url=teacher_url, secret_ref="TEAM_A")  # a named operator teacher
    settings = service_settings(data).model_copy(update={"teachers": {"team-a": team_a}})
    upgrade(settings.resolved_database_url)
    key = make_api_key(settings.resolved_database_url, "admin")
    port = free_port()
    teacher = {
        "OPENAI_BASE_URL": teacher_url,
        "OPENAI_API_KEY": "sk-loopback",
        "MEDIFLOW_SECRET_TEAM_A": "sk-team-a",
    }
    env = settings_env(settings, MEDIFLOW_API_HOST="127.0.0.1", MEDIFLOW_API_PORT=str(port), **teacher)
    procs = [spawn(["serve", "--log-level", "warning"], env, data / "api.log")]
    if worker:
        procs.append(start_worker(settings, data / "worker.log", concurrency=2, **teacher))
    try:
        url = f"http://127.0.0.1:{port}"
        with Client(url, api_key=key) as client:
            wait_ready(client, timeout_s=60, alive=lambda: all(p.poll() is None for p in procs))
        if training:  # started once the API is up: on a busy machine three starting at once are slow
            queue = ["worker", "--queue", settings.training_queue, "--log-level", "info"]
            procs.append(spawn(queue, settings_env(settings), data / "training-worker.log"))
        yield Service(url, key, settings)
    finally:
        for proc in reversed(procs):
            stop(proc)
