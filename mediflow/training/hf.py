"""Thin helpers over transformers/TRL/peft shared by the training stages."""

from __future__ import annotations

import logging
import math
import shutil
from pathlib import Path
from typing import Any, Literal

import torch
from peft import LoraConfig, PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer, PreTrainedModel, Trainer
from transformers.trainer_callback import PrinterCallback

from mediflow.training.progress import ProgressCallback, Reporter, TrainingCancelled
from mediflow.training.recipe import Hyperparameters, Precision

Device = Literal["cpu", "cuda"]
_log = logging.getLogger(__name__)


def resolve_device(preference: str) -> Device:
    if preference == "cuda" and not torch.cuda.is_available():
        raise RuntimeError("recipe asks for device 'cuda' but torch sees no CUDA device")
    if preference == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return "cuda" if preference == "cuda" else "cpu"


def effective_precision(precision: Precision, device: Device) -> Precision:
    """What a phase trains in: bf16 autocast runs on CPU and GPU; fp16 AMP is a GPU feature."""
    if device == "cpu" and precision == "fp16":
        _log.warning("precision fp16 requested on CPU; training in fp32")
        return "fp32"
    if device == "cuda" and precision == "bf16" and not torch.cuda.is_bf16_supported():
        _log.warning("this GPU has no bf16; training in fp16")
        return "fp16"
    return precision


def load_dtype(precision: Precision) -> torch.dtype:
    """Weights train as fp32 masters under every precision; bf16/fp16 is the autocast compute dtype.

    Loading in bf16 and stepping the bf16 weights loses any update below half a bf16 ulp of a weight
    (~0.4% of its size): at DPO's 5e-7 or SFT's 2e-5 most weights would never move. The trainer's
    ``bf16``/``fp16`` flags autocast the forward pass and keep the optimiser on these fp32 weights.
    """
    del precision  # kept in the signature: callers state what they train in
    return torch.float32


def load_model(path: Path, precision: Precision = "fp32", device: Device = "cpu") -> PreTrainedModel:
    return AutoModelForCausalLM.from_pretrained(str(path), dtype=load_dtype(precision), device_map=device)


def load_tokenizer(path: Path) -> Any:
    tok = AutoTokenizer.from_pretrained(str(path))
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token  # batching needs a pad token; eos is the usual stand-in
    return tok


def save_model(model: PreTrainedModel, tokenizer: Any, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out_dir), safe_serialization=True)
    tokenizer.save_pretrained(str(out_dir))
    return out_dir


def lora_config(hp: Hyperparameters) -> LoraConfig | None:
    if hp.tuning != "lora":
        return None
    return LoraConfig(
        r=hp.lora.r,
        lora_alpha=hp.lora.alpha,
        lora_dropout=hp.lora.dropout,
        target_modules=hp.lora.target_modules,
        task_type="CAUSAL_LM",
    )


def trainer_kwargs(hp: Hyperparameters, work_dir: Path, device: Device) -> dict[str, Any]:
    """TrainingArguments fields common to SFTConfig and DPOConfig."""
    precision = effective_precision(hp.precision, device)
    return {
        "output_dir": str(work_dir),
        "num_train_epochs": hp.epochs,
        "max_steps": hp.max_steps or -1,
        "learning_rate": hp.learning_rate,
        "per_device_train_batch_size": hp.batch_size,
        "per_device_eval_batch_size": hp.batch_size,
        "gradient_accumulation_steps": hp.grad_accumulation,
        "warmup_steps": hp.warmup,
        "lr_scheduler_type": hp.lr_scheduler,
        "weight_decay": hp.weight_decay,
        "seed": hp.seed,
        "data_seed": hp.seed,
        "max_length": hp.max_length,
        "logging_steps": hp.logging_steps,
        "activation_checkpointing": hp.gradient_checkpointing,  # transformers 5 name for it
        "use_cpu": device == "cpu",
        "bf16": precision == "bf16",
        "fp16": precision == "fp16",
        # We save the final model ourselves and evaluate in the evaluate stage.
        "save_strategy": "no",
        "eval_strategy": "no",
        "report_to": "none",
        "disable_tqdm": True,
        "dataloader_num_workers": 0,
    }


def train(trainer: Trainer, reporter: Reporter, phase: str) -> dict[str, Any]:
    """Run ``trainer`` with progress/cancel reporting; return its loss metrics."""
    callback = ProgressCallback(reporter, phase)
    trainer.add_callback(callback)
    trainer.remove_callback(PrinterCallback)  # it prints every log dict to stdout; we report instead
    out = trainer.train()
    if callback.cancelled:
        reporter.emit("cancelled", phase=phase, step=out.global_step)
        raise TrainingCancelled(f"cancelled in {reporter.step_id} ({phase}) at step {out.global_step}")
    losses = [
        {"step": h["step"], "loss": h["loss"]}
        for h in trainer.state.log_history
        if "loss" in h and "step" in h
    ]
    return {
        "train_loss": out.training_loss,
        "steps": out.global_step,
        "losses": losses,
        "runtime_s": round(float(out.metrics.get("train_runtime", 0.0)), 2),
        # What actually ran: a bf16 recipe on CPU trains in fp32 (see effective_precision).
        "precision": "bf16" if trainer.args.bf16 else "fp16" if trainer.args.fp16 else "fp32",
    }


def finish_model(model: Any) -> PreTrainedModel:
    """Fold LoRA adapters into the weights so every stage hands on a plain model."""
    if isinstance(model, PeftModel):
        return model.merge_and_unload()
    return model


def param_counts(model: Any) -> dict[str, int]:
    total = sum(p.numel() for p in model.parameters())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return {"total_params": total, "trainable_params": trainable}


def has_nan(model: PreTrainedModel) -> bool:
    return any(not torch.isfinite(p).all() for p in model.parameters())


def finite_or_none(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def drop_dir(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def load_for_eval(path: Path, device: Device) -> PreTrainedModel:
    """Scoring on CPU runs in fp32 (bf16 matmuls there are slow and noisy); on GPU in the saved dtype."""
    dtype: Any = torch.float32 if device == "cpu" else "auto"
    return AutoModelForCausalLM.from_pretrained(str(path), dtype=dtype, device_map=device)
