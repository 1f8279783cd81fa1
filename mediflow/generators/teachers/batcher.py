"""Micro-batching for in-process engines: concurrent ``complete`` calls become one batched call.

Stages call the teacher one request at a time from many concurrent samples; a local engine (vLLM,
transformers) is fastest when it gets them together. Requests arriving within ``max_wait_s`` of the
first, up to ``max_batch``, are handed to ``run_batch`` in a worker thread as one list.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from mediflow.generators.teachers.base import ChatRequest, Completion, TeacherError

BatchFn = Callable[[list[ChatRequest]], list[Completion | TeacherError]]


class MicroBatcher:
    def __init__(self, run_batch: BatchFn, max_batch: int = 64, max_wait_s: float = 0.01) -> None:
        self.run_batch = run_batch
        self.max_batch = max_batch
        self.max_wait_s = max_wait_s
        self._pending: list[tuple[ChatRequest, asyncio.Future[Completion]]] = []
        self._wake: asyncio.Event | None = None
        self._worker: asyncio.Task[None] | None = None
        self.batches: list[int] = []  # sizes of the batches run, for tests and tuning

    async def submit(self, request: ChatRequest) -> Completion:
        loop = asyncio.get_running_loop()
        if self._worker is None or self._worker.done():
            self._wake = asyncio.Event()
            self._worker = loop.create_task(self._run())
        future: asyncio.Future[Completion] = loop.create_future()
        self._pending.append((request, future))
        assert self._wake is not None
        self._wake.set()
        return await future

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            await self._wake.wait()
            self._wake.clear()
            # Let more requests arrive, unless a full batch is already waiting.
            if len(self._pending) < self.max_batch:
                await asyncio.sleep(self.max_wait_s)
            while self._pending:
                batch, self._pending = self._pending[: self.max_batch], self._pending[self.max_batch :]
                self.batches.append(len(batch))
                try:
                    results = await asyncio.to_thread(self.run_batch, [r for r, _ in batch])
                except Exception as exc:  # the engine itself failed: every request in the batch fails
                    err = TeacherError("teacher_error", f"{type(exc).__name__}: {exc}"[:500])
                    results = [err] * len(batch)
                for (_, future), result in zip(batch, results, strict=True):
                    if future.done():
                        continue
                    if isinstance(result, TeacherError):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
