"""Near-duplicate groups for split assignment: MinHash, LSH bands, verified edges, connected components.

Rows whose MinHash signatures share a band become candidates; a candidate edge is kept only when the
signatures agree on at least ``VERIFY`` of their values (an estimate of the Jaccard similarity of
word 3-gram sets), so rows that merely share boilerplate do not chain whole templates into one group.
Groups are then the connected components of the kept edges, and a group never straddles two splits.

Memory is bounded per row: 8 band keys (64 bytes) plus 32 signature values cut to 16 bits (64 bytes)
for verification; ~130 MB for a million rows. Signatures are computed a batch at a time in numpy.
"""

from __future__ import annotations

import unicodedata
import zlib
from collections.abc import Sequence

import numpy as np

N_BANDS, BAND_ROWS = 8, 4
N_PERM = N_BANDS * BAND_ROWS
# With 32 values the estimate's spread is ~0.07 near J=0.8: 0.6 keeps true near-duplicates (>= 0.8)
# with ~99.8% probability and drops pairs that share a third of their text.
VERIFY = 0.6
_RNG = np.random.default_rng(20250510)
_A = _RNG.integers(1, 2**63, size=N_PERM, dtype=np.uint64) | np.uint64(1)
_B = _RNG.integers(0, 2**63, size=N_PERM, dtype=np.uint64)
_MIX = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5], dtype=np.uint64
)
_SHINGLE = (np.uint64(0x100000001B3), np.uint64(0x9E3779B1))
_CHUNK = 256  # rows per vectorised step: bounds the (32 x shingles) temporary to a few MB


class _WordHashes(dict[str, int]):
    """crc32 per distinct word, cached: clinical vocabularies are small, hashing every token is not.

    crc32 rather than ``hash()``, which is salted per process: splits must not depend on the process.
    """

    def __missing__(self, word: str) -> int:
        if len(self) > _MAX_CACHED_WORDS:
            self.clear()
        value = self[word] = zlib.crc32(word.encode())
        return value


_MAX_CACHED_WORDS = 500_000
_WORD_HASHES = _WordHashes()


def _shingle_hashes(text: str) -> np.ndarray:
    """Hashes of the word 3-grams (one hash for a text of fewer than 3 words)."""
    tokens = unicodedata.normalize("NFKC", text).lower().split()  # as dedup.normalise, then split
    words = np.array(list(map(_WORD_HASHES.__getitem__, tokens or [""])), dtype=np.uint64)
    with np.errstate(over="ignore"):
        if len(words) < 3:
            return np.array([np.bitwise_xor.reduce(words * _MIX[: len(words)])], dtype=np.uint64)
        return words[:-2] * _SHINGLE[0] + words[1:-1] * _SHINGLE[1] + words[2:]


def signatures(texts: Sequence[str]) -> np.ndarray:
    """MinHash signatures (rows x 32) over word 3-grams; multiply-add hashing wraps mod 2**64."""
    out = np.empty((len(texts), N_PERM), dtype=np.uint64)
    for start in range(0, len(texts), _CHUNK):
        parts = [_shingle_hashes(t) for t in texts[start : start + _CHUNK]]
        offsets = np.cumsum([0, *[len(p) for p in parts[:-1]]])
        with np.errstate(over="ignore"):
            values = _A[:, None] * np.concatenate(parts)[None, :] + _B[:, None]
        out[start : start + len(parts)] = np.minimum.reduceat(values, offsets, axis=1).T
    return out


def band_keys(signature: np.ndarray) -> np.ndarray:
    """(rows x 8) band keys: each band's 4 values mixed into one 64-bit key."""
    with np.errstate(over="ignore"):
        bands = signature.reshape(-1, N_BANDS, BAND_ROWS) * _MIX
    return np.bitwise_xor.reduce(bands, axis=2)


def short_signature(signature: np.ndarray) -> np.ndarray:
    """The top 16 bits of each value: enough to estimate agreement (false match 1/65536)."""
    return (signature >> np.uint64(48)).astype(np.uint16)


def connected_groups(bands: np.ndarray, short: np.ndarray, verify: float = VERIFY) -> np.ndarray:
    """For each row, the smallest row index of its group of verified near-duplicates."""
    n = bands.shape[0]
    rows = np.arange(n, dtype=np.int64)
    sources, targets = [], []
    for b in range(bands.shape[1]):
        inverse = np.unique(bands[:, b], return_inverse=True)[1].reshape(-1)
        first = np.full(int(inverse.max()) + 1 if n else 0, n, dtype=np.int64)
        np.minimum.at(first, inverse, rows)
        partner = first[inverse]  # each row is checked against its bucket's first row
        candidate = partner != rows
        agree = (short[candidate] == short[partner[candidate]]).mean(axis=1) >= verify
        sources.append(rows[candidate][agree])
        targets.append(partner[candidate][agree])
    return _components(n, np.concatenate(sources), np.concatenate(targets))


def _components(n: int, src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """Connected components by min-label propagation with pointer jumping."""
    label = np.arange(n, dtype=np.int64)
    while True:
        before = label.copy()
        np.minimum.at(label, src, label[dst])
        np.minimum.at(label, dst, label[src])
        while not np.array_equal(nxt := label[label], label):
            label = nxt
        if np.array_equal(label, before):
            return label
