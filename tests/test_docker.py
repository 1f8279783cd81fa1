"""The deployment files agree with the code: no Docker engine here, so check what can be checked."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import click
import pytest
import yaml

from mediflow.cli import main as cli
from mediflow.core.settings import Settings

DOCKER = Path(__file__).resolve().parents[1] / "docker"
ROOT = DOCKER.parent
# Images we do not build: their commands are theirs, not mediflow's.
THIRD_PARTY = {"postgres", "redis", "vllm", "flower"}
SETTINGS_ENV = {f"MEDIFLOW_{name.upper()}" for name in Settings.model_fields}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load((DOCKER / "compose.yaml").read_text())
    assert isinstance(data, dict)
    return data


def resolve_command(args: list[str]) -> click.Command:
    """Walk the click tree like the shell would, parsing (not running) the final command's options."""
    assert args[0] == "mediflow", args
    cmd: click.Command = cli
    rest = list(args[1:])
    ctx = click.Context(cli, info_name="mediflow")
    while isinstance(cmd, click.Group):
        assert rest, f"{args}: a group needs a subcommand"
        name = rest.pop(0)
        sub = cmd.get_command(ctx, name)
        assert sub is not None, f"{args}: no command {name!r}"
        cmd = sub
    cmd.make_context(cmd.name, rest)  # raises on unknown options or bad values
    return cmd


def test_compose_has_every_part_with_health_checks(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"postgres", "redis", "api", "worker", "training-worker", "vllm", "flower", "migrate"} <= set(
        services
    )
    for name in ("postgres", "redis", "api", "worker", "training-worker", "vllm"):
        assert "healthcheck" in services[name], name
    assert {"pgdata", "artifacts"} <= set(compose["volumes"])
    assert "pgdata:/var/lib/postgresql/data" in services["postgres"]["volumes"]
    gpu = services["training-worker"]["deploy"]["resources"]["reservations"]["devices"][0]
    assert gpu["driver"] == "nvidia" and "gpu" in gpu["capabilities"]
    assert services["api"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"


def test_every_mediflow_service_runs_a_real_cli_command(compose: dict[str, Any]) -> None:
    checked = []
    for name, svc in compose["services"].items():
        if name in THIRD_PARTY:
            continue
        command = svc["command"]
        assert isinstance(command, list), f"{name}: use the exec form"
        checked.append(resolve_command(command).name)
    assert sorted(checked) == ["serve", "upgrade", "worker", "worker"]


def test_a_wrong_command_would_be_caught() -> None:
    with pytest.raises(AssertionError):
        resolve_command(["mediflow", "wroker"])
    with pytest.raises(click.UsageError):
        resolve_command(["mediflow", "worker", "--no-such-flag"])


def _env_names(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value)
    if isinstance(value, list):
        return {str(v).split("=", 1)[0] for v in value}
    return set()


def test_every_mediflow_env_name_is_a_setting(compose: dict[str, Any]) -> None:
    text = (DOCKER / "compose.yaml").read_text()
    names = {n for svc in compose["services"].values() for n in _env_names(svc.get("environment"))}
    names |= set(re.findall(r"\$\{(MEDIFLOW_[A-Z0-9_]+)", text))
    names |= set(re.findall(r"ENV[^\n]*?\b(MEDIFLOW_[A-Z0-9_]+)=", (DOCKER / "Dockerfile").read_text()))
    mediflow_names = {n for n in names if n.startswith("MEDIFLOW_")}
    assert len(mediflow_names) >= 8
    unknown = {n for n in mediflow_names if n not in SETTINGS_ENV and not n.startswith("MEDIFLOW_SECRET_")}
    assert not unknown, f"not Settings fields: {sorted(unknown)}"


def test_the_compose_environment_is_valid_production_settings(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {
        k: re.sub(r"\$\{[^}]*\}", "x", str(v)) for k, v in compose["services"]["api"]["environment"].items()
    }
    for name, value in env.items():  # read as the container would: JSON lists from the environment
        monkeypatch.setenv(name, value)
    settings = Settings()
    assert settings.environment == "production" and settings.broker_url == "redis://:x@redis:6379/0"


def test_images_pin_torch_like_the_makefile_and_use_known_extras() -> None:
    torch = re.search(r"TORCH_SPEC \?= (\S+)", (ROOT / "Makefile").read_text())
    assert torch is not None
    cpu = (DOCKER / "Dockerfile").read_text()
    assert f'"{torch.group(1)}"' in cpu and "download.pytorch.org/whl/cpu" in cpu
    assert cpu.startswith("#") and "FROM python:3.11-slim" in cpu and "cmake" in cpu
    pyproject = (ROOT / "pyproject.toml").read_text()
    extras = set(re.findall(r"^(\w+) = \[", pyproject.split("[project.optional-dependencies]")[1], re.M))
    for dockerfile in ("Dockerfile", "Dockerfile.gpu"):
        for group in re.findall(r'"\.\[([\w,]+)\]"', (DOCKER / dockerfile).read_text()):
            assert set(group.split(",")) <= extras, (dockerfile, group)
    assert "nvidia/cuda" in (DOCKER / "Dockerfile.gpu").read_text()
