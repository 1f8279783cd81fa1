"""Train/validation/test assignment: reproducible from a seed, stratified by task type, and with every
near-duplicate group (or, for PIT, every document) inside one split.

Groups are ordered by (task type, seeded hash) and dealt out by smooth weighted round robin, weighted
by group size: each split's share is exact to within one group overall and within each task type.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from mediflow.exports.neardup import N_BANDS, N_PERM, band_keys, connected_groups, short_signature, signatures


class SplitAssigner:
    """Collect (row id, task type, grouping key) in pass one; ``assign`` then maps row ids to splits."""

    def __init__(self, ratios: Mapping[str, float], seed: int, by_document: bool) -> None:
        self.names = list(ratios)
        self.weights = [ratios[n] for n in self.names]
        self.seed = seed
        self.by_document = by_document
        self._ids = array("q")
        self._strata = array("l")
        self._stratum_codes: dict[str, int] = {}
        self._docs = array("q")
        self._bands: list[np.ndarray] = []
        self._short: list[np.ndarray] = []
        self.row_ids = np.empty(0, dtype=np.int64)
        self.row_splits = np.empty(0, dtype=np.int8)
        self.documents: dict[int, int] = {}  # document id -> split code (PIT)

    def add(self, rows: Iterable[Mapping[str, object]]) -> None:
        texts = []
        for row in rows:
            self._ids.append(int(row["id"]))  # type: ignore[call-overload]
            task = str(row["task_type"])
            self._strata.append(self._stratum_codes.setdefault(task, len(self._stratum_codes)))
            if self.by_document:
                self._docs.append(int(row["document_id"]))  # type: ignore[call-overload]
            else:
                texts.append(_prompt_text(row))
        if texts:
            sig = signatures(texts)
            self._bands.append(band_keys(sig))
            self._short.append(short_signature(sig))

    def assign(self) -> None:
        ids = np.frombuffer(self._ids, dtype=np.int64)
        strata = np.frombuffer(self._strata, dtype=np.int64) if len(self._strata) else np.empty(0, np.int64)
        if self.by_document:
            roots = _first_of_equal(np.frombuffer(self._docs, dtype=np.int64))
        else:
            bands = np.concatenate(self._bands) if self._bands else np.empty((0, N_BANDS), np.uint64)
            short = np.concatenate(self._short) if self._short else np.empty((0, N_PERM), np.uint16)
            self._bands, self._short = [], []
            roots = connected_groups(bands, short)
        group_split = self._deal(ids, strata, roots)
        order = np.argsort(ids, kind="stable")
        self.row_ids = ids[order]
        self.row_splits = group_split[roots][order]
        if self.by_document:
            docs = np.frombuffer(self._docs, dtype=np.int64)
            self.documents = {int(d): int(s) for d, s in zip(docs, group_split[roots], strict=True)}

    def _deal(self, ids: np.ndarray, strata: np.ndarray, roots: np.ndarray) -> np.ndarray:
        """Split code per row index, defined at each group root."""
        unique_roots, sizes = np.unique(roots, return_counts=True)
        with np.errstate(over="ignore"):
            shuffled = (ids[unique_roots].astype(np.uint64) + np.uint64(self.seed)) * np.uint64(
                0x9E3779B97F4A7C15
            )
            shuffled ^= shuffled >> np.uint64(29)
        order = np.lexsort((shuffled, strata[unique_roots]))
        split_of = np.zeros(len(roots), dtype=np.int8)
        credit = [0.0] * len(self.names)
        for g in order:
            size = int(sizes[g])
            for i, w in enumerate(self.weights):
                credit[i] += w * size
            best = max(range(len(credit)), key=credit.__getitem__)
            credit[best] -= size
            split_of[unique_roots[g]] = best
        return split_of

    def splits_of(self, ids: Sequence[int]) -> np.ndarray:
        """Split codes for row ids (-1 for a row that was not seen in pass one)."""
        wanted = np.asarray(ids, dtype=np.int64)
        pos = np.searchsorted(self.row_ids, wanted)
        pos = np.minimum(pos, max(len(self.row_ids) - 1, 0))
        found = (len(self.row_ids) > 0) & (self.row_ids[pos] == wanted)
        return np.where(found, self.row_splits[pos] if len(self.row_ids) else -1, -1)


def _first_of_equal(values: np.ndarray) -> np.ndarray:
    """For each position, the first position holding the same value."""
    _, first, inverse = np.unique(values, return_index=True, return_inverse=True)
    return first[inverse.reshape(-1)]


def _prompt_text(row: Mapping[str, object]) -> str:
    """What near-duplicates are judged on: instruction + input, as the generation-time dedup does.

    (Spelled out rather than imported from ``mediflow.quality.dedup``, which needs datasketch.)
    """
    return f"{row['instruction'] or ''}\n{row['input'] or ''}"
