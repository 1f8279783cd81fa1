"""Training for ``phi_model``: an averaged multiclass perceptron over the candidate tokens of labelled notes.

Deterministic: the vocabulary is kept in first-seen order, notes are shuffled with ``random.Random(seed)``
and ties go to the lowest label ("O"). ``bench.phi_train`` runs it on the planted sets.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from mediflow.quality.phi_model import LABELS, PhiTagger, note_features, tokenize
from mediflow.quality.phi_types import PhiType

__all__ = ["LabelledNote", "encode", "train"]

_LABEL_ID = {label: i for i, label in enumerate(LABELS)}


@dataclass(frozen=True, slots=True)
class LabelledNote:
    """A note and its gold identifier spans (type, start, end)."""

    text: str
    spans: tuple[tuple[PhiType, int, int], ...]


def encode(note: LabelledNote) -> list[tuple[list[str], int]]:
    """(features, gold label id) for every candidate token; a token overlapping a gold span takes its type."""
    tokens = tokenize(note.text)
    out = []
    for i, feats in note_features(tokens):
        token = tokens[i]
        label = 0
        for phi_type, start, end in note.spans:
            if token.start < end and start < token.end:
                label = _LABEL_ID[phi_type.value]
                break
        out.append((feats, label))
    return out


def train(
    notes: Iterable[LabelledNote],
    *,
    epochs: int = 6,
    seed: int = 0,
    min_count: int = 2,
    thresholds: Mapping[str, float] | None = None,
    vetoes: Mapping[PhiType, float] | None = None,
    relabels: Mapping[tuple[PhiType, PhiType], float] | None = None,
) -> PhiTagger:
    """An averaged perceptron; features seen fewer than ``min_count`` times are left out."""
    encoded = [encode(note) for note in notes]
    counts = Counter(f for note in encoded for feats, _ in note for f in feats)
    vocab = [f for f, n in counts.items() if n >= min_count]  # Counter keeps first-seen order
    index = {f: i for i, f in enumerate(vocab)}
    data: list[list[tuple[np.ndarray, int]]] = [
        [(np.array([index[f] for f in feats if f in index], dtype=np.int64), label) for feats, label in note]
        for note in encoded
    ]
    weights = np.zeros((len(vocab), len(LABELS)), dtype=np.float64)
    totals = np.zeros_like(weights)  # sum over steps of each update times its step: for the average
    step = 1
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for n in order:
            for ids, gold in data[n]:
                guess = int(weights[ids].sum(axis=0).argmax()) if len(ids) else 0
                if guess != gold:
                    weights[ids, gold] += 1.0
                    weights[ids, guess] -= 1.0
                    totals[ids, gold] += step
                    totals[ids, guess] -= step
                step += 1
    averaged = weights - totals / step
    keep = np.abs(averaged).max(axis=1) > 1e-3
    return PhiTagger(
        [f for f, kept in zip(vocab, keep.tolist(), strict=True) if kept],
        averaged[keep],
        thresholds,
        vetoes,
        relabels,
    )
