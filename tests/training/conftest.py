"""torch on one thread for the in-process training tests (the tiny workspace is in tests/conftest.py)."""

from __future__ import annotations

import pytest
import torch


@pytest.fixture(autouse=True, scope="session")
def _one_thread() -> None:
    # Two shared cores: torch with 2 threads under contention is slower than with 1.
    torch.set_num_threads(1)
