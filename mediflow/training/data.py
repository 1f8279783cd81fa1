"""The data contract between mediflow's exporter and the trainers; every export is checked on load.

- ``sft``: DatasetDict (train, validation[, test]); ``prompt`` and ``completion`` are lists of
  ``{role, content}`` messages (TRL's conversational prompt-completion format: the prompt is masked).
- ``dpo``: DatasetDict (train, validation); ``prompt``, ``chosen``, ``rejected`` message lists.
- ``pit``: a directory holding two DatasetDicts, ``stage1`` (task data) and ``stage2`` (task data plus
  raw documents), each with train/validation and columns ``text``, ``kind`` ("task"|"document"),
  ``document_id``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datasets import Dataset, DatasetDict, load_from_disk

SFT_COLUMNS = ("prompt", "completion")
DPO_COLUMNS = ("prompt", "chosen", "rejected")
PIT_COLUMNS = ("text", "kind", "document_id")
REQUIRED_SPLITS = ("train", "validation")


class ExportFormatError(ValueError):
    """An export directory that does not follow the data contract above."""


def _load(path: Path, columns: tuple[str, ...], what: str) -> DatasetDict:
    if not path.is_dir():
        raise ExportFormatError(f"{what} export {path} does not exist")
    try:
        dd = load_from_disk(str(path))
    except (FileNotFoundError, ValueError) as exc:
        raise ExportFormatError(f"{what} export {path} is not a saved DatasetDict: {exc}") from exc
    if not isinstance(dd, DatasetDict):
        raise ExportFormatError(
            f"{what} export {path} is a single Dataset; expected splits {REQUIRED_SPLITS}"
        )
    if missing := [s for s in REQUIRED_SPLITS if s not in dd]:
        raise ExportFormatError(f"{what} export {path} lacks splits {missing} (has {list(dd)})")
    for split, ds in dd.items():
        if missing_cols := [c for c in columns if c not in ds.column_names]:
            raise ExportFormatError(f"{what} export {path} split {split!r} lacks columns {missing_cols}")
    return dd


def load_sft_export(path: Path) -> DatasetDict:
    dd = _load(path, SFT_COLUMNS, "sft")
    _check_messages(dd["train"], SFT_COLUMNS, path)
    return dd


def load_dpo_export(path: Path) -> DatasetDict:
    dd = _load(path, DPO_COLUMNS, "dpo")
    _check_messages(dd["train"], DPO_COLUMNS, path)
    return dd


def load_pit_export(path: Path) -> tuple[DatasetDict, DatasetDict]:
    """The (stage1, stage2) DatasetDicts of a ``pit`` export."""
    return _load(path / "stage1", PIT_COLUMNS, "pit"), _load(path / "stage2", PIT_COLUMNS, "pit")


def _check_messages(ds: Dataset, columns: tuple[str, ...], path: Path) -> None:
    """Check the first row only: exports are written by one function, so one row shows the shape."""
    if len(ds) == 0:
        raise ExportFormatError(f"export {path} has an empty train split")
    row = ds[0]
    for col in columns:
        if not _is_messages(row[col]):
            raise ExportFormatError(
                f"export {path} column {col!r} is not a list of {{role, content}} messages"
            )


def _is_messages(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) > 0
        and all(isinstance(m, dict) and {"role", "content"} <= m.keys() for m in value)
    )


def validation_rows(kind: str, path: Path, limit: int) -> Dataset:
    """Up to ``limit`` validation rows of an export, as (prompt, completion) or (text) rows."""
    if kind == "pit":
        return _head(load_pit_export(path)[1]["validation"], limit).select_columns(["text"])
    if kind == "sft":
        return _head(load_sft_export(path)["validation"], limit).select_columns(list(SFT_COLUMNS))
    if kind == "dpo":
        # The chosen answer is the reference completion; scoring it tells us how likely good answers are.
        ds = _head(load_dpo_export(path)["validation"], limit)
        return ds.select_columns(["prompt", "chosen"]).rename_column("chosen", "completion")
    raise ExportFormatError(f"unknown export kind {kind!r}")


def _head(ds: Dataset, limit: int) -> Dataset:
    return ds.select(range(min(limit, len(ds))))
