"""Every script in examples/ runs against a real API and worker with a loopback teacher."""

from __future__ import annotations

import json
import re
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


JUDGEMENT = {
    "rationale": "faithful",
    "quality": 5,
    "alignment": 4,
    "coherence": 4,
    "realism": 4,
    "difficulty": 3,
}


def reply(request: dict[str, Any], n: int) -> Reply:
    """PIT prompts carry a corpus passage; the judge approves, rewritten answers carry their error;
    everything else is a MediFlow stage."""
    text = " ".join(str(m.get("content", "")) for m in request["messages"])
    if "corpus:\n\n" in str(request["messages"][-1]["content"]):
        return pit_reply(request, n)
    if "Does the rewritten answer contain" in text:
        return Reply(json.dumps({"explanation": "the laterality was changed", "contains_error": True}))
    if "Review this sample." in text:
        return Reply(json.dumps(JUDGEMENT))
    if "Rewrite the correct answer" in text:
        return Reply(f"Left lower lobe pneumonia with a pleural effusion, seen on film {n}.")
    return clinical_reply(request, n)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    with (
        LoopbackTeacher(reply) as teacher,
        running_service(tmp_path_factory.mktemp("examples") / "data", teacher.base_url, training=True) as svc,
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


def tiny_base_model(service: Service) -> str:
    """A tiny random Llama put under the service's models root, as an operator would; its path there."""
    from tests.support.training import build_tiny_llama

    target = service.settings.resolved_models_dir / "incoming" / "tiny-llama"
    if not (target / "config.json").exists():
        build_tiny_llama(target, seed=0)
    return "incoming/tiny-llama"


def test_pit_corpus_trains_and_scores_every_stage(
    service: Service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "notes.jsonl"
    notes = [
        f"Patient {i} admitted with community acquired pneumonia; treated with ceftriaxone for {i + 2} days."
        for i in range(8)
    ]
    docs.write_text("\n".join(json.dumps({"body": t}) for t in notes) + "\n")
    args = [str(docs), "--text-field", "body", "-n", "12", "--out", str(tmp_path / "pit")]
    run_example(
        "pit_corpus.py",
        [*args, "--base-model", tiny_base_model(service), "--steps", "2"],
        service,
        monkeypatch,
    )
    out = capsys.readouterr().out
    assert "8 new documents" in out and "pit job completed" in out
    dataset = Path(out.split("pit dataset: ")[1].split()[0])
    assert (dataset / "stage1" / "dataset_dict.json").exists() and (
        dataset / "stage2" / "dataset_dict.json"
    ).exists()
    assert "base model tiny-llama: LlamaForCausalLM, base_model incoming/tiny-llama" in out
    losses = out.split("validation loss per stage")[1].split("task scores per stage")[0]
    for stage in ("base", "pit-notes", "slerp-notes"):  # one expert: no merge step
        assert re.search(rf"^  {stage} +{{'pit-notes': \d", losses, re.M), losses
    scores = out.split("task scores per stage")[1]
    for label in ("base", "pit-notes", "slerp-notes"):
        line = re.search(rf"^  {label} +average (\S+)  (.*)$", scores, re.M)
        assert line and float(line.group(1)) >= 0 and "nli=" in line.group(2), scores


def test_dpo_pairs_export_and_sft_then_dpo(
    service: Service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from datasets import load_from_disk

    args = ["-n", "8", "--out", str(tmp_path / "dpo"), "--base-model", tiny_base_model(service)]
    run_example("dpo_pairs.py", [*args, "--steps", "2"], service, monkeypatch)
    out = capsys.readouterr().out
    assert "job completed: done 8" in out
    pairs = int(out.split("dpo pairs: ")[1].split()[0])
    assert pairs >= 4, out  # the judge confirmed every rewrite; wrong_format may miss on plain text
    data = load_from_disk(out.split("dpo dataset: ")[1].split()[0])
    assert {"prompt", "chosen", "rejected"} <= set(data["train"].column_names)
    assert data["train"].num_rows + data["validation"].num_rows == pairs
    assert "mediflow train recipe.yaml" in out and "export_id:" in out
    assert re.search(r"^sft: train loss \d", out, re.M) and re.search(r"^dpo: train loss ", out, re.M)
    assert "validation loss after dpo: {'sft': " in out and "final model: /" in out


def test_job_yaml_is_a_valid_spec() -> None:
    spec = GenerationJobCreate.model_validate(yaml.safe_load((EXAMPLES / "job.yaml").read_text()))
    assert spec.quality.dpo.enabled and spec.budget is not None and spec.budget.max_cost == 1.0
