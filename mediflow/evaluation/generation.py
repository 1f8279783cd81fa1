"""Prompted, batched, greedy generation through the model's own chat template.

torch is used through the model object only (imported lazily), so importing the harness stays light.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from mediflow.evaluation.families import Family, Item
from mediflow.evaluation.suites import Task

Messages = list[dict[str, str]]


def conversation(family: Family[Any], item: Item, shots: Sequence[Item] = ()) -> Messages:
    """System prompt, then k solved examples as user/assistant turns, then the item (as CLUE does)."""
    messages = [{"role": "system", "content": family.system}]
    for shot in shots:
        messages += [
            {"role": "user", "content": family.prompt(shot)},
            {"role": "assistant", "content": family.reference_reply(shot)},
        ]
    messages.append({"role": "user", "content": family.prompt(item)})
    return messages


def split_shots(task: Task, shots: int, seed: int = 1) -> tuple[list[Item], list[Item]]:
    """(shot items, scored items): the first ``shots`` of a seeded shuffle serve as examples only."""
    if shots <= 0:
        return [], list(task.items)
    items = list(task.items)
    random.Random(seed).shuffle(items)
    return items[:shots], items[shots:]


def render(tokenizer: Any, messages: Messages) -> str:
    if getattr(tokenizer, "chat_template", None):
        text: str = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        return text
    # A model without a template: plain turns, so a base model still gets a readable prompt.
    turns = "".join(f"{m['role']}: {m['content']}\n" for m in messages)
    return turns + "assistant:"


def generate(
    model: Any,
    tokenizer: Any,
    conversations: Sequence[Messages],
    *,
    batch_size: int = 8,
    max_new_tokens: int = 128,
    max_prompt_tokens: int = 2048,
) -> list[str]:
    """Greedy replies, batched by prompt length (left padding) and returned in input order."""
    import torch

    texts = [render(tokenizer, c) for c in conversations]
    encoded = [
        tokenizer(t, add_special_tokens=False)["input_ids"][-max_prompt_tokens:] for t in texts
    ]  # keep the end: the question and the generation prompt sit there
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    replies: list[str] = [""] * len(encoded)
    model.eval()
    with torch.no_grad():
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            width = max(len(encoded[i]) for i in chunk)
            ids = [[pad] * (width - len(encoded[i])) + encoded[i] for i in chunk]
            mask = [[0] * (width - len(encoded[i])) + [1] * len(encoded[i]) for i in chunk]
            out = model.generate(
                input_ids=torch.tensor(ids, device=model.device),
                attention_mask=torch.tensor(mask, device=model.device),
                max_new_tokens=max_new_tokens,
                do_sample=False,
                pad_token_id=pad,
            )
            for row, index in enumerate(chunk):
                replies[index] = tokenizer.decode(out[row, width:], skip_special_tokens=True).strip()
    return replies
