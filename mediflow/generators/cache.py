"""A content-addressed cache of teacher calls, so a re-run or a resumed job pays nothing twice.

The key is sha256 over everything that determines the answer and whose answer it is: the endpoint
(backend, teacher name, URL), the project (unless the operator shares the cache across projects),
model, messages, sampling parameters (seed included) and the JSON schema. So one client's endpoint can
never answer for another's, nor one project's rows for another project. It is stored in the database
(table teacher_cache), shared by every worker. On by default only at temperature 0.
"""

from __future__ import annotations

import asyncio
import hashlib
import json

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from mediflow.generators.teachers.base import ChatRequest, Completion
from mediflow.storage.db import session_scope
from mediflow.storage.models import TeacherCacheEntry


def cache_key(backend: str, model: str, request: ChatRequest, namespace: str = "") -> str:
    payload = {
        "namespace": namespace,
        "backend": backend,
        "model": model,
        "messages": request.messages,
        "max_tokens": request.max_tokens,
        "temperature": request.temperature,
        "top_p": request.top_p,
        "seed": request.seed,
        "json_schema": request.json_schema,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


class TeacherCache:
    def __init__(self, database_url: str, project_id: str | None = None) -> None:
        self.url = database_url
        self.project_id = project_id  # recorded on the rows it fills; None: shared

    def _get(self, key: str) -> Completion | None:
        with session_scope(self.url) as s:
            entry = s.get(TeacherCacheEntry, key)
            if entry is None:
                return None
            s.execute(
                update(TeacherCacheEntry)
                .where(TeacherCacheEntry.key == key)
                .values(hits=TeacherCacheEntry.hits + 1)
            )
            # A cached answer costs nothing: no tokens are billed again.
            return Completion(entry.text, 0, 0, 0.0, entry.finish_reason, cached=True)

    def _put(self, key: str, model: str, completion: Completion) -> None:
        try:
            with session_scope(self.url) as s:
                s.add(
                    TeacherCacheEntry(
                        key=key,
                        model=model,
                        text=completion.text,
                        tokens_in=completion.tokens_in,
                        tokens_out=completion.tokens_out,
                        finish_reason=completion.finish_reason,
                        hits=0,
                        project_id=self.project_id,
                    )
                )
        except IntegrityError:
            pass  # another worker stored the same answer first

    async def get(self, key: str) -> Completion | None:
        return await asyncio.to_thread(self._get, key)

    async def put(self, key: str, model: str, completion: Completion) -> None:
        await asyncio.to_thread(self._put, key, model, completion)
