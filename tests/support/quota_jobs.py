"""Quota and shared-document jobs on the loopback teacher, for the generation and console tests.

The scripted replies recover each request's sample index from the seed the pipeline sends (job seed,
sample index, stage), so a test decides what a given row gets.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from mediflow.core.settings import Settings
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services.generation import submit_job
from mediflow.storage.db import session_scope
from mediflow.storage.models import GenerationJob, Sample
from mediflow.workers.runner import JobRunner
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply

TAX = default_taxonomy()
SEED = 3


def text_of(req: dict[str, Any]) -> str:
    return " ".join(str(m.get("content", "")) for m in req["messages"])


def stage_of(req: dict[str, Any]) -> str:
    text = text_of(req)
    if "Write one instruction" in text:
        return "instruction"
    if "Answer format:" in text:
        return "output"
    return "document"


def index_of(req: dict[str, Any]) -> int:
    """The sample index behind a generation call (Pipeline._request: seed*1_000_003 + index*31 + n)."""
    return (int(req["seed"]) - SEED * 1_000_003) // 31


def quota_spec(srv: LoopbackTeacher, **extra: Any) -> GenerationJobCreate:
    body: dict[str, Any] = {
        "task_types": ["summarization"],
        "output_formats": ["plain_text"],
        "teacher": srv.teacher_spec(concurrency=4),
        "seed": SEED,
        "quality": {"judge": None},
    }
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(body.get(key), dict):
            body[key] = {**body[key], **value}
        else:
            body[key] = value
    return GenerationJobCreate.model_validate(body)


def run_job(settings: Settings, spec: GenerationJobCreate) -> tuple[GenerationJob, list[Sample]]:
    with session_scope(settings.resolved_database_url) as s:
        job_id = submit_job(s, spec, settings=settings)[0].id
    for shard in range(spec.shards or 1):
        assert JobRunner(job_id, settings, shard=shard).run() == "finished"
    with session_scope(settings.resolved_database_url) as s:
        job = s.get(GenerationJob, job_id)
        assert job is not None
        s.expunge(job)
        rows = list(s.scalars(select(Sample).where(Sample.job_id == job_id).order_by(Sample.index)))
        for r in rows:
            s.expunge(r)
        return job, rows


def varied_instructions(req: dict[str, Any], n: int) -> Reply:
    """Like clinical_reply, but each row gets an instruction of its own (dedup keeps them apart)."""
    if stage_of(req) == "instruction":
        words = ["medications", "imaging", "follow-up", "allergies", "labs", "procedures", "vitals", "plan"]
        i = index_of(req)
        return Reply(f"List the {words[i % 8]} and the {words[(i * 3 + 1) % 8]} of case {i} in the document.")
    return clinical_reply(req, n)


def failing_coding_documents(times: int | None) -> Any:
    """Refuses the first ``times`` clinical-coding documents (all of them when None)."""
    refused = [0]

    def responder(req: dict[str, Any], n: int) -> Reply:
        coding = stage_of(req) == "document" and "Clinical coding" in text_of(req)
        if coding and (times is None or refused[0] < times):
            refused[0] += 1
            return Reply(status=400, error_message="scripted refusal")
        return varied_instructions(req, n)

    return responder
