"""The layers hold at run time: importing a layer loads nothing it must not call.

Each layer is imported in an interpreter of its own (forked from one that loaded only third-party packages)
and the test looks at ``sys.modules`` afterwards, so an indirect import (through a helper of a helper)
counts too, and type-only imports do not.
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


# Third-party packages the layers load (the heavy ones: 12.6 s of 14.6 s importing every layer in one
# interpreter here, the rest is mediflow itself and lazily loaded submodules), imported once in a
# parent that then forks a child per layer. They are not what the test looks at (only mediflow, fastapi and
# starlette modules count), and the parent checks that none of those came in with them: a child still
# loads every mediflow and web module itself.
PRELOAD = (
    "numpy",
    "torch",
    "transformers",
    "transformers.modeling_utils",
    "datasets",
    "pandas",
    "scipy",
    "matplotlib.pyplot",
    "peft",
    "accelerate",
    "trl",
    "spacy",
    "presidio_analyzer",
    "sqlalchemy.orm",
    "alembic",
    "celery",
    "kombu",
    "openai",
    "pydantic",
    "pydantic_settings",
    "httpx",
    "redis",
    "datasketch",
)
WATCHED = ("mediflow", *WEB)

# For each layer, in a child forked from the preloaded parent: import the layer's modules one after
# another and report, for each, what it loaded that was not loaded before (so an offender is named, not
# just the layer). All children at once; each writes its answer to a file of its own.
_PROBE = """
import importlib, json, os, sys
layers, preload, watched, out = json.loads(sys.argv[1])
for name in preload:
    try:
        importlib.import_module(name)
    except ImportError:  # an optional extra that is not installed: the children will not load it either
        pass
early = sorted(m for m in sys.modules if m.split(".")[0] in watched)
assert not early, f"preloading brought in {early}"
children = []
for layer, modules in layers.items():
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            loaded = {}
            for name in modules:
                before = set(sys.modules)
                importlib.import_module(name)
                loaded[name] = sorted(m for m in set(sys.modules) - before if m.split(".")[0] in watched)
            with open(os.path.join(out, layer + ".json"), "w") as fh:
                json.dump(loaded, fh)
            code = 0
        except BaseException:
            import traceback
            traceback.print_exc()
        finally:
            sys.stdout.flush(); sys.stderr.flush()
            os._exit(code)
    children.append((layer, pid))
failed = [layer for layer, pid in children if os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0]
assert not failed, f"importing failed in layers {failed}"
"""


@pytest.fixture(scope="module")
def loaded_by(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, list[str]]]:
    """For each layer: its modules, each with the mediflow and web modules its import loaded."""
    out = tmp_path_factory.mktemp("layers")
    layers = {layer: _modules(layer) for layer in FORBIDDEN}
    args = json.dumps([layers, PRELOAD, WATCHED, str(out)])
    proc = subprocess.run([sys.executable, "-c", _PROBE, args], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"importing the layers failed:\n{proc.stderr[-3000:]}"
    return {layer: json.loads((out / f"{layer}.json").read_text()) for layer in FORBIDDEN}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str, loaded_by: dict[str, dict[str, list[str]]]) -> None:
    problems = []
    assert set(loaded_by[layer]) == set(_modules(layer))
    for name, loaded in loaded_by[layer].items():
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
