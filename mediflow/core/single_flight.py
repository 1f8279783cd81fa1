"""Concurrent calls for one key share one call: N requests that miss a cache together make one read.

Per event loop (an API worker process has one): a later caller for a key whose call is still running
awaits that call's outcome instead of starting its own, like Go's ``singleflight``. Only a result
is shared: when the first call fails or is cancelled, each caller that waited makes its own call (an
error may belong to the first caller alone), and a waiter that is itself cancelled stays cancelled. Nothing is remembered once the call ends: keeping answers is the caller's cache's job.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class SingleFlight(Generic[K, V]):
    def __init__(self) -> None:
        # Futures belong to one loop: a process that runs several (the tests) keeps their calls apart.
        self._calls: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[K, asyncio.Future[V]]] = (
            weakref.WeakKeyDictionary()
        )

    async def do(self, key: K, call: Callable[[], Awaitable[V]]) -> V:
        calls = self._calls.setdefault(asyncio.get_running_loop(), {})
        running = calls.get(key)
        if running is not None:
            try:
                return await asyncio.shield(running)
            except BaseException:
                task = asyncio.current_task()
                if not running.done() or (task is not None and task.cancelling()):
                    raise  # this caller was cancelled, not the call it waited for
            # The first call failed or was cancelled: its error is not handed on (it may be another
            # caller's, e.g. one refused for its project); this caller makes its own call, unshared.
            return await call()
        future: asyncio.Future[V] = asyncio.get_running_loop().create_future()
        calls[key] = future
        try:
            value = await call()
        except asyncio.CancelledError:
            future.cancel()
            raise
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: no "never retrieved" warning when no one else waited
            raise
        else:
            future.set_result(value)
            return value
        finally:
            calls.pop(key, None)
