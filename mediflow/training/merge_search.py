"""Evolutionary merge search: CMA-ES over per-expert merge parameters, each candidate merged with
mergekit and scored on the selection suite (the paper tuned its BreadCrumbs merge this way).

The journal lives beside the step directory (``.<step>-search/``), keyed by a hash of the search's
inputs, so a worker that dies mid-search resumes from the last scored candidate, while a changed
recipe starts a fresh journal.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from mediflow.core.registries import MERGE_METHODS
from mediflow.evaluation.search import cma_search
from mediflow.training.recipe import MergeSearch, MergeSettings

Scorer = Callable[[Path], dict[str, Any]]
Merger = Callable[[dict[str, dict[str, float]], Path], Path]


def search_space(settings: MergeSettings, experts: list[str]) -> list[tuple[str, str, tuple[float, float]]]:
    """(expert, parameter, range) for every searched coordinate, in a fixed order."""
    assert settings.search is not None
    s = settings.search
    ranges = {"weight": s.weight_range, "density": s.density_range, "gamma": s.gamma_range}
    names = ["weight", *sorted(MERGE_METHODS[settings.method])]
    return [(e, p, ranges[p]) for e in experts for p in names]


def decode(x: np.ndarray, space: list[tuple[str, str, tuple[float, float]]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for v, (expert, param, (lo, hi)) in zip(x, space, strict=True):
        out.setdefault(expert, {})[param] = round(lo + float(v) * (hi - lo), 6)
    return out


def encode(settings: MergeSettings, space: list[tuple[str, str, tuple[float, float]]]) -> np.ndarray:
    """The recipe's own parameters as the start point, in the unit box."""
    values = []
    for expert, param, (lo, hi) in space:
        value = (
            settings.weights.get(expert, settings.weight) if param == "weight" else getattr(settings, param)
        )
        values.append(0.5 if value is None or hi <= lo else (float(value) - lo) / (hi - lo))
    return np.clip(np.array(values), 0.0, 1.0)


def journal_path(step_dir: Path, key: dict[str, Any]) -> Path:
    digest = hashlib.sha256(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()[:16]
    return step_dir.parent / f".{step_dir.name}-search" / f"journal-{digest}.json"


def run_search(
    settings: MergeSettings,
    experts: list[str],
    *,
    journal: Path,
    work_dir: Path,
    merge: Merger,
    score: Scorer,
    on_candidate: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Search, then return the best candidate's parameters and every candidate with its score."""
    search: MergeSearch | None = settings.search
    assert search is not None
    space = search_space(settings, experts)

    def objective(x: np.ndarray, n: int) -> float:
        out = merge(decode(x, space), work_dir / f"candidate-{n:04d}")
        try:
            return float(score(out)["average"])
        finally:
            # Every candidate is a full model: keep none on disk; the winner is merged again at the end.
            import shutil

            shutil.rmtree(out, ignore_errors=True)

    def report(record: dict[str, Any]) -> None:
        if on_candidate:
            on_candidate(record | {"params": decode(np.array(record["x"]), space)})

    budget = search.model_copy()
    result = cma_search(objective, encode(settings, space), budget, journal, report)
    candidates = [r | {"params": decode(np.array(r["x"]), space)} for r in result.candidates]
    return {
        "best_params": decode(np.array(result.best_x), space),
        "best_score": result.best_score,
        "evaluations": result.evaluations,
        "stopped_by": result.stopped_by,
        "candidates": candidates,
        "journal": str(journal),
    }
