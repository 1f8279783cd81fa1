from collections import Counter

import pytest

from mediflow.generators.plan import PlanAxes, build_plan
from mediflow.generators.taxonomy import default_taxonomy


def _spread(counts: Counter, universe: list) -> int:
    values = [counts.get(v, 0) for v in universe]
    return max(values) - min(values)


@pytest.mark.parametrize("n", [1, 10, 97, 1000, 2 * 14 * 98 * 6 * 2 + 5])
def test_default_plan_is_even_within_one_per_cell_and_per_dimension(n: int) -> None:
    axes = PlanAxes.resolve(default_taxonomy())
    plan = build_plan(n, axes, seed=3)
    assert [p.index for p in plan] == list(range(n))
    cells = Counter(p.cell for p in plan)
    full = [
        (t, d, lv, f)
        for t in axes.task_types
        for d in axes.document_types
        for lv in axes.difficulty_levels
        for f in axes.output_formats
    ]
    assert _spread(cells, full) <= 1
    for k, values in enumerate(axes.as_tuple()):
        assert _spread(Counter(p.cell[k] for p in plan), values) <= 1, f"dimension {k}"


def test_every_prefix_is_balanced_so_a_stopped_job_is_spread_out() -> None:
    axes = PlanAxes(["qa", "ner", "coding"], ["cxr", "dc"], [4, 5, 6], ["plain_text", "json"])
    plan = build_plan(36, axes, seed=11)
    for cut in range(1, 37):
        prefix = plan[:cut]
        for k, values in enumerate(axes.as_tuple()):
            assert _spread(Counter(p.cell[k] for p in prefix), values) <= 1


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
