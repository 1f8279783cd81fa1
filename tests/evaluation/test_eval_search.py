"""CMA-ES search: a seeded toy objective converges, the same seed gives the same search, and a search
killed mid-generation resumes from its journal to the result an uninterrupted one reaches."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mediflow.evaluation.search import JournalMismatch, SearchBudget, cma_search

TARGET = np.array([0.2, 0.7, 0.5])


def toy(x: np.ndarray, n: int) -> float:
    return -float(((x - TARGET) ** 2).sum())


def test_seeded_toy_objective_converges(tmp_path: Path) -> None:
    result = cma_search(toy, np.full(3, 0.5), SearchBudget(max_evaluations=120, seed=3), tmp_path / "j.json")
    assert result.evaluations == 120 and result.stopped_by == "max_evaluations"
    assert np.allclose(result.best_x, TARGET, atol=0.05)
    journal = json.loads((tmp_path / "j.json").read_text())
    assert [c["n"] for c in journal["candidates"]] == list(range(120))  # every candidate recorded
    again = cma_search(toy, np.full(3, 0.5), SearchBudget(max_evaluations=120, seed=3), tmp_path / "k.json")
    assert again.candidates == result.candidates  # reproducible from the seed


def test_time_budget_stops_the_search(tmp_path: Path) -> None:
    result = cma_search(
        toy,
        np.full(3, 0.5),
        SearchBudget(max_evaluations=10_000, max_seconds=0.2, seed=1),
        tmp_path / "j.json",
    )
    assert result.stopped_by == "max_seconds" and 0 < result.evaluations < 10_000


_KILLED = """
import os, signal, sys
import numpy as np
from pathlib import Path
from mediflow.evaluation.search import SearchBudget, cma_search
target = np.array([0.2, 0.7, 0.5])
def f(x, n):
    if n == 9:  # mid-way through the second generation (population 7 for 3 dimensions)
        os.kill(os.getpid(), signal.SIGKILL)
    return -float(((x - target) ** 2).sum())
cma_search(f, np.full(3, 0.5), SearchBudget(max_evaluations=40, seed=5), Path(sys.argv[1]))
"""


def test_resume_after_a_kill(tmp_path: Path) -> None:
    journal = tmp_path / "search.json"
    env = os.environ | {"PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-c", _KILLED, str(journal)], env=env, check=False, timeout=120)
    assert proc.returncode == -9
    assert len(json.loads(journal.read_text())["candidates"]) == 9  # candidates 0..8 survived the kill
    calls: list[int] = []

    def counted(x: np.ndarray, n: int) -> float:
        calls.append(n)
        return toy(x, n)

    resumed = cma_search(counted, np.full(3, 0.5), SearchBudget(max_evaluations=40, seed=5), journal)
    assert calls == list(range(9, 40))  # nothing scored twice
    straight = cma_search(toy, np.full(3, 0.5), SearchBudget(max_evaluations=40, seed=5), tmp_path / "s.json")
    assert resumed.candidates == straight.candidates


def test_a_journal_from_another_search_is_refused(tmp_path: Path) -> None:
    journal = tmp_path / "j.json"
    cma_search(toy, np.full(3, 0.5), SearchBudget(max_evaluations=3, seed=1), journal)
    with pytest.raises(JournalMismatch):
        cma_search(toy, np.full(3, 0.5), SearchBudget(max_evaluations=3, seed=2), journal)
