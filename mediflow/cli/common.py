"""What every API command shares: the --api / --api-key options, the client, and error reporting."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
import httpx
import yaml
from pydantic import ValidationError

from mediflow.client import ApiError, Client
from mediflow.core.settings import get_settings

F = TypeVar("F", bound=Callable[..., Any])


def api_options(fn: F) -> F:
    """--api (MEDIFLOW_API_URL) and --api-key (MEDIFLOW_API_KEY), the same on every command."""
    fn = click.option(
        "--api-key", envvar="MEDIFLOW_API_KEY", default=None, help="Bearer key (MEDIFLOW_API_KEY)."
    )(fn)
    return click.option(
        "--api",
        "api_url",
        envvar="MEDIFLOW_API_URL",
        default=None,
        help="API base URL (MEDIFLOW_API_URL; default http://MEDIFLOW_API_HOST:MEDIFLOW_API_PORT).",
    )(fn)


def default_url() -> str:
    settings = get_settings()
    return f"http://{settings.api_host}:{settings.api_port}"


@contextmanager
def api(api_url: str | None, api_key: str | None) -> Iterator[Client]:
    """A client whose API errors and connection failures end the command with a readable message."""
    url = api_url or default_url()
    with Client(url, api_key=api_key or "") as client:
        try:
            yield client
        except ApiError as exc:
            raise click.ClickException(exc.describe()) from None
        except ValidationError as exc:  # the SDK checks a body before sending it
            raise click.ClickException(f"invalid request: {exc}") from None
        except httpx.TransportError as exc:
            raise click.ClickException(
                f"cannot reach the API at {url}: {exc} (is `mediflow serve` running?)"
            ) from None


def wait_ready(client: Client, timeout_s: float = 60.0, alive: Callable[[], bool] | None = None) -> None:
    """Wait for /readyz; ``alive`` lets a caller that started the server give up when it died."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if client.http.get("/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        if alive is not None and not alive():
            raise RuntimeError("the API process exited before it was ready")
        if time.monotonic() > deadline:
            raise TimeoutError(f"the API at {client.http.base_url} was not ready within {timeout_s:.0f}s")
        time.sleep(0.3)


def read_mapping(path: Path, what: str = "file") -> dict[str, Any]:
    """A YAML or JSON file holding one mapping (YAML is a superset of JSON)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise click.BadParameter(f"{path} is not valid YAML/JSON: {exc}", param_hint=what) from None
    if not isinstance(data, dict):
        raise click.BadParameter(f"{path} must hold a mapping", param_hint=what)
    return data
