"""Suites meet exports: rows overlapping a suite are excluded on request, the contamination report
finds them per task, and an export's held-out split becomes a suite with one task per task type."""

from __future__ import annotations

import json
import random
from pathlib import Path

from click.testing import CliRunner
from datasets import load_from_disk

from mediflow.cli.main import main
from mediflow.core.settings import Settings
from mediflow.evaluation.bundled import bundled_suite
from mediflow.evaluation.heldout import heldout_suite
from mediflow.storage.db import session_scope
from tests.test_exports import KEPT, _sample, export, seed_rows


def _leak_one_item(settings: Settings, job_id: str) -> str:
    """A kept row whose input is a bundled visit-note dialogue: what training on a test set looks like."""
    item = bundled_suite().tasks["visit-note"].items[3]
    with session_scope(settings.resolved_database_url) as s:
        s.add(_sample(job_id, 999, "summarization", random.Random(1), input=item.dialogue))  # type: ignore[attr-defined]
    return item.id


def test_export_excludes_rows_overlapping_a_suite(settings: Settings) -> None:
    seeded = seed_rows(settings.resolved_database_url)
    leaked_id = _leak_one_item(settings, seeded["job"])
    plain, out = export(settings, format="mediflow", job_ids=[seeded["job"]])
    assert plain.n_rows == KEPT + 1
    clean, clean_out = export(
        settings, format="mediflow", job_ids=[seeded["job"]], exclude_contaminated=["bundled"]
    )
    assert clean.status == "completed" and clean.n_rows == KEPT
    assert clean.counts["contaminated_excluded"] == 1 and "contaminated_excluded" not in (plain.counts or {})
    texts = [r["input"] for split in load_from_disk(str(clean_out)).values() for r in split]
    assert not any("Doctor: What brings you in today?" in t for t in texts)

    result = CliRunner().invoke(main, ["eval", "contamination", str(out), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    # Every saved dataset of the export is read: the mediflow rows and its mediflow_dpo pairs.
    dpo_rows = sum(len(split) for split in load_from_disk(str(out / "mediflow_dpo")).values())
    assert report["training_rows"] == KEPT + 1 + dpo_rows and report["contaminated_rows"] == 1
    assert leaked_id in report["tasks"]["visit-note"]["ids"]
    assert all(t["contaminated"] == 0 for name, t in report["tasks"].items() if name != "visit-note")


def test_heldout_split_becomes_a_suite_per_task_type(settings: Settings, tmp_path: Path) -> None:
    seeded = seed_rows(settings.resolved_database_url)
    _, out = export(
        settings,
        format="mediflow",
        job_ids=[seeded["job"]],
        splits={"train": 0.5, "validation": 0.25, "test": 0.25},
    )
    suite = heldout_suite(out, split="test", per_task=50)
    test_rows = load_from_disk(str(out))["test"]
    assert suite.size == len(test_rows) > 0
    assert {t: task.family for t, task in suite.tasks.items()} == {
        t: ("summarization" if t == "summarization" else "qa") for t in set(test_rows["task_type"])
    }
    result = CliRunner().invoke(
        main, ["eval", "heldout", str(out), str(tmp_path / "h.jsonl"), "--split", "validation"]
    )
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(
        main, ["eval", "heldout", str(out), str(tmp_path / "h.jsonl"), "--split", "nope"]
    )
    assert result.exit_code != 0 and "no 'nope' split" in result.output
