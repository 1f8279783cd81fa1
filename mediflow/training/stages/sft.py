"""Supervised fine-tuning on an ``sft`` export (prompt masked), full or LoRA."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict
from trl import SFTConfig, SFTTrainer

from mediflow.training.data import SFT_COLUMNS, load_sft_export
from mediflow.training.hf import (
    drop_dir,
    effective_precision,
    finish_model,
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


class SftStageConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    model: Path
    export: Path
    hparams: Hyperparameters


def run_sft(config: SftStageConfig, ctx: StageContext) -> dict[str, Any]:
    data = load_sft_export(config.export)
    hp = config.hparams
    tokenizer = load_tokenizer(config.model)
    model = load_model(config.model, effective_precision(hp.precision, ctx.device), ctx.device)
    trainer = SFTTrainer(
        model=model,
        args=SFTConfig(**trainer_kwargs(hp, ctx.work_dir, ctx.device)),
        train_dataset=data["train"].select_columns(list(SFT_COLUMNS)),
        processing_class=tokenizer,
        peft_config=lora_config(hp),
    )
    metrics = train(trainer, ctx.reporter, "sft") | param_counts(trainer.model)
    save_model(finish_model(trainer.model), tokenizer, ctx.model_dir)
    drop_dir(ctx.work_dir)
    return metrics | {"tuning": hp.tuning, "export": str(config.export)}


STAGE = register_stage(Stage("sft", SftStageConfig, run_sft, description="SFT on prompt/completion data"))
