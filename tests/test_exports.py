"""Exports: formats loaded back with datasets, splits, selection, card, archive, API, hub, TRL training."""

from __future__ import annotations

import asyncio
import json
import math
import random
import tarfile
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from datasets import DatasetDict, load_from_disk
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import select

from mediflow.client import AsyncClient, Client
from mediflow.core.settings import Settings
from mediflow.exports import store as export_store
from mediflow.exports.formats import get_format
from mediflow.exports.formats.mediflow import MEDIFLOW_SCHEMA
from mediflow.exports.reader import stream_documents
from mediflow.exports.run import export_dir, run_export
from mediflow.exports.splits import SplitAssigner
from mediflow.schemas.exports import ExportCreate
from mediflow.services.exports import submit_export
from mediflow.storage.db import session_scope
from mediflow.storage.models import Corpus, Document, Export, GenerationJob, Sample, utcnow
from mediflow.workers.app import create_celery_app
from mediflow.workers.export_tasks import enqueue_export, requeue_stalled_exports
from tests.support.processes import start_worker, stop
from tests.support.waiting import wait_until

TASKS = ("question_answering", "summarization", "named_entity_recognition")
WORDS = [
    "patient",
    "fever",
    "cough",
    "dyspnea",
    "pneumonia",
    "metformin",
    "insulin",
    "glucose",
    "creatinine",
    "troponin",
    "chest",
    "pain",
    "edema",
    "furosemide",
    "amoxicillin",
    "sepsis",
    "lactate",
    "biopsy",
    "carcinoma",
    "stent",
    "angiography",
    "warfarin",
    "bleeding",
    "anemia",
    "ferritin",
    "asthma",
    "wheeze",
    "steroid",
    "nebuliser",
    "hypertension",
    "amlodipine",
    "stroke",
    "aphasia",
    "thrombolysis",
]
N_PER_TASK, N_NEAR_DUP = 12, 4  # per task type: done rows, of which the last 4 are near-copies of others


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _sample(job_id: str, index: int, task: str, rng: random.Random, **extra: Any) -> Sample:
    values: dict[str, Any] = {
        "job_id": job_id,
        "index": index,
        "status": "done",
        "task_type": task,
        "input_data": rng.choice(["discharge_summary", "radiology_report_ct"]),
        "difficulty_level": rng.randint(1, 6),
        "output_format": "plain_text",
        "instruction": f"Task {index}: {_text(rng, 8)}",
        "input": _text(rng, 40),
        "output": _text(rng, 10),
        "quality": float(rng.randint(1, 5)),
        "alignment": float(rng.randint(3, 5)),
        "coherence": 4.0,
        "realism": 4.0,
        "difficulty": 3.0,
        "teacher_backend": "openai",
        "teacher_model": "loopback",
        "prompt_versions": {"document": "mediflow.document@1", "output": "mediflow.output@1"},
        "tokens_in": 10,
        "tokens_out": 10,
        "latency_ms": 5,
        "attempts": 1,
    }
    values.update(extra)
    return Sample(**values)


def seed_rows(url: str) -> dict[str, Any]:
    """A MediFlow job (kept, near-duplicate, filtered and failed rows) and a PIT job over a corpus."""
    rng = random.Random(7)
    with session_scope(url) as s:
        job = GenerationJob(kind="mediflow", spec={"n_samples": 48}, n_planned=48, status="completed")
        pit_job = GenerationJob(kind="pit", spec={"kind": "pit"}, n_planned=12, status="completed")
        corpus = Corpus(name="guidelines")
        s.add_all([job, pit_job, corpus])
        s.flush()
        samples: list[Sample] = []
        near: list[tuple[int, int]] = []
        for t, task in enumerate(TASKS):
            base = t * 100
            for i in range(N_PER_TASK):
                rejected = (
                    {"rejected_output": "wrong " + _text(rng, 5), "error_type": "factual_error"}
                    if i % 2
                    else {}
                )
                samples.append(_sample(job.id, base + i, task, rng, **rejected))
            for k in range(N_NEAR_DUP):  # the same prompt, re-cased and with a trailing remark
                orig = samples[-N_PER_TASK + k]
                copy = _sample(job.id, base + 50 + k, task, rng)
                copy.instruction, copy.input = (orig.instruction or "").upper(), f"{orig.input}  (see above)"
                samples.append(copy)
                near.append((orig.index, copy.index))
            samples.append(_sample(job.id, base + 80, task, rng, status="filtered"))
            samples.append(_sample(job.id, base + 81, task, rng, status="failed", output=None))
        docs = [
            Document(
                corpus_id=corpus.id,
                content_hash=f"{i:064d}",
                text=f"Guideline {i}. {_text(rng, 30)}",
                n_chars=200,
                n_tokens=31,
            )
            for i in range(6)
        ]
        s.add_all(docs)
        s.flush()
        for d_i, doc in enumerate(docs):
            qa = json.dumps({"pairs": [{"question": f"Q{d_i}?", "answer": f"A{d_i}."}]})
            samples.append(
                _sample(
                    pit_job.id,
                    2 * d_i,
                    "pit_qa",
                    rng,
                    output=qa,
                    output_format="json",
                    input_data="guidelines",
                    difficulty_level=0,
                    document_id=doc.id,
                    chunk_index=0,
                )
            )
            samples.append(
                _sample(
                    pit_job.id,
                    2 * d_i + 1,
                    "pit_summary",
                    rng,
                    output=f"Summary: doc {d_i}.",
                    input_data="guidelines",
                    difficulty_level=0,
                    document_id=doc.id,
                    chunk_index=0,
                )
            )
        s.add_all(samples)
        s.flush()
        index_to_id = {(x.job_id, x.index): x.id for x in samples}
    return {"job": job.id, "pit_job": pit_job.id, "corpus": corpus.id, "near": near, "ids": index_to_id}


def export(settings: Settings, **spec: Any) -> tuple[Export, Path]:
    with session_scope(settings.resolved_database_url) as s:
        export_id = submit_export(s, ExportCreate.model_validate(spec), settings).id
    run_export(export_id, settings)
    with session_scope(settings.resolved_database_url) as s:
        row = s.get(Export, export_id)
        assert row is not None
    return row, export_dir(settings, export_id)


KEPT = 3 * (N_PER_TASK + N_NEAR_DUP)  # done MediFlow rows


@pytest.mark.parametrize(
    ("fmt", "extra", "columns", "rows"),
    [
        ("mediflow", {}, list(MEDIFLOW_SCHEMA.names), KEPT),
        ("sft", {}, ["prompt", "completion"], KEPT),
        ("sft", {"sft_variant": "messages", "system_prompt": "Be careful."}, ["messages"], KEPT),
        ("dpo", {}, ["prompt", "chosen", "rejected"], 3 * (N_PER_TASK // 2)),
    ],
)
def test_formats_load_back_with_their_columns_and_counts(
    settings: Settings, fmt: str, extra: dict[str, Any], columns: list[str], rows: int
) -> None:
    ids = seed_rows(settings.resolved_database_url)
    record, out = export(settings, format=fmt, job_ids=[ids["job"]], **extra)
    assert (record.status, record.error, record.n_rows) == ("completed", None, rows)
    dd = load_from_disk(str(out))
    assert isinstance(dd, DatasetDict) and list(dd) == ["train", "validation", "test"]
    assert sum(len(d) for d in dd.values()) == rows and min(len(d) for d in dd.values()) > 0
    assert all(d.column_names == columns for d in dd.values())
    first = dd["train"][0]
    if fmt == "sft" and "messages" in columns:
        assert [m["role"] for m in first["messages"]] == ["system", "user", "assistant"]
    elif fmt in ("sft", "dpo"):
        assert first["prompt"][-1]["role"] == "user" and "Task" in first["prompt"][-1]["content"]
    if fmt == "dpo":
        assert first["rejected"][0]["content"].startswith("wrong ")
    if fmt == "mediflow":
        assert {"filtered", None} & set(dd["train"]["task_type"]) == set()
        assert dd["train"].features["difficulty_level"].dtype == "int64"
    assert sorted(p.name for p in (out / "parquet").glob("*.parquet")) == [
        "test-00000.parquet",
        "train-00000.parquet",
        "validation-00000.parquet",
    ]


@pytest.mark.parametrize("batch", [None, 2])
def test_pit_export_has_two_stages_with_documents(settings: Settings, batch: int | None) -> None:
    """``batch``: rows and documents read 2 per SELECT, so the documents come in several pages."""
    if batch is not None:
        settings = settings.model_copy(update={"export_batch_rows": batch})
    ids = seed_rows(settings.resolved_database_url)
    record, out = export(settings, format="pit", corpus_ids=[ids["corpus"]])
    assert record.status == "completed", record.error
    stage1, stage2 = load_from_disk(str(out / "stage1")), load_from_disk(str(out / "stage2"))
    assert list(stage1) == list(stage2) == ["train", "validation"]
    assert sum(len(d) for d in stage1.values()) == 12
    assert Counter(k for d in stage2.values() for k in d["kind"]) == {"task": 12, "document": 6}
    for split in ("train", "validation"):
        assert stage2[split].column_names == ["text", "kind", "document_id"]
        tasks = {r["document_id"] for r in stage2[split] if r["kind"] == "task"}
        documents = {r["document_id"] for r in stage2[split] if r["kind"] == "document"}
        assert tasks == documents  # a document and its task data share a split
    assert any(t.startswith("Question: Q") for t in [*stage1["train"]["text"], *stage1["validation"]["text"]])
    assert record.counts is not None and record.counts["documents"] == 6


def test_documents_are_read_by_id_in_id_order(settings: Settings) -> None:
    ids = seed_rows(settings.resolved_database_url)
    with session_scope(settings.resolved_database_url) as s:
        corpus = sorted(s.scalars(select(Document.id).where(Document.corpus_id == ids["corpus"])))
        wanted = [corpus[4], corpus[0], corpus[2], 10**9]  # any order; an id that is no document is left out
        pages = list(stream_documents(s, wanted, batch=2))
        texts = {d.id: d.text for d in s.scalars(select(Document).where(Document.id.in_(corpus)))}
    assert [[row["id"] for row in page] for page in pages] == [[corpus[0], corpus[2]], [corpus[4]]]
    assert all(row["text"] == texts[row["id"]] for page in pages for row in page)


def test_selection_by_status_task_type_and_judge_minimums(settings: Settings) -> None:
    ids = seed_rows(settings.resolved_database_url)
    record, _ = export(
        settings,
        format="mediflow",
        job_ids=[ids["job"]],
        statuses=["done", "filtered"],
        task_types=["summarization"],
        min_scores={"quality": 4},
    )
    with session_scope(settings.resolved_database_url) as s:
        expected = sum(
            1
            for x in s.query(Sample).filter(Sample.job_id == ids["job"], Sample.task_type == "summarization")
            if x.status in ("done", "filtered") and (x.quality or 0) >= 4
        )
    assert record.status == "completed" and record.n_rows == expected > 0
    assert record.counts is not None and set(record.counts["task_types"]) == {"summarization"}
    empty, _ = export(settings, format="sft", job_ids=[ids["job"]], min_scores={"quality": 6})
    assert empty.status == "failed" and "no rows match the selection" in (empty.error or "")


def test_card_charts_and_archive(settings: Settings) -> None:
    ids = seed_rows(settings.resolved_database_url)
    record, out = export(settings, format="sft", job_ids=[ids["job"]], license="cc-by-4.0")
    card = (out / "README.md").read_text()
    # The header is the Hub's own card data (huggingface_hub parses it back).
    from huggingface_hub import DatasetCard

    meta = DatasetCard(card).data
    assert meta.license == "cc-by-4.0" and "license_name" not in meta.to_dict()
    assert meta.configs[0]["data_files"][0]["split"] == "train"
    assert "This dataset is synthetic" in card and "`openai/loopback`" in card
    assert "mediflow.output@1" in card and ids["job"] in card
    assert "| question_answering | 16 |" in card
    for png in ("task_types.png", "document_types.png", "judge_scores.png"):
        assert (out / "charts" / png).read_bytes().startswith(b"\x89PNG")
    assert (out / "train" / "data-00000-of-00001.arrow").exists() and not (out / ".cache").exists()
    with tarfile.open(record.archive_path or "") as tar:
        names = set(tar.getnames())
    assert {
        f"{record.id}/README.md",
        f"{record.id}/dataset_dict.json",
        f"{record.id}/charts/task_types.png",
    } <= names


def _split_rows(n_strata: int, per: int, near: int) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    rng = random.Random(1)
    rows, pairs = [], []
    for t in range(n_strata):
        for _ in range(per):
            rows.append(
                {
                    "id": len(rows) + 1,
                    "task_type": f"t{t}",
                    "instruction": _text(rng, 8),
                    "input": _text(rng, 30),
                }
            )
        for k in range(near):
            orig = rows[-per + k]
            rows.append({**orig, "id": len(rows) + 1, "instruction": orig["instruction"].upper() + "!"})
            pairs.append((orig["id"], rows[-1]["id"]))
    return rows, pairs


def test_splits_are_reproducible_stratified_and_keep_near_duplicates_together() -> None:
    rows, pairs = _split_rows(3, 60, 10)
    ratios = {"train": 0.8, "validation": 0.1, "test": 0.1}

    def assign(seed: int) -> dict[int, str]:
        a = SplitAssigner(ratios, seed, by_document=False)
        for start in range(0, len(rows), 25):
            a.add(rows[start : start + 25])
        a.assign()
        return {int(i): a.names[int(c)] for i, c in zip(a.row_ids, a.row_splits, strict=True)}

    first = assign(3)
    assert first == assign(3) and first != assign(4)
    assert all(first[a] == first[b] for a, b in pairs)
    for t in range(3):
        counts = Counter(first[r["id"]] for r in rows if r["task_type"] == f"t{t}")
        for split, ratio in ratios.items():  # within one near-duplicate group (2 rows) of the exact share
            assert abs(counts[split] - ratio * 70) <= 2 + 1e-9, (t, counts)


def test_near_duplicate_pairs_share_a_split_in_a_db_export(settings: Settings) -> None:
    ids = seed_rows(settings.resolved_database_url)
    _, out = export(settings, format="mediflow", job_ids=[ids["job"]], seed=11)
    dd = load_from_disk(str(out))
    split_of = {row["instruction"].lower(): split for split, d in dd.items() for row in d}
    with session_scope(settings.resolved_database_url) as s:
        by_index = {
            x.index: (x.instruction or "").lower()
            for x in s.query(Sample).filter(Sample.job_id == ids["job"])
        }
    assert all(split_of[by_index[a]] == split_of[by_index[b]] for a, b in ids["near"])


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="unknown export format 'csv'; valid: dpo, mediflow, pit, sft"):
        get_format("csv", ExportCreate(format="sft"))


def test_export_api_202_status_and_download(client: TestClient, settings: Settings, tmp_path: Path) -> None:
    ids = seed_rows(settings.resolved_database_url)
    resp = client.post("/v1/exports", json={"format": "sft", "job_ids": [ids["job"]]})
    assert resp.status_code == 202, resp.text
    body = resp.json()
    assert body["status"] == "queued" and resp.headers["location"] == body["links"]["self"]
    assert client.get(body["links"]["download"]).status_code == 409
    assert run_export(body["id"], settings) == "completed"
    assert run_export(body["id"], settings) == "skipped"  # a redelivered task does not run it twice
    got = client.get(body["links"]["self"]).json()
    assert got["status"] == "completed" and got["rows"] == KEPT and got["counts"]["splits"]["train"] > 0
    download = client.get(body["links"]["download"])
    assert download.status_code == 200 and download.headers["content-type"] == "application/gzip"
    # Both SDK clients download and unpack it (a folder made for it); the dataset loads as it was split.
    unpacked = Client(http=client).unpack_export_to(body["id"], tmp_path / "x")  # type: ignore[arg-type]
    assert unpacked == tmp_path / "x" / body["id"]
    assert len(load_from_disk(str(unpacked))["train"]) == got["counts"]["splits"]["train"]

    async def unpack() -> Path:
        transport = httpx.ASGITransport(app=client.app)
        http = httpx.AsyncClient(transport=transport, base_url="http://api", headers=dict(client.headers))
        async with AsyncClient(http=http) as api:
            return await api.unpack_export_to(body["id"], tmp_path / "aio")

    assert (
        load_from_disk(str(asyncio.run(unpack())))["train"].to_list()
        == load_from_disk(str(unpacked))["train"].to_list()
    )


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"format": "sft", "job_ids": ["nope"]}, 404, "generation job 'nope' not found"),
        ({"format": "pit", "corpus_ids": ["nope"]}, 404, "corpus 'nope' not found"),
        ({"format": "xml"}, 422, "format"),
        (
            {"format": "pit", "splits": {"train": 0.8, "validation": 0.1, "test": 0.1}},
            422,
            "train and validation",
        ),
        ({"format": "sft", "splits": {"train": 0.8, "validation": 0.1, "test": 0.2}}, 422, "sum to 1"),
        ({"format": "sft", "push_to_hub": {"repo_id": "me/ds"}}, 422, "MEDIFLOW_HF_TOKEN"),
    ],
)
def test_bad_export_requests(client: TestClient, body: dict[str, Any], status: int, message: str) -> None:
    resp = client.post("/v1/exports", json=body)
    assert resp.status_code == status and message in resp.text
    assert client.get("/v1/exports/nope").status_code == 404


def test_push_to_hub_with_the_hub_pointed_at_nothing_fails_clearly(settings: Settings) -> None:
    ids = seed_rows(settings.resolved_database_url)
    nowhere = settings.model_copy(
        update={"hf_token": SecretStr("hf_test"), "hf_endpoint": "http://127.0.0.1:9"}
    )
    record, out = export(nowhere, format="sft", job_ids=[ids["job"]], push_to_hub={"repo_id": "me/ds"})
    assert record.status == "failed"
    assert f"export written to {out}, but could not push to me/ds on http://127.0.0.1:9" in (
        record.error or ""
    )
    assert (out / "dataset_dict.json").exists()


@pytest.mark.timeout(600)
@pytest.mark.db("sqlite")  # one database is enough for the one-step training check
def test_sft_and_dpo_exports_train_one_step_in_trl(settings: Settings, tmp_path: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import DPOConfig, DPOTrainer, SFTConfig, SFTTrainer

    from tests.support.training import build_tiny_llama

    torch.set_num_threads(1)
    ids = seed_rows(settings.resolved_database_url)
    model_dir = build_tiny_llama(tmp_path / "model", seed=0)
    tok = AutoTokenizer.from_pretrained(model_dir)
    common = {
        "max_steps": 1,
        "per_device_train_batch_size": 2,
        "use_cpu": True,
        "bf16": False,
        "report_to": "none",
        "save_strategy": "no",
        "max_length": 128,
        "logging_steps": 1,
    }
    for fmt, trainer_cls, config_cls in (("sft", SFTTrainer, SFTConfig), ("dpo", DPOTrainer, DPOConfig)):
        record, out = export(settings, format=fmt, job_ids=[ids["job"]], system_prompt="Be precise.")
        assert record.status == "completed", record.error
        model = AutoModelForCausalLM.from_pretrained(model_dir)
        before = [p.detach().clone() for p in model.parameters()]
        args = config_cls(output_dir=str(tmp_path / fmt), **common)
        trainer = trainer_cls(
            model=model, args=args, train_dataset=load_from_disk(str(out))["train"], processing_class=tok
        )
        result = trainer.train()
        assert trainer.state.global_step == 1 and math.isfinite(result.training_loss)
        assert any(not torch.equal(a, b) for a, b in zip(before, model.parameters(), strict=True)), fmt


def test_near_duplicate_groups_join_edits_but_not_shared_boilerplate() -> None:
    from mediflow.exports.neardup import band_keys, connected_groups, short_signature, signatures

    rng = random.Random(5)
    template = "DISCHARGE SUMMARY. Hospital course: the patient was admitted and managed on the ward. " * 2
    texts = [template + _text(rng, 60) for _ in range(150)]
    edited = [
        t.replace(t.split()[-10], "zzz", 1) + " Signed." for t in texts[:20]
    ]  # one word changed, one added
    sig = signatures(texts + edited)
    groups = connected_groups(band_keys(sig), short_signature(sig))
    assert all(groups[150 + i] == groups[i] for i in range(20))  # every edited copy joins its original
    assert len(set(groups[:150].tolist())) == 150  # notes sharing only the template stay apart


# --- the lease: a dead worker's export is re-queued like a dead worker's shard ---------------------


def _dead_lease(settings: Settings, export_id: str, worker_id: str = "dead-worker") -> None:
    """The export as a worker killed mid-export leaves it: running, its heartbeat long stale."""
    stall = timedelta(seconds=settings.stall_timeout_s)
    with session_scope(settings.resolved_database_url) as s:
        assert export_store.claim_export(s, export_id, worker_id, stall)
        row = s.get(Export, export_id)
        assert row is not None
        row.heartbeat_at = utcnow() - 2 * stall


def test_export_lease_claim_scan_give_up(settings: Settings) -> None:
    job_id = seed_rows(settings.resolved_database_url)["job"]
    url, stall = settings.resolved_database_url, timedelta(seconds=settings.stall_timeout_s)
    spec = ExportCreate.model_validate({"format": "mediflow", "job_ids": [job_id]})
    with session_scope(url) as s:
        dead, live, doomed, unsent = (submit_export(s, spec, settings).id for _ in range(4))
    app = create_celery_app(settings)
    for export_id in (dead, live, doomed):
        enqueue_export(app, settings, export_id)
    with session_scope(url) as s:
        assert export_store.claim_export(s, live, "live-worker", stall)
        assert not export_store.claim_export(s, live, "other", stall)  # held by a live worker
    assert run_export(live, settings) == "skipped"  # a duplicate message while it runs elsewhere
    _dead_lease(settings, dead)
    _dead_lease(settings, doomed)
    with session_scope(url) as s:
        s.get(Export, doomed).attempts = export_store.MAX_ATTEMPTS  # type: ignore[union-attr]
        # Its message never went out (the API died between commit and send), long ago.
        s.get(Export, unsent).created_at = utcnow() - 2 * stall  # type: ignore[union-attr]
    assert sorted(requeue_stalled_exports(app, settings)) == sorted([dead, unsent])
    with session_scope(url) as s:
        rows = {e: s.get(Export, e) for e in (dead, live, doomed, unsent)}
        assert rows[dead].status == "queued" and rows[dead].worker_id is None  # type: ignore[union-attr]
        assert rows[live].status == "running"  # type: ignore[union-attr]
        assert rows[doomed].status == "failed"  # type: ignore[union-attr]
        assert (rows[doomed].error or "").startswith("worker_lost: ")  # type: ignore[union-attr]
        assert rows[unsent].enqueued_at is not None  # type: ignore[union-attr]
        assert not export_store.heartbeat(s, dead, "dead-worker")  # it lost the lease
    assert requeue_stalled_exports(app, settings) == []  # both were sent again: nothing left to scan
    assert run_export(dead, settings) == "completed"  # the re-sent message, run to the end
    with session_scope(url) as s:
        row = s.get(Export, dead)
        assert row is not None and row.attempts == 2 and row.n_rows == KEPT and row.worker_id is None


@pytest.mark.timeout(240)
@pytest.mark.db("sqlite")  # a process-level test: one database
def test_a_dead_workers_export_is_requeued_by_a_worker_scan_and_completed(
    settings: Settings, tmp_path: Path
) -> None:
    """The worker's own periodic scan (conftest's settings: every 0.5 s, stall at 3 s) finds the dead lease."""
    url = settings.resolved_database_url
    spec = ExportCreate.model_validate({"format": "sft", "job_ids": [seed_rows(url)["job"]]})
    with session_scope(url) as s:
        export_id = submit_export(s, spec, settings).id
    _dead_lease(settings, export_id)  # no message is in the broker: only the scan can bring it back

    def status() -> str:
        with session_scope(url) as s:
            row = s.get(Export, export_id)
            assert row is not None
            return row.status

    worker = start_worker(settings, tmp_path / "worker.log")
    try:
        wait_until(lambda: status() in ("completed", "failed"), 180, "the re-queued export to finish")
    finally:
        stop(worker)
    with session_scope(url) as s:
        row = s.get(Export, export_id)
        assert row is not None
        assert (row.status, row.error, row.attempts, row.n_rows) == ("completed", None, 2, KEPT)
    assert load_from_disk(str(export_dir(settings, export_id))).num_rows["train"] > 0
