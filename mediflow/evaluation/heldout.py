"""A suite from a mediflow export's held-out split, one task per task type.

The exporter already keeps the validation/test rows apart from train (stratified by task type, near
duplicates kept in one split), so those rows are a fair test of a model trained on the train split.
Rows become ``summarization`` items for summarization task types, ``coding`` items where the gold
output holds ICD-10 codes of a coding task type, and ``qa`` items (EM, F1, ROUGE-L against the gold
output) otherwise.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from mediflow.evaluation.families import CodingItem, Item, QaItem, SummarizationItem, parse_codes
from mediflow.evaluation.suites import Suite, SuiteFormatError, build_suite


def item_from_row(row: dict[str, Any], task: str, n: int) -> Item | None:
    instruction, source, gold = row.get("instruction") or "", row.get("input") or "", row.get("output") or ""
    if not instruction.strip() or not gold.strip():
        return None
    common = {"id": f"{task}-{n:05d}", "task": task}
    if "summar" in task and source.strip():
        return SummarizationItem(
            **common, family="summarization", instruction=instruction, document=source, reference=gold
        )
    if "coding" in task and (codes := sorted(parse_codes(gold))):
        text = source or instruction
        return CodingItem(**common, family="coding", instruction=instruction, text=text, codes=codes)
    return QaItem(**common, family="qa", question=instruction, context=source, answers=[gold])


def heldout_suite(export_dir: Path, *, split: str = "test", per_task: int = 50, seed: int = 0) -> Suite:
    """Up to ``per_task`` rows of each task type from a ``mediflow``-format export's ``split``."""
    from datasets import load_from_disk

    try:
        data = load_from_disk(str(export_dir))
    except (FileNotFoundError, ValueError) as exc:
        raise SuiteFormatError("export", f"{export_dir} is not a saved dataset: {exc}") from None
    if split not in data:
        raise SuiteFormatError("split", f"{export_dir} has no {split!r} split; it has {sorted(data)}")
    rows = data[split]
    if "task_type" not in rows.column_names:
        raise SuiteFormatError(
            "export", "a held-out suite needs the mediflow format (task_type, instruction, input, output)"
        )
    by_task: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_task.setdefault(str(row["task_type"]), []).append(row)
    items: list[tuple[Item, str]] = []
    for task, task_rows in sorted(by_task.items()):
        random.Random(f"{seed}:{task}").shuffle(task_rows)
        kept = 0
        for n, row in enumerate(task_rows):
            if kept >= per_task:
                break
            if (item := item_from_row(row, task, n)) is not None:
                items.append((item, f"{split} row of {task}"))
                kept += 1
    return build_suite(f"heldout-{export_dir.name}-{split}", items)
