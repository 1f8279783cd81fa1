"""Kept-row quotas: a plan with N rows per stratum, and the top-up rows for the strata left short.

A stratum is a value of some plan columns (all four, the plan's cell, by default; or a coarser key
such as the task type). Each stratum is planned on its own, with the stratified planner restricted to
it and a seed of its own, so adding or removing a stratum never changes another's rows; the strata's
rows (or shared-document groups) are then interleaved, so every prefix of the plan covers every
stratum. Top-ups continue each stratum's own top-up sequence (another seed), so a job whose rows
fail the same way plans the same top-ups: the plan stays a pure function of the spec, the seed and
the per-stratum shortfalls.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import zip_longest
from typing import Any

from mediflow.core.rows import PlanItem
from mediflow.generators.plan import PlanAxes, build_grouped_plan, build_plan

Stratum = tuple[Any, ...]
# The plan column behind each stratum key (the API says document_type; rows and PlanItem agree).
_COLUMN = {
    "task_type": "task_type",
    "document_type": "document_type",
    "difficulty_level": "difficulty_level",
    "output_format": "output_format",
}
_AXIS = {
    "task_type": "task_types",
    "document_type": "document_types",
    "difficulty_level": "difficulty_levels",
    "output_format": "output_formats",
}


def stratum_of(item: PlanItem, keys: Sequence[str]) -> Stratum:
    return tuple(getattr(item, _COLUMN[k]) for k in keys)


def strata(axes: PlanAxes, keys: Sequence[str]) -> list[Stratum]:
    """Every stratum at least one allowed cell falls in, in the axes' order."""
    seen: dict[Stratum, None] = {}
    for task, doc, level in axes.cells():
        for fmt in axes.output_formats:
            seen[stratum_of(PlanItem(0, task, doc, level, fmt), keys)] = None
    return list(seen)


def stratum_axes(axes: PlanAxes, keys: Sequence[str], stratum: Stratum) -> PlanAxes:
    return axes.restrict(**{_AXIS[k]: [v] for k, v in zip(keys, stratum, strict=True)})


def _seed(seed: int, stratum: Stratum, what: str) -> int:
    digest = hashlib.sha256(f"{seed}|{what}|{stratum!r}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def _units(rows: Sequence[PlanItem]) -> list[list[PlanItem]]:
    """A stratum's rows as its units (a row, or the rows sharing one document), in plan order."""
    units: dict[int, list[PlanItem]] = {}
    for it in rows:
        units.setdefault(it.unit, []).append(it)
    return list(units.values())


def _interleaved(by_stratum: Sequence[list[list[PlanItem]]]) -> Iterator[list[PlanItem]]:
    """Each stratum's first unit, then each one's second, ...: every prefix covers every stratum."""
    for layer in zip_longest(*by_stratum):
        yield from (unit for unit in layer if unit is not None)


def quota_plan(
    axes: PlanAxes, keys: Sequence[str], per_stratum: int, seed: int, per_document: int = 1
) -> list[PlanItem]:
    """``per_stratum`` rows in every stratum; groups sharing a document stay inside their stratum."""
    by_stratum: list[list[list[PlanItem]]] = []
    for stratum in strata(axes, keys):
        sub = stratum_axes(axes, keys, stratum)
        rows = build_grouped_plan(per_stratum, sub, _seed(seed, stratum, "plan"), per_document)
        by_stratum.append(_units(rows))
    items: list[PlanItem] = []
    for unit in _interleaved(by_stratum):
        start = len(items)
        for n, it in enumerate(unit):
            group = start if it.group is not None else None
            items.append(replace(it, index=start + n, group=group))
    return items


def topup_items(
    axes: PlanAxes,
    keys: Sequence[str],
    seed: int,
    shortfalls: Mapping[Stratum, int],
    topped_up: Mapping[Stratum, int],
    start_index: int,
    round_no: int,
    cap: int | None = None,
    per_document: int = 1,
) -> list[PlanItem]:
    """Rows for the strata left short, at most ``cap``. One document per row: each stratum continues its
    own top-up sequence. With ``per_document`` > 1, rows share documents like the first round, in
    groups planned inside their stratum (so no row of a group lands in another stratum), from a seed of
    the stratum and the round."""
    per_stratum: list[list[list[PlanItem]]] = []
    for stratum, short in shortfalls.items():
        if short <= 0:
            continue
        done = topped_up.get(stratum, 0)
        sub = stratum_axes(axes, keys, stratum)
        if not sub.task_types:
            continue  # the taxonomy changed under the job: nothing fits this stratum any more
        if per_document > 1:
            rows = build_grouped_plan(short, sub, _seed(seed, stratum, f"topup:{round_no}"), per_document)
        else:
            rows = build_plan(done + short, sub, _seed(seed, stratum, "topup"))[done:]
        per_stratum.append(_units(rows))
    items: list[PlanItem] = []
    for unit in _interleaved(per_stratum):
        room = len(unit) if cap is None else min(len(unit), cap - len(items))
        if room <= 0:
            continue
        start = start_index + len(items)
        group = start if room > 1 else None
        items.extend(
            replace(it, index=start + n, group=group, topup_round=round_no)
            for n, it in enumerate(unit[:room])
        )
    return items
