"""The stratified plan: which (task, document, difficulty, format) cell each sample index gets.

Counts are even to within one over the full cross product and over each dimension on its own, and
every prefix of the plan is balanced too, so a job stopped early (cancel, budget) is still spread out.
The plan is a pure function of the request and the seed.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from dataclasses import dataclass

from mediflow.core.rows import PlanItem
from mediflow.schemas.taxonomy import Taxonomy


@dataclass(frozen=True)
class PlanAxes:
    task_types: list[str]
    document_types: list[str]
    difficulty_levels: list[int]
    output_formats: list[str]

    @classmethod
    def resolve(
        cls,
        taxonomy: Taxonomy,
        task_types: list[str] | None = None,
        document_types: list[str] | None = None,
        difficulty_levels: list[int] | None = None,
        output_formats: list[str] | None = None,
    ) -> PlanAxes:
        return cls(
            task_types=task_types or [t.id for t in taxonomy.task_types],
            document_types=document_types or [d.id for d in taxonomy.document_types],
            difficulty_levels=difficulty_levels or [d.level for d in taxonomy.difficulty_levels],
            output_formats=output_formats or [o.id for o in taxonomy.output_formats],
        )

    def as_tuple(self) -> tuple[list[str], list[str], list[int], list[str]]:
        return (self.task_types, self.document_types, self.difficulty_levels, self.output_formats)

    @property
    def n_cells(self) -> int:
        return (
            len(self.task_types)
            * len(self.document_types)
            * len(self.difficulty_levels)
            * len(self.output_formats)
        )


# How many random draws to try before scanning the tie sets exhaustively for an unused cell.
_RANDOM_TRIES = 64


def build_plan(n_samples: int, axes: PlanAxes, seed: int) -> list[PlanItem]:
    rng = random.Random(seed)
    dims: list[list[object]] = [list(values) for values in axes.as_tuple()]
    marginals: list[Counter[object]] = [Counter({v: 0 for v in values}) for values in dims]
    used: Counter[tuple[object, ...]] = Counter()
    items: list[PlanItem] = []
    for index in range(n_samples):
        cycle = index // axes.n_cells  # every cell is used once per full cycle
        cell = _pick_cell(dims, marginals, used, cycle, rng)
        used[cell] += 1
        for counter, value in zip(marginals, cell, strict=True):
            counter[value] += 1
        task, doc, level, fmt = cell
        items.append(PlanItem(index, str(task), str(doc), int(level), str(fmt)))  # type: ignore[call-overload]
    return items


def _least_used(counter: Counter[object]) -> list[object]:
    low = min(counter.values())
    return [v for v, n in counter.items() if n == low]


def _shuffled(values: list[object], rng: random.Random) -> list[object]:
    values = list(values)
    rng.shuffle(values)
    return values


def _pick_cell(
    dims: list[list[object]],
    marginals: list[Counter[object]],
    used: Counter[tuple[object, ...]],
    cycle: int,
    rng: random.Random,
) -> tuple[object, ...]:
    ties = [_least_used(counter) for counter in marginals]
    for _ in range(_RANDOM_TRIES):
        cell = tuple(rng.choice(t) for t in ties)
        if used[cell] <= cycle:
            return cell
    for cell in itertools.product(*[_shuffled(t, rng) for t in ties]):
        if used[cell] <= cycle:
            return cell
    # Every least-used combination is taken this cycle: relax the marginals, keep the cells even.
    for cell in itertools.product(
        *[sorted(d, key=c.__getitem__) for d, c in zip(dims, marginals, strict=True)]
    ):
        if used[cell] <= cycle:
            return cell
    raise AssertionError("unreachable: a cycle always has an unused cell")
