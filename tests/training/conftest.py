"""Shared fixtures: one tiny workspace (model + exports) per session; torch on one thread."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from tests.support.training import build_tiny_workspace


@pytest.fixture(autouse=True, scope="session")
def _one_thread() -> None:
    # Two shared cores: torch with 2 threads under contention is slower than with 1.
    torch.set_num_threads(1)


@pytest.fixture(scope="session")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The layout the shipped tiny-cpu recipe points at (models/tiny-llama, exports/...)."""
    return build_tiny_workspace(tmp_path_factory.mktemp("workspace"), seed=0)
