"""Validation loss / perplexity and greedy samples, used by the evaluate and slerp stages.

Scoring mirrors training: text rows are scored on every token (as in PIT), conversational rows on the
completion only (as TRL's prompt-completion SFT does), so the numbers compare across stages.
"""

from __future__ import annotations

import math
from typing import Any

import torch
from datasets import Dataset

IGNORE = -100


def _encode_text(tokenizer: Any, text: str, max_length: int) -> tuple[list[int], list[int]]:
    ids = tokenizer(text, add_special_tokens=True)["input_ids"]
    if tokenizer.eos_token_id is not None:
        ids = [*ids, tokenizer.eos_token_id]
    ids = ids[:max_length]
    return ids, list(ids)


def _chat_ids(tokenizer: Any, messages: list[dict[str, str]], add_generation_prompt: bool) -> list[int]:
    out = tokenizer.apply_chat_template(messages, tokenize=True, add_generation_prompt=add_generation_prompt)
    # transformers 5 may return a BatchEncoding for tokenize=True; older versions a list.
    ids = out["input_ids"] if hasattr(out, "keys") else out
    return list(ids)


def _encode_chat(tokenizer: Any, row: dict[str, Any], max_length: int) -> tuple[list[int], list[int]]:
    prompt_ids = _chat_ids(tokenizer, row["prompt"], add_generation_prompt=True)
    full_ids = _chat_ids(tokenizer, row["prompt"] + row["completion"], add_generation_prompt=False)
    labels = [IGNORE] * len(prompt_ids) + full_ids[len(prompt_ids) :]
    return full_ids[:max_length], labels[:max_length]


def encode_row(tokenizer: Any, row: dict[str, Any], max_length: int) -> tuple[list[int], list[int]]:
    """(input_ids, labels) for a ``text`` row or a ``prompt``/``completion`` row."""
    if "text" in row:
        return _encode_text(tokenizer, row["text"], max_length)
    return _encode_chat(tokenizer, row, max_length)


def _batch(encoded: list[tuple[list[int], list[int]]], pad_id: int) -> dict[str, torch.Tensor]:
    width = max(len(ids) for ids, _ in encoded)
    ids = [x + [pad_id] * (width - len(x)) for x, _ in encoded]
    labels = [y + [IGNORE] * (width - len(y)) for _, y in encoded]
    mask = [[1] * len(x) + [0] * (width - len(x)) for x, _ in encoded]
    return {
        "input_ids": torch.tensor(ids),
        "labels": torch.tensor(labels),
        "attention_mask": torch.tensor(mask),
    }


@torch.no_grad()
def dataset_loss(
    model: Any, tokenizer: Any, rows: Dataset, *, max_length: int, batch_size: int
) -> dict[str, Any]:
    """Token-weighted mean loss over ``rows`` and its perplexity."""
    model.eval()
    encoded = [encode_row(tokenizer, row, max_length) for row in rows]
    encoded = [e for e in encoded if sum(label != IGNORE for label in e[1][1:]) > 0]
    total, tokens = 0.0, 0
    for start in range(0, len(encoded), batch_size):
        batch = {
            k: v.to(model.device)
            for k, v in _batch(encoded[start : start + batch_size], tokenizer.pad_token_id).items()
        }
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits.float()
        shift_logits, shift_labels = logits[:, :-1], batch["labels"][:, 1:]
        loss = torch.nn.functional.cross_entropy(
            shift_logits.reshape(-1, shift_logits.size(-1)),
            shift_labels.reshape(-1),
            ignore_index=IGNORE,
            reduction="sum",
        )
        total += float(loss)
        tokens += int((shift_labels != IGNORE).sum())
    mean = total / tokens if tokens else float("nan")
    return {"loss": mean, "perplexity": _safe_exp(mean), "tokens": tokens, "rows": len(encoded)}


def _safe_exp(x: float) -> float:
    return math.exp(x) if math.isfinite(x) and x < 700 else float("inf")


@torch.no_grad()
def greedy_samples(
    model: Any, tokenizer: Any, rows: Dataset, *, count: int, max_new_tokens: int
) -> list[dict[str, str]]:
    """Greedy continuations for the first ``count`` rows: a quick look at what the model now says."""
    model.eval()
    samples = []
    for row in rows.select(range(min(count, len(rows)))):
        if "text" in row:
            prompt = " ".join(row["text"].split()[:12])  # the opening of a PIT text
            ids = tokenizer(prompt, return_tensors="pt")["input_ids"]
        else:
            prompt = row["prompt"][-1]["content"]
            ids = torch.tensor([_chat_ids(tokenizer, row["prompt"], add_generation_prompt=True)])
        out = model.generate(
            ids.to(model.device),
            attention_mask=torch.ones_like(ids).to(model.device),
            max_new_tokens=max_new_tokens,
            do_sample=False,
            pad_token_id=tokenizer.pad_token_id,
        )
        samples.append(
            {"prompt": prompt, "output": tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True)}
        )
    return samples
