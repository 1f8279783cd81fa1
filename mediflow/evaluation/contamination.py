"""Contamination: word 13-grams shared between training rows and evaluation items (as GPT-3 and
lm-evaluation-harness's decontamination do), reported per task, and which training rows to drop.

Pure Python on sets of hashed n-grams: a 300-item suite is ~30k n-grams, a million-row export is
streamed through ``row_hits`` without being held.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from mediflow.evaluation.families import Item
from mediflow.evaluation.suites import BUNDLED, Suite, Task, load_suite

N = 13
_WORD = re.compile(r"[a-z0-9]+")

# Fields of an item that are the model's input or its expected answer: both leak if trained on.
_SKIP = {"id", "task", "family", "labels", "entity_types", "sections", "options"}


def ngrams(text: str, n: int = N) -> set[int]:
    tokens = _WORD.findall(text.lower())
    return {hash(tuple(tokens[i : i + n])) for i in range(len(tokens) - n + 1)}


def item_text(item: Item) -> str:
    parts: list[str] = []
    _collect(item.model_dump(), parts)
    return "\n".join(parts)


def _collect(value: Any, out: list[str], key: str = "") -> None:
    if key in _SKIP:
        return
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            _collect(v, out, k)
    elif isinstance(value, list):
        for v in value:
            _collect(v, out)


class SuiteIndex:
    """The n-grams of every item of a suite, and which items hold each."""

    def __init__(self, suite: Suite, n: int = N) -> None:
        self.n = n
        self.suite = suite
        self.owners: dict[int, set[tuple[str, str]]] = {}
        for item in suite.items():
            for g in ngrams(item_text(item), n):
                self.owners.setdefault(g, set()).add((item.task, item.id))

    def hits(self, text: str) -> set[tuple[str, str]]:
        """(task, item id) of every item sharing an n-gram with ``text``."""
        found: set[tuple[str, str]] = set()
        for g in ngrams(text, self.n):
            found |= self.owners.get(g, set())
        return found


def row_text(row: dict[str, Any]) -> str:
    """Every string of a training row (mediflow columns or prompt/completion/chosen message lists)."""
    parts: list[str] = []
    _collect(row, parts)
    return "\n".join(parts)


def row_hits(index: SuiteIndex, rows: Iterable[dict[str, Any]]) -> Iterator[set[tuple[str, str]]]:
    for row in rows:
        yield index.hits(row_text(row))


def contamination_report(index: SuiteIndex, rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Per task: items seen in training (count, share, ids); overall: training rows to drop."""
    contaminated: set[tuple[str, str]] = set()
    rows_hit = total = 0
    for hits in row_hits(index, rows):
        total += 1
        if hits:
            rows_hit += 1
            contaminated |= hits
    tasks: dict[str, Any] = {}
    for name, task in index.suite.tasks.items():
        ids = sorted(i.id for i in task.items if (name, i.id) in contaminated)
        tasks[name] = {
            "items": len(task.items),
            "contaminated": len(ids),
            "share": round(len(ids) / len(task.items), 4) if task.items else 0.0,
            "ids": ids[:50],
        }
    return {
        "n": index.n,
        "suite": index.suite.name,
        "training_rows": total,
        "contaminated_rows": rows_hit,
        "tasks": tasks,
    }


def export_rows(export_dir: Path) -> Iterator[dict[str, Any]]:
    """Every row of every saved DatasetDict under ``export_dir`` (all splits; pit exports hold two)."""
    from datasets import load_from_disk

    for marker in sorted(export_dir.rglob("dataset_dict.json")):
        data = load_from_disk(str(marker.parent))
        for split in data.values():
            yield from split


def contamination_screen(suites: list[str], settings: Any) -> SuiteIndex | None:
    """One index over the named suites (``bundled`` / ``evaluation:<id>``), or None for no screening.

    ``settings`` is the service's ``Settings`` (only its artifacts root is read: uploaded suites lie
    under ``<artifacts>/evaluations/<id>/suite.jsonl``).
    """
    if not suites:
        return None

    tasks: dict[str, Task] = {}
    for name in suites:
        if name == BUNDLED:
            suite = load_suite(BUNDLED)
        else:
            eval_id = name.removeprefix("evaluation:")
            suite = load_suite(settings.resolved_artifacts_dir / "evaluations" / eval_id / "suite.jsonl")
        tasks |= {f"{name}/{t}": task for t, task in suite.tasks.items()}
    return SuiteIndex(Suite("+".join(suites), tasks))
