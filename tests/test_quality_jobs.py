"""Judge, PHI screening, DPO pairs and dedup inside real jobs, against the loopback teacher."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import select

from mediflow.core.settings import Settings
from mediflow.quality.dedup import DedupConfig, sample_text, signature
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services.generation import submit_job
from mediflow.storage import jobs as store
from mediflow.storage.db import session_scope
from mediflow.storage.models import JobReportCache, Sample
from mediflow.workers.runner import JobRunner
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply

# In-process jobs, not storage semantics: one database (PostgreSQL; the worker tests use both).
pytestmark = pytest.mark.db("postgres")

PHI_NOTE = (
    "DISCHARGE SUMMARY\nPatient: John Smith  MRN: 84620917  DOB: 03/14/1962\n"
    "Phone (555) 201-3344. Admitted with community-acquired pneumonia, treated with ceftriaxone 1 g IV daily."
)


def quality_reply(req: dict[str, Any], n: int, *, doc: str | None = None) -> Reply:
    text = " ".join(str(m.get("content", "")) for m in req["messages"])
    if "Review this sample." in text:
        q = 2 if "Task type: Summarization" in text else 5
        return Reply(
            json.dumps(
                {
                    "rationale": "ok",
                    "quality": q,
                    "alignment": 4,
                    "coherence": 4,
                    "realism": 4,
                    "difficulty": 3,
                }
            )
        )
    if "Rewrite the correct answer" in text:
        return Reply("Left lower lobe pneumonia, supported by a pleural effusion.")
    if doc is not None and "Reply with the document text only" in text:
        return Reply(doc)
    return clinical_reply(req, n)


@pytest.fixture
def server() -> Iterator[LoopbackTeacher]:
    with LoopbackTeacher(quality_reply) as srv:
        yield srv


def run_job(settings: Settings, srv: LoopbackTeacher, n: int, quality: dict[str, Any], **extra: Any) -> str:
    spec = GenerationJobCreate.model_validate(
        {
            "n_samples": n,
            "output_formats": ["plain_text"],
            "teacher": srv.teacher_spec(concurrency=4),
            # The judge is on by default; tests about other checks leave it out unless they set it.
            "quality": {"judge": None, **quality},
            **extra,
        }
    )
    with session_scope(settings.resolved_database_url) as s:
        job_id = submit_job(s, spec, settings=settings)[0].id
    assert JobRunner(job_id, settings).run() == "finished"
    return job_id


def rows(settings: Settings, job_id: str) -> list[Sample]:
    with session_scope(settings.resolved_database_url) as s:
        return list(s.scalars(select(Sample).where(Sample.job_id == job_id).order_by(Sample.index)))


def counts_add_up(settings: Settings, job_id: str, status: str = "completed") -> Any:
    with session_scope(settings.resolved_database_url) as s:
        job = store.get_job(s, job_id)
    assert job.status == status
    total = job.n_done + job.n_failed + job.n_filtered + job.n_duplicate + job.n_phi + job.n_cancelled
    assert total == job.n_planned
    return job


def test_judge_filters_below_threshold_and_dpo_pairs_the_top_rows(
    settings: Settings, server: LoopbackTeacher
) -> None:
    quality = {
        "judge": {"k": 3, "thresholds": {"quality": 3}},
        "dpo": {"enabled": True, "min_scores": {"quality": 4}, "error_types": ["factual_error", "omission"]},
        "dedup": {"enabled": False},
    }
    job_id = run_job(settings, server, 8, quality, task_types=["summarization", "question_answering"])
    job = counts_add_up(settings, job_id)
    got = rows(settings, job_id)
    filtered = [r for r in got if r.status == "filtered"]
    kept = [r for r in got if r.status == "done"]
    assert {r.task_type for r in filtered} == {"summarization"} and len(filtered) == 4 == job.n_filtered
    assert all(
        r.failure_reason == "judge_threshold" and r.error_detail == "quality 2.0 < 3.0" for r in filtered
    )
    assert all(r.quality == 2.0 for r in filtered)  # scores are kept on filtered rows too
    for r in kept:
        assert (r.quality, r.alignment, r.coherence, r.realism, r.difficulty) == (5.0, 4.0, 4.0, 4.0, 3.0)
        assert r.checks["judge"]["valid_votes"] == 3 and r.checks["judge"]["stats"]["quality"]["spread"] == 0
        assert r.rejected_output and r.rejected_output != r.output
        assert r.error_type in {"factual_error", "omission"} and r.checks["dpo"]["error_type"] == r.error_type
    assert not any(r.rejected_output for r in filtered)
    assert job.tokens_in > 0


def test_judge_with_too_few_valid_votes_fails_the_sample(settings: Settings, server: LoopbackTeacher) -> None:
    def broken_judge(req: dict[str, Any], n: int) -> Reply:
        text = " ".join(str(m.get("content", "")) for m in req["messages"])
        return Reply('{"quality": 9}') if "Review this sample." in text else clinical_reply(req, n)

    server.responder = broken_judge
    job_id = run_job(settings, server, 2, {"judge": {"k": 3}, "dedup": {"enabled": False}})
    job = counts_add_up(settings, job_id, status="failed")  # every sample failed: the job says so
    assert "every sample failed (2): judge/judge_failed x2" in job.error
    for r in rows(settings, job_id):
        assert (r.status, r.failed_stage, r.failure_reason) == ("failed", "judge", "judge_failed")
        assert r.checks["judge"]["valid_votes"] == 0


@pytest.mark.parametrize("policy", ["flag", "redact", "surrogate", "drop"])
def test_phi_policies(settings: Settings, server: LoopbackTeacher, policy: str) -> None:
    server.responder = lambda req, n: quality_reply(req, n, doc=PHI_NOTE)
    job_id = run_job(settings, server, 3, {"phi": {"policy": policy}, "dedup": {"enabled": False}})
    job = counts_add_up(settings, job_id)
    got = rows(settings, job_id)
    assert all(r.phi_count >= 3 and r.checks["phi"]["counts"].get("MRN") == 1 for r in got)
    if policy == "flag":
        assert job.n_done == 3 and all("John Smith" in (r.input or "") for r in got)
    elif policy == "redact":
        assert job.n_done == 3
        assert all("John Smith" not in (r.input or "") and "[MRN]" in (r.input or "") for r in got)
    elif policy == "surrogate":
        assert job.n_done == 3
        assert all("John Smith" not in (r.input or "") and "84620917" not in (r.input or "") for r in got)
        assert all("Patient: " in (r.input or "") and "[" not in (r.input or "") for r in got)
    else:
        assert job.n_phi == 3 and all(r.status == "phi" and r.failure_reason == "phi" for r in got)


def test_duplicates_are_marked_within_a_job_and_against_earlier_jobs(
    settings: Settings, server: LoopbackTeacher
) -> None:
    same = "CHEST X-RAY\nFindings: right lower lobe consolidation. No effusion.\nImpression: pneumonia."
    server.responder = lambda req, n: quality_reply(req, n, doc=same)  # every sample gets the same text
    first = run_job(settings, server, 4, {}, task_types=["summarization"])
    job = counts_add_up(settings, first)
    got = rows(settings, first)
    assert job.n_done == 1 and job.n_duplicate == 3
    winner = got[0]
    assert winner.status == "done" and winner.content_hash and winner.minhash
    for r in got[1:]:
        assert (r.status, r.duplicate_of, r.failure_reason) == ("duplicate", winner.id, "exact_duplicate")
    second = run_job(
        settings, server, 2, {"dedup": {"against_jobs": [first]}}, task_types=["summarization"], seed=9
    )
    assert all(r.duplicate_of == winner.id for r in rows(settings, second))
    assert counts_add_up(settings, second).n_duplicate == 2


@pytest.mark.parametrize("phi", [{"policy": "redact"}, {"policy": "flag"}, {"enabled": False}], ids=str)
def test_each_kept_row_is_signed_as_stored_and_no_other_row_is(
    settings: Settings, server: LoopbackTeacher, phi: dict[str, Any]
) -> None:
    # With PHI screening on, the signature is made in the same pool trip as the screening, before the
    # judge: it must still describe the stored (redacted) text, and only the rows kept are signed.
    server.responder = lambda req, n: quality_reply(req, n, doc=PHI_NOTE)
    quality = {"phi": phi, "judge": {"k": 1, "thresholds": {"quality": 3}}}
    job_id = run_job(settings, server, 4, quality, task_types=["summarization", "question_answering"])
    got = rows(settings, job_id)
    kept = [r for r in got if r.status == "done"]
    assert len(kept) == 1 and {r.status for r in got} == {"done", "filtered", "duplicate"}
    for r in kept:
        assert ("[MRN]" in (r.input or "")) is (phi.get("policy") == "redact")
        stored = signature(sample_text(r.instruction or "", r.input or ""), DedupConfig())
        assert (r.content_hash, r.minhash) == stored
    assert all(r.content_hash is None and r.minhash is None for r in got if r.status == "filtered")


def test_distinct_samples_are_not_duplicates(settings: Settings, server: LoopbackTeacher) -> None:
    def varied(req: dict[str, Any], n: int) -> Reply:
        text = " ".join(str(m.get("content", "")) for m in req["messages"])
        if "Reply with the document text only" in text:
            return Reply(f"Note {n}: " + " ".join(f"finding{n}_{i}" for i in range(40)))
        return clinical_reply(req, n)

    server.responder = varied
    job = counts_add_up(settings, run_job(settings, server, 5, {}))
    assert (job.n_done, job.n_duplicate) == (5, 0)


def test_report_counts_statuses_cells_scores_phi_and_pairs(
    settings: Settings, server: LoopbackTeacher
) -> None:
    from fastapi.testclient import TestClient

    from mediflow.api.main import create_app
    from tests.support.auth import bearer, make_api_key

    server.responder = lambda req, n: quality_reply(req, n, doc=PHI_NOTE)
    quality = {
        "judge": {"k": 1, "thresholds": {"quality": 3}},
        "dpo": {"enabled": True, "error_types": ["factual_error"]},
        "dedup": {"enabled": False},
    }
    job_id = run_job(settings, server, 6, quality, task_types=["summarization", "question_answering"])
    key = make_api_key(settings.resolved_database_url, "read")
    with TestClient(create_app(settings)) as client:
        report = client.get(f"/v1/generation-jobs/{job_id}/report", headers=bearer(key)).json()
        assert client.get("/v1/generation-jobs/nope/report", headers=bearer(key)).status_code == 404
    assert report["planned"] == 6 == sum(report["statuses"].values())
    assert report["statuses"]["done"] == 3 and report["statuses"]["filtered"] == 3
    assert report["failures"] == [
        {"status": "filtered", "stage": None, "reason": "judge_threshold", "count": 3}
    ]
    by_task = {m["value"]: (m["planned"], m["kept"]) for m in report["by_task_type"]}
    assert by_task == {"summarization": (3, 0), "question_answering": (3, 3)}
    assert sum(c["planned"] for c in report["cells"]) == 6
    assert (
        report["judge"]["quality"]["histogram"] == {"2": 3, "5": 3}
        and report["judge"]["quality"]["mean"] == 3.5
    )
    assert report["phi"]["MRN"] == 6 and report["phi_rows"] == 6  # input of every row (+ nothing else)
    assert report["dpo_pairs"] == {"factual_error": 3}
    assert report["tokens_in"] > 0


def test_phi_screening_can_be_switched_off(settings: Settings, server: LoopbackTeacher) -> None:
    server.responder = lambda req, n: quality_reply(req, n, doc=PHI_NOTE)
    job_id = run_job(
        settings, server, 2, {"phi": {"enabled": False, "policy": "drop"}, "dedup": {"enabled": False}}
    )
    assert counts_add_up(settings, job_id).n_done == 2
    assert all(r.phi_count == 0 and "phi" not in r.checks for r in rows(settings, job_id))


def test_replies_cut_at_max_tokens_are_flagged(settings: Settings, server: LoopbackTeacher) -> None:
    def cut(req: dict[str, Any], n: int) -> Reply:
        reply = clinical_reply(req, n)
        if "Answer format:" in " ".join(str(m.get("content", "")) for m in req["messages"]):
            reply.finish_reason = "length"
        return reply

    server.responder = cut
    job_id = run_job(settings, server, 2, {"dedup": {"enabled": False}})
    assert all(r.status == "done" and r.checks["truncated"] == ["output"] for r in rows(settings, job_id))


def test_phi_in_the_rejection_only_drops_the_pair_not_the_sample(
    settings: Settings, server: LoopbackTeacher
) -> None:
    def leaky_rejection(req: dict[str, Any], n: int) -> Reply:
        text = " ".join(str(m.get("content", "")) for m in req["messages"])
        if "Rewrite the correct answer" in text:
            return Reply("Pneumonia. Call Patient: John Smith, MRN: 84620917, phone (555) 201-3344.")
        return quality_reply(req, n)

    server.responder = leaky_rejection
    quality = {
        "phi": {"policy": "drop"},
        "judge": {"k": 1},
        # Not wrong_format: a plain-text rejection that stays plain text is no format error.
        "dpo": {"enabled": True, "error_types": ["factual_error"]},
        "dedup": {"enabled": False},
    }
    job_id = run_job(settings, server, 2, quality, task_types=["question_answering"])
    assert counts_add_up(settings, job_id).n_done == 2
    for r in rows(settings, job_id):
        assert (r.status, r.rejected_output, r.error_type) == ("done", None, None)
        assert r.checks["dpo"] == {"failed": "phi_in_rejection"} and r.phi_count >= 2


def test_a_sharded_job_keeps_the_same_rows_as_one_shard(settings: Settings, server: LoopbackTeacher) -> None:
    """Shards running at once write in any order; plan order still picks the originals."""

    def grouped(req: dict[str, Any], n: int) -> Reply:
        text = " ".join(str(m.get("content", "")) for m in req["messages"])
        if "Reply with the document text only" in text:
            index = ((req["seed"] - 3 * 1_000_003) % 2**31) // 31  # pipeline._request's per-sample seed
            words = [f"finding{index // 3}_{i}" for i in range(80)]
            if index % 3 == 2:
                words[40] = "unchanged"  # a near copy of the group's first row; the second is exact
            return Reply("CHEST X-RAY\n" + " ".join(words))
        return quality_reply(req, n)

    server.responder = grouped
    outcomes = []
    for shards in (1, 4):
        spec = GenerationJobCreate.model_validate(
            {
                "n_samples": 24,
                "seed": 3,
                "shards": shards,
                "task_types": ["summarization"],
                "output_formats": ["plain_text"],
                "teacher": server.teacher_spec(model="m", concurrency=8),
                "quality": {"judge": None, "phi": {"enabled": False}},
            }
        )
        with session_scope(settings.resolved_database_url) as s:
            job_id = submit_job(s, spec, settings=settings)[0].id
        with ThreadPoolExecutor(shards) as pool:  # every shard's runner at once, like separate workers
            runners = [JobRunner(job_id, settings, shard=k) for k in range(shards)]
            ran = list(pool.map(JobRunner.run, runners))
        assert ran.count("finished") == shards
        got = rows(settings, job_id)
        index_of = {r.id: r.index for r in got}
        outcomes.append({r.index: (r.status, index_of.get(r.duplicate_of), r.failure_reason) for r in got})
        job = counts_add_up(settings, job_id)
        assert (job.n_done, job.n_duplicate) == (8, 16)
        with session_scope(settings.resolved_database_url) as s:  # stored with the final status
            stored = s.get(JobReportCache, job_id)
            assert stored is not None and stored.body["statuses"]["duplicate"] == 16
    assert outcomes[0] == outcomes[1]
    assert outcomes[0][1] == ("duplicate", 0, "exact_duplicate")
    assert outcomes[0][2] == ("duplicate", 0, "near_duplicate")
