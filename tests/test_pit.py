"""PIT task data: pure stages, the chunk x task plan, job validation, and a job run end to end."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from mediflow.core.settings import Settings
from mediflow.corpora.tokens import chunk_text
from mediflow.generators.pit import (
    PitEntitiesStage,
    PitQAStage,
    PitSummaryStage,
    build_pit_plan,
    count_pit_items,
    render_task_text,
)
from mediflow.generators.stages import StageOutputError
from mediflow.storage.db import session_scope
from mediflow.storage.models import Document, GenerationJob, Sample
from mediflow.workers.runner import JobRunner
from tests.support.loopback import LoopbackTeacher, Reply

PASSAGE = "Adults with community-acquired pneumonia should receive amoxicillin 1 g three times daily."
ROW = {"index": 0, "task_type": "pit_qa", "corpus_name": "guidelines", "document": PASSAGE}
LONG_DOC = " ".join(f"Sentence {i} says metformin lowers glucose in type 2 diabetes." for i in range(40))


def test_qa_stage_parses_pairs_and_renders_plain_text() -> None:
    stage = PitQAStage()
    messages = stage.format_input(ROW)
    assert PASSAGE in messages[1]["content"] and "guidelines" in messages[1]["content"]
    reply = '```json\n{"pairs": [{"question": "First-line drug for CAP?", "answer": "Amoxicillin."}, {"question": ""}]}\n```'
    cols = stage.format_output(reply, ROW)
    assert cols["input"] == PASSAGE and cols["instruction"]
    assert json.loads(cols["output"]) == {
        "pairs": [{"question": "First-line drug for CAP?", "answer": "Amoxicillin."}]
    }
    assert (
        render_task_text("pit_qa", cols["output"])
        == "Question: First-line drug for CAP?\nAnswer: Amoxicillin."
    )
    with pytest.raises(StageOutputError) as err:
        stage.format_output('{"pairs": []}', ROW)
    assert err.value.reason == "empty_output"


def test_entities_must_be_copied_from_the_passage() -> None:
    stage = PitEntitiesStage()
    reply = json.dumps(
        {"entities": [{"text": "Amoxicillin", "type": "drug"}, {"text": "warfarin", "type": "drug"}]}
    )
    out = json.loads(stage.format_output(reply, ROW)["output"])
    assert out == {"entities": [{"text": "Amoxicillin", "type": "drug"}]}
    with pytest.raises(StageOutputError) as err:
        stage.format_output('{"entities": [{"text": "warfarin", "type": "drug"}]}', ROW)
    assert err.value.reason == "ungrounded_output"
    assert stage.json_schema(ROW)["properties"]["entities"]["type"] == "array"


def test_summary_refuses_an_empty_reply() -> None:
    assert (
        PitSummaryStage().format_output(
            "Sure, here is the summary:\nUse amoxicillin for CAP in adults.", ROW
        )["output"]
        == "Use amoxicillin for CAP in adults."
    )
    with pytest.raises(StageOutputError):
        PitSummaryStage().format_output("ok", ROW)


def test_plan_is_one_item_per_chunk_and_task_and_honours_the_cap() -> None:
    counts = [(7, 10), (8, 130), (9, 0)]  # 1 + 3 + 1 chunks of 64 tokens
    plan = build_pit_plan(counts, ["qa", "summary"], 64, "guidelines", limit=1000)
    assert len(plan) == count_pit_items(counts, 2, 64) == 10
    assert [p.index for p in plan] == list(range(10))
    assert {(p.document_id, p.chunk_index) for p in plan if p.document_id == 8} == {(8, 0), (8, 1), (8, 2)}
    assert {p.output_format for p in plan if p.task_type == "pit_summary"} == {"plain_text"}
    assert {p.document_type for p in plan} == {"guidelines"}
    assert len(build_pit_plan(counts, ["qa"], 64, "g", limit=3)) == 3


def pit_reply(request: dict[str, Any], call_no: int) -> Reply:
    """Grounded task data for whatever passage the PIT prompt carries."""
    prompt = request["messages"][-1]["content"]
    passage = prompt.split("corpus:\n\n", 1)[1].split("\n\n", 1)[0]
    first = re.findall(r"[A-Za-z]+", passage)[0]
    if "question-answer pairs" in prompt:
        return Reply(
            json.dumps({"pairs": [{"question": f"What does {first} state?", "answer": passage[:40]}]})
        )
    if "named entities" in prompt:
        return Reply(
            json.dumps(
                {"entities": [{"text": first, "type": "other"}, {"text": "zzz-made-up", "type": "drug"}]}
            )
        )
    if "relations" in prompt:
        return Reply('{"relations": []}')  # nothing usable: the row must fail, with a reason
    return Reply(f"Summary of a passage that starts with {first}.")


def test_pit_job_validation(client: TestClient) -> None:
    bad = client.post("/v1/generation-jobs", json={"kind": "pit", "n_samples": 5})
    assert bad.status_code == 422 and "needs a corpus_id" in bad.json()["error"]["message"]
    bad = client.post("/v1/generation-jobs", json={"n_samples": 5, "corpus_id": "x"})
    assert bad.status_code == 422 and "pit jobs only" in bad.json()["error"]["message"]
    bad = client.post("/v1/generation-jobs", json={"kind": "pit", "n_samples": 5, "corpus_id": "nope"})
    assert bad.status_code == 404 and "corpus 'nope' not found" in bad.json()["error"]["message"]
    cid = client.post("/v1/corpora", json={"name": "empty"}).json()["id"]
    bad = client.post("/v1/generation-jobs", json={"kind": "pit", "n_samples": 5, "corpus_id": cid})
    assert bad.status_code == 422 and "no documents" in bad.json()["error"]["message"]
    bad = client.post(
        "/v1/generation-jobs",
        json={"kind": "pit", "n_samples": 5, "corpus_id": cid, "pit": {"tasks": ["qa", "qa"]}},
    )
    assert bad.status_code == 422 and "duplicates" in bad.json()["error"]["message"]


def test_pit_job_runs_end_to_end_with_provenance(client: TestClient, settings: Settings) -> None:
    cid = client.post("/v1/corpora", json={"name": "guidelines"}).json()["id"]
    body = "".join(json.dumps({"text": t}) + "\n" for t in (PASSAGE, LONG_DOC)).encode()
    assert client.post(f"/v1/corpora/{cid}/documents?filename=g.jsonl", content=body).status_code == 201
    with LoopbackTeacher(pit_reply) as teacher:
        spec = {
            "kind": "pit",
            "n_samples": 1000,
            "corpus_id": cid,
            "pit": {"chunk_tokens": 200},
            "teacher": teacher.teacher_spec(concurrency=4),
        }
        job = client.post("/v1/generation-jobs", json=spec).json()
        # PASSAGE is one chunk; LONG_DOC (40 x 12 tokens) makes 3 chunks of 200 tokens; 4 tasks each.
        assert job["counts"]["planned"] == 16
        JobRunner(job["id"], settings).run()
    url = settings.resolved_database_url
    with session_scope(url) as s:
        rows = list(s.scalars(select(Sample).where(Sample.job_id == job["id"]).order_by(Sample.index)))
        docs = {d.id: d.text for d in s.scalars(select(Document))}
        stored = s.get(GenerationJob, job["id"])
        assert stored is not None
        assert (stored.kind, stored.status, stored.n_planned) == ("pit", "completed", 16)
    assert len(rows) == 16
    statuses = Counter(r.status for r in rows)
    # Relations always fail here; the job-wide dedup pass may mark some finished rows as duplicates.
    assert statuses["failed"] == 4 and statuses["done"] + statuses["duplicate"] == 12 and stored.n_done >= 1
    for r in rows:
        assert r.document_id in docs and r.chunk_index is not None and r.input_data == "guidelines"
        assert r.teacher_model == "loopback" and r.prompt_versions and "pit_qa" in r.prompt_versions
        if r.task_type == "pit_relations":
            assert (r.status, r.failed_stage, r.failure_reason) == ("failed", "pit_relations", "empty_output")
            continue
        assert r.status == "done" or (r.status == "duplicate" and r.failure_reason), r.error_detail
        assert r.input == chunk_text(docs[r.document_id], 200)[r.chunk_index]
        assert render_task_text(r.task_type, r.output or "")
    entities = [json.loads(r.output or "") for r in rows if r.task_type == "pit_entities"]
    assert all(len(e["entities"]) == 1 for e in entities)  # the made-up entity was dropped
