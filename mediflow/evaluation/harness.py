"""Score one model on a suite: per-task metrics (x100), a task score (their mean) and the average."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from mediflow.evaluation.families import get_family
from mediflow.evaluation.generation import conversation, generate, split_shots
from mediflow.evaluation.suites import Suite


class EvalOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    shots: int = Field(default=0, ge=0, le=8, description="Solved examples per prompt (few-shot)")
    max_items_per_task: int | None = Field(default=None, ge=1)
    max_new_tokens: int = Field(default=128, ge=1, le=4096)
    batch_size: int = Field(default=8, ge=1, le=256)
    max_prompt_tokens: int = Field(default=2048, ge=16)
    seed: int = 0


def score_outputs(suite: Suite, outputs: dict[tuple[str, str], str], shots: int = 0) -> dict[str, Any]:
    """Metrics per task from replies keyed by (task, item id); pure, so tests need no model."""
    tasks: dict[str, Any] = {}
    for name, task in suite.tasks.items():
        _, scored = split_shots(task, shots)
        family = get_family(task.family)
        replies = [outputs.get((name, i.id), "") for i in scored]
        metrics = {k: round(100 * v, 2) for k, v in family.score(scored, replies).items()}
        tasks[name] = {
            "family": task.family,
            "items": len(scored),
            "metrics": metrics,
            "score": round(sum(metrics.values()) / len(metrics), 2),
        }
    scores = [t["score"] for t in tasks.values()]
    return {"tasks": tasks, "average": round(sum(scores) / len(scores), 2) if scores else None}


def evaluate_loaded(model: Any, tokenizer: Any, suite: Suite, options: EvalOptions) -> dict[str, Any]:
    """Generate for every scored item of ``suite`` in one batched pass, then score."""
    suite = suite.subset(options.max_items_per_task, options.seed)
    keys, conversations = [], []
    for name, task in suite.tasks.items():
        family = get_family(task.family)
        shots, scored = split_shots(task, options.shots)
        for item in scored:
            keys.append((name, item.id))
            conversations.append(conversation(family, item, shots))
    started = time.monotonic()
    replies = generate(
        model,
        tokenizer,
        conversations,
        batch_size=options.batch_size,
        max_new_tokens=options.max_new_tokens,
        max_prompt_tokens=options.max_prompt_tokens,
    )
    elapsed = time.monotonic() - started
    result = score_outputs(suite, dict(zip(keys, replies, strict=True)), options.shots)
    return result | {
        "suite": suite.name,
        "scored_items": len(keys),
        "elapsed_s": round(elapsed, 2),
        "items_per_s": round(len(keys) / elapsed, 3) if elapsed > 0 else None,
        "predictions": [{"task": t, "id": i, "output": r} for (t, i), r in zip(keys, replies, strict=True)],
    }


def load_model(path: Path, device: str = "cpu") -> tuple[Any, Any]:
    """A saved causal LM and its tokenizer, for inference (fp32 on CPU, the saved dtype on GPU)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dtype: Any = "float32" if device == "cpu" else "auto"
    model = AutoModelForCausalLM.from_pretrained(str(path), dtype=dtype, device_map=device)
    tokenizer = AutoTokenizer.from_pretrained(str(path))
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer


def evaluate_model(path: Path, suite: Suite, options: EvalOptions, device: str = "cpu") -> dict[str, Any]:
    model, tokenizer = load_model(path, device)
    return evaluate_loaded(model, tokenizer, suite, options) | {"model": str(path)}


def write_result(result: dict[str, Any], out: Path) -> Path:
    """Scores as JSON, predictions beside them as JSONL (they can be large)."""
    out.mkdir(parents=True, exist_ok=True)
    preds = result.get("predictions", [])
    with open(out / "predictions.jsonl", "w", encoding="utf-8") as fh:
        for p in preds:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    summary = {k: v for k, v in result.items() if k != "predictions"}
    (out / "scores.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return out / "scores.json"
