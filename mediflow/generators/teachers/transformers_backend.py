"""Any local Hugging Face model directory as a teacher (CPU or GPU), with batched generation.

This is also how a trained student serves as a teacher, or produces the weaker answers used as
rejected outputs. Models load only from local paths: nothing is downloaded.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediflow.generators.teachers import register
from mediflow.generators.teachers.base import ChatRequest, Completion, Teacher, TeacherError
from mediflow.generators.teachers.batcher import MicroBatcher
from mediflow.generators.teachers.local import hub_offline, local_model_dir

if TYPE_CHECKING:
    from mediflow.core.settings import Settings
    from mediflow.schemas.teacher import TeacherSpec


def _group_key(r: ChatRequest) -> tuple[float, float | None, int]:
    # One generate() call shares its sampling settings, so a batch is split by them.
    return (r.temperature, r.top_p, r.max_tokens)


class TransformersTeacher(Teacher):
    backend = "transformers"

    def __init__(self, model_dir: str | Path, *, device: str | None = None, max_batch: int = 16) -> None:
        path = Path(model_dir)
        if not path.is_dir():
            raise TeacherError(
                "teacher_unavailable", f"model directory {path} does not exist", permanent=True
            )
        super().__init__(path.name)
        self.path = path
        self.device = device
        self._model: Any = None
        self._tokenizer: Any = None
        self._load_lock = threading.Lock()
        self._batcher = MicroBatcher(self.run_batch, max_batch=max_batch, max_wait_s=0.02)

    def _load(self) -> tuple[Any, Any]:
        with self._load_lock:
            if self._model is None:
                import torch
                from transformers import AutoModelForCausalLM, AutoTokenizer

                device = self.device or ("cuda" if torch.cuda.is_available() else "cpu")
                tok = AutoTokenizer.from_pretrained(self.path, local_files_only=True)
                tok.padding_side = "left"  # decoder-only models continue from the right edge
                if tok.pad_token is None:
                    tok.pad_token = tok.eos_token
                dtype = torch.bfloat16 if device == "cuda" else torch.float32
                model = AutoModelForCausalLM.from_pretrained(self.path, local_files_only=True, dtype=dtype)
                model.to(device)  # type: ignore[arg-type]  # transformers' stubs type .to() oddly
                self._model, self._tokenizer, self.device = model.eval(), tok, device
            return self._model, self._tokenizer

    def run_batch(self, requests: list[ChatRequest]) -> list[Completion | TeacherError]:
        results: list[Completion | TeacherError | None] = [None] * len(requests)
        groups: dict[tuple[float, float | None, int], list[int]] = defaultdict(list)
        for i, r in enumerate(requests):
            groups[_group_key(r)].append(i)
        for idxs in groups.values():
            for i, res in zip(idxs, self._generate([requests[i] for i in idxs]), strict=True):
                results[i] = res
        return [r for r in results if r is not None]

    def _generate(self, requests: list[ChatRequest]) -> list[Completion | TeacherError]:
        import torch

        model, tok = self._load()
        first = requests[0]
        prompts = [
            tok.apply_chat_template(r.messages, tokenize=False, add_generation_prompt=True) for r in requests
        ]
        enc = tok(prompts, return_tensors="pt", padding=True).to(self.device)
        gen_kwargs: dict[str, Any] = {"max_new_tokens": first.max_tokens, "pad_token_id": tok.pad_token_id}
        if first.temperature > 0:
            gen_kwargs.update(do_sample=True, temperature=first.temperature, top_p=first.top_p or 1.0)
            if first.seed is not None:
                torch.manual_seed(first.seed)
        else:
            gen_kwargs["do_sample"] = False
        start = time.perf_counter()
        with torch.no_grad():
            out = model.generate(**enc, **gen_kwargs)
        latency = time.perf_counter() - start
        width = enc["input_ids"].shape[1]
        completions: list[Completion | TeacherError] = []
        for row, mask in zip(out, enc["attention_mask"], strict=True):
            new = row[width:]
            n_out = int((new != tok.pad_token_id).sum())
            text = tok.decode(new, skip_special_tokens=True)
            finish = "length" if n_out >= first.max_tokens else "stop"
            completions.append(Completion(text, int(mask.sum()), n_out, latency, finish))
        return completions

    async def complete(self, request: ChatRequest) -> Completion:
        return await self._batcher.submit(request)


@register("transformers")
def _factory(spec: TeacherSpec, settings: Settings) -> Teacher:
    hub_offline(settings)
    return TransformersTeacher(local_model_dir(spec.model, settings, "transformers"))
