"""Base models imported through the API (POST /v1/models): only from under the models root, only Hugging
Face model directories, visible to the importing project only; the same through the sync and async SDK."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from mediflow.client import ApiError, AsyncClient, Client
from mediflow.core.settings import Settings
from tests.support.auth import bearer, make_api_key


@pytest.fixture
def models_root(api_settings: Settings, workspace: Path) -> Path:
    """The server's models root holding a copy of the tiny Llama (an operator put it there)."""
    root = api_settings.resolved_models_dir
    shutil.copytree(workspace / "models" / "tiny-llama", root / "incoming" / "tiny")
    return root


def fields(resp: httpx.Response) -> dict[str, str]:
    return {d["field"]: d["reason"] for d in resp.json()["error"]["details"]}


def test_import_lists_gets_and_refuses_a_second_of_the_same_name(
    client: TestClient, models_root: Path
) -> None:
    resp = client.post("/v1/models", json={"path": "incoming/tiny", "name": "tiny-llama"})
    assert resp.status_code == 201, resp.text
    model = resp.json()
    assert resp.headers["location"] == f"/v1/models/{model['id']}"
    assert model["name"] == "tiny-llama" and model["base_model"] == "incoming/tiny"
    assert model["architecture"] == "LlamaForCausalLM"
    files = (models_root / "incoming" / "tiny").iterdir()
    assert model["size_bytes"] == sum(f.stat().st_size for f in files) > 0
    assert client.get(f"/v1/models/{model['id']}").json() == model
    assert [m["id"] for m in client.get("/v1/models").json()["items"]] == [model["id"]]
    again = client.post("/v1/models", json={"path": "incoming/tiny", "name": "tiny-llama"})
    assert again.status_code == 409 and "already imported" in again.text
    # An absolute path inside the root is the same directory; the name defaults to its own.
    absolute = client.post("/v1/models", json={"path": str(models_root / "incoming" / "tiny")})
    assert absolute.status_code == 201 and absolute.json()["name"] == "tiny"
    assert absolute.json()["base_model"] == "incoming/tiny"


@pytest.mark.parametrize("path", ["../outside", "/etc", "incoming/../../x", "link-out"])
def test_a_path_outside_the_models_root_is_a_422_naming_path(
    client: TestClient, models_root: Path, tmp_path: Path, path: str
) -> None:
    outside = tmp_path / "elsewhere"
    shutil.copytree(models_root / "incoming" / "tiny", outside)
    (models_root / "link-out").symlink_to(outside)  # a symlink leading out is refused as such
    resp = client.post("/v1/models", json={"path": path})
    assert resp.status_code == 422
    assert "outside the models root" in fields(resp)["path"]
    assert str(models_root) not in resp.text  # the server's layout is not told
    assert client.get("/v1/models").json()["items"] == []


def test_a_directory_without_config_or_weights_is_a_422(client: TestClient, models_root: Path) -> None:
    no_config = models_root / "no-config"
    shutil.copytree(models_root / "incoming" / "tiny", no_config)
    (no_config / "config.json").unlink()
    resp = client.post("/v1/models", json={"path": "no-config"})
    assert resp.status_code == 422 and "has no config.json" in fields(resp)["path"]
    no_weights = models_root / "no-weights"
    no_weights.mkdir()
    shutil.copy(models_root / "incoming" / "tiny" / "config.json", no_weights)
    resp = client.post("/v1/models", json={"path": "no-weights"})
    assert resp.status_code == 422 and "no *.safetensors or *.bin" in fields(resp)["path"]
    for path in ("", ".", "missing"):  # nothing, the root itself, nothing there
        assert client.post("/v1/models", json={"path": path}).status_code == 422
    bad_name = client.post("/v1/models", json={"path": "incoming/tiny", "name": "../x"})
    assert bad_name.status_code == 422 and "name" in fields(bad_name)


def test_another_project_cannot_see_an_imported_model(
    client: TestClient, api_settings: Settings, models_root: Path
) -> None:
    url = api_settings.resolved_database_url
    team_a, team_b = (bearer(make_api_key(url, "write", project=p)) for p in ("team-a", "team-b"))
    made = client.post("/v1/models", json={"path": "incoming/tiny"}, headers=team_a)
    assert made.status_code == 201, made.text
    model_id = made.json()["id"]
    assert client.get("/v1/models", headers=team_b).json()["items"] == []
    assert client.get(f"/v1/models/{model_id}", headers=team_b).status_code == 404
    assert client.get(f"/v1/models/{model_id}", headers=team_a).status_code == 200
    # team-b may import the same directory under the same name for itself: names are per project.
    assert client.post("/v1/models", json={"path": "incoming/tiny"}, headers=team_b).status_code == 201
    assert len(client.get("/v1/models").json()["items"]) == 2  # the admin sees both
    read = bearer(make_api_key(url, "read", project="team-a"))
    assert client.post("/v1/models", json={"path": "incoming/tiny"}, headers=read).status_code == 403
    assert client.get("/v1/models", headers=read).json()["items"][0]["id"] == model_id


def test_sync_and_async_sdk_import_and_read(client: TestClient, models_root: Path, admin_key: str) -> None:
    sdk = Client(http=client)
    model = sdk.import_model({"path": "incoming/tiny", "name": "sync"})
    assert sdk.get_model(model.id) == model and sdk.list_models().items == [model]
    with pytest.raises(ApiError) as err:
        sdk.import_model({"path": "../x"})
    assert err.value.status == 422 and err.value.details[0]["field"] == "path"
    with pytest.raises(ValueError, match="name"):  # checked before sending
        sdk.import_model({"path": "incoming/tiny", "name": "no spaces"})

    async def scenario() -> list[Any]:
        http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=client.app),  # type: ignore[arg-type]
            base_url="http://api",
            headers=bearer(admin_key),
        )
        async with AsyncClient(http=http) as api:
            made = await api.import_model({"path": "incoming/tiny", "name": "async"})
            assert (await api.get_model(made.id)).name == "async"
            return [m.name for m in (await api.list_models()).items]

    assert asyncio.run(scenario()) == ["sync", "async"]
