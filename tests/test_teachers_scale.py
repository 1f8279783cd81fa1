"""Teachers at scale against the loopback server: retries, 429 storms, budgets, cache, backends."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mediflow.core import errors
from mediflow.core.settings import Settings
from mediflow.generators.control import AimdLimiter, NoRateLimit
from mediflow.generators.teachers import create_teacher
from mediflow.generators.teachers.base import ChatRequest, TeacherError
from mediflow.generators.teachers.governed import GovernedTeacher
from mediflow.generators.teachers.openai_backend import (
    OpenAITeacher,
    parse_chat_completion,
    structured_output,
)
from mediflow.schemas.jobs import GenerationJobCreate, TeacherSpec
from mediflow.services.generation import submit_job
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.workers.runner import JobRunner
from tests.support.loopback import LoopbackTeacher, Reply
from tests.support.processes import free_port

REQ = ChatRequest(messages=[{"role": "user", "content": "hi"}], max_tokens=32, temperature=0.0)
SCHEMA = {"type": "object", "properties": {"answer": {"type": "string"}}, "required": ["answer"]}


@pytest.fixture
def server() -> Iterator[LoopbackTeacher]:
    with LoopbackTeacher() as srv:
        yield srv


def governed(srv: LoopbackTeacher, retries: int = 4, **kw: Any) -> GovernedTeacher:
    inner = OpenAITeacher(
        "loopback", base_url=srv.base_url, api_key=None, timeout_s=kw.pop("timeout_s", 5), max_retries=0
    )
    from mediflow.generators.control import Backoff

    return GovernedTeacher(
        inner,
        limiter=kw.pop("limiter", AimdLimiter(8, 8)),
        rates=NoRateLimit(),
        max_retries=retries,
        backoff=Backoff(base_s=0.01, max_s=0.05),
        **kw,
    )


async def test_429_storm_with_retry_after_is_ridden_out_and_backs_off(server: LoopbackTeacher) -> None:
    server.responder = lambda req, n: (
        Reply(status=429, headers={"retry-after": "0.1"}) if n <= 6 else Reply("ok")
    )
    limiter = AimdLimiter(8, 8, cooldown_s=0)
    teacher = governed(server, retries=10, limiter=limiter)
    result = await teacher.complete(REQ)
    assert result.text == "ok" and result.attempts == 7
    assert limiter.limit < 8  # halved by the storm, climbing back


async def test_500s_and_timeouts_are_retried_then_reported(server: LoopbackTeacher) -> None:
    server.responder = lambda req, n: Reply(status=500) if n % 2 else Reply("fine")
    assert (await governed(server).complete(REQ)).attempts == 2
    server.responder = lambda req, n: Reply("slow", delay_s=1.0)
    with pytest.raises(TeacherError) as err:
        await governed(server, retries=1, timeout_s=0.2).complete(REQ)
    assert err.value.reason == "teacher_timeout" and err.value.extra["attempts"] == 2


async def test_empty_and_cut_off_replies_are_retried_like_500s(server: LoopbackTeacher) -> None:
    """Transient means retried: an empty or cut-off reply is a passing fault, like a 500."""
    server.responder = lambda req, n: Reply("") if n <= 2 else Reply("a full answer")
    got = await governed(server).complete(REQ)
    assert (got.text, got.attempts, server.calls) == ("a full answer", 3, 3)
    server.responder = lambda req, n: Reply("a full", finish_reason="length") if n <= 5 else Reply("the rest")
    assert (await governed(server).complete(REQ)).text == "the rest"
    server.responder = lambda req, n: Reply("   ")  # empty on every attempt: fails with its reason
    with pytest.raises(TeacherError) as err:
        await governed(server, retries=2).complete(REQ)
    assert err.value.reason == "empty_output" and err.value.extra["attempts"] == 3
    # Cut off on every attempt (the task needs more than max_tokens): kept after the retries, flagged.
    server.responder = lambda req, n: Reply("cut", finish_reason="length")
    got = await governed(server, retries=2).complete(REQ)
    assert (got.text, got.finish_reason, got.attempts) == ("cut", "length", 3)


async def test_a_cut_off_reply_is_retried_as_a_new_draw(server: LoopbackTeacher) -> None:
    """A seeded backend repeats itself: the retry of a cut-off reply must not send the same seed."""
    seen: list[int] = []

    def seeded(req: dict[str, Any], n: int) -> Reply:
        seen.append(req["seed"])
        # Deterministic in the seed, like llama.cpp: seed 11 always rambles until max_tokens.
        return Reply("rambling", finish_reason="length") if req["seed"] == 11 else Reply("done")

    server.responder = seeded
    got = await governed(server).complete(ChatRequest(REQ.messages, 32, 0.7, seed=11))
    assert (got.text, got.attempts) == ("done", 2) and seen[0] == 11 and seen[1] != 11
    seen.clear()  # a 500 is retried unchanged: the server never answered

    def flaky(req: dict[str, Any], n: int) -> Reply:
        seen.append(req["seed"])
        return Reply(status=500) if len(seen) == 1 else Reply("x")

    server.responder = flaky
    await governed(server).complete(ChatRequest(REQ.messages, 32, 0.7, seed=11))
    assert seen == [11, 11]


async def test_permanent_400_fails_at_once(server: LoopbackTeacher) -> None:
    server.responder = lambda req, n: Reply(status=400, error_message="bad")
    with pytest.raises(TeacherError) as err:
        await governed(server, retries=5).complete(REQ)
    assert err.value.reason == "teacher_rejected" and err.value.permanent and server.calls == 1


@pytest.mark.parametrize(
    ("server_kind", "expected"),
    [
        (
            "openai",
            {
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {"name": "answer", "schema": SCHEMA, "strict": False},
                }
            },
        ),
        (
            "azure",
            {
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {"name": "answer", "schema": SCHEMA, "strict": False},
                }
            },
        ),
        ("vllm", {"structured_outputs": {"json": SCHEMA}}),
        ("llamacpp", {"response_format": {"type": "json_object", "schema": SCHEMA}}),
        ("generic", {"response_format": {"type": "json_object"}}),
    ],
)
def test_structured_output_per_server(server_kind: str, expected: dict) -> None:
    assert structured_output(server_kind, SCHEMA) == expected
    assert structured_output(server_kind, {"type": "object"}) == {"response_format": {"type": "json_object"}}


async def test_structured_output_reaches_the_wire(server: LoopbackTeacher) -> None:
    for kind in ("openai", "vllm", "llamacpp"):
        teacher = OpenAITeacher(
            "m", base_url=server.base_url, api_key=None, timeout_s=5, max_retries=0, server=kind
        )
        await teacher.complete(ChatRequest(REQ.messages, 32, 0.0, json_schema=SCHEMA))
    sent = server.requests[-3:]
    assert sent[0]["response_format"]["type"] == "json_schema"
    assert sent[1]["structured_outputs"] == {"json": SCHEMA} and "response_format" not in sent[1]
    assert sent[2]["response_format"] == {"type": "json_object", "schema": SCHEMA}


async def test_refused_connection_is_unreachable_not_a_timeout() -> None:
    # The aiohttp transport reports a refused connection as a timeout; the stored reason must not.
    teacher = OpenAITeacher(
        "m", base_url=f"http://127.0.0.1:{free_port()}/v1", api_key=None, timeout_s=5, max_retries=0
    )
    with pytest.raises(TeacherError) as info:
        await teacher.complete(REQ)
    await teacher.aclose()
    assert info.value.reason == "teacher_unreachable" and not info.value.permanent


def test_chat_completion_parsing() -> None:
    body = {
        "choices": [{"message": {"role": "assistant", "content": "ok"}, "finish_reason": "length"}],
        "usage": {"prompt_tokens": 7, "completion_tokens": 3},
    }
    got = parse_chat_completion(json.dumps(body).encode(), 0.5)
    assert (got.text, got.tokens_in, got.tokens_out, got.finish_reason) == ("ok", 7, 3, "length")
    no_usage = parse_chat_completion(b'{"choices": [{"message": {"content": null}}]}', 0.1)
    assert (no_usage.text, no_usage.tokens_in, no_usage.finish_reason) == ("", 0, None)
    for raw, reason in [
        (b'{"choices": []}', "empty_response"),
        (b"<html>bad gateway</html>", "bad_response"),
        (b"[1, 2]", "bad_response"),
        (b'{"choices": ["text"]}', "bad_response"),
        (b'{"choices": [{"message": {"content": "x"}}], "usage": {"prompt_tokens": "many"}}', "bad_response"),
    ]:
        with pytest.raises(TeacherError) as info:
            parse_chat_completion(raw, 0.1)
        assert info.value.reason == reason, raw


async def test_azure_backend_uses_deployment_and_api_version(server: LoopbackTeacher, tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        azure_endpoint=f"http://127.0.0.1:{server.port}",
        azure_api_key="az-secret",
        egress_private_networks=["127.0.0.0/8"],  # the operator's endpoint is on loopback here
    )
    teacher = create_teacher(TeacherSpec(backend="azure", model="gpt4o-east"), settings)
    assert (await teacher.complete(REQ)).text
    azure = server.requests[-1]["_azure"]
    assert azure["deployment"] == "gpt4o-east" and azure["api-version"] == settings.azure_api_version


# -- jobs: budgets, cache ---------------------------------------------------------------------------


def _job(settings: Settings, srv: LoopbackTeacher, n: int, **extra: Any) -> str:
    teacher = srv.teacher_spec(concurrency=2, **extra.pop("teacher", {}))
    # The judge is on by default; these tests count generation calls, so it stays out.
    spec = GenerationJobCreate.model_validate(
        {"n_samples": n, "teacher": teacher, "quality": {"judge": None}, **extra}
    )
    with session_scope(settings.resolved_database_url) as s:
        return submit_job(s, spec, settings=settings)[0].id


def _state(settings: Settings, job_id: str):  # type: ignore[no-untyped-def]
    with session_scope(settings.resolved_database_url) as s:
        return store.get_job(s, job_id)


def test_token_budget_stops_the_job_cleanly(settings: Settings, server: LoopbackTeacher) -> None:
    job_id = _job(settings, server, 40, budget={"max_tokens": 1500})
    JobRunner(job_id, settings).run()
    job = _state(settings, job_id)
    assert job.status == "budget_exhausted" and job.stop_reason.startswith("budget_exhausted")
    assert 0 < job.n_done < 40
    assert job.n_done + job.n_failed + job.n_cancelled == 40  # the rest is closed with the reason
    # Overshoot is bounded by the calls in flight (concurrency 2, three calls a sample).
    assert job.tokens_in + job.tokens_out < 1500 + 2 * 3 * 400


def test_cost_budget_needs_a_price(settings: Settings, server: LoopbackTeacher) -> None:
    with pytest.raises(errors.InvalidRequestError) as err:
        _job(settings, server, 5, budget={"max_cost": 0.01})
    assert err.value.field == "budget.max_cost"
    priced = settings.model_copy(
        update={"price_table": {"loopback": {"input_per_million": 1000, "output_per_million": 4000}}}
    )
    job_id = _job(priced, server, 30, budget={"max_cost": 0.5})
    JobRunner(job_id, priced).run()
    job = _state(priced, job_id)
    assert job.status == "budget_exhausted" and "cost" in job.stop_reason
    assert job.spec["teacher"]["price"] == {"input_per_million": 1000.0, "output_per_million": 4000.0}


def test_rerun_at_temperature_zero_pays_nothing_twice(settings: Settings, server: LoopbackTeacher) -> None:
    first = _job(settings, server, 6, teacher={"temperature": 0.0}, seed=3)
    JobRunner(first, settings).run()
    calls = server.calls
    assert calls == 18
    second = _job(settings, server, 6, teacher={"temperature": 0.0}, seed=3)
    JobRunner(second, settings).run()
    assert server.calls == calls  # every call answered from the cache
    job = _state(settings, second)
    assert job.n_done == 6 and job.tokens_in == job.tokens_out == 0
    # Sampling at temperature > 0 is not cached unless asked for.
    third = _job(settings, server, 2, seed=3)
    JobRunner(third, settings).run()
    assert server.calls == calls + 6


def test_sharded_job_runs_each_shard_and_finishes_once(settings: Settings, server: LoopbackTeacher) -> None:
    job_id = _job(settings, server, 13, shards=3)
    assert _state(settings, job_id).n_shards == 3
    assert JobRunner(job_id, settings, shard=1).run() == "finished"
    assert _state(settings, job_id).status == "running"
    JobRunner(job_id, settings, shard=0).run()
    JobRunner(job_id, settings, shard=2).run()
    job = _state(settings, job_id)
    assert (job.status, job.n_done) == ("completed", 13)


# -- in-process engines ----------------------------------------------------------------------------


@dataclass
class _FakeOut:
    text: str
    token_ids: list[int]
    finish_reason: str = "stop"


@dataclass
class _FakeRequestOutput:
    prompt_token_ids: list[int]
    outputs: list[_FakeOut] = field(default_factory=list)


def _fake_vllm_module() -> types.ModuleType:
    """Stands in for the vllm package (CUDA-only, not installable here) to test our mapping only."""
    mod = types.ModuleType("vllm")
    sp = types.ModuleType("vllm.sampling_params")

    @dataclass
    class StructuredOutputsParams:
        json: Any = None

    @dataclass
    class SamplingParams:
        max_tokens: int = 16
        temperature: float = 1.0
        top_p: float = 1.0
        seed: int | None = None
        structured_outputs: Any = None

    class LLM:
        def __init__(self, model: str) -> None:
            self.calls: list[tuple[list, list]] = []

        def chat(self, conversations: list, params: list, use_tqdm: bool = True) -> list:
            self.calls.append((conversations, params))
            return [
                _FakeRequestOutput([1] * 7, [_FakeOut(json.dumps({"n": i}), [5, 6, 7])])
                for i, _ in enumerate(conversations)
            ]

    sp.StructuredOutputsParams = StructuredOutputsParams  # type: ignore[attr-defined]
    mod.sampling_params = sp  # type: ignore[attr-defined]
    mod.SamplingParams = SamplingParams  # type: ignore[attr-defined]
    mod.LLM = LLM  # type: ignore[attr-defined]
    return mod


def test_every_backend_passes_top_p_and_seed_only_when_set(tmp_path: Path) -> None:
    """One mapping (ChatRequest.sampling) for the OpenAI body, llama.cpp's kwargs and vLLM's params."""
    from mediflow.generators.teachers.embedded import EmbeddedTeacher

    plain = ChatRequest([{"role": "user", "content": "q"}], 32, 0.2)
    full = ChatRequest([{"role": "user", "content": "q"}], 32, 0.2, top_p=0.9, seed=7)
    remote = OpenAITeacher("m", base_url="http://127.0.0.1:9/v1", api_key=None, timeout_s=1, max_retries=0)
    local = EmbeddedTeacher("m", model_path=tmp_path / "none.gguf", n_ctx=512, n_threads=1)
    assert remote.request_body(plain) == {
        "model": "m",
        "messages": plain.messages,
        "max_tokens": 32,
        "temperature": 0.2,
    }
    assert remote.request_body(full) == {**remote.request_body(plain), "top_p": 0.9, "seed": 7}
    assert "top_p" not in local.request_kwargs(plain) and "seed" not in local.request_kwargs(plain)
    assert local.request_kwargs(full) == {**local.request_kwargs(plain), "top_p": 0.9, "seed": 7}
    assert local.request_kwargs(full)["repeat_penalty"] == 1.1


def test_vllm_backend_is_a_clear_error_when_not_installed(tmp_path: Path) -> None:
    if "vllm" in sys.modules:
        pytest.skip("vllm is installed")
    settings = Settings(data_dir=tmp_path)
    (settings.resolved_models_dir / "x").mkdir(parents=True)
    (settings.resolved_models_dir / "x" / "config.json").write_text("{}")
    with pytest.raises(TeacherError, match="mediflow\\[vllm\\]"):
        create_teacher(TeacherSpec(backend="vllm", model="x"), settings)


async def test_vllm_request_and_response_mapping_with_micro_batching(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    from mediflow.generators.teachers import vllm_backend

    fake = _fake_vllm_module()
    monkeypatch.setitem(sys.modules, "vllm", fake)
    llm = fake.LLM("m")
    teacher = vllm_backend.VllmTeacher("m", llm=llm)
    reqs = [
        ChatRequest(
            [{"role": "user", "content": f"q{i}"}],
            64,
            0.3,
            top_p=0.9,
            seed=i,
            json_schema=SCHEMA if i % 2 else None,
        )
        for i in range(5)
    ]
    results = await asyncio.gather(*(teacher.complete(r) for r in reqs))
    assert len(llm.calls) == 1  # five concurrent stage calls became one engine call
    convs, params = llm.calls[0]
    assert convs == [r.messages for r in reqs]
    assert (
        [p.seed for p in params] == [0, 1, 2, 3, 4] and params[0].top_p == 0.9 and params[0].max_tokens == 64
    )
    assert params[0].structured_outputs is None and params[1].structured_outputs.json == SCHEMA
    assert [(c.tokens_in, c.tokens_out, c.finish_reason) for c in results] == [(7, 3, "stop")] * 5


async def test_transformers_backend_batches_a_local_model(tmp_path: Path) -> None:
    import asyncio

    from mediflow.generators.teachers.transformers_backend import TransformersTeacher
    from tests.support.training import build_tiny_llama

    model_dir = build_tiny_llama(tmp_path / "tiny", seed=0)
    teacher = TransformersTeacher(model_dir, device="cpu")
    reqs = [
        ChatRequest([{"role": "user", "content": f"note {i}"}], 8, 0.0 if i < 3 else 0.8, seed=1)
        for i in range(4)
    ]
    results = await asyncio.gather(*(teacher.complete(r) for r in reqs))
    assert teacher._batcher.batches == [4]
    assert all(c.tokens_in > 0 and 0 < c.tokens_out <= 8 for c in results)
    greedy = await teacher.complete(reqs[0])
    assert greedy.text == results[0].text  # greedy decoding is deterministic


def test_transformers_backend_needs_a_local_directory(tmp_path: Path) -> None:
    # One message whatever is there: it must not tell a caller which paths exist on the host.
    for model in (str(tmp_path / "nope"), "/etc", "../../etc", "nope"):
        with pytest.raises(TeacherError, match="only model directories") as err:
            create_teacher(TeacherSpec(backend="transformers", model=model), Settings(data_dir=tmp_path))
        assert "/etc" not in str(err.value) and str(tmp_path) not in str(err.value)
