from __future__ import annotations

from pathlib import Path

import pytest
from datasets import Dataset, DatasetDict

from mediflow.training.data import (
    ExportFormatError,
    load_dpo_export,
    load_pit_export,
    load_sft_export,
    validation_rows,
)
from tests.support.training import build_pit_export, build_sft_export


def test_builders_follow_the_contract(workspace: Path) -> None:
    sft = load_sft_export(workspace / "exports" / "sft")
    assert sft["train"][0]["completion"][0]["role"] == "assistant"
    dpo = load_dpo_export(workspace / "exports" / "dpo")
    assert dpo["train"][0]["chosen"] != dpo["train"][0]["rejected"]
    stage1, stage2 = load_pit_export(workspace / "exports" / "pit-notes")
    assert set(stage1["train"]["kind"]) == {"task"}
    assert set(stage2["train"]["kind"]) == {"task", "document"}
    # Validation documents are held out: no document id is in both splits.
    assert not set(stage2["train"]["document_id"]) & set(stage2["validation"]["document_id"])


def test_builders_are_deterministic(tmp_path: Path) -> None:
    a = load_sft_export(build_sft_export(tmp_path / "a", seed=7))
    b = load_sft_export(build_sft_export(tmp_path / "b", seed=7))
    assert a["train"][:] == b["train"][:]


def test_wrong_kind_of_export_is_rejected(workspace: Path) -> None:
    with pytest.raises(ExportFormatError, match="lacks columns \\['prompt', 'completion'\\]"):
        load_sft_export(workspace / "exports" / "pit-notes" / "stage1")
    with pytest.raises(ExportFormatError, match="does not exist"):
        load_pit_export(workspace / "exports" / "sft")


def test_missing_split_and_bad_messages_are_rejected(tmp_path: Path) -> None:
    DatasetDict({"train": Dataset.from_list([{"prompt": "hi", "completion": "there"}])}).save_to_disk(
        str(tmp_path / "nosplit")
    )
    with pytest.raises(ExportFormatError, match="lacks splits \\['validation'\\]"):
        load_sft_export(tmp_path / "nosplit")
    rows = [{"prompt": "plain text", "completion": "not messages"}]
    DatasetDict({"train": Dataset.from_list(rows), "validation": Dataset.from_list(rows)}).save_to_disk(
        str(tmp_path / "flat")
    )
    with pytest.raises(ExportFormatError, match="not a list of"):
        load_sft_export(tmp_path / "flat")


def test_validation_rows_have_a_uniform_shape(tmp_path: Path, workspace: Path) -> None:
    pit = build_pit_export(tmp_path / "pit", n_val_docs=1)
    assert validation_rows("pit", pit, 100).column_names == ["text"]
    dpo = validation_rows("dpo", workspace / "exports" / "dpo", 2)
    assert dpo.column_names == ["prompt", "completion"] and len(dpo) == 2
