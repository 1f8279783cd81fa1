"""End to end on a tiny random Llama with the shipped tiny-cpu recipe: every stage, resume, cancel."""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import torch
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM, AutoTokenizer

from mediflow.training import RunLockedError, TrainingCancelled, builtin_recipe_path, load_recipe, run_recipe
from mediflow.training.artifacts import MARKER, run_lock
from mediflow.training.merging import non_finite_tensors
from mediflow.training.recipe import Recipe

# Informational: the suite has no default `-m "not slow"`, so this runs in every normal test run.
pytestmark = pytest.mark.slow

MODEL_STEPS = ["pit-notes", "pit-guidelines", "slerp-notes", "slerp-guidelines", "merge", "sft", "dpo"]


@dataclass
class Run:
    recipe: Recipe
    run_dir: Path
    summary: dict[str, Any]
    elapsed_s: float
    events: list[dict[str, Any]] = field(default_factory=list)
    merge_hash_at_sft_start: str = ""

    def weights(self, step: str) -> dict[str, torch.Tensor]:
        return load_file(str(self.run_dir / step / "model" / "model.safetensors"))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _differs(a: dict[str, torch.Tensor], b: dict[str, torch.Tensor]) -> bool:
    return any(not torch.equal(a[k], b[k]) for k in a)


@pytest.fixture(scope="module")
def run(workspace: Path, tmp_path_factory: pytest.TempPathFactory) -> Run:
    recipe = load_recipe(builtin_recipe_path("tiny-cpu"), root=workspace)
    run_dir = tmp_path_factory.mktemp("run")
    events: list[dict[str, Any]] = []
    hashes: dict[str, str] = {}

    def on_event(event: dict[str, Any]) -> None:
        events.append(event)
        if event["event"] == "stage_start" and event["step_id"] == "sft":
            hashes["merge"] = _sha(run_dir / "merge" / "model" / "model.safetensors")

    started = time.monotonic()
    summary = run_recipe(recipe, run_dir, progress_callback=on_event)
    return Run(recipe, run_dir, summary, time.monotonic() - started, events, hashes["merge"])


def test_every_step_ran_and_reported_progress(run: Run) -> None:
    assert all(s["status"] == "ran" for s in run.summary["steps"].values())
    assert [s for s in run.summary["steps"] if not s.startswith("eval-")] == MODEL_STEPS
    steps = [e for e in run.events if e["event"] == "train_step"]
    assert {e["stage"] for e in steps} == {"pit", "sft", "dpo"}
    assert all(isinstance(e["step"], int) and math.isfinite(e["loss"]) for e in steps)
    assert {e["phase"] for e in steps if e["stage"] == "pit"} == {"stage1", "stage2"}
    assert run.summary["final_model"] == str(run.run_dir / "dpo" / "model")
    log = (run.run_dir / "train.log").read_text()
    assert "run_start" in log and "train_step sft" in log and "run_end" in log


def test_every_model_loads_with_transformers(run: Run) -> None:
    for step in MODEL_STEPS:
        model_dir = run.run_dir / step / "model"
        model = AutoModelForCausalLM.from_pretrained(str(model_dir))
        tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
        ids = tokenizer("Assessment: pneumonia.", return_tensors="pt")["input_ids"]
        assert torch.isfinite(model(ids).logits).all(), step
        assert non_finite_tensors(model_dir) == [], step


def test_pit_moves_each_expert_away_from_the_base(run: Run) -> None:
    base = load_file(str(run.recipe.base_model / "model.safetensors"))
    notes, guidelines = run.weights("pit-notes"), run.weights("pit-guidelines")
    assert _differs(notes, base) and _differs(guidelines, base) and _differs(notes, guidelines)


def test_slerp_keeps_the_ratio_with_the_lowest_validation_loss(run: Run) -> None:
    metrics = run.summary["steps"]["slerp-notes"]["metrics"]
    losses = {c["ratio"]: c["loss"] for c in metrics["candidates"]}
    assert set(losses) == {0.10, 0.50} and all(math.isfinite(v) for v in losses.values())
    assert metrics["ratio"] == min(losses, key=losses.__getitem__)
    base = load_file(str(run.recipe.base_model / "model.safetensors"))
    slerped = run.weights("slerp-notes")
    assert _differs(slerped, base) and _differs(slerped, run.weights("pit-notes"))
    assert not (run.run_dir / "slerp-notes" / "work").exists()  # the losing candidate was removed


def test_merge_differs_from_each_input(run: Run) -> None:
    merged = run.weights("merge")
    for step in ("slerp-notes", "slerp-guidelines"):
        assert _differs(merged, run.weights(step)), step
    assert run.summary["steps"]["merge"]["metrics"]["method"] == "ties"


def test_lora_sft_leaves_the_base_untouched_until_the_final_merge(run: Run) -> None:
    assert _sha(run.run_dir / "merge" / "model" / "model.safetensors") == run.merge_hash_at_sft_start
    base, tuned = run.weights("merge"), run.weights("sft")
    targets = ("q_proj", "v_proj")  # the tiny recipe's LoRA target modules
    changed = {k for k in base if not torch.equal(base[k], tuned[k])}
    assert changed and all(k.split(".")[-2] in targets for k in changed)
    metrics = run.summary["steps"]["sft"]["metrics"]
    assert metrics["precision"] == "fp32"
    assert metrics["tuning"] == "lora" and 0 < metrics["trainable_params"] < metrics["total_params"] / 100


def test_dpo_updates_the_sft_model(run: Run) -> None:
    assert _differs(run.weights("dpo"), run.weights("sft"))
    metrics = run.summary["steps"]["dpo"]["metrics"]
    assert metrics["beta"] == 0.1 and math.isfinite(metrics["train_loss"])


def test_metrics_record_losses(run: Run) -> None:
    steps = run.summary["steps"]
    for phase in ("stage1", "stage2"):
        pit = steps["pit-notes"]["metrics"][phase]
        assert pit["losses"] and math.isfinite(pit["train_loss"]) and math.isfinite(pit["eval_loss"])
    assert steps["sft"]["metrics"]["losses"]
    for step in ("eval-base", "eval-merge", "eval-dpo"):
        metrics = steps[step]["metrics"]
        assert set(metrics["exports"]) == {"sft", "pit-notes", "pit-guidelines"}
        assert all(math.isfinite(s["perplexity"]) for s in metrics["exports"].values())
        assert len(metrics["samples"]) == 1
    for step in MODEL_STEPS:
        assert (run.run_dir / step / "metrics.json").exists() and (run.run_dir / step / MARKER).exists()


def test_rerun_skips_every_completed_step(run: Run) -> None:
    events: list[dict[str, Any]] = []
    started = time.monotonic()
    summary = run_recipe(run.recipe, run.run_dir, progress_callback=events.append)
    elapsed = time.monotonic() - started
    assert all(s["status"] == "skipped" for s in summary["steps"].values())
    assert not [e for e in events if e["event"] in {"stage_start", "train_step"}]
    assert elapsed < run.elapsed_s / 3
    assert summary["steps"]["sft"]["metrics"] == run.summary["steps"]["sft"]["metrics"]


def test_a_moved_run_dir_still_resumes(run: Run) -> None:
    moved = run.run_dir.with_name(run.run_dir.name + "-moved")
    run.run_dir.rename(moved)
    try:
        summary = run_recipe(run.recipe, moved)
        assert all(s["status"] == "skipped" for s in summary["steps"].values())
        assert summary["final_model"] == str(moved / "dpo" / "model")
    finally:
        moved.rename(run.run_dir)


def test_cancel_raises_and_keeps_completed_steps(workspace: Path, tmp_path: Path) -> None:
    recipe = load_recipe(builtin_recipe_path("tiny-cpu"), root=workspace)
    with pytest.raises(TrainingCancelled):
        run_recipe(recipe, tmp_path, should_cancel=lambda: True)
    assert not (tmp_path / "eval-base").exists()


def test_cancel_mid_training_then_resume_redoes_only_the_invalidated_tail(run: Run) -> None:
    """Drop the SFT marker, cancel during SFT training, then resume: SFT and DPO re-run, nothing else."""
    (run.run_dir / "sft" / MARKER).unlink()
    events: list[dict[str, Any]] = []
    with pytest.raises(TrainingCancelled):
        run_recipe(
            run.recipe,
            run.run_dir,
            progress_callback=events.append,
            should_cancel=lambda: any(e["event"] == "train_step" for e in events),
        )
    # The cancel seen after step 1's report is acted on at the end of step 2, before the third (last).
    assert [e["step"] for e in events if e["event"] == "train_step"] == [1, 2]
    assert events[-1]["event"] == "cancelled" and events[-1]["stage"] == "sft"
    assert not (run.run_dir / "sft" / MARKER).exists()
    resumed = run_recipe(run.recipe, run.run_dir)
    ran = {k for k, s in resumed["steps"].items() if s["status"] == "ran"}
    assert ran == {"sft", "eval-sft", "dpo", "eval-dpo"}


def test_a_run_dir_is_run_by_one_process_at_a_time(workspace: Path, tmp_path: Path) -> None:
    recipe = load_recipe(builtin_recipe_path("tiny-cpu"), root=workspace)
    with run_lock(tmp_path), pytest.raises(RunLockedError, match="another process"):
        run_recipe(recipe, tmp_path)
