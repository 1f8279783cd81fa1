from collections import Counter

import pytest

from mediflow.generators.plan import PlanAxes, build_plan
from mediflow.generators.taxonomy import default_taxonomy


def _spread(counts: Counter, universe: list) -> int:
    values = [counts.get(v, 0) for v in universe]
    return max(values) - min(values)


@pytest.mark.parametrize("n", [1, 10, 97, 1000, 5000])
def test_default_plan_uses_compatible_cells_weighted_levels_and_even_tasks(n: int) -> None:
    tax = default_taxonomy()
    axes = PlanAxes.resolve(tax)
    plan = build_plan(n, axes, seed=3)
    assert [p.index for p in plan] == list(range(n))
    assert all(tax.fits(p.task_type, p.document_type, p.difficulty_level) for p in plan)
    assert _spread(Counter(p.task_type for p in plan), axes.task_types) <= 1
    weights = axes.level_weights
    levels = Counter(p.difficulty_level for p in plan)
    for lv, w in weights.items():
        assert abs(levels[lv] - n * w / sum(weights.values())) <= 1, lv
    for task in axes.task_types:
        mine = [p for p in plan if p.task_type == task]
        assert _spread(Counter(p.output_format for p in mine), axes.output_formats) <= 2 + len(mine) // 20
        docs = Counter(p.document_type for p in mine)
        assert not docs or max(docs.values()) - min(docs.values()) <= 2, task


def test_every_prefix_is_balanced_so_a_stopped_job_is_spread_out() -> None:
    axes = PlanAxes(["qa", "ner", "coding"], ["cxr", "dc"], [4, 5, 6], ["plain_text", "json"])
    plan = build_plan(36, axes, seed=11)
    for cut in range(1, 37):
        prefix = plan[:cut]
        for k in (0, 2, 3):
            assert _spread(Counter(p.cell[k] for p in prefix), axes.as_tuple()[k]) <= 1


def test_subset_request_uses_only_requested_values() -> None:
    tax = default_taxonomy()
    axes = PlanAxes.resolve(tax, task_types=["summarization", "clinical_coding"], output_formats=["json"])
    plan = build_plan(50, axes, seed=0)
    assert {p.task_type for p in plan} == {"summarization", "clinical_coding"}
    assert {p.output_format for p in plan} == {"json"}
    assert Counter(p.task_type for p in plan) == {"summarization": 25, "clinical_coding": 25}


def test_plan_is_reproducible_from_seed_and_differs_across_seeds() -> None:
    axes = PlanAxes.resolve(default_taxonomy())
    assert build_plan(200, axes, seed=5) == build_plan(200, axes, seed=5)
    assert build_plan(200, axes, seed=5) != build_plan(200, axes, seed=6)
