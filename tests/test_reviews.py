"""Human review over REST, on SQLite and PostgreSQL: decisions, queue, agreement, exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from datasets import load_from_disk
from fastapi.testclient import TestClient
from sqlalchemy import select

from mediflow.api.main import create_app
from mediflow.core.settings import Settings
from mediflow.exports.run import export_dir, run_export
from mediflow.schemas.exports import ExportCreate
from mediflow.services.exports import submit_export
from mediflow.services.reviews import cohen_kappa
from mediflow.storage.db import session_scope
from mediflow.storage.models import Export, GenerationJob, Review, Sample
from tests.support.auth import bearer, make_api_key


def _judge(spread: int) -> dict[str, Any]:
    stats = {c: {"median": 4.0, "spread": spread, "votes": [4, 4]} for c in ("quality", "alignment")}
    return {"judge": {"stats": stats}}


# index -> what makes the row risky (or not); every row is a kept ("done") row unless said.
ROWS: dict[int, dict[str, Any]] = {
    0: {},  # plain
    1: {"phi_count": 2, "checks": {"phi": {"counts": {"phone": 1, "mrn": 1}}}},
    2: {"checks": _judge(3)},  # split votes
    3: {"quality": 2.0},  # low score
    4: {"rejected_output": "wrong dose", "error_type": "wrong_unit_or_dose"},
    5: {},  # plain
    6: {"status": "filtered"},  # not kept: never reviewed
}


def seed_job(url: str) -> dict[int, int]:
    """A finished job with one row per ROWS entry; returns index -> sample id."""
    with session_scope(url) as s:
        job = GenerationJob(spec={"n_samples": len(ROWS)}, n_planned=len(ROWS), status="completed")
        s.add(job)
        s.flush()
        samples = []
        for i, extra in ROWS.items():
            fields: dict[str, Any] = {
                "job_id": job.id,
                "index": i,
                "status": "done",
                "task_type": "qa",
                "input_data": "discharge_summary",
                "difficulty_level": 3,
                "output_format": "plain_text",
                "instruction": f"Question {i} about the note",
                "input": f"Note {i}: patient stable.",
                "output": f"Answer {i}",
                "quality": 4.0,
                "alignment": 4.0,
                "teacher_backend": "openai",
                "teacher_model": "m",
            }
            fields.update(extra)
            samples.append(Sample(**fields))
        s.add_all(samples)
        s.flush()
        return {x.index: x.id for x in samples}


class Reviewing(NamedTuple):
    """The app with a seeded job (``ids``: row index -> sample id) and a key per person (``keys``)."""

    c: TestClient
    settings: Settings
    url: str
    ids: dict[int, int]
    keys: dict[str, dict[str, str]]


@pytest.fixture
def api(settings: Settings) -> Iterator[Reviewing]:
    url = settings.resolved_database_url
    with TestClient(create_app(settings)) as c:
        yield Reviewing(c, settings, url, seed_job(url), _keys(url))


def _keys(url: str) -> dict[str, dict[str, str]]:
    return {
        name: bearer(make_api_key(url, scope, name))  # type: ignore[arg-type]
        for name, scope in (("reader", "read"), ("ana", "review"), ("ben", "review"), ("root", "admin"))
    }


def _review(c: TestClient, key: dict[str, str], sample_id: int, **body: Any) -> Any:
    return c.post(f"/v1/samples/{sample_id}/reviews", json=body, headers=key)


def test_decisions_are_recorded_and_never_change_the_generated_row(api: Reviewing) -> None:
    c, url, ids, keys = api.c, api.url, api.ids, api.keys
    r = _review(c, keys["ana"], ids[0], decision="accept")
    assert r.status_code == 201, r.text
    assert r.json()["state"] == {
        "sample_id": ids[0],
        "status": "accepted",
        "reviews": 1,
        "reviewers": 1,
        "edits": None,
    }
    assert r.json()["review"]["reviewer"] == "ana"

    bad = _review(c, keys["ana"], ids[1], decision="reject")
    assert bad.status_code == 422
    assert bad.json()["error"]["details"] == [{"field": "reason", "reason": "a rejection needs a reason"}]
    bad = _review(c, keys["ana"], ids[1], decision="accept", edits={"output": "x"})
    assert bad.status_code == 422 and bad.json()["error"]["details"][0]["field"] == "edits"
    bad = _review(c, keys["ana"], ids[1], decision="edit", edits={})
    assert bad.status_code == 422 and bad.json()["error"]["details"][0]["field"] == "edits"
    assert _review(c, keys["ana"], ids[6], decision="accept").status_code == 409  # a filtered row
    assert _review(c, keys["ana"], 10**9, decision="accept").status_code == 404

    r = _review(c, keys["ana"], ids[1], decision="reject", reason="  real phone number  ")
    assert r.json()["state"]["status"] == "rejected"
    assert r.json()["review"]["reason"] == "real phone number"
    r = _review(c, keys["ana"], ids[2], decision="edit", edits={"output": "Corrected answer 2"})
    assert r.status_code == 201
    assert r.json()["state"]["status"] == "accepted"
    assert r.json()["state"]["edits"] == {"output": "Corrected answer 2"}

    # The generated row is as it was; the edit lives on the review.
    assert c.get(f"/v1/samples/{ids[2]}", headers=keys["reader"]).json()["output"] == "Answer 2"
    with session_scope(url) as s:
        assert s.get(Sample, ids[2]).output == "Answer 2"  # type: ignore[union-attr]
    listed = c.get(f"/v1/samples/{ids[2]}/reviews", headers=keys["reader"]).json()
    assert [x["decision"] for x in listed["items"]] == ["edit"]

    # A reviewer who changes their mind: the latest decision counts, both are kept.
    _review(c, keys["ana"], ids[0], decision="reject", reason="on second thought")
    state = c.get(f"/v1/samples/{ids[0]}/reviews", headers=keys["reader"]).json()
    assert state["state"]["status"] == "rejected" and state["state"]["reviews"] == 2
    assert state["state"]["reviewers"] == 1


def test_scopes_read_may_look_review_may_decide_but_not_write(api: Reviewing) -> None:
    c, ids, keys = api.c, api.ids, api.keys
    refused = _review(c, keys["reader"], ids[0], decision="accept")
    assert refused.status_code == 403 and "'review' is needed" in refused.json()["error"]["message"]
    assert _review(c, {}, ids[0], decision="accept").status_code == 401
    job_id = c.get(f"/v1/samples/{ids[0]}", headers=keys["reader"]).json()["job_id"]
    assert c.get(f"/v1/generation-jobs/{job_id}/review-queue", headers=keys["reader"]).status_code == 403
    # review is not write: it cannot start jobs.
    assert c.post("/v1/generation-jobs", json={}, headers=keys["ana"]).status_code == 403
    assert _review(c, keys["ana"], ids[0], decision="accept").status_code == 201
    assert _review(c, keys["root"], ids[0], decision="accept").status_code == 201  # admin ⊇ review


def test_queue_puts_the_riskiest_rows_first_and_two_reviewer_mode(api: Reviewing) -> None:
    c, ids, keys = api.c, api.ids, api.keys
    job_id = c.get(f"/v1/samples/{ids[0]}", headers=keys["reader"]).json()["job_id"]
    path = f"/v1/generation-jobs/{job_id}/review-queue"

    q = c.get(path, params={"audit_percent": 0}, headers=keys["ana"]).json()
    assert [i["sample"]["id"] for i in q["items"]] == [ids[1], ids[2], ids[3], ids[4]]
    assert [i["reasons"] for i in q["items"]] == [["phi"], ["split_votes"], ["low_score"], ["dpo_pair"]]
    everything = c.get(path, params={"audit_percent": 100}, headers=keys["ana"]).json()["items"]
    assert [i["sample"]["id"] for i in everything][:4] == [ids[1], ids[2], ids[3], ids[4]]
    assert {i["sample"]["id"] for i in everything[4:]} == {ids[0], ids[5]}  # the audit; filtered row never
    assert all("audit" in i["reasons"] for i in everything)

    _review(c, keys["ana"], ids[1], decision="accept")
    q1 = c.get(path, params={"audit_percent": 0}, headers=keys["ben"]).json()
    assert ids[1] not in [i["sample"]["id"] for i in q1["items"]]  # one reviewer is enough
    q2 = c.get(path, params={"audit_percent": 0, "reviewers": 2}, headers=keys["ben"]).json()
    assert q2["items"][0]["sample"]["id"] == ids[1]  # two-reviewer mode: ben still sees it
    assert q2["items"][0]["state"]["reviewers"] == 1
    q2a = c.get(path, params={"audit_percent": 0, "reviewers": 2}, headers=keys["ana"]).json()
    assert ids[1] not in [i["sample"]["id"] for i in q2a["items"]]  # but not ana, who reviewed it
    assert c.get(path, params={"reviewers": 3}, headers=keys["ana"]).status_code == 422


def test_two_reviewer_agreement_and_kappa(api: Reviewing) -> None:
    c, ids, keys = api.c, api.ids, api.keys
    job_id = c.get(f"/v1/samples/{ids[0]}", headers=keys["reader"]).json()["job_id"]
    verdicts = {
        0: ("accept", "accept"),
        1: ("reject", "reject"),
        2: ("accept", "reject"),
        3: ("edit", "accept"),
    }
    for i, (a, b) in verdicts.items():
        for who, decision in (("ana", a), ("ben", b)):
            extra: dict[str, Any] = {"reason": "no"} if decision == "reject" else {}
            if decision == "edit":
                extra = {"edits": {"output": "fixed"}}
            assert _review(c, keys[who], ids[i], decision=decision, **extra).status_code == 201
    _review(c, keys["ana"], ids[4], decision="accept")  # single-reviewed: not in the agreement
    summary = c.get(f"/v1/generation-jobs/{job_id}/review-summary", headers=keys["reader"]).json()
    assert summary["statuses"] == {"accepted": 3, "rejected": 1, "disputed": 1}
    assert (summary["reviewed_rows"], summary["double_reviewed_rows"]) == (5, 4)
    assert summary["agreement"] == 0.75
    # ana: A R A A, ben: A R R A -> observed 3/4, expected 3/4*2/4 + 1/4*2/4 = 1/2 -> kappa 0.5
    assert summary["kappa"] == 0.5
    assert cohen_kappa([(True, True), (True, True)]) is None
    assert cohen_kappa([(True, False), (False, True)]) == -1.0


def test_reviews_survive_a_restart_and_export_for_label_studio_and_argilla(api: Reviewing) -> None:
    c, settings, url, ids, keys = api
    job_id = c.get(f"/v1/samples/{ids[0]}", headers=keys["reader"]).json()["job_id"]
    _review(c, keys["ana"], ids[1], decision="reject", reason="PHI: a real phone number")
    _review(c, keys["ana"], ids[2], decision="edit", edits={"output": "Better answer"})
    c.close()
    with TestClient(create_app(settings)) as fresh:  # a new API process over the same database
        page = fresh.get(f"/v1/generation-jobs/{job_id}/reviews", params={"limit": 1}, headers=keys["reader"])
        first = page.json()
        assert len(first["items"]) == 1 and first["next_cursor"]
        rest = fresh.get(
            f"/v1/generation-jobs/{job_id}/reviews",
            params={"cursor": first["next_cursor"]},
            headers=keys["reader"],
        ).json()
        assert [r["sample_id"] for r in first["items"] + rest["items"]] == [ids[1], ids[2]]

        ls = fresh.get(f"/v1/generation-jobs/{job_id}/reviews/export", headers=keys["reader"])
        assert ls.status_code == 200 and "attachment" in ls.headers["content-disposition"]
        tasks = ls.json()
        assert [t["data"]["sample_id"] for t in tasks] == [ids[1], ids[2]]
        assert tasks[0]["data"]["output"] == "Answer 1"
        result = {r["from_name"]: r["value"] for r in tasks[0]["annotations"][0]["result"]}
        assert result == {
            "decision": {"choices": ["reject"]},
            "reason": {"text": ["PHI: a real phone number"]},
        }
        assert tasks[1]["annotations"][0]["result"][-1]["value"] == {"text": ["Better answer"]}

        ar = fresh.get(
            f"/v1/generation-jobs/{job_id}/reviews/export",
            params={"format": "argilla"},
            headers=keys["reader"],
        )
        records = [json.loads(line) for line in ar.text.splitlines()]
        assert [r["id"] for r in records] == [str(ids[1]), str(ids[2])]
        assert [x["value"] for x in records[1]["responses"]["edited_output"]] == ["Better answer"]
        assert records[0]["responses"]["reason"][0]["value"] == "PHI: a real phone number"
        assert records[0]["metadata"]["reviewers"] == ["ana"]
        assert records[1]["fields"]["output"] == "Answer 2"
        bad = fresh.get(
            f"/v1/generation-jobs/{job_id}/reviews/export", params={"format": "csv"}, headers=keys["reader"]
        )
        assert bad.status_code == 422
    with session_scope(url) as s:
        assert len(list(s.scalars(select(Review)))) == 2


def _export(settings: Settings, **spec: Any) -> tuple[Export, Path]:
    with session_scope(settings.resolved_database_url) as s:
        export_id = submit_export(s, ExportCreate.model_validate(spec), settings).id
    assert run_export(export_id, settings) == "completed"
    with session_scope(settings.resolved_database_url) as s:
        row = s.get(Export, export_id)
        assert row is not None
        s.expunge(row)
    return row, export_dir(settings, export_id)


def _exported(out: Path) -> dict[str, str]:
    dd = load_from_disk(str(out))
    return {r["instruction"]: r["output"] for split in dd.values() for r in split}


def test_exports_select_by_review_and_use_the_edit(api: Reviewing) -> None:
    c, settings, url, ids, keys = api
    _review(c, keys["ana"], ids[0], decision="accept")
    _review(c, keys["ana"], ids[1], decision="reject", reason="PHI")
    _review(c, keys["ana"], ids[2], decision="edit", edits={"output": "Corrected answer 2"})
    _review(c, keys["ana"], ids[3], decision="accept")
    _review(c, keys["ben"], ids[3], decision="reject", reason="wrong")  # disputed
    split = {"splits": {"train": 0.5, "validation": 0.5, "test": 0.0}}

    row, out = _export(settings, format="mediflow", reviewed="accepted", **split)
    assert _exported(out) == {
        "Question 0 about the note": "Answer 0",
        "Question 2 about the note": "Corrected answer 2",
    }
    assert row.counts is not None and (row.counts["reviewed"], row.counts["edited"]) == (2, 1)
    card = (out / "README.md").read_text()
    assert "2 of 2 rows were reviewed by a person (2 accepted; 1 carry a reviewer's edit)" in card

    _, out = _export(settings, format="mediflow", **split)  # default: everything not rejected
    assert set(_exported(out)) == {f"Question {i} about the note" for i in (0, 2, 3, 4, 5)}
    assert "3 of 5 rows were reviewed by a person" in (out / "README.md").read_text()
    _, out = _export(settings, format="mediflow", reviewed="any", **split)
    assert len(_exported(out)) == 6
    with session_scope(url) as s:
        assert s.get(Sample, ids[2]).output == "Answer 2"  # type: ignore[union-attr]


def test_sdk_client_reviews(api: Reviewing) -> None:
    from mediflow.client import ApiError, Client

    c, ids, keys = api.c, api.ids, api.keys
    c.headers.update(keys["ana"])
    sdk = Client(http=c)
    job_id = sdk.get_sample(ids[0]).job_id
    assert sdk.review_queue(job_id, audit_percent=0).items[0].sample.id == ids[1]
    assert sdk.create_review(ids[1], {"decision": "reject", "reason": "PHI"}).state.status == "rejected"
    edited = sdk.create_review(ids[2], {"decision": "edit", "edits": {"output": "fixed"}})
    assert edited.state.edits == {"output": "fixed"}
    with pytest.raises(ApiError) as err:
        sdk.create_review(ids[3], {"decision": "reject"})
    assert err.value.status == 422 and err.value.details[0]["field"] == "reason"
    first = sdk.list_reviews(job_id, limit=1)
    assert first.next_cursor is not None
    second = sdk.list_reviews(job_id, cursor=first.next_cursor, limit=1)
    assert [r.sample_id for r in first.items + second.items] == [ids[1], ids[2]]
    assert sdk.get_sample_reviews(ids[2]).items[0].reviewer == "ana"
    assert sdk.review_summary(job_id).reviewed_rows == 2
    assert len(json.loads(sdk.export_reviews(job_id))) == 2
    assert len(sdk.export_reviews(job_id, format="argilla").splitlines()) == 2
