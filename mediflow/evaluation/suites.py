"""Evaluation suites: JSONL files of items, validated line by line, grouped into tasks.

One JSON object per line, with ``id``, ``task``, ``family`` and the family's fields (see
``mediflow.evaluation.families`` and the README). A suite is one ``.jsonl`` file or a directory of them;
``bundled`` names the synthetic suite this package writes itself. Any bad line is refused with its
file and line number: nothing of a bad suite is used.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mediflow.core.errors import InvalidRequestError
from mediflow.evaluation.families import Item, get_family

BUNDLED = "bundled"
MAX_LINE_BYTES = 1_000_000


class SuiteFormatError(InvalidRequestError):
    """A suite line that is not a valid item; ``field`` names the file and line."""


@dataclass
class Task:
    name: str
    family: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Suite:
    name: str
    tasks: dict[str, Task]

    @property
    def size(self) -> int:
        return sum(len(t.items) for t in self.tasks.values())

    def items(self) -> Iterator[Item]:
        for task in self.tasks.values():
            yield from task.items

    def subset(self, max_items_per_task: int | None, seed: int = 0) -> Suite:
        """At most ``max_items_per_task`` items per task, the same ones for the same seed."""
        if max_items_per_task is None:
            return self
        tasks = {}
        for name, task in self.tasks.items():
            items = list(task.items)
            if len(items) > max_items_per_task:
                random.Random(f"{seed}:{name}").shuffle(items)
                items = items[:max_items_per_task]
            tasks[name] = Task(name, task.family, items)
        return Suite(self.name, tasks)

    def to_jsonl(self) -> str:
        return "".join(
            json.dumps(i.model_dump(exclude_none=True), ensure_ascii=False) + "\n" for i in self.items()
        )


def parse_item(data: Any, where: str) -> Item:
    if not isinstance(data, dict):
        raise SuiteFormatError(where, "each line must be a JSON object")
    family_name = data.get("family")
    if not isinstance(family_name, str):
        raise SuiteFormatError(where, "missing 'family'")
    try:
        family = get_family(family_name)
    except InvalidRequestError as exc:
        raise SuiteFormatError(where, str(exc)) from None
    try:
        item: Item = family.item_type.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "item"
        raise SuiteFormatError(f"{where}: {loc}", first["msg"].removeprefix("Value error, ")) from None
    return item


def build_suite(name: str, items: Iterable[tuple[Item, str]]) -> Suite:
    """Group validated items into tasks; a task has one family, ids are unique within it."""
    tasks: dict[str, Task] = {}
    seen: set[tuple[str, str]] = set()
    for item, where in items:
        task = tasks.setdefault(item.task, Task(item.task, item.family))
        if task.family != item.family:
            raise SuiteFormatError(
                where, f"task {item.task!r} is {task.family}, this line says {item.family}"
            )
        if (item.task, item.id) in seen:
            raise SuiteFormatError(where, f"duplicate id {item.id!r} in task {item.task!r}")
        seen.add((item.task, item.id))
        task.items.append(item)
    if not tasks:
        raise SuiteFormatError("suite", "no items")
    return Suite(name, tasks)


def parse_jsonl(text: str, source: str) -> Iterator[tuple[Item, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        if len(line) > MAX_LINE_BYTES:
            raise SuiteFormatError(where, f"line longer than {MAX_LINE_BYTES} characters")
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SuiteFormatError(where, f"not JSON ({exc.msg})") from None
        yield parse_item(data, where), where


def suite_from_text(text: str, name: str = "suite") -> Suite:
    return build_suite(name, parse_jsonl(text, name))


def load_suite(source: str | Path) -> Suite:
    """``bundled``, a ``.jsonl`` file, or a directory of ``.jsonl`` files (read in name order)."""
    if str(source) == BUNDLED:
        from mediflow.evaluation.bundled import bundled_suite

        return bundled_suite()
    path = Path(source)
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise SuiteFormatError("suite", f"{path} holds no .jsonl files")
    elif path.is_file():
        files = [path]
    else:
        raise SuiteFormatError("suite", f"{path} is neither 'bundled', a .jsonl file nor a directory")

    def lines() -> Iterator[tuple[Item, str]]:
        for f in files:
            yield from parse_jsonl(f.read_text(encoding="utf-8"), f.name)

    return build_suite(path.stem if path.is_file() else path.name, lines())


def suite_name(source: str | Path) -> str:
    return BUNDLED if str(source) == BUNDLED else Path(source).stem
