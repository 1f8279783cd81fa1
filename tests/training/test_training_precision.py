"""bf16 trains on fp32 master weights: one DPO step at the recipe's learning rate (5e-7) moves them.

Stepping bf16 weights directly loses every update smaller than half a bf16 ulp of the weight; the
first test shows that loss on plain tensors, the second that our DPO stage does not suffer it.
"""

from __future__ import annotations

import logging
from pathlib import Path

import torch
from safetensors.torch import load_file

from mediflow.training.hf import load_dtype
from mediflow.training.progress import Reporter
from mediflow.training.recipe import Hyperparameters
from mediflow.training.stages import StageContext
from mediflow.training.stages.dpo import DpoStageConfig, run_dpo

DPO_LR = 5e-7  # mediphi.yaml's alignment.dpo learning rate


def test_a_bf16_weight_swallows_a_5e_7_step() -> None:
    w = torch.full((4,), 0.02)
    assert torch.equal((w.bfloat16() - DPO_LR).float(), w.bfloat16().float())  # lost in bf16
    assert not torch.equal(w - DPO_LR, w)  # kept in fp32
    assert load_dtype("bf16") == torch.float32 and load_dtype("fp16") == torch.float32


def test_one_bf16_dpo_step_at_5e_7_moves_the_fp32_masters(workspace: Path, tmp_path: Path) -> None:
    model = workspace / "models" / "tiny-llama"
    hp = Hyperparameters(
        learning_rate=DPO_LR,
        batch_size=4,
        max_length=128,
        max_steps=1,
        precision="bf16",
        lr_scheduler="constant",
    )
    config = DpoStageConfig(model=model, export=workspace / "exports" / "dpo", hparams=hp, beta=0.1)
    metrics = run_dpo(config, StageContext(tmp_path / "dpo", Reporter(logging.getLogger("test")), "cpu"))
    assert metrics["precision"] == "bf16" and metrics["steps"] == 1
    before = load_file(str(model / "model.safetensors"))
    after = load_file(str(tmp_path / "dpo" / "model" / "model.safetensors"))
    assert all(t.dtype == torch.float32 for t in after.values())  # masters stayed fp32
    moved = [k for k in before if not torch.equal(before[k], after[k])]
    assert len(moved) >= len(before) // 2, f"only {len(moved)} of {len(before)} tensors moved"
    # The steps are the size of the learning rate (Adam), far below a bf16 ulp of these weights.
    deltas = [float((after[k] - before[k]).abs().max()) for k in moved]
    assert max(deltas) < 1e-5
