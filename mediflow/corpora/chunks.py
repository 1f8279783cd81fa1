"""Chunk text for PIT workers, read from the database on demand with a small per-document cache."""

from __future__ import annotations

import asyncio
from collections import OrderedDict

from mediflow.corpora import store
from mediflow.corpora.tokens import chunk_text
from mediflow.storage.db import session_scope


class ChunkSource:
    """``await source(document_id, chunk_index)``; the tasks of one chunk share one database read."""

    def __init__(self, url: str, chunk_tokens: int, cache_documents: int = 64) -> None:
        self.url = url
        self.chunk_tokens = chunk_tokens
        self.cache_documents = cache_documents
        self._cache: OrderedDict[int, list[str]] = OrderedDict()

    def _fetch(self, document_id: int) -> str:
        with session_scope(self.url) as session:
            return store.document_text(session, document_id)

    async def __call__(self, document_id: int, chunk_index: int) -> str:
        chunks = self._cache.get(document_id)
        if chunks is None:
            chunks = chunk_text(await asyncio.to_thread(self._fetch, document_id), self.chunk_tokens)
            self._cache[document_id] = chunks
            while len(self._cache) > self.cache_documents:
                self._cache.popitem(last=False)
        self._cache.move_to_end(document_id)
        if not 0 <= chunk_index < len(chunks):
            raise IndexError(f"document {document_id} has {len(chunks)} chunks, not {chunk_index + 1}")
        return chunks[chunk_index]
