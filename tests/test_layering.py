"""The layers hold at run time: importing a layer loads nothing it must not call.

Each module is imported in a fresh interpreter and the test looks at ``sys.modules`` afterwards, so an
indirect import (through a helper of a helper) counts too, and type-only imports do not.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pytest

import mediflow

WEB = ("fastapi", "starlette")
# layer -> mediflow packages it must never load (directly or not)
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": (
        "api",
        "cli",
        "workers",
        "services",
        "storage",
        "schemas",
        "generators",
        "quality",
        "exports",
        "training",
        "evaluation",
        "corpora",
    ),
    "storage": (
        "api",
        "cli",
        "workers",
        "services",
        "generators",
        "quality",
        "exports",
        "training",
        "evaluation",
    ),
    # The evaluation library sits under training: training's stages score models with it.
    "evaluation": (
        "api",
        "cli",
        "workers",
        "services",
        "storage",
        "generators",
        "quality",
        "exports",
        "training",
        "corpora",
        "schemas",
    ),
    "training": ("api", "cli", "workers", "services", "storage", "generators", "quality", "exports"),
    "generators": ("api", "cli", "workers", "services"),
    "quality": ("api", "cli", "workers", "services"),
    "corpora": ("api", "cli", "workers", "services"),
    "exports": ("api", "cli", "workers", "services"),
    "services": ("api", "cli", "workers"),
    "workers": ("api", "cli"),
    # The SDK: the request/response schemas (and what they validate with), never the service itself.
    "client": ("api", "cli", "workers", "services", "storage"),
}


def _modules(layer: str) -> list[str]:
    package = __import__(f"mediflow.{layer}", fromlist=["_"])
    names = [f"mediflow.{layer}"]
    for info in pkgutil.walk_packages(package.__path__, prefix=f"mediflow.{layer}."):
        if ".migrations" not in info.name:
            names.append(info.name)
    return names


# Imports the layer's modules one after another in a fresh interpreter and reports, for each, what it
# loaded that was not loaded before (so an offender is named, not just the layer).
_PROBE = """
import importlib, json, sys
loaded = {}
for name in json.loads(sys.argv[1]):
    before = set(sys.modules)
    importlib.import_module(name)
    loaded[name] = sorted(m for m in set(sys.modules) - before if m.split(".")[0] in ("mediflow", "fastapi", "starlette"))
print(json.dumps(loaded))
"""


def _loaded_by(modules: list[str]) -> dict[str, list[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(modules)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, f"importing the layer failed:\n{proc.stderr[-2000:]}"
    loaded: dict[str, list[str]] = json.loads(proc.stdout.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    problems = []
    modules = _modules(layer)
    for name, loaded in _loaded_by(modules).items():
        for mod in loaded:
            top = mod.split(".")
            if top[0] in WEB or (top[0] == "mediflow" and len(top) > 1 and top[1] in FORBIDDEN[layer]):
                problems.append(f"{name} loads {mod}")
    assert not problems, "\n".join(sorted(set(problems))[:40])


def test_only_api_imports_the_web_framework() -> None:
    offenders = []
    root = mediflow.__path__[0]
    for info in pkgutil.walk_packages([root], prefix="mediflow."):
        if info.name.startswith("mediflow.api") or ".migrations" in info.name:
            continue
        path = info.module_finder.path + "/" + info.name.rsplit(".", 1)[-1]  # type: ignore[union-attr]
        for candidate in (path + ".py", path + "/__init__.py"):
            try:
                with open(candidate, encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            if any(f"import {w}" in text or f"from {w}" in text for w in WEB):
                offenders.append(info.name)
    assert not offenders, offenders
