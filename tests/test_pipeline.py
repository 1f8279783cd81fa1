"""The pipeline against a real HTTP server speaking the OpenAI protocol, with scripted answers."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from mediflow.generators.pipeline import Pipeline, Sampling
from mediflow.generators.plan import PlanItem
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.generators.teachers.openai_backend import OpenAITeacher
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply

JSON_ITEM = PlanItem(0, "question_answering", "radiology_chest_xray", 4, "json")
TEXT_ITEM = PlanItem(1, "summarization", "radiology_chest_xray", 2, "plain_text")


@pytest.fixture
def server() -> Iterator[LoopbackTeacher]:
    with LoopbackTeacher() as srv:
        yield srv


def _pipeline(srv: LoopbackTeacher, retries: int = 0) -> Pipeline:
    teacher = OpenAITeacher("loopback", base_url=srv.base_url, api_key=None, timeout_s=5, max_retries=retries)
    return Pipeline(teacher, default_taxonomy(), Sampling(temperature=0.0, max_tokens=512, seed=9))


async def test_three_stages_in_order_with_usage_and_provenance(server: LoopbackTeacher) -> None:
    result = await _pipeline(server).run(JSON_ITEM)
    assert result.status == "done", result
    assert set(result.columns) == {"input", "instruction", "output"}
    assert result.columns["input"].startswith("CHEST X-RAY")
    assert set(json.loads(result.columns["output"])) == {"answer", "evidence", "answerable"}  # the task shape
    assert result.attempts == 3 and result.tokens_in > 0 and result.tokens_out > 0
    # The instruction prompt carried the generated document; the output prompt the instruction.
    assert result.columns["input"] in server.requests[1]["messages"][1]["content"]
    assert result.columns["instruction"] in server.requests[2]["messages"][1]["content"]
    # JSON mode was asked for the json output stage only.
    assert [("response_format" in r) for r in server.requests] == [False, False, True]
    assert len({r["seed"] for r in server.requests}) == 3


async def test_invalid_json_is_repaired_once(server: LoopbackTeacher) -> None:
    good = {"answer": "RLL pneumonia", "evidence": ["consolidation"], "answerable": True}
    answers = iter(["{not json", json.dumps(good)])

    def responder(req: dict, n: int) -> Reply:
        return Reply(next(answers)) if req.get("response_format") else clinical_reply(req, n)

    server.responder = responder
    result = await _pipeline(server).run(JSON_ITEM)
    assert result.status == "done" and json.loads(result.columns["output"]) == good
    assert result.attempts == 4
    repair = server.requests[-1]["messages"]
    assert (
        repair[-2] == {"role": "assistant", "content": "{not json"}
        and "not a valid JSON" in repair[-1]["content"]
    )


async def test_invalid_json_twice_fails_with_reason(server: LoopbackTeacher) -> None:
    server.responder = lambda req, n: (
        Reply("never json") if req.get("response_format") else clinical_reply(req, n)
    )
    result = await _pipeline(server).run(JSON_ITEM)
    assert (result.status, result.failed_stage, result.failure_reason) == ("failed", "output", "invalid_json")
    assert result.attempts == 4 and result.error_detail


async def test_server_error_fails_the_sample_with_stage_and_reason(server: LoopbackTeacher) -> None:
    server.responder = lambda req, n: (
        Reply(status=500, error_message="boom") if n >= 2 else clinical_reply(req, n)
    )
    result = await _pipeline(server).run(TEXT_ITEM)
    assert (result.status, result.failed_stage, result.failure_reason) == (
        "failed",
        "instruction",
        "teacher_error",
    )
    assert "boom" in (result.error_detail or "")
    assert "input" in result.columns  # what was produced before the failure is kept


async def test_transient_errors_are_retried_by_the_client(server: LoopbackTeacher) -> None:
    server.responder = lambda req, n: (
        Reply(status=503, headers={"retry-after": "0"}) if n == 1 else clinical_reply(req, n)
    )
    result = await _pipeline(server, retries=2).run(TEXT_ITEM)
    assert result.status == "done" and server.calls == 4


async def test_permanent_400_is_not_retried(server: LoopbackTeacher) -> None:
    server.responder = lambda req, n: Reply(status=400, error_message="bad request: context too long")
    result = await _pipeline(server, retries=3).run(TEXT_ITEM)
    assert (result.failed_stage, result.failure_reason) == ("document", "teacher_rejected")
    assert server.calls == 1


async def test_timeout_is_a_failure_reason(server: LoopbackTeacher) -> None:
    server.responder = lambda req, n: Reply("late", delay_s=2.0)
    teacher = OpenAITeacher("loopback", base_url=server.base_url, api_key=None, timeout_s=0.3, max_retries=0)
    result = await Pipeline(teacher, default_taxonomy(), Sampling(0.0, 256)).run(TEXT_ITEM)
    assert result.failure_reason == "teacher_timeout"
