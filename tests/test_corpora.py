"""Corpora: schema migration, chunking, uploads of every format, duplicates and refused uploads."""

from __future__ import annotations

import asyncio
import io
import json
import tarfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.corpora.chunks import ChunkSource
from mediflow.corpora.ingest import ingest_path
from mediflow.corpora.store import document_token_counts
from mediflow.corpora.tokens import chunk_text, count_tokens, n_chunks
from mediflow.storage.db import session_scope
from mediflow.storage.models import Document
from tests.support.auth import bearer

DOCS = [
    "Adults with community-acquired pneumonia should receive amoxicillin as first-line therapy.",
    "Metformin is the preferred initial agent for type 2 diabetes unless contraindicated.",
    "In atrial fibrillation, assess stroke risk with CHA2DS2-VASc before anticoagulation.",
]


def jsonl(docs: list[str], field: str = "text") -> bytes:
    return "".join(json.dumps({field: d, "id": i}) + "\n" for i, d in enumerate(docs)).encode()


def new_corpus(client: TestClient, name: str = "guidelines") -> str:
    resp = client.post("/v1/corpora", json={"name": name, "description": "clinical guidelines"})
    assert resp.status_code == 201, resp.text
    return str(resp.json()["id"])


def upload(client: TestClient, corpus_id: str, body: bytes, filename: str | None, **params: str) -> dict:
    if filename:
        params["filename"] = filename
    resp = client.post(f"/v1/corpora/{corpus_id}/documents", content=body, params=params)
    return {"status": resp.status_code, **resp.json()}


@pytest.mark.parametrize("chunk", [1, 3, 7, 1000])
def test_chunks_cover_the_text_and_match_the_stored_count(chunk: int) -> None:
    text = " ".join(DOCS) * 3
    chunks = chunk_text(text, chunk)
    assert len(chunks) == n_chunks(count_tokens(text), chunk)
    assert sum(count_tokens(c) for c in chunks) == count_tokens(text)
    assert all(count_tokens(c) <= chunk for c in chunks)


def test_upload_jsonl_then_readding_is_a_noop(client: TestClient) -> None:
    cid = new_corpus(client)
    first = upload(client, cid, jsonl(DOCS), "guide.jsonl")
    assert first["status"] == 201
    assert (first["rows"], first["added"], first["duplicates"]) == (3, 3, 0)
    assert first["corpus"]["stats"]["documents"] == 3
    assert first["corpus"]["stats"]["chars"] == sum(len(d) for d in DOCS)
    again = upload(client, cid, jsonl([*DOCS, "A new document about asthma exacerbations."]), "g2.jsonl")
    assert (again["rows"], again["added"], again["duplicates"]) == (4, 1, 3)
    assert client.get(f"/v1/corpora/{cid}").json()["stats"]["documents"] == 4
    assert client.post("/v1/corpora", json={"name": "guidelines"}).status_code == 409


def test_upload_txt_parquet_and_datasets_archive(client: TestClient, tmp_path: Path) -> None:
    from datasets import Dataset

    cid = new_corpus(client, "pubmed")
    assert upload(client, cid, DOCS[0].encode(), "abstract.txt")["added"] == 1
    buf = io.BytesIO()
    pq.write_table(pa.table({"body": DOCS[1:], "n": [1, 2]}), buf)
    got = upload(client, cid, buf.getvalue(), "rows.parquet", text_field="body")
    assert (got["format"], got["added"]) == ("parquet", 2)
    Dataset.from_dict({"text": ["Warfarin interacts with many antibiotics."] * 2}).save_to_disk(
        str(tmp_path / "ds")
    )
    tar_path = tmp_path / "ds.tar.gz"
    with tarfile.open(tar_path, "w:gz") as tar:
        tar.add(tmp_path / "ds", arcname="ds")
    got = upload(client, cid, tar_path.read_bytes(), "ds.tar.gz")
    assert (got["format"], got["rows"], got["added"], got["duplicates"]) == ("datasets", 2, 1, 1)


def test_cli_path_ingests_a_datasets_directory(
    settings: Settings, client: TestClient, tmp_path: Path
) -> None:
    from datasets import Dataset, DatasetDict

    cid = new_corpus(client, "medwiki")
    DatasetDict(
        {"train": Dataset.from_dict({"text": DOCS[:2]}), "test": Dataset.from_dict({"text": DOCS[2:]})}
    ).save_to_disk(str(tmp_path / "wiki"))
    with session_scope(settings.resolved_database_url) as session:
        report = ingest_path(session, cid, tmp_path / "wiki")
    assert (report.format, report.added) == ("datasets", 3)


BAD_UPLOADS = [
    (jsonl(DOCS[:2]) + b'{"text": "ok"\n', "x.jsonl", 422, "line 3: invalid JSON"),
    (jsonl(DOCS[:1]) + jsonl(["x"], field="body"), "x.jsonl", 422, "line 2: missing text field 'text'"),
    (jsonl(DOCS[:1]) + b'{"text": "caf\xe9"}\n', "x.jsonl", 422, "line 2: not valid UTF-8"),
    (jsonl(DOCS[:1]) + b'{"text": "   "}\n', "x.jsonl", 422, "line 2: text field 'text' is empty"),
    (jsonl(DOCS[:1]) + b"[1, 2]\n", "x.jsonl", 422, "line 2: expected a JSON object"),
    (b"", "x.jsonl", 422, "empty"),
    (b"\n\n", "x.jsonl", 422, "no documents"),
    (b"ok line\n\xff\xfe broken\n", "x.txt", 422, "line 2: not valid UTF-8"),
    (b"a,b\n1,2\n", "x.csv", 415, "unsupported file type '.csv'"),
    (b"not parquet at all", "x.parquet", 415, "not a Parquet file"),
    (b"not a tarball", "x.tar.gz", 415, "not a tar or zip archive"),
]


@pytest.mark.parametrize(("body", "filename", "status", "message"), BAD_UPLOADS)
def test_bad_uploads_are_refused_with_the_line_and_nothing_is_added(
    client: TestClient, body: bytes, filename: str, status: int, message: str
) -> None:
    cid = new_corpus(client)
    got = upload(client, cid, body, filename)
    assert got["status"] == status, got
    assert message in got["error"]["message"]
    assert client.get(f"/v1/corpora/{cid}").json()["stats"]["documents"] == 0


def test_parquet_errors_name_the_row(client: TestClient) -> None:
    cid = new_corpus(client)
    buf = io.BytesIO()
    pq.write_table(pa.table({"text": [DOCS[0], None, DOCS[1]]}), buf)
    got = upload(client, cid, buf.getvalue(), "r.parquet")
    assert (got["status"], "row 2: missing text field" in got["error"]["message"]) == (422, True)
    buf = io.BytesIO()
    pq.write_table(pa.table({"body": DOCS}), buf)
    got = upload(client, cid, buf.getvalue(), "r.parquet")
    assert got["status"] == 422 and "missing text column 'text'" in got["error"]["message"]
    assert client.get(f"/v1/corpora/{cid}").json()["stats"]["documents"] == 0


def test_too_large_and_unknown_corpus(settings: Settings, admin_key: str) -> None:
    small = settings.model_copy(update={"max_upload_bytes": 64})
    with TestClient(create_app(small), headers=bearer(admin_key)) as c:
        cid = new_corpus(c)
        got = upload(c, cid, jsonl(DOCS), "big.jsonl")
        assert got["status"] == 413 and "64 bytes" in got["error"]["message"]
        assert upload(c, "nope", b'{"text": "a short note"}\n', "x.jsonl")["status"] == 404
        assert c.get(f"/v1/corpora/{cid}").json()["stats"]["documents"] == 0


# --- PHI screening of uploads --------------------------------------------------------------------

NOTES = [
    "Patient: John Smith, DOB: 03/14/1962, MRN: 00482913. Admitted 01/02/2024 for CHF.",
    "Seen with her neighbor Rusty MacDonald; call 555-123-4567. Na 138 mmol/L.",
    "Metformin 500 mg PO BID; BP 120/80; GCS 15; history of Graves' disease.",  # no PHI
]


def stored_texts(settings: Settings, corpus_id: str) -> list[str]:
    with session_scope(settings.resolved_database_url) as s:
        rows = s.scalars(select(Document.text).where(Document.corpus_id == corpus_id).order_by(Document.id))
        return list(rows)


def new_corpus_with(client: TestClient, name: str, policy: str | None) -> str:
    body: dict[str, str] = {"name": name}
    if policy:
        body["phi_policy"] = policy
    resp = client.post("/v1/corpora", json=body)
    assert resp.status_code == 201, resp.text
    assert resp.json()["phi_policy"] == (policy or "redact")
    return str(resp.json()["id"])


def test_uploads_are_redacted_by_default_and_reported(client: TestClient, settings: Settings) -> None:
    cid = new_corpus_with(client, "notes", None)
    got = upload(client, cid, jsonl(NOTES), "notes.jsonl")
    assert got["status"] == 201 and got["added"] == 3
    assert got["phi_policy"] == "redact" and got["phi_documents"] == 2
    assert got["phi"] == {"DATE": 2, "MRN": 1, "NAME": 2, "PHONE": 1}
    texts = stored_texts(settings, cid)
    assert texts[0] == "Patient: [NAME], DOB: [DATE], MRN: [MRN]. Admitted [DATE] for CHF."
    assert texts[1] == "Seen with her neighbor [NAME]; call [PHONE]. Na 138 mmol/L."
    assert texts[2] == NOTES[2]
    report = client.get(f"/v1/corpora/{cid}/phi-report").json()
    assert report == {
        "corpus_id": cid,
        "phi_policy": "redact",
        "documents": 3,
        "documents_with_phi": 2,
        "findings": 6,
        "counts": {"DATE": 2, "MRN": 1, "NAME": 2, "PHONE": 1},
    }
    again = upload(client, cid, jsonl(NOTES), "notes.jsonl")  # redaction is deterministic
    assert again["added"] == 0 and again["duplicates"] == 3


def test_upload_reports_the_zip3s_found_and_redaction_zeroes_the_restricted_ones(
    client: TestClient, settings: Settings
) -> None:
    cid = new_corpus_with(client, "addresses", "redact")
    docs = [
        "Home: 12 Elm St, Cambridge, MA 02139. Follow up in clinic.",
        "Moved to 9 Pine Rd, Wolfeboro, NH 03601-1234 last spring.",
        NOTES[2],
    ]
    got = upload(client, cid, jsonl(docs), "addresses.jsonl")
    assert got["status"] == 201 and got["phi_documents"] == 2
    assert got["zip3"] == {"allowed": ["021"], "restricted": ["036"]}
    texts = stored_texts(settings, cid)
    assert texts[0] == "Home: [LOCATION] 021**. Follow up in clinic."
    assert texts[1] == "Moved to [LOCATION] 000** last spring."
    clean = upload(client, new_corpus_with(client, "clean", "flag"), jsonl([NOTES[2]]), "c.jsonl")
    assert clean["zip3"] == {}


def test_pit_chunks_read_only_screened_text(client: TestClient, settings: Settings) -> None:
    cid = new_corpus_with(client, "notes", "surrogate")
    assert upload(client, cid, jsonl(NOTES[:2]), "notes.jsonl")["added"] == 2
    with session_scope(settings.resolved_database_url) as s:
        ids = [d for d, _ in document_token_counts(s, cid)]
    source = ChunkSource(settings.resolved_database_url, chunk_tokens=1000)
    chunks = [asyncio.run(source(doc_id, 0)) for doc_id in ids]
    for original in ("John", "Smith", "03/14/1962", "00482913", "Rusty", "MacDonald", "555-123-4567"):
        assert all(original not in chunk for chunk in chunks)
    assert chunks[0].startswith("Patient: ") and "CHF" in chunks[0]
    again = upload(client, cid, jsonl(NOTES[:2]), "notes.jsonl")  # surrogates are seeded per document
    assert again["added"] == 0 and again["duplicates"] == 2


def test_flag_keeps_text_and_counts(client: TestClient, settings: Settings) -> None:
    cid = new_corpus_with(client, "flagged", "flag")
    got = upload(client, cid, jsonl(NOTES), "notes.jsonl")
    assert got["phi_documents"] == 2 and got["phi"]["NAME"] == 2
    assert stored_texts(settings, cid) == NOTES
    assert client.get(f"/v1/corpora/{cid}/phi-report").json()["findings"] == 6


def test_refuse_rejects_the_upload_with_counts_and_stores_nothing(
    client: TestClient, settings: Settings
) -> None:
    cid = new_corpus_with(client, "strict", "refuse")
    # 1,200 clean documents first (several insert batches), the identifiers only at the end
    clean = [f"Guideline {i}: metformin 500 mg PO BID, BP 120/80, HbA1c 8.1%." for i in range(1200)]
    got = upload(client, cid, jsonl([*clean, *NOTES]), "notes.jsonl")
    assert got["status"] == 422, got
    message = got["error"]["message"]
    assert "2 document(s) hold PHI" in message
    assert "DATE x2, MRN x1, NAME x2, PHONE x1" in message and "nothing was stored" in message
    assert stored_texts(settings, cid) == []
    assert client.get(f"/v1/corpora/{cid}").json()["stats"]["documents"] == 0
    assert upload(client, cid, jsonl(clean[:3]), "clean.jsonl")["added"] == 3  # clean uploads pass


def test_policy_can_change_and_bad_values_name_the_field(client: TestClient) -> None:
    cid = new_corpus_with(client, "switch", "refuse")
    resp = client.patch(f"/v1/corpora/{cid}", json={"phi_policy": "flag"})  # empty: nothing to re-screen
    assert resp.status_code == 200 and resp.json()["phi_policy"] == "flag"
    assert resp.json()["rescreen"]["documents"] == 0
    bad = client.patch(f"/v1/corpora/{cid}", json={"phi_policy": "shred"})
    assert bad.status_code == 422 and "phi_policy" in bad.text
    bad = client.post("/v1/corpora", json={"name": "x", "phi_policy": "shred"})
    assert bad.status_code == 422 and "phi_policy" in bad.text
    assert client.get("/v1/corpora/nope/phi-report").status_code == 404


def test_an_upload_is_screened_a_batch_at_a_time(
    settings: Settings, client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The documents of a batch go to the scanner together (``PhiScanner.scan_many``), and what is stored is
    what a scan of each gives."""
    from mediflow.quality.phi import PhiScanner

    batches: list[int] = []
    original = PhiScanner.scan_many

    def spy(self: PhiScanner, texts: list[str]) -> list[list[object]]:
        batches.append(len(texts))
        return original(self, texts)  # type: ignore[return-value]

    monkeypatch.setattr(PhiScanner, "scan_many", spy)
    cid = new_corpus_with(client, "notes", None)
    (tmp_path / "notes.jsonl").write_bytes(jsonl(NOTES))
    with session_scope(settings.resolved_database_url) as session:
        report = ingest_path(session, cid, tmp_path / "notes.jsonl", batch=2)
    assert batches == [2, 1]
    # a batch of documents is scanned SCAN_BATCH at a time (each holds its rewritten copy until then)
    monkeypatch.setattr("mediflow.corpora.ingest.SCAN_BATCH", 1)
    batches.clear()
    with session_scope(settings.resolved_database_url) as session:
        ingest_path(session, new_corpus_with(client, "notes-2", None), tmp_path / "notes.jsonl", batch=2)
    assert batches == [1, 1, 1]
    assert (report.added, report.phi_documents, report.phi) == (
        3,
        2,
        {"DATE": 2, "MRN": 1, "NAME": 2, "PHONE": 1},
    )
    assert stored_texts(settings, cid)[1] == "Seen with her neighbor [NAME]; call [PHONE]. Na 138 mmol/L."
