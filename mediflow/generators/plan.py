"""The stratified plan: which (task, document, difficulty, format) cell each sample index gets.

Only cells the taxonomy's compatibility map allows are planned (note generation gets dialogues,
question summarisation gets consumer messages, hard levels get documents that can carry them).
Levels follow weights (MediFlow's emphasis on the three hardest levels by default), tasks are even,
each task cycles through its documents and alternates formats, and all of it holds for every prefix
of the plan, so a job stopped early (cancel, budget) is still spread out. The plan is a pure function
of the request and the seed; so are the ranks that scenarios and planned labels are drawn from.
"""

from __future__ import annotations

import random
from array import array
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from mediflow.core.errors import InvalidRequestError
from mediflow.core.rows import PlanItem, plan_ranks
from mediflow.generators.scenarios import balanced_pick, sample_scenario
from mediflow.schemas.taxonomy import Taxonomy

Fits = Callable[[str, str, int], bool]
# Tasks whose planned label is written into the document (a planted MEDEC error): their document is
# never shared with other tasks, and rows sharing one take its label.
DOCUMENT_BOUND_TASKS = frozenset({"error_detection_correction"})


@dataclass(frozen=True)
class PlanAxes:
    task_types: list[str]
    document_types: list[str]
    difficulty_levels: list[int]
    output_formats: list[str]
    level_weights: dict[int, float] = field(default_factory=dict)  # missing levels weigh 1
    fits: Fits | None = None  # the compatibility map; None allows every cell

    @classmethod
    def resolve(
        cls,
        taxonomy: Taxonomy,
        task_types: list[str] | None = None,
        document_types: list[str] | None = None,
        difficulty_levels: list[int] | None = None,
        output_formats: list[str] | None = None,
        level_weights: dict[int, float] | None = None,
    ) -> PlanAxes:
        """The axes of a request; raises InvalidRequestError naming the field when a part cannot work."""
        levels = difficulty_levels or [d.level for d in taxonomy.difficulty_levels]
        weights = {**taxonomy.level_weights(), **(level_weights or {})}
        axes = cls(
            task_types=task_types or [t.id for t in taxonomy.task_types],
            document_types=document_types or [d.id for d in taxonomy.document_types],
            difficulty_levels=levels,
            output_formats=output_formats or [o.id for o in taxonomy.output_formats],
            level_weights={lv: weights.get(lv, 1.0) for lv in levels},
            fits=taxonomy.fits if taxonomy.features else None,
        )
        given = {
            "task_types": task_types is not None,
            "document_types": document_types is not None,
            "difficulty_levels": difficulty_levels is not None,
        }
        axes.check(taxonomy, given)
        # Values the request left open are narrowed to the ones that fit what it did ask for.
        # (Sets of what the cells use: a scan of every cell per value was ~50 ms a resolve.)
        cells = axes.cells()
        tasks, documents, used_levels = ({c[i] for c in cells} for i in range(3))
        return replace(
            axes,
            task_types=[t for t in axes.task_types if t in tasks],
            document_types=[d for d in axes.document_types if d in documents],
            difficulty_levels=[lv for lv in levels if lv in used_levels],
        )

    def restrict(
        self,
        task_types: list[str] | None = None,
        document_types: list[str] | None = None,
        difficulty_levels: list[int] | None = None,
        output_formats: list[str] | None = None,
    ) -> PlanAxes:
        """These axes with some of them pinned (e.g. ``task_types=["summarization"]``), narrowed to the
        values still used by an allowed cell; empty lists when nothing fits."""
        pinned = replace(
            self,
            task_types=self.task_types if task_types is None else task_types,
            document_types=self.document_types if document_types is None else document_types,
            difficulty_levels=self.difficulty_levels if difficulty_levels is None else difficulty_levels,
            output_formats=self.output_formats if output_formats is None else output_formats,
        )
        cells = pinned.cells()
        return replace(
            pinned,
            task_types=[t for t in pinned.task_types if any(c[0] == t for c in cells)],
            document_types=[d for d in pinned.document_types if any(c[1] == d for c in cells)],
            difficulty_levels=[lv for lv in pinned.difficulty_levels if any(c[2] == lv for c in cells)],
        )

    def as_tuple(self) -> tuple[list[str], list[str], list[int], list[str]]:
        return (self.task_types, self.document_types, self.difficulty_levels, self.output_formats)

    def allowed(self, task: str, doc: str, level: int) -> bool:
        return self.fits is None or self.fits(task, doc, level)

    def cells(self) -> list[tuple[str, str, int]]:
        return [
            (t, d, lv)
            for t in self.task_types
            for d in self.document_types
            for lv in self.difficulty_levels
            if self.allowed(t, d, lv)
        ]

    @property
    def n_cells(self) -> int:
        return len(self.cells()) * len(self.output_formats)

    def check(self, taxonomy: Taxonomy, given: dict[str, bool]) -> None:
        """Every requested task, document type and level must be usable in at least one cell."""
        cells = self.cells()
        tasks, docs, levels = ({c[k] for c in cells} for k in range(3))
        if given["task_types"]:
            for task in self.task_types:
                if task not in tasks:
                    need = taxonomy.task(task).requires.describe()
                    raise InvalidRequestError(
                        "document_types" if given["document_types"] else "task_types",
                        f"task type {task!r} fits none of the requested document types at the requested "
                        f"levels (it needs documents with {need})",
                    )
        if given["difficulty_levels"]:
            for level in self.difficulty_levels:
                if level not in levels:
                    need = taxonomy.difficulty(level).requires.describe()
                    raise InvalidRequestError(
                        "difficulty_levels",
                        f"level {level} needs documents with {need}; none of the requested cells has them",
                    )
        if given["document_types"]:
            for doc in self.document_types:
                if doc not in docs:
                    raise InvalidRequestError(
                        "task_types" if given["task_types"] else "document_types",
                        f"document type {doc!r} fits none of the requested task types at the requested levels",
                    )
        if not cells:
            fields = [name for name, was_given in given.items() if was_given] or ["task_types"]
            raise InvalidRequestError(
                fields[-1], f"no task type fits any document type at any level among the requested {fields}"
            )


def build_plan(n_samples: int, axes: PlanAxes, seed: int) -> list[PlanItem]:
    return _Planner(axes, seed).plan(n_samples)


def build_grouped_plan(n_samples: int, axes: PlanAxes, seed: int, per_document: int = 1) -> list[PlanItem]:
    """``n_samples`` rows in groups of ``per_document`` consecutive rows that share one document.

    The documents (each group's first row) follow the stratified plan; the other rows of a group take
    the task types that fit the same document type and level and are least used so far (so tasks stay
    balanced), and only when none is left the same task again (a different instruction on the same
    document). A document-bound task (a planted error) shares its document with itself only.
    """
    if per_document <= 1:
        return build_plan(n_samples, axes, seed)
    leads = build_plan(-(-n_samples // per_document), axes, seed)
    task_count = Counter(it.task_type for it in leads)
    format_count = Counter(it.output_format for it in leads)
    tie = {t: random.Random(f"{seed}:follower:{t}").random() for t in axes.task_types}
    items: list[PlanItem] = []
    for lead in leads:
        size = min(per_document, n_samples - len(items))
        group = len(items) if size > 1 else None
        items.append(replace(lead, index=len(items), group=group))
        if lead.task_type in DOCUMENT_BOUND_TASKS:
            others: list[str] = []
        else:
            others = sorted(
                (
                    t
                    for t in axes.task_types
                    if t != lead.task_type
                    and t not in DOCUMENT_BOUND_TASKS
                    and axes.allowed(t, lead.document_type, lead.difficulty_level)
                ),
                key=lambda t: (task_count[t], tie[t]),
            )
        for n in range(size - 1):
            task = others[n] if n < len(others) else lead.task_type
            fmt = min(axes.output_formats, key=lambda f: (format_count[f], axes.output_formats.index(f)))
            task_count[task] += 1
            format_count[fmt] += 1
            items.append(
                PlanItem(len(items), task, lead.document_type, lead.difficulty_level, fmt, group=group)
            )
    return items


class _Planner:
    def __init__(self, axes: PlanAxes, seed: int) -> None:
        self.rng = random.Random(seed)
        self.axes = axes
        self.levels = list(axes.difficulty_levels)
        total = sum(axes.level_weights.get(lv, 1.0) for lv in self.levels)
        self.share = {lv: axes.level_weights.get(lv, 1.0) / total for lv in self.levels}
        self.level_count: Counter[int] = Counter()
        self.task_count: Counter[str] = Counter()
        self.pair_count: Counter[tuple[str, int]] = Counter()
        self.format_count: Counter[tuple[str, int, str]] = Counter()
        self.task_format: Counter[tuple[str, str]] = Counter()
        self.global_format: Counter[str] = Counter()
        # Per task: the documents it fits at some level, and what is left of the current cycle.
        self.docs: dict[str, list[str]] = {}
        self.pending: dict[str, list[str]] = {}
        self.allowed = set(axes.cells())
        for task in axes.task_types:
            self.docs[task] = [
                d for d in axes.document_types if any((task, d, lv) in self.allowed for lv in self.levels)
            ]
            self.pending[task] = []
        self.tasks_at = {
            lv: [t for t in axes.task_types if any((t, d, lv) in self.allowed for d in self.docs[t])]
            for lv in self.levels
        }
        self.tie = {v: self.rng.random() for v in [*axes.task_types, *self.levels, *axes.output_formats]}

    def plan(self, n: int) -> list[PlanItem]:
        items = []
        for index in range(n):
            level = self._level(index)
            task = self._task(level)
            doc = self._doc(task, level)
            fmt = self._format(task, level)
            items.append(PlanItem(index, task, doc, level, fmt))
        return items

    def _level(self, index: int) -> int:
        # Largest deficit against the weighted target: every prefix is within one of its share.
        def deficit(lv: int) -> tuple[float, float]:
            return (self.share[lv] * (index + 1) - self.level_count[lv], self.tie[lv])

        level = max(self.levels, key=deficit)
        self.level_count[level] += 1
        return level

    def _task(self, level: int) -> str:
        task = min(
            self.tasks_at[level], key=lambda t: (self.task_count[t], self.pair_count[(t, level)], self.tie[t])
        )
        self.task_count[task] += 1
        self.pair_count[(task, level)] += 1
        return task

    def _doc(self, task: str, level: int) -> str:
        pending = self.pending[task]
        for _ in range(2):
            for i, doc in enumerate(pending):
                if (task, doc, level) in self.allowed:
                    return pending.pop(i)
            # The cycle is used up (or left only documents this level cannot use): start a new one.
            fresh = list(self.docs[task])
            self.rng.shuffle(fresh)
            pending.extend(fresh)
        raise AssertionError("unreachable: _task only picks tasks with a document at this level")

    def _format(self, task: str, level: int) -> str:
        fmt = min(
            self.axes.output_formats,
            key=lambda f: (
                self.global_format[f],
                self.task_format[(task, f)],
                self.format_count[(task, level, f)],
                self.tie[f],
            ),
        )
        self.format_count[(task, level, fmt)] += 1
        self.task_format[(task, fmt)] += 1
        self.global_format[fmt] += 1
        return fmt


class Ranks(Protocol):
    """Ranks by sample index: an array over the whole plan, or a dict of one shard's rows."""

    def __getitem__(self, index: int, /) -> int: ...


def group_rows(items: Sequence[PlanItem]) -> dict[int, list[PlanItem]]:
    """Rows that share a document, by group, in the order given (index order)."""
    groups: dict[int, list[PlanItem]] = {}
    for it in items:
        if it.group is not None:
            groups.setdefault(it.group, []).append(it)
    return groups


@dataclass
class PlanAnnotations:
    """Per planned index: the sample's rank within its task and within its document type.

    Scenarios are drawn by document-type rank and planned labels by task rank, so both are balanced
    over the whole job and every prefix of it. The plan stores each row's ranks as it is written
    (``plan_ranks``), so a shard reads its own rows' (``of_rows``); ``of`` recomputes them from the
    whole plan (a plan stored before the ranks were).
    """

    taxonomy: Taxonomy
    seed: int
    task_rank: Ranks
    doc_rank: Ranks
    # Rows that share a document: the group (its first row's index) -> its rows, in index order.
    groups: dict[int, list[PlanItem]] = field(default_factory=dict)

    @classmethod
    def of(cls, items: Sequence[PlanItem], taxonomy: Taxonomy, seed: int) -> PlanAnnotations:
        size = max((it.index for it in items), default=-1) + 1
        task_rank, doc_rank = array("l", [0]) * size, array("l", [0]) * size
        ordered = sorted(items, key=lambda i: i.index)
        for it, (in_task, in_doc) in zip(ordered, plan_ranks(ordered), strict=True):
            task_rank[it.index], doc_rank[it.index] = in_task, in_doc
        return cls(taxonomy, seed, task_rank, doc_rank, group_rows(ordered))

    @classmethod
    def of_rows(
        cls,
        ranks: Mapping[int, tuple[int, int]],
        grouped: Sequence[PlanItem],
        taxonomy: Taxonomy,
        seed: int,
    ) -> PlanAnnotations:
        """From stored ranks (index -> (task rank, document rank)) of the rows a shard runs and of the
        first rows of their groups, and every row of those groups (``grouped``)."""
        task_rank = {index: r[0] for index, r in ranks.items()}
        doc_rank = {index: r[1] for index, r in ranks.items()}
        return cls(taxonomy, seed, task_rank, doc_rank, group_rows(sorted(grouped, key=lambda i: i.index)))

    def lead(self, item: PlanItem) -> PlanItem:
        """The row that writes the document ``item`` uses (``item`` itself unless it shares one)."""
        group = self.group_of(item)
        return item if group is None else group[0]

    def group_of(self, item: PlanItem) -> list[PlanItem] | None:
        return self.groups.get(item.group) if item.group is not None else None

    def planned_label(self, item: PlanItem) -> str | None:
        labels = self.taxonomy.task(item.task_type).labels
        if labels is None:
            return None
        if item.task_type in DOCUMENT_BOUND_TASKS and (lead := self.lead(item)) is not item:
            item = lead  # the label is in the shared document
        key = f"mediflow.label:{self.seed}:{item.task_type}"
        return balanced_pick(labels.values, key, self.task_rank[item.index])

    def scenario(self, item: PlanItem) -> dict[str, Any]:
        lead = self.lead(item)
        return sample_scenario(self.taxonomy, lead.document_type, self.seed, self.doc_rank[lead.index])
