"""Direct preference optimisation on a ``dpo`` export, full or LoRA."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from trl import DPOConfig, DPOTrainer

from mediflow.training.data import DPO_COLUMNS, load_dpo_export
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


class DpoStageConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    model: Path
    export: Path
    hparams: Hyperparameters
    beta: float = Field(gt=0)


def run_dpo(config: DpoStageConfig, ctx: StageContext) -> dict[str, Any]:
    data = load_dpo_export(config.export)
    hp = config.hparams
    tokenizer = load_tokenizer(config.model)
    model = load_model(config.model, effective_precision(hp.precision, ctx.device), ctx.device)
    # No ref_model: TRL copies the model for full tuning, and disables the adapters for LoRA.
    trainer = DPOTrainer(
        model=model,
        args=DPOConfig(**trainer_kwargs(hp, ctx.work_dir, ctx.device), beta=config.beta),
        train_dataset=data["train"].select_columns(list(DPO_COLUMNS)),
        processing_class=tokenizer,
        peft_config=lora_config(hp),
    )
    metrics = train(trainer, ctx.reporter, "dpo") | param_counts(trainer.model)
    metrics["reward_accuracy"] = _last(trainer.state.log_history, "rewards/accuracies")
    save_model(finish_model(trainer.model), tokenizer, ctx.model_dir)
    drop_dir(ctx.work_dir)
    return metrics | {"tuning": hp.tuning, "beta": config.beta, "export": str(config.export)}


def _last(history: list[dict[str, Any]], key: str) -> float | None:
    values = [h[key] for h in history if key in h]
    return float(values[-1]) if values else None


STAGE = register_stage(Stage("dpo", DpoStageConfig, run_dpo, description="DPO on chosen/rejected pairs"))
