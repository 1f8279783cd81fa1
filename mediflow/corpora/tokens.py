"""A cheap, dependency-free token estimate and the chunker that PIT plans and prompts share.

Words and single punctuation marks approximate subword tokenizers well enough to size prompts, and
the count is a pure function of the text, so it can be stored once at ingest and reused to count
chunks without reading the documents again.
"""

from __future__ import annotations

import itertools
import math
import re

_TOKEN = re.compile(r"\w+|[^\w\s]")


def count_tokens(text: str) -> int:
    return sum(1 for _ in _TOKEN.finditer(text))


def n_chunks(n_tokens: int, chunk_tokens: int) -> int:
    """How many chunks ``chunk_text`` makes of a text with ``n_tokens`` tokens (at least one)."""
    return max(1, math.ceil(n_tokens / chunk_tokens))


def chunk_text(text: str, chunk_tokens: int) -> list[str]:
    """Split ``text`` into consecutive pieces of ``chunk_tokens`` tokens (the last may be shorter)."""
    if chunk_tokens < 1:
        raise ValueError("chunk_tokens must be at least 1")
    starts = [m.start() for i, m in enumerate(_TOKEN.finditer(text)) if i % chunk_tokens == 0]
    if len(starts) <= 1:
        return [text.strip()]
    bounds = [0, *starts[1:], len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(bounds)]
