"""The recipe decided by task scores: SLERP ratio and merge chosen on a selection suite, a CMA-ES merge
search that records every candidate and resumes, suite scores after every model, and the run report."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path
from typing import Any

import pytest

from mediflow.training import builtin_recipe_path, load_recipe, run_recipe
from mediflow.training.progress import Reporter
from mediflow.training.recipe import Recipe
from mediflow.training.stages import StageContext
from mediflow.training.stages.merge import MergeStageConfig, run_merge_stage

# Deliberately slow: its module fixture trains and merges models and runs the selection suite on each (~45 s on 2
# cores), so it runs with `make test-slow`, like the other in-process training pipeline's tests.
pytestmark = pytest.mark.slow

TINY_SUITE = {"suite": "bundled", "max_items_per_task": 2, "max_new_tokens": 4, "batch_size": 24}


def _recipe(workspace: Path) -> Recipe:
    data = load_recipe(builtin_recipe_path("tiny-cpu"), root=workspace).model_dump()
    data["selection"] = TINY_SUITE
    data["evaluate"] |= {"suite": TINY_SUITE, "generation_prompts": 0}
    data["merge"]["search"] = {"max_evaluations": 3, "seed": 7, "population_size": 4}
    data["alignment"]["dpo"] = None  # DPO is covered elsewhere; keep this run short
    return Recipe.model_validate(data)


@pytest.fixture(scope="module")
def scored_run(
    workspace: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    events: list[dict[str, Any]] = []
    summary = run_recipe(_recipe(workspace), tmp_path_factory.mktemp("run"), progress_callback=events.append)
    return summary, events


def test_slerp_ratio_is_chosen_by_suite_average(
    scored_run: tuple[dict[str, Any], list[dict[str, Any]]],
) -> None:
    summary, _ = scored_run
    metrics = summary["steps"]["slerp-notes"]["metrics"]
    assert metrics["selected_by"].startswith("highest average score on suite bundled")
    averages = {c["ratio"]: c["average"] for c in metrics["candidates"]}
    assert set(averages) == {0.10, 0.50}
    best = max(averages.values())
    assert metrics["ratio"] == min(r for r, a in averages.items() if a == best)  # ties: closer to the base
    log = (Path(summary["run_dir"]) / "train.log").read_text()
    assert "selected by highest average score" in log


def test_merge_search_records_every_candidate(
    scored_run: tuple[dict[str, Any], list[dict[str, Any]]],
) -> None:
    summary, events = scored_run
    merge = summary["steps"]["merge"]["metrics"]
    search = merge["search"]
    assert search["evaluations"] == 3 and len(search["candidates"]) == 3
    for c in search["candidates"]:
        assert set(c["params"]) == {"notes", "guidelines"}
        assert set(c["params"]["notes"]) == {"weight", "density"}  # ties takes density
        assert 0.1 <= c["params"]["notes"]["weight"] <= 1.5
    assert [e["n"] for e in events if e["event"] == "merge_candidate"] == [0, 1, 2]
    assert merge["score"] == max(merge["recipe_params_score"], search["best_score"])
    assert Path(search["journal"]).exists()


def test_every_model_is_scored_and_reported_side_by_side(
    scored_run: tuple[dict[str, Any], list[dict[str, Any]]],
) -> None:
    summary, _ = scored_run
    evals = {k: v for k, v in summary["steps"].items() if k.startswith("eval-")}
    assert set(evals) == {
        "eval-base",
        "eval-pit-notes",
        "eval-pit-guidelines",
        "eval-slerp-notes",
        "eval-slerp-guidelines",
        "eval-merge",
        "eval-sft",
    }
    for step in evals.values():
        suite = step["metrics"]["suite"]
        assert len(suite["tasks"]) == 12 and suite["scored_items"] == 24
    report = summary["report"]
    table = json.loads(Path(report["json"]).read_text())
    assert table["models"] == [
        "base",
        "pit-notes",
        "pit-guidelines",
        "slerp-notes",
        "slerp-guidelines",
        "merge",
        "sft",
    ]
    assert set(table["tasks"]["nli"]) == set(table["models"])
    assert Path(report["chart"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "| **average** |" in Path(report["markdown"]).read_text()


def test_a_bigger_budget_continues_the_same_search(
    scored_run: tuple[dict[str, Any], list[dict[str, Any]]], tmp_path: Path
) -> None:
    summary, _ = scored_run
    cfg = json.loads((Path(summary["run_dir"]) / "recipe.json").read_text())
    run = Path(summary["run_dir"])
    settings = cfg["merge"] | {"search": cfg["merge"]["search"] | {"max_evaluations": 4}}
    config = MergeStageConfig(
        base_model=Path(cfg["base_model"]),
        models={n: run / f"slerp-{n}" / "model" for n in ("notes", "guidelines")},
        settings=settings,
        selection=cfg["selection"],
    )
    shutil.copytree(run / ".merge-search", tmp_path / ".merge-search")  # as if the worker moved on
    events: list[dict[str, Any]] = []
    reporter = Reporter(logging.getLogger("test"), events.append)
    # Same step name and inputs, so the same journal: only the fourth candidate is new.
    metrics = run_merge_stage(config, StageContext(tmp_path / "merge", reporter, "cpu"))
    assert [e["n"] for e in events if e["event"] == "merge_candidate"] == [3]
    assert metrics["search"]["candidates"][:3] == summary["steps"]["merge"]["metrics"]["search"]["candidates"]
