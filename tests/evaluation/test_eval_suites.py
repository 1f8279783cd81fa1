"""Suite files: valid lines load into tasks, bad ones are refused naming the file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediflow.evaluation.bundled import bundled_suite
from mediflow.evaluation.contamination import SuiteIndex, contamination_report, ngrams
from mediflow.evaluation.families import family_names
from mediflow.evaluation.harness import score_outputs
from mediflow.evaluation.suites import SuiteFormatError, load_suite, suite_from_text

GOOD = {"id": "q1", "task": "med-qa", "family": "qa", "question": "Dose?", "answers": ["5 mg"]}


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def test_a_suite_file_loads_into_tasks(tmp_path: Path) -> None:
    mc = {
        "id": "m1",
        "task": "mc",
        "family": "multiple_choice",
        "question": "?",
        "options": {"A": "x", "B": "y"},
        "answer": "B",
    }
    suite = load_suite(_write(tmp_path / "s.jsonl", [GOOD, "", mc]))
    assert suite.size == 2 and {t: s.family for t, s in suite.tasks.items()} == {
        "med-qa": "qa",
        "mc": "multiple_choice",
    }


@pytest.mark.parametrize(
    ("line", "where", "reason"),
    [
        ("{not json", "line 2", "not JSON"),
        (json.dumps(GOOD | {"id": "q2", "family": "poetry"}), "line 2", "unknown evaluation family"),
        (
            json.dumps({k: v for k, v in GOOD.items() if k != "answers"} | {"id": "q2"}),
            "line 2: answers",
            "Field required",
        ),
        (json.dumps(GOOD), "line 2", "duplicate id"),
        (
            json.dumps(
                {"id": "q2", "task": "med-qa", "family": "summarization", "document": "d", "reference": "r"}
            ),
            "line 2",
            "is qa",
        ),
        (
            json.dumps(
                {
                    "id": "m",
                    "task": "mc",
                    "family": "multiple_choice",
                    "question": "?",
                    "options": {"A": "x", "B": "y"},
                    "answer": "C",
                }
            ),
            "line 2",
            "not one of the options",
        ),
        (json.dumps(GOOD | {"id": "q2", "extra": 1}), "line 2: extra", "Extra inputs"),
    ],
)
def test_bad_lines_name_the_line(tmp_path: Path, line: str, where: str, reason: str) -> None:
    path = _write(tmp_path / "bad.jsonl", [GOOD, line])
    with pytest.raises(SuiteFormatError) as err:
        load_suite(path)
    assert err.value.field.startswith(f"bad.jsonl {where}") and reason in err.value.reason


def test_bundled_suite_is_seeded_and_covers_every_family() -> None:
    suite = bundled_suite()
    assert suite.size == 300 and len(suite.tasks) == 12
    assert {t.family for t in suite.tasks.values()} == set(family_names())
    assert suite_from_text(suite.to_jsonl()).to_jsonl() == suite.to_jsonl()  # the JSONL round-trips
    assert bundled_suite(seed=99).to_jsonl() != suite.to_jsonl()


def test_gold_replies_score_100_and_empty_ones_0() -> None:
    from mediflow.evaluation.families import get_family

    suite = bundled_suite()
    gold = {(i.task, i.id): get_family(i.family).reference_reply(i) for i in suite.items()}
    perfect = score_outputs(suite, gold)
    assert perfect["average"] == 100.0, {
        t: r["metrics"] for t, r in perfect["tasks"].items() if r["score"] < 100
    }
    empty = score_outputs(suite, {})
    # "CORRECT" is the right answer for error-free notes, so an empty reply still gets those flags right.
    assert all(r["score"] == 0.0 for t, r in empty["tasks"].items() if t != "error-correction")


def test_contamination_report_per_task() -> None:
    suite = bundled_suite()
    index = SuiteIndex(suite)
    leaked = suite.tasks["visit-note"].items[0]
    rows = [
        {"instruction": "Write the note.", "input": leaked.dialogue, "output": "..."},  # type: ignore[attr-defined]
        {"prompt": [{"role": "user", "content": "An unrelated question about sleep hygiene and naps."}]},
    ]
    report = contamination_report(index, rows)
    assert report["training_rows"] == 2 and report["contaminated_rows"] == 1
    visit = report["tasks"]["visit-note"]
    assert leaked.id in visit["ids"] and visit["contaminated"] >= 1
    assert report["tasks"]["nli"]["contaminated"] == 0
    assert len(ngrams("one two three", 2)) == 2 and ngrams("too short", 13) == set()
