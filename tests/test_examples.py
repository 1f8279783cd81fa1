"""Every script in examples/ runs against a real API and worker with a loopback teacher."""

from __future__ import annotations

import json
import runpy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from mediflow.schemas.jobs import GenerationJobCreate
from tests.cli.service import Service, running_service
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply
from tests.test_pit import pit_reply

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
pytestmark = [pytest.mark.timeout(300), pytest.mark.slow]


def reply(request: dict[str, Any], n: int) -> Reply:
    """PIT prompts carry a corpus passage; everything else is a MediFlow stage."""
    if "corpus:\n\n" in str(request["messages"][-1]["content"]):
        return pit_reply(request, n)
    return clinical_reply(request, n)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    with (
        LoopbackTeacher(reply) as teacher,
        running_service(tmp_path_factory.mktemp("examples") / "data", teacher.base_url) as svc,
    ):
        yield svc


def run_example(name: str, args: list[str], service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDIFLOW_API_URL", service.url)
    monkeypatch.setenv("MEDIFLOW_API_KEY", service.key)
    monkeypatch.setattr(sys, "argv", [name, *args])
    runpy.run_path(str(EXAMPLES / name), run_name="__main__")


def test_generate_export_sft(
    service: Service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.support.training import build_tiny_llama

    model = build_tiny_llama(tmp_path / "tiny", seed=0)
    run_example(
        "generate_export_sft.py",
        ["-n", "6", "--out", str(tmp_path / "out"), "--base-model", str(model)],
        service,
        monkeypatch,
    )
    out = capsys.readouterr().out
    assert "job completed: done 6" in out and "SFT: 3 steps, loss" in out
    assert "dataset: " in out and any((tmp_path / "out").glob("*/train/dataset_info.json"))


def test_pit_corpus(
    service: Service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "notes.jsonl"
    notes = [
        f"Patient {i} admitted with community acquired pneumonia; treated with ceftriaxone." for i in range(6)
    ]
    docs.write_text("\n".join(json.dumps({"body": t}) for t in notes) + "\n")
    run_example(
        "pit_corpus.py",
        [str(docs), "--text-field", "body", "-n", "8", "--out", str(tmp_path / "pit")],
        service,
        monkeypatch,
    )
    out = capsys.readouterr().out
    assert "6 new documents" in out and "pit job completed" in out
    dataset = Path(out.split("pit dataset: ")[1].split()[0])
    assert (dataset / "stage1" / "dataset_dict.json").exists() and (
        dataset / "stage2" / "dataset_dict.json"
    ).exists()


def test_job_yaml_is_a_valid_spec() -> None:
    spec = GenerationJobCreate.model_validate(yaml.safe_load((EXAMPLES / "job.yaml").read_text()))
    assert spec.quality.dpo.enabled and spec.budget is not None and spec.budget.max_cost == 1.0
