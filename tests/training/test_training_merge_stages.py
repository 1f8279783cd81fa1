"""The SLERP and merge stages on their own, over every supported mergekit method."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM

from mediflow.training.merging import non_finite_tensors
from mediflow.training.progress import Reporter
from mediflow.training.recipe import METHOD_PARAMS, MergeSettings
from mediflow.training.stages import StageContext, get_stage
from mediflow.training.stages.merge import MergeStageConfig
from mediflow.training.stages.slerp import SlerpStageConfig
from tests.support.training import build_tiny_llama

_PARAMS = {"density": 0.7, "gamma": 0.05}


def _perturbed(base: Path, out: Path, seed: int) -> Path:
    """A stand-in for a fine-tuned expert: the base plus a small seeded perturbation."""
    model = AutoModelForCausalLM.from_pretrained(str(base))
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn(p.shape, generator=gen) * 0.02)
    model.save_pretrained(str(out))
    return out


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("merge-inputs")
    base = build_tiny_llama(root / "base", seed=0)
    return {"base": base, "a": _perturbed(base, root / "a", 1), "b": _perturbed(base, root / "b", 2)}


def _ctx(step_dir: Path) -> StageContext:
    step_dir.mkdir(parents=True)
    return StageContext(step_dir, Reporter(logging.getLogger("test")), "cpu")


def _weights(model_dir: Path) -> dict[str, torch.Tensor]:
    return load_file(str(model_dir / "model.safetensors"))


def _distance(a: dict[str, torch.Tensor], b: dict[str, torch.Tensor]) -> float:
    return sum(float((a[k] - b[k]).norm()) for k in a)


@pytest.mark.parametrize("method", sorted(METHOD_PARAMS))
def test_each_merge_method_produces_a_new_finite_model(
    models: dict[str, Path], tmp_path: Path, method: str
) -> None:
    settings = MergeSettings(method=method, dtype="float32", **{p: _PARAMS[p] for p in METHOD_PARAMS[method]})
    config = MergeStageConfig(
        base_model=models["base"], models={"a": models["a"], "b": models["b"]}, settings=settings
    )
    ctx = _ctx(tmp_path / "merge")
    metrics = get_stage("merge").run(config, ctx)
    assert metrics["method"] == method
    assert non_finite_tensors(ctx.model_dir) == []
    merged = _weights(ctx.model_dir)
    for name in ("base", "a", "b"):
        assert _distance(merged, _weights(models[name])) > 0, name
    assert (ctx.model_dir / "tokenizer.json").exists()


def test_slerp_without_validation_uses_the_first_ratio(models: dict[str, Path], tmp_path: Path) -> None:
    config = SlerpStageConfig(
        base_model=models["base"], expert_model=models["a"], ratios=[0.1, 0.5], dtype="float32"
    )
    ctx = _ctx(tmp_path / "slerp")
    metrics = get_stage("slerp").run(config, ctx)
    assert metrics["ratio"] == 0.1 and metrics["candidates"] == []
    merged, base, expert = _weights(ctx.model_dir), _weights(models["base"]), _weights(models["a"])
    # t is the expert's share: at 0.1 the result sits much nearer the base than the expert.
    assert 0 < _distance(merged, base) < _distance(merged, expert) / 3
