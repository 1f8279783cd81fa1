"""Every operation once, as a method of both clients: ``Operations`` is the one table, ``Op`` turns a
request builder of ``operations`` into a method that sends it, ``Wait`` into one that polls it.

The same attribute is a plain method on ``Client`` and a coroutine method on ``AsyncClient``; mypy and
IDEs see the builder's own parameters (a ParamSpec) and its answer type, awaited or not.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import time
from collections.abc import Callable, Coroutine
from typing import Any, Generic, ParamSpec, Protocol, TypeVar, overload

from mediflow.client import operations as ops
from mediflow.client.operations import Call
from mediflow.client.transport import Waiting
from mediflow.schemas.evaluations import EvaluationPublic
from mediflow.schemas.exports import ExportPublic
from mediflow.schemas.jobs import GenerationJobPublic
from mediflow.schemas.training import TrainingRunPublic

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
R_co = TypeVar("R_co", covariant=True)
Poll = float | None


class SyncSender:
    """A client whose ``send`` answers at once."""

    def send(self, call: Call[T]) -> T:
        raise NotImplementedError


class AsyncSender:
    """A client whose ``send`` is awaited."""

    async def send(self, call: Call[T]) -> T:
        raise NotImplementedError


class Flavoured:
    """A descriptor holding a sync and an async function of the client; each class gets its own."""

    _sync: Callable[..., Any]
    _async: Callable[..., Any]

    def _bind(self, client: Any, owner: type[Any]) -> Any:
        fn = self._async if issubclass(owner, AsyncSender) else self._sync
        return fn if client is None else fn.__get__(client, owner)


def method_signature(build: Callable[..., Any]) -> inspect.Signature:
    sig = inspect.signature(build)
    client = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    return sig.replace(parameters=[client, *sig.parameters.values()], return_annotation=sig.empty)


class Op(Flavoured, Generic[P, T]):
    """A request builder as a client method: ``client.name(...)`` sends ``build(...)``."""

    def __init__(self, build: Callable[P, Call[T]]) -> None:
        call: Callable[..., Call[T]] = build  # the methods take what the builder takes (P, above)

        @functools.wraps(build)
        def sync(client: SyncSender, /, *args: Any, **kwargs: Any) -> Any:
            return client.send(call(*args, **kwargs))

        @functools.wraps(build)
        async def aio(client: AsyncSender, /, *args: Any, **kwargs: Any) -> Any:
            return await client.send(call(*args, **kwargs))

        for method in (sync, aio):  # help(), IDEs at runtime: the builder's parameters after self
            method.__signature__ = method_signature(build)  # type: ignore[union-attr]
        self._sync, self._async = sync, aio

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Op[P, T]: ...

    @overload
    def __get__(self, client: AsyncSender, owner: type[Any]) -> Callable[P, Coroutine[Any, Any, T]]: ...

    @overload
    def __get__(self, client: SyncSender, owner: type[Any]) -> Callable[P, T]: ...

    def __get__(self, client: Any, owner: type[Any]) -> Any:
        return self._bind(client, owner)


class WaitMethod(Protocol[T_co, R_co]):
    """A bound wait: answers the final resource (``R_co`` = T) or a coroutine of it (async)."""

    def __call__(
        self,
        resource_id: str,
        /,
        *,
        poll_s: float | None = None,
        timeout_s: float | None = None,
        on_update: Callable[[T_co], None] | None = None,
    ) -> R_co: ...


class Wait(Flavoured, Generic[T]):
    """``client.wait_x(id)`` polls ``get(id)`` every ``poll_s`` (default ``every``) until the resource
    reaches a final status of ``kind`` (mediflow.core.statuses.FINAL); TimeoutError past ``timeout_s``."""

    def __init__(self, get: Callable[[str], Call[T]], kind: str, every: float = 1.0) -> None:
        def sync(client: SyncSender, resource_id: str, /, *, poll_s: Poll = None, **how: Any) -> Any:
            waiting = Waiting(kind, **how)
            while not waiting.done(item := client.send(get(resource_id))):
                time.sleep(every if poll_s is None else poll_s)
            return item

        async def aio(client: AsyncSender, resource_id: str, /, *, poll_s: Poll = None, **how: Any) -> Any:
            waiting = Waiting(kind, **how)  # timeout_s, on_update; anything else is a TypeError
            while not waiting.done(item := await client.send(get(resource_id))):
                await asyncio.sleep(every if poll_s is None else poll_s)
            return item

        self._sync, self._async = sync, aio

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Wait[T]: ...

    @overload
    def __get__(self, client: AsyncSender, owner: type[Any]) -> WaitMethod[T, Coroutine[Any, Any, T]]: ...

    @overload
    def __get__(self, client: SyncSender, owner: type[Any]) -> WaitMethod[T, T]: ...

    def __get__(self, client: Any, owner: type[Any]) -> Any:
        return self._bind(client, owner)


class Operations:
    """One attribute per API operation (tests/cli/test_sdk.py holds them against /openapi.json)."""

    # waiting until a resource is final
    wait_job: Wait[GenerationJobPublic] = Wait(ops.get_job, "generation_job")
    wait_export: Wait[ExportPublic] = Wait(ops.get_export, "export")
    wait_run: Wait[TrainingRunPublic] = Wait(ops.get_run, "training_run", every=2.0)
    wait_evaluation: Wait[EvaluationPublic] = Wait(ops.get_evaluation, "evaluation", every=2.0)
    # health, taxonomy, metrics
    healthz = Op(ops.healthz)
    readyz = Op(ops.readyz)
    get_taxonomy = Op(ops.get_taxonomy)
    metrics = Op(ops.metrics)
    # generation jobs
    create_job = Op(ops.create_job)
    estimate_job = Op(ops.estimate_job)
    list_jobs = Op(ops.list_jobs)
    get_job = Op(ops.get_job)
    job_report = Op(ops.job_report)
    cancel_job = Op(ops.cancel_job)
    retry_failed = Op(ops.retry_failed)
    # samples
    list_samples = Op(ops.list_samples)
    get_sample = Op(ops.get_sample)
    # human review
    create_review = Op(ops.create_review)
    get_sample_reviews = Op(ops.get_sample_reviews)
    list_reviews = Op(ops.list_reviews)
    review_queue = Op(ops.review_queue)
    review_summary = Op(ops.review_summary)
    export_reviews = Op(ops.export_reviews)
    # corpora
    create_corpus = Op(ops.create_corpus)
    list_corpora = Op(ops.list_corpora)
    get_corpus = Op(ops.get_corpus)
    update_corpus = Op(ops.update_corpus)
    corpus_phi_report = Op(ops.corpus_phi_report)
    add_documents = Op(ops.add_documents)
    # exports
    create_export = Op(ops.create_export)
    list_exports = Op(ops.list_exports)
    get_export = Op(ops.get_export)
    download_export = Op(ops.download_export)
    # training runs
    create_run = Op(ops.create_run)
    list_runs = Op(ops.list_runs)
    get_run = Op(ops.get_run)
    cancel_run = Op(ops.cancel_run)
    run_logs = Op(ops.run_logs)
    # base models
    import_model = Op(ops.import_model)
    list_models = Op(ops.list_models)
    get_model = Op(ops.get_model)
    # evaluations
    create_evaluation = Op(ops.create_evaluation)
    list_evaluations = Op(ops.list_evaluations)
    get_evaluation = Op(ops.get_evaluation)
    evaluation_report = Op(ops.evaluation_report)
    evaluation_chart = Op(ops.evaluation_chart)
    # API keys (admin)
    create_key = Op(ops.create_key)
    list_keys = Op(ops.list_keys)
    get_key = Op(ops.get_key)
    revoke_key = Op(ops.revoke_key)
