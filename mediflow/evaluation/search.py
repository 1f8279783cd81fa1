"""CMA-ES over a box, maximising a score, with a budget, a seed, and a journal that makes it resumable.

Every candidate and its score goes to a JSON journal as soon as it is scored. A resumed search rebuilds
the optimiser from the same seed and replays the journal: CMA-ES asks for the same candidates in the
same order, recorded scores are told back without re-running them, and the search carries on from the
first candidate the journal lacks. So a search killed mid-generation loses at most the candidate being
scored, and a finished one gives the same result when run again.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field


class SearchBudget(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_evaluations: int = Field(default=24, ge=1, description="Candidates scored, all runs together")
    max_seconds: float | None = Field(default=None, gt=0, description="Wall time, all runs together")
    population_size: int | None = Field(default=None, ge=2, description="Default: CMA-ES's 4 + 3 ln(dim)")
    sigma: float = Field(default=0.25, gt=0, description="Initial step in the unit box")
    seed: int = 0


class JournalMismatch(RuntimeError):
    """The journal was written by a different search (seed, dimension or start point changed)."""


@dataclass
class SearchResult:
    best_x: list[float]
    best_score: float
    evaluations: int
    stopped_by: str
    candidates: list[dict[str, Any]]


Objective = Callable[[np.ndarray, int], float]
"""(point in the unit box, candidate number) → score to maximise."""


def cma_search(
    objective: Objective,
    x0: np.ndarray,
    budget: SearchBudget,
    journal: Path,
    on_candidate: Callable[[dict[str, Any]], None] | None = None,
) -> SearchResult:
    from cmaes import CMA  # imported here: only a merge search needs it

    x0 = np.clip(np.asarray(x0, dtype=float), 0.0, 1.0)
    header = {"seed": budget.seed, "dim": len(x0), "x0": [round(float(v), 10) for v in x0]}
    state = _load(journal, header)
    records: list[dict[str, Any]] = state["candidates"]
    bounds = np.array([[0.0, 1.0]] * len(x0))
    opt = CMA(
        mean=x0, sigma=budget.sigma, bounds=bounds, seed=budget.seed, population_size=budget.population_size
    )
    started = time.monotonic() - float(state.get("elapsed_s", 0.0))
    n, stopped_by = 0, "max_evaluations"
    while True:
        told: list[tuple[np.ndarray, float]] = []
        for _ in range(opt.population_size):
            if n >= budget.max_evaluations:
                break
            x = opt.ask()
            if n < len(records):
                if not np.allclose(records[n]["x"], x, atol=1e-9):
                    raise JournalMismatch(f"candidate {n} differs from the journal in {journal}")
                score = float(records[n]["score"])
            else:
                if budget.max_seconds is not None and time.monotonic() - started >= budget.max_seconds:
                    stopped_by = "max_seconds"
                    break
                score = float(objective(x, n))
                record = {"n": n, "generation": opt.generation, "x": [float(v) for v in x], "score": score}
                records.append(record)
                state["elapsed_s"] = round(time.monotonic() - started, 3)
                _save(journal, state)
                if on_candidate:
                    on_candidate(record)
            told.append((x, -score if math.isfinite(score) else math.inf))
            n += 1
        if len(told) < opt.population_size:
            break  # budget spent mid-generation; the journal holds what was scored
        opt.tell(told)
    if not records:
        raise RuntimeError("the search scored no candidate within its budget")
    best = max(records, key=lambda r: r["score"] if math.isfinite(r["score"]) else -math.inf)
    return SearchResult(best["x"], best["score"], len(records), stopped_by, records)


def _load(journal: Path, header: dict[str, Any]) -> dict[str, Any]:
    if not journal.exists():
        return header | {"candidates": [], "elapsed_s": 0.0}
    state: dict[str, Any] = json.loads(journal.read_text(encoding="utf-8"))
    if {k: state.get(k) for k in header} != header:
        raise JournalMismatch(
            f"{journal} was written by another search: { ({k: state.get(k) for k in header}) }"
        )
    return state


def _save(journal: Path, state: dict[str, Any]) -> None:
    journal.parent.mkdir(parents=True, exist_ok=True)
    tmp = journal.with_suffix(".tmp")
    tmp.write_text(json.dumps(state), encoding="utf-8")
    os.replace(tmp, journal)  # atomic: a kill leaves the old journal or the new one, never half
