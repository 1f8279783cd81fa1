"""Changing a corpus's PHI policy re-screens its stored documents: all or none, or a 409 saying why."""

from __future__ import annotations

import asyncio
import json

from fastapi.testclient import TestClient
from sqlalchemy import select

from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.corpora.chunks import ChunkSource
from mediflow.corpora.store import document_token_counts
from mediflow.storage.db import session_scope
from mediflow.storage.models import Document
from tests.support.auth import bearer
from tests.support.loopback import LoopbackTeacher, clinical_reply

NOTES = [
    "Patient: John Smith, DOB: 03/14/1962, MRN: 00482913. Admitted 01/02/2024 for CHF.",
    "Seen with her neighbor Rusty MacDonald; call 555-123-4567. Na 138 mmol/L.",
    "Metformin 500 mg PO BID; BP 120/80; GCS 15; history of Graves' disease.",  # no PHI
]
REDACTED = [
    "Patient: [NAME], DOB: [DATE], MRN: [MRN]. Admitted [DATE] for CHF.",
    "Seen with her neighbor [NAME]; call [PHONE]. Na 138 mmol/L.",
    NOTES[2],
]


def jsonl(docs: list[str]) -> bytes:
    return "".join(json.dumps({"text": d}) + "\n" for d in docs).encode()


def corpus_with(client: TestClient, name: str, policy: str, docs: list[str]) -> str:
    cid = str(client.post("/v1/corpora", json={"name": name, "phi_policy": policy}).json()["id"])
    resp = client.post(f"/v1/corpora/{cid}/documents", content=jsonl(docs), params={"filename": "n.jsonl"})
    assert resp.status_code == 201, resp.text
    return cid


def stored(settings: Settings, corpus_id: str) -> list[tuple[str, int, dict[str, int] | None]]:
    with session_scope(settings.resolved_database_url) as s:
        rows = s.execute(
            select(Document.text, Document.n_chars, Document.phi_counts)
            .where(Document.corpus_id == corpus_id)
            .order_by(Document.id)
        )
        return [(t, n, c) for t, n, c in rows]


def test_flag_to_redact_rewrites_stored_text_report_and_what_pit_reads(
    client: TestClient, settings: Settings
) -> None:
    cid = corpus_with(client, "notes", "flag", NOTES)
    assert [t for t, _, _ in stored(settings, cid)] == NOTES
    resp = client.patch(f"/v1/corpora/{cid}", json={"phi_policy": "redact"})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["phi_policy"] == "redact" and body["stats"]["documents"] == 3
    assert body["rescreen"] == {
        "from_policy": "flag",
        "to_policy": "redact",
        "documents": 3,
        "changed": 2,
        "merged": 0,
        "phi_documents": 2,
        "phi": {"DATE": 2, "MRN": 1, "NAME": 2, "PHONE": 1},
    }
    rows = stored(settings, cid)
    assert [t for t, _, _ in rows] == REDACTED
    assert all(n == len(t) for t, n, _ in rows)
    report = client.get(f"/v1/corpora/{cid}/phi-report").json()
    assert (report["phi_policy"], report["documents_with_phi"], report["findings"]) == ("redact", 2, 6)
    # PIT reads the stored text: only the re-screened one
    with session_scope(settings.resolved_database_url) as s:
        ids = [d for d, _ in document_token_counts(s, cid)]
    source = ChunkSource(settings.resolved_database_url, chunk_tokens=1000)
    chunks = [asyncio.run(source(doc_id, 0)) for doc_id in ids]
    assert chunks == REDACTED
    # the same upload again is recognised as already there (hashes follow the new text)
    again = client.post(f"/v1/corpora/{cid}/documents", content=jsonl(NOTES), params={"filename": "n.jsonl"})
    assert again.json()["added"] == 0 and again.json()["duplicates"] == 3


def test_flag_to_surrogate_then_redact(client: TestClient, settings: Settings) -> None:
    cid = corpus_with(client, "notes", "flag", NOTES[:2])
    got = client.patch(f"/v1/corpora/{cid}", json={"phi_policy": "surrogate"}).json()
    assert got["rescreen"]["changed"] == 2
    texts = [t for t, _, _ in stored(settings, cid)]
    for original in ("John", "Smith", "00482913", "Rusty", "MacDonald", "555-123-4567"):
        assert all(original not in t for t in texts)
    assert texts[0].startswith("Patient: ") and texts[0].endswith("for CHF.")
    # surrogates are found again as what they stand for; redaction replaces them
    got = client.patch(f"/v1/corpora/{cid}", json={"phi_policy": "redact"}).json()
    assert got["rescreen"]["from_policy"] == "surrogate" and got["rescreen"]["changed"] == 2
    texts = [t for t, _, _ in stored(settings, cid)]
    assert texts[0].startswith("Patient: [NAME], DOB: [DATE], MRN: [MRN].") and "[PHONE]" in texts[1]
    # counts keep the larger of upload and re-screen per category: no double counting
    report = client.get(f"/v1/corpora/{cid}/phi-report").json()
    assert report["counts"]["NAME"] == 2 and report["counts"]["MRN"] == 1


def test_changes_that_cannot_be_honoured_are_409_and_change_nothing(
    client: TestClient, settings: Settings
) -> None:
    cid = corpus_with(client, "notes", "redact", NOTES)
    before = stored(settings, cid)
    for policy, why in (("flag", "cannot be un-redacted"), ("surrogate", "surrogates cannot be made")):
        resp = client.patch(f"/v1/corpora/{cid}", json={"phi_policy": policy})
        assert resp.status_code == 409, resp.text
        assert why in resp.json()["error"]["message"] and "original" in resp.json()["error"]["message"]
    assert client.get(f"/v1/corpora/{cid}").json()["phi_policy"] == "redact"
    assert stored(settings, cid) == before

    flagged = corpus_with(client, "raw", "flag", NOTES)
    resp = client.patch(f"/v1/corpora/{flagged}", json={"phi_policy": "refuse"})
    assert resp.status_code == 409
    message = resp.json()["error"]["message"]
    assert "2 stored document(s) hold PHI (DATE x2, MRN x1, NAME x2, PHONE x1)" in message
    assert client.get(f"/v1/corpora/{flagged}").json()["phi_policy"] == "flag"
    # redacted text holds no PHI any more: refuse is accepted and keeps the text
    ok = client.patch(f"/v1/corpora/{cid}", json={"phi_policy": "refuse"})
    assert ok.status_code == 200 and ok.json()["rescreen"]["phi_documents"] == 0
    assert [t for t, _, _ in stored(settings, cid)] == REDACTED


def test_a_failure_half_way_leaves_every_document_as_it_was(settings: Settings, admin_key: str) -> None:
    # Past the character budget the re-screen stops after rewriting the first batch: all rolls back.
    small = settings.model_copy(update={"corpus_rescreen_max_chars": 150, "corpus_upload_batch": 1})
    with TestClient(create_app(small), headers=bearer(admin_key)) as c:
        cid = corpus_with(c, "notes", "flag", NOTES)
        before = stored(settings, cid)
        resp = c.patch(f"/v1/corpora/{cid}", json={"phi_policy": "redact"})
        assert resp.status_code == 413, resp.text
        assert "corpus_rescreen_max_chars" in resp.json()["error"]["message"]
        assert stored(settings, cid) == before
        assert c.get(f"/v1/corpora/{cid}").json()["phi_policy"] == "flag"


def test_merged_documents_when_new_texts_coincide(client: TestClient, settings: Settings) -> None:
    twins = ["Call Amelia Ortiz at 555-201-3344 today.", "Call Amelia Ortiz at 555-777-9012 today."]
    cid = corpus_with(client, "twins", "flag", twins)
    got = client.patch(f"/v1/corpora/{cid}", json={"phi_policy": "redact"}).json()
    assert (got["rescreen"]["changed"], got["rescreen"]["merged"]) == (1, 1)
    assert [t for t, _, _ in stored(settings, cid)] == ["Call [NAME] at [PHONE] today."]
    assert got["stats"]["documents"] == 1


def test_no_change_while_a_pit_job_reads_the_corpus(client: TestClient, settings: Settings) -> None:
    cid = corpus_with(client, "notes", "flag", NOTES)
    with LoopbackTeacher(clinical_reply) as teacher:
        spec = {
            "kind": "pit",
            "n_samples": 4,
            "corpus_id": cid,
            "teacher": teacher.teacher_spec(),
        }
        job = client.post("/v1/generation-jobs", json=spec)
        assert job.status_code in (201, 202), job.text
    job_id = job.json()["id"]
    resp = client.patch(f"/v1/corpora/{cid}", json={"phi_policy": "redact"})
    assert resp.status_code == 409 and job_id in resp.json()["error"]["message"]
    assert [t for t, _, _ in stored(settings, cid)] == NOTES
    assert client.post(f"/v1/generation-jobs/{job_id}/cancel").status_code == 202
    assert client.get(f"/v1/generation-jobs/{job_id}").json()["status"] == "cancelled"
    assert client.patch(f"/v1/corpora/{cid}", json={"phi_policy": "redact"}).status_code == 200
