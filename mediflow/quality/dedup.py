"""Exact and near-duplicate detection over a sample's instruction + input, first-seen row wins.

Text is normalised (Unicode NFKC, lowercase, whitespace collapsed). Exact duplicates share the sha256
of that text. Near duplicates are found with MinHash LSH over word 3-gram shingles, then confirmed
with the MinHash Jaccard estimate, because LSH alone only yields candidates.

Why word 3-grams: clinical notes of one document type share long boilerplate (section headings,
"no acute distress"), so character shingles or single words rate two different notes of the same
template as near-identical. A word 3-gram changes when any finding, value or dose in it changes, so
different findings lower the Jaccard quickly, while a few edited words only touch ~3 shingles each.
Punctuation stays attached to words, so "120/80" and "12/80" differ.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
from datasketch.lsh import _optimal_param
from pydantic import BaseModel, ConfigDict, Field

DuplicateKind = Literal["exact", "near"]
_WHITESPACE = re.compile(r"\s+")
# Fixed byte order so a signature written on one machine reads back on any other.
_BYTE_ORDER = "<"
# LSH band weights (false positive, false negative). datasketch's default (0.5, 0.5) makes a pair at
# exactly the threshold a candidate only ~40% of the time (b=9, r=13 for 0.8/128). Every candidate is
# verified with the Jaccard estimate anyway, so we buy recall with cheap extra candidates:
# (0.05, 0.95) gives b=16, r=8, ~95% recall at 0.8 and ~99% at 0.85.
_LSH_WEIGHTS = (0.05, 0.95)
# Pinned rather than datasketch's default, so stored signatures stay comparable if a release changes
# it; signatures of different schemes (e.g. pre-2.0 "legacy") cannot be compared.
_SCHEME = "affine32"


class DedupConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    threshold: float = Field(default=0.8, gt=0.0, le=1.0, description="Jaccard similarity for a near dup")
    num_perm: int = Field(default=128, ge=16, le=1024, description="MinHash permutations")
    shingle_words: int = Field(default=3, ge=1, le=10, description="Words per shingle")
    seed: int = Field(default=1, ge=0, description="MinHash seed; signatures only compare under one seed")


def normalise(text: str) -> str:
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()


def sample_text(instruction: str, input_text: str) -> str:
    """The text a sample is deduplicated on.

    Moving words between instruction and input does not make a new sample, so a plain join is fine.
    """
    return f"{instruction}\n{input_text}"


def content_hash(text: str) -> str:
    """sha256 hex of the normalised text: equal for texts differing only in case or whitespace."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = 3) -> set[str]:
    words = normalise(text).split(" ")
    if len(words) <= size:
        return {" ".join(words)}  # short texts are one shingle: they only match themselves
    # zip of the shifted word lists (stopping at the shortest): the n-grams slicing at each offset gave.
    return {" ".join(gram) for gram in zip(*(words[i:] for i in range(size)), strict=False)}


@lru_cache(maxsize=16)
def _permutations(num_perm: int, seed: int) -> np.ndarray:
    """The permutation parameters MinHash draws from its seed: drawing them was ~0.15 ms of each
    ~0.7 ms signature, and they depend on nothing but (num_perm, seed). Read-only, as they are shared."""
    drawn = MinHash(num_perm=num_perm, seed=seed, scheme=_SCHEME).permutations
    drawn.setflags(write=False)
    return drawn


def make_minhash(text: str, config: DedupConfig) -> LeanMinHash:
    minhash = MinHash(
        num_perm=config.num_perm,
        seed=config.seed,
        scheme=_SCHEME,
        permutations=_permutations(config.num_perm, config.seed),
    )
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(text, config.shingle_words))])
    return LeanMinHash(minhash)


def minhash_to_bytes(minhash: LeanMinHash) -> bytes:
    buffer = bytearray(minhash.bytesize(byteorder=_BYTE_ORDER))
    minhash.serialize(buffer, byteorder=_BYTE_ORDER)
    return bytes(buffer)


def minhash_from_bytes(data: bytes) -> LeanMinHash:
    return LeanMinHash.deserialize(data, byteorder=_BYTE_ORDER)


@dataclass(frozen=True)
class Layout:
    """How a MinHash is cut into LSH bands: ``bands`` slices of ``rows`` values each."""

    num_perm: int
    bands: int
    rows: int

    def __str__(self) -> str:
        return f"{self.num_perm}:{self.bands}x{self.rows}"

    @classmethod
    def parse(cls, text: str) -> Layout:
        num_perm, shape = text.split(":")
        bands, rows = shape.split("x")
        return cls(int(num_perm), int(bands), int(rows))


@lru_cache(maxsize=64)
def lsh_layout(threshold: float, num_perm: int) -> Layout:
    """The band layout MinHashLSH would pick for this threshold, with our recall-leaning weights."""
    bands, rows = _optimal_param(min(threshold, 0.99), num_perm, *_LSH_WEIGHTS)
    return Layout(num_perm, int(bands), int(rows))


def signature(text: str, config: DedupConfig) -> tuple[str, bytes]:
    """(content hash, packed MinHash) of a sample's text: the CPU-bound part, run in a worker pool."""
    return content_hash(text), minhash_to_bytes(make_minhash(text, config))


def hashvalues(packed: bytes) -> np.ndarray:
    return minhash_from_bytes(packed).hashvalues


def band_keys(values: np.ndarray, layout: Layout, namespace: str) -> list[int]:
    """One signed 64-bit key per band; the namespace (task type) and band number are hashed in.

    Rows collide only in the same band of the same namespace under the same layout, so one indexed
    column holds every band of every task type, and several layouts can index one job side by side.
    """
    if len(values) != layout.num_perm:
        raise ValueError(f"MinHash has {len(values)} values; layout {layout} needs {layout.num_perm}")
    prefix = f"{namespace}\0{layout.rows}\0".encode()
    keys = []
    for band in range(layout.bands):
        chunk = values[band * layout.rows : (band + 1) * layout.rows].astype("<u8").tobytes()
        digest = hashlib.blake2b(prefix + band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def estimate_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass(frozen=True)
class DedupResult:
    is_duplicate: bool
    duplicate_of: Hashable | None
    kind: DuplicateKind | None
    # Estimated Jaccard to the best LSH candidate (1.0 for exact); None when LSH found no candidate.
    similarity: float | None
    content_hash: str
    minhash: bytes  # to store with the row, so later jobs can be seeded without re-hashing


class Deduplicator:
    """An in-memory index of the rows seen so far. Not thread-safe: use one per job worker loop."""

    def __init__(self, config: DedupConfig | None = None) -> None:
        self.config = config or DedupConfig()
        self._lsh = MinHashLSH(
            threshold=self.config.threshold, num_perm=self.config.num_perm, weights=_LSH_WEIGHTS
        )
        self._by_hash: dict[str, Hashable] = {}
        self._minhashes: dict[Hashable, LeanMinHash] = {}
        self._order: dict[Hashable, int] = {}

    def __len__(self) -> int:
        return len(self._minhashes)

    def __contains__(self, row_id: Hashable) -> bool:
        return row_id in self._minhashes

    def seed(self, rows: Iterable[tuple[Hashable, str]]) -> int:
        """Index earlier rows (id, sample_text) as originals, duplicates among them included; returns how many."""
        count = 0
        for row_id, text in rows:
            self._add(row_id, content_hash(text), make_minhash(text, self.config))
            count += 1
        return count

    def seed_stored(self, row_id: Hashable, hash_hex: str, minhash: bytes) -> None:
        """Index an earlier row from its stored ``content_hash`` and ``minhash`` columns."""
        signature = minhash_from_bytes(minhash)
        stored = (len(signature), signature.seed, signature.scheme)
        expected = (self.config.num_perm, self.config.seed, _SCHEME)
        if stored != expected:
            raise ValueError(
                f"stored MinHash of {row_id!r} has (num_perm, seed, scheme)={stored}; this index uses {expected}"
            )
        self._add(row_id, hash_hex, signature)

    def check(self, row_id: Hashable, instruction: str, input_text: str) -> DedupResult:
        """Compare a new row with every indexed row; a row that is not a duplicate is indexed."""
        text = sample_text(instruction, input_text)
        hash_hex = content_hash(text)
        signature = make_minhash(text, self.config)
        result = self._compare(row_id, hash_hex, signature)
        # Duplicates are not indexed: they will be filtered, and chains of near-near matches
        # should not drift away from the original.
        if not result.is_duplicate:
            self._add(row_id, hash_hex, signature)
        return result

    def _compare(self, row_id: Hashable, hash_hex: str, signature: LeanMinHash) -> DedupResult:
        packed = minhash_to_bytes(signature)
        original = self._by_hash.get(hash_hex)
        if original is not None and original != row_id:
            return DedupResult(True, original, "exact", 1.0, hash_hex, packed)
        best = self._best_candidate(row_id, signature)
        if best is not None and best[1] >= self.config.threshold:
            return DedupResult(True, best[0], "near", best[1], hash_hex, packed)
        similarity = best[1] if best is not None else None
        return DedupResult(False, None, None, similarity, hash_hex, packed)

    def _best_candidate(self, row_id: Hashable, signature: LeanMinHash) -> tuple[Hashable, float] | None:
        # A re-checked id (a redelivered task) must not match itself.
        candidates = [c for c in self._lsh.query(signature) if c != row_id]
        if not candidates:
            return None
        scored = [(c, float(signature.jaccard(self._minhashes[c]))) for c in candidates]
        # Most similar first; on a tie the earliest indexed row is the original.
        return min(scored, key=lambda item: (-item[1], self._order[item[0]]))

    def _add(self, row_id: Hashable, hash_hex: str, signature: LeanMinHash) -> None:
        if row_id in self._minhashes:
            return
        self._by_hash.setdefault(hash_hex, row_id)
        self._minhashes[row_id] = signature
        self._order[row_id] = len(self._order)
        self._lsh.insert(row_id, signature, check_duplication=False)
