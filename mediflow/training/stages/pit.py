"""Pre-instruction tuning of one expert: stage 1 on task data, then stage 2 on task data + documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datasets import DatasetDict
from pydantic import BaseModel, ConfigDict
from trl import SFTConfig, SFTTrainer

from mediflow.training.data import load_pit_export
from mediflow.training.hf import (
    drop_dir,
    effective_precision,
    finish_model,
    load_dtype,
    load_model,
    load_tokenizer,
    lora_config,
    param_counts,
    save_model,
    train,
    trainer_kwargs,
)
from mediflow.training.recipe import Hyperparameters
from mediflow.training.stages.registry import Stage, StageContext, register_stage


class PitConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    base_model: Path
    export: Path
    stage1: Hyperparameters
    stage2: Hyperparameters


def _phase(
    model: Any, tokenizer: Any, data: DatasetDict, hp: Hyperparameters, phase: str, ctx: StageContext
) -> tuple[dict[str, Any], Any]:
    # Phases may differ in precision; the model follows the phase it is about to train in.
    model = model.to(load_dtype(effective_precision(hp.precision, ctx.device)))
    args = SFTConfig(
        **trainer_kwargs(hp, ctx.work_dir / phase, ctx.device), dataset_text_field="text", packing=False
    )
    trainer = SFTTrainer(
        model=model,
        args=args,
        train_dataset=data["train"].select_columns(["text"]),
        eval_dataset=data["validation"].select_columns(["text"]),
        processing_class=tokenizer,
        peft_config=lora_config(hp),
    )
    metrics = train(trainer, ctx.reporter, phase) | param_counts(trainer.model)
    metrics["eval_loss"] = trainer.evaluate()["eval_loss"]
    return metrics, finish_model(trainer.model)


def run_pit(config: PitConfig, ctx: StageContext) -> dict[str, Any]:
    stage1, stage2 = load_pit_export(config.export)
    tokenizer = load_tokenizer(config.base_model)
    model = load_model(
        config.base_model, effective_precision(config.stage1.precision, ctx.device), ctx.device
    )
    # Stage 2 continues from the stage-1 weights in memory: no round trip through disk.
    metrics1, model = _phase(model, tokenizer, stage1, config.stage1, "stage1", ctx)
    metrics2, model = _phase(model, tokenizer, stage2, config.stage2, "stage2", ctx)
    save_model(model, tokenizer, ctx.model_dir)
    drop_dir(ctx.work_dir)
    return {"stage1": metrics1, "stage2": metrics2, "export": str(config.export)}


STAGE = register_stage(
    Stage("pit", PitConfig, run_pit, description="Two-stage pre-instruction tuning of one domain expert")
)
