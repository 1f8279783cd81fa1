"""Import the review exports into the real tools and check what arrived.

    python -m bench.verify_review_exports --label-studio /tmp/lsvenv/bin/label-studio \\
        --argilla-python /tmp/argvenv/bin/python

The tools stay out of mediflow's environment (each has its own venv: ``python3 -m venv /tmp/lsvenv &&
/tmp/lsvenv/bin/pip install label-studio``; ``python3 -m venv /tmp/argvenv && /tmp/argvenv/bin/pip
install argilla``). A job with reviews is made in a temporary SQLite database (two reviewers: an
accept, a rejection with a reason, an edit, a disagreement), exported in both formats, then:

- Label Studio: a server is started (its own SQLite, a temporary data dir, no network needed), a
  project is created with ``LABEL_STUDIO_CONFIG``, the task file is imported through the REST API
  and every task's data and annotations are read back and compared with the reviews in our database;
  every annotation is also checked against the labeling config with the Label Studio SDK's
  ``LabelInterface`` (the server itself accepts results that name controls the config lacks).
  ``--label-studio-url`` and ``--label-studio-token`` use a running server instead.
- Argilla: an Argilla server needs Elasticsearch or OpenSearch, which is not available offline, so
  no server is run. The SDK (run with ``--argilla-python``) builds ``rg.Settings`` from
  ``ARGILLA_SETTINGS``, reads every line with ``rg.Record.from_dict`` into a dataset with those
  settings and runs the SDK's own ingestion (``dataset.records._ingest_records``, what
  ``records.log`` does before its upload) to the API models it would send. Its client is given a
  transport that answers only the login check and refuses anything else, so nothing is pretended
  uploaded. Then the responses, users and fields are compared with our reviews.

Exit status 0 when every check passed; each check prints one line.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from mediflow.core.statuses import ReviewDecision
from mediflow.schemas.reviews import ReviewCreate, ReviewEdits
from mediflow.services import reviews as svc
from mediflow.storage import reviews as review_store
from mediflow.storage.db import session_scope
from mediflow.storage.migrate import upgrade
from mediflow.storage.models import ApiKey, GenerationJob, Review, Sample
from tests.support.auth import make_api_key

FAILURES: list[str] = []


def check(ok: bool, what: str) -> None:
    print(f"{'ok  ' if ok else 'FAIL'} {what}")
    if not ok:
        FAILURES.append(what)


# --- a job with reviews --------------------------------------------------------------------------

# sample index -> (ana's decision, ben's decision); None: that reviewer did not review the row
DECISIONS: dict[int, tuple[str | None, str | None]] = {
    0: ("accept", None),
    1: ("reject", "reject"),
    2: ("edit", "accept"),
    3: ("accept", "reject"),
    4: (None, None),  # never reviewed: must not be exported
}


def make_reviews(url: str) -> str:
    upgrade(url)
    with session_scope(url) as s:
        job = GenerationJob(spec={"n_samples": 5}, n_planned=5, n_done=5, status="completed")
        s.add(job)
        s.flush()
        for i in DECISIONS:
            s.add(
                Sample(
                    job_id=job.id,
                    index=i,
                    status="done",
                    task_type="question_answering",
                    input_data="discharge_summary",
                    difficulty_level=3,
                    output_format="plain_text",
                    instruction=f"What changed in note {i}?",
                    input=f'Note {i}: started metformin 500 mg, "stable" & afebrile.',
                    output=f"Answer {i}",
                    rejected_output=f"Wrong answer {i}" if i == 1 else None,
                    error_type="factual_error" if i == 1 else None,
                    phi_count=1 if i == 1 else 0,
                )
            )
        job_id = job.id
    for name in ("ana", "ben"):
        make_api_key(url, "review", name)
    with session_scope(url) as s:
        keys = {k.name: k for k in s.query(ApiKey)}
        for sample in s.query(Sample).filter(Sample.job_id == job_id).order_by(Sample.index):
            for who, decision in zip(("ana", "ben"), DECISIONS[sample.index], strict=True):
                if decision is None:
                    continue
                body = ReviewCreate(
                    decision=ReviewDecision(decision),
                    reason=f"{who}: not safe to keep" if decision == "reject" else None,
                    edits=ReviewEdits(output=f"Corrected answer {sample.index}")
                    if decision == "edit"
                    else None,
                )
                svc.record_review(s, sample.id, body, keys[who])
    return job_id


def expected(url: str, job_id: str) -> dict[str, dict[str, dict[str, Any]]]:
    """sample id (str) -> reviewer name -> {decision, reason, edited_output}: what the tools must hold."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with session_scope(url) as s:
        reviews = list(s.query(Review).filter(Review.job_id == job_id).order_by(Review.id))
        by_sample: dict[int, list[Review]] = {}
        for r in reviews:
            by_sample.setdefault(r.sample_id, []).append(r)
        for sample_id, rows in by_sample.items():
            out[str(sample_id)] = {
                r.reviewer: {
                    "decision": r.decision,
                    "reason": r.reason,
                    "edited_output": (r.edits or {}).get("output"),
                }
                for r in review_store.latest_per_reviewer(rows).values()
            }
    return out


# --- Label Studio ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LabelStudio:
    def __init__(self, base: str, token: str) -> None:
        self.base, self.token = base.rstrip("/"), token

    def call(self, method: str, path: str, body: Any = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            self.base + path,
            method=method,
            data=data,
            headers={"Authorization": f"Token {self.token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as exc:
            raise RuntimeError(f"{method} {path}: HTTP {exc.code}: {exc.read().decode()[:1000]}") from exc


def start_label_studio(executable: str, data_dir: Path) -> tuple[subprocess.Popen[bytes], LabelStudio]:
    port, token = _free_port(), secrets.token_hex(20)
    log = (data_dir / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            executable,
            "start",
            "--no-browser",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--data-dir",
            str(data_dir / "data"),
            "--username",
            "verify@example.com",
            "--password",
            secrets.token_hex(12),
            "--user-token",
            token,
            "--enable-legacy-api-token",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "false"},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600  # the first start runs Django's migrations: minutes on 2 cores
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"label-studio exited with {proc.returncode}; see {data_dir / 'server.log'}")
        try:
            with urllib.request.urlopen(base + "/health", timeout=5) as resp:
                if resp.status == 200:
                    return proc, LabelStudio(base, token)
        except OSError:
            pass
        time.sleep(2)
    proc.terminate()
    raise RuntimeError("label-studio did not answer /health within 10 minutes")


def verify_label_studio(
    ls: LabelStudio, tasks_file: Path, want: dict[str, dict[str, dict[str, Any]]], ls_python: str | None
) -> None:
    tasks = json.loads(tasks_file.read_text())
    project = ls.call(
        "POST", "/api/projects", {"title": "mediflow review import", "label_config": svc.LABEL_STUDIO_CONFIG}
    )
    check(bool(project.get("id")), f"Label Studio accepted LABEL_STUDIO_CONFIG (project {project.get('id')})")
    imported = ls.call("POST", f"/api/projects/{project['id']}/import", tasks)
    check(
        (imported["task_count"], imported["annotation_count"])
        == (len(want), sum(len(v) for v in want.values())),
        f"import: {imported['task_count']} tasks, {imported['annotation_count']} annotations "
        f"(expected {len(want)}, {sum(len(v) for v in want.values())})",
    )
    listed = ls.call("GET", f"/api/tasks?project={project['id']}&page_size=100")["tasks"]
    for task in listed:
        sid = str(task["data"]["sample_id"])
        anns = ls.call("GET", f"/api/tasks/{task['id']}/annotations")
        got = {}
        for reviewer, ann in zip(task["data"]["reviewers"], anns, strict=True):
            values = {r["from_name"]: r["value"] for r in ann["result"]}
            got[reviewer] = {
                "decision": values["decision"]["choices"][0],
                "reason": values.get("reason", {}).get("text", [None])[0],
                "edited_output": values.get("edited_output", {}).get("text", [None])[0],
            }
        check(got == want.get(sid), f"task for sample {sid}: annotations read back {got}")
        with session_scope(ARGS.url) as s:
            row = s.get(Sample, int(sid))
            assert row is not None
            same = all(task["data"][k] == getattr(row, k) for k in ("instruction", "input", "output"))
        check(same, f"task for sample {sid}: instruction/input/output as generated")
    if ls_python:
        verify_with_label_interface(ls_python, tasks)


_LS_CHECK = """
import json, sys
from label_studio_sdk.label_interface import LabelInterface
config, tasks = sys.argv[1], json.load(open(sys.argv[2]))
li = LabelInterface(config)
for task in tasks:
    ok = li.validate_task({"data": task["data"]})
    errors = [e for a in task["annotations"] for e in li.validate_prediction(a, return_errors=True)]
    print(json.dumps({"sample_id": task["data"]["sample_id"], "data_ok": ok, "errors": errors}))
"""


def sdk_json_lines(
    python: str, script: str, args: list[str], what: str, stderr_tail: int = 500
) -> list[dict[str, Any]] | None:
    """Run ``script`` under the SDK's own interpreter and read the JSON line it prints per item; a script
    that fails is one failed check (``what``, with the end of its stderr) and gives None."""
    out = subprocess.run([python, "-c", script, *args], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        check(False, f"{what}: {out.stderr.strip()[-stderr_tail:]}")
        return None
    return [json.loads(line) for line in out.stdout.splitlines()]


def verify_with_label_interface(ls_python: str, tasks: list[dict[str, Any]]) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(tasks, fh)
    results = sdk_json_lines(
        ls_python, _LS_CHECK, [svc.LABEL_STUDIO_CONFIG, fh.name], "LabelInterface check ran"
    )
    for r in results or ():
        check(
            r["data_ok"] and not r["errors"],
            f"LabelInterface: sample {r['sample_id']} data and annotations fit the config {r['errors'] or ''}",
        )


# --- Argilla --------------------------------------------------------------------------------------

_ARGILLA_CHECK = """
import json, sys, uuid
import httpx
import argilla as rg

settings_spec, records_path = json.loads(sys.argv[1]), sys.argv[2]
ME = {"id": str(uuid.uuid4()), "username": "verify", "role": "owner", "first_name": "v", "last_name": None,
      "api_key": "x", "inserted_at": "2026-01-01T00:00:00", "updated_at": "2026-01-01T00:00:00"}


def only_login(request):
    if request.url.path == "/api/v1/me":
        return httpx.Response(200, json=ME)
    raise RuntimeError(f"no Argilla server here: {request.method} {request.url.path} refused")


client = rg.Argilla(api_url="http://argilla.invalid", api_key="offline", mounts={"all://": httpx.MockTransport(only_login)})
types = {"label": lambda q: rg.LabelQuestion(name=q["name"], labels=q["labels"]),
         "text": lambda q: rg.TextQuestion(name=q["name"], required=q.get("required", True))}
meta = {"terms": lambda m: rg.TermsMetadataProperty(name=m["name"]),
        "integer": lambda m: rg.IntegerMetadataProperty(name=m["name"])}
settings = rg.Settings(
    fields=[rg.TextField(name=f["name"], required=f["required"], client=client) for f in settings_spec["fields"]],
    questions=[types[q["type"]](q) for q in settings_spec["questions"]],
    metadata=[meta[m["type"]](m) for m in settings_spec["metadata"]],
)
dataset = rg.Dataset(name="mediflow-reviews", settings=settings, client=client)
lines = [json.loads(line) for line in open(records_path)]
records = [rg.Record.from_dict(line, dataset=dataset) for line in lines]
models = dataset.records._ingest_records(records)
for line, record, model in zip(lines, records, models):
    responses = {}
    for r in record.responses:
        responses.setdefault(str(r.user_id), {})[r.question_name] = r.value
    print(json.dumps({
        "id": model.external_id,
        "fields": model.fields,
        "metadata": {m.name: m.value for m in model.metadata},
        "responses": responses,
        "statuses": sorted({getattr(u.status, "value", u.status) for u in model.responses}),
    }))
"""


def verify_argilla(py: str, records_file: Path, want: dict[str, dict[str, dict[str, Any]]], url: str) -> None:
    args = [json.dumps(svc.ARGILLA_SETTINGS), str(records_file)]
    got = sdk_json_lines(py, _ARGILLA_CHECK, args, "Argilla SDK read the records", stderr_tail=800)
    if got is None:
        return
    check(
        len(got) == len(want),
        f"Argilla SDK ingested {len(got)} records into API models (expected {len(want)})",
    )
    with session_scope(url) as s:
        reviews = list(s.query(Review).order_by(Review.id))
        user_of = {svc.argilla_user_id(r): r.reviewer for r in reviews}
    for rec in got:
        sid = rec["id"]
        by_name = {
            user_of[user]: {q: values.get(q) for q in ("decision", "reason", "edited_output")}
            for user, values in rec["responses"].items()
        }
        check(by_name == want.get(sid), f"record {sid}: responses per reviewer {by_name}")
        check(rec["statuses"] == ["submitted"], f"record {sid}: responses submitted ({rec['statuses']})")
        check(
            sorted(rec["metadata"]["reviewers"]) == sorted(want.get(sid, {})),
            f"record {sid}: metadata names the reviewers {rec['metadata']['reviewers']}",
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--label-studio", help="the label-studio executable (its venv's bin/label-studio)")
    parser.add_argument("--label-studio-url", help="a running Label Studio instead of starting one")
    parser.add_argument("--label-studio-token", help="its legacy API token")
    parser.add_argument("--argilla-python", help="a python with the argilla SDK installed")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    global ARGS
    ARGS = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="verify-reviews-"))
    ARGS.url = f"sqlite:///{tmp / 'mediflow.sqlite'}"
    job_id = make_reviews(ARGS.url)
    want = expected(ARGS.url, job_id)
    with session_scope(ARGS.url) as s:
        (tmp / "label_studio.json").write_text(svc.export_reviews(s, job_id, "label_studio"))
        (tmp / "argilla.jsonl").write_text(svc.export_reviews(s, job_id, "argilla"))
    print(f"exported {len(want)} reviewed rows of job {job_id} to {tmp}")
    proc = None
    try:
        if ARGS.label_studio_url:
            verify_label_studio(
                LabelStudio(ARGS.label_studio_url, ARGS.label_studio_token or ""),
                tmp / "label_studio.json",
                want,
                None,
            )
        elif ARGS.label_studio:
            t0 = time.monotonic()
            proc, ls = start_label_studio(ARGS.label_studio, tmp)
            print(f"label-studio started in {time.monotonic() - t0:.0f}s at {ls.base}")
            ls_python = str(Path(ARGS.label_studio).with_name("python"))
            verify_label_studio(ls, tmp / "label_studio.json", want, ls_python)
        else:
            print("skip Label Studio: pass --label-studio or --label-studio-url")
        if ARGS.argilla_python:
            verify_argilla(ARGS.argilla_python, tmp / "argilla.jsonl", want, ARGS.url)
        else:
            print("skip Argilla: pass --argilla-python")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        if not ARGS.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'all checks passed' if not FAILURES else f'{len(FAILURES)} checks failed'}")
    sys.exit(1 if FAILURES else 0)


ARGS: argparse.Namespace


if __name__ == "__main__":
    main()
