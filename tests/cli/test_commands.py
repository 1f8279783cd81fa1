"""The CLI against a real API and worker: one job spec through CLI, SDK and REST; jobs, samples, export."""

from __future__ import annotations

import json
import re
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from click.testing import CliRunner, Result
from datasets import load_from_disk

from mediflow.cli.main import main
from mediflow.client import Client
from tests.cli.service import Service, running_service
from tests.support.loopback import LoopbackTeacher

pytestmark = pytest.mark.timeout(240)

SPEC: dict[str, Any] = {
    "n_samples": 4,
    "task_types": ["summarization", "clinical_coding"],
    "output_formats": ["json"],
    "difficulty_levels": [4, 5],
    "seed": 11,
    "shards": 2,
    "teacher": {
        "backend": "openai",
        "model": "gpt-4o-mini",
        "server": "vllm",
        "name": "team-a",  # keys are bound to operator teachers (tests/cli/service.py declares it)
        "temperature": 0.2,
        "max_tokens": 256,
        "concurrency": 3,
        "max_concurrency": 6,
        "rpm_limit": 600,
        "tpm_limit": 100000,
        "max_retries": 2,
        "price": {"input_per_million": 1.0, "output_per_million": 2.0},
    },
    "budget": {"max_tokens": 50000, "max_cost": 1.5},
    "quality": {
        "phi": {"policy": "redact"},
        "judge": {"k": 3, "thresholds": {"quality": 2}},
        "dedup": {"enabled": False},
        "dpo": {"enabled": True, "min_scores": {"quality": 3}},
    },
}


@pytest.fixture(scope="module")
def module_teacher() -> Iterator[LoopbackTeacher]:
    """One loopback teacher for the module's one service (conftest's ``teacher`` is per test)."""
    with LoopbackTeacher() as srv:
        yield srv


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, module_teacher: LoopbackTeacher) -> Iterator[Service]:
    with running_service(tmp_path_factory.mktemp("svc") / "data", module_teacher.base_url) as svc:
        yield svc


def cli(service: Service, *args: str) -> Result:
    result = CliRunner().invoke(
        main, list(args), env=service.env() | {"COLUMNS": "200"}, catch_exceptions=False
    )
    return result


def test_one_spec_three_faces_store_the_same_spec(service: Service, tmp_path: Path) -> None:
    spec_file = tmp_path / "job.yaml"
    spec_file.write_text(yaml.safe_dump(SPEC))
    printed = cli(service, "generate", "--spec", str(spec_file), "--print-spec")
    assert printed.exit_code == 0 and yaml.safe_load(printed.output) == SPEC

    via_cli = cli(service, "generate", "--spec", str(spec_file), "--no-wait")
    assert via_cli.exit_code == 0, via_cli.output
    cli_id = via_cli.output.split("job ")[1].split()[0]
    with Client(service.url, api_key=service.key) as sdk:
        sdk_id = sdk.create_job(yaml.safe_load(spec_file.read_text())).id
        rest = httpx.post(
            f"{service.url}/v1/generation-jobs",
            json=yaml.safe_load(spec_file.read_text()),
            headers={"Authorization": f"Bearer {service.key}"},
        )
        assert rest.status_code == 202, rest.text
        stored = [sdk.get_job(i).spec.model_dump(mode="json") for i in (cli_id, sdk_id, rest.json()["id"])]
        for job_id in (cli_id, sdk_id, rest.json()["id"]):
            sdk.cancel_job(job_id)  # the worker need not run them
    assert stored[0] == stored[1] == stored[2]
    assert stored[0]["teacher"]["rpm_limit"] == 600 and stored[0]["quality"]["judge"]["k"] == 3

    # Flags lay over the file; --set reaches any field.
    shown = cli(
        service,
        "generate",
        "--spec",
        str(spec_file),
        "--seed",
        "3",
        "--set",
        "quality.judge.k=5",
        "--teacher-concurrency",
        "7",
        "--print-spec",
    )
    body = yaml.safe_load(shown.output)
    assert (body["seed"], body["quality"]["judge"]["k"], body["teacher"]["concurrency"]) == (3, 5, 7)


def test_generate_follow_samples_jobs_and_export_download(service: Service, tmp_path: Path) -> None:
    est = cli(service, "generate", "-n", "3", "--backend", "openai", "--model", "gpt-4o-mini", "--estimate")
    # three stages and five judge votes (the default) per sample
    assert est.exit_code == 0 and "24 teacher calls" in est.output and "cost $" in est.output
    quota = [
        "--set",
        "quota.kept_per_stratum=2",
        "--set",
        "quota.stratum=[task_type]",
        "--task-type",
        "summarization",
    ]
    est = cli(service, "generate", "--backend", "openai", "--model", "gpt-4o-mini", *quota, "--estimate")
    # 2 rows planned at keep rate 0.8 (0.6..0.95): 0.4 rows expected in a round; at worst 0.8, then 0.32.
    assert "quota top-ups on top: ~0 (0–1) rows in 0 (0–1) rounds · 0 (0–8) calls" in est.output, est.output
    assert "keep rate 80% (60%–95%), default (no completed job in this project yet)" in est.output
    run = cli(
        service,
        "generate",
        "-n",
        "3",
        "--backend",
        "openai",
        "--model",
        "gpt-4o-mini",
        "--output-format",
        "plain_text",
        "--task-type",
        "summarization",
    )
    assert run.exit_code == 0, run.output
    job_id = run.output.split("job ")[1].split()[0]
    assert "completed" in run.output and "/min" in run.output and "$" in run.output  # the live bar

    listed = cli(service, "jobs", "list")
    assert job_id in listed.output
    shown = cli(service, "jobs", "show", job_id, "--json")
    assert json.loads(shown.output)["live"]["samples_per_s"] > 0
    rows = cli(service, "samples", "--job", job_id, "--output", "jsonl")
    samples = [json.loads(line) for line in rows.output.splitlines()]
    assert len(samples) == 3 and all(s["checks"] is not None for s in samples)
    one = cli(service, "samples", "--id", str(samples[0]["id"]))
    assert "checks:" in one.output and "instruction" in one.output
    again = cli(service, "jobs", "retry-failed", job_id)
    assert again.exit_code == 1 and "no failed samples" in again.output

    exported = cli(
        service,
        "export",
        "--export-format",
        "sft",
        "--job",
        job_id,
        "--split",
        "0.6,0.4",
        "--download",
        str(tmp_path),
    )
    assert exported.exit_code == 0, exported.output
    archive = next(tmp_path.glob("mediflow-export-*.tar.gz"))
    with tarfile.open(archive) as tar:
        assert any(n.endswith("README.md") for n in tar.getnames())
    assert "downloaded:" in exported.output
    extracted = tmp_path / "x"
    with tarfile.open(archive) as tar:
        tar.extractall(extracted, filter="data")
    dd = load_from_disk(str(next(extracted.iterdir())))
    assert list(dd) == ["train", "validation"] and dd["train"].column_names == ["prompt", "completion"]

    bad = cli(service, "export", "--export-format", "sft", "--min-score", "quality")
    assert bad.exit_code == 2 and "CRITERION=NUMBER" in bad.output
    missing = cli(service, "export", "--export-format", "sft", "--job", "nope")
    assert missing.exit_code == 1 and "generation job 'nope' not found" in missing.output


def test_corpus_keys_and_the_401_through_the_cli(service: Service, tmp_path: Path) -> None:
    made = cli(service, "corpus", "create", "notes")
    corpus_id = made.output.strip().splitlines()[-1]
    docs = tmp_path / "notes.jsonl"
    docs.write_text("\n".join(json.dumps({"body": f"note {i} about sepsis"}) for i in range(3)) + "\n")
    assert "already exists" in cli(service, "corpus", "create", "notes").output
    bad = cli(service, "corpus", "add", "notes", str(docs))
    assert bad.exit_code == 1 and "text_field" in bad.output
    good = cli(service, "corpus", "add", "notes", str(docs), "--text-field", "body")
    assert good.exit_code == 0 and "read 3, added 3, already present 0" in good.output
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"body": "fine"}\n{oops\n')
    bad = cli(service, "corpus", "add", corpus_id, str(broken), "--text-field", "body")
    assert bad.exit_code == 1 and "line 2: invalid JSON" in bad.output
    listed = cli(service, "corpus", "list").output
    assert corpus_id in listed and " 3 " in listed  # the whole id, never cut
    key = cli(service, "keys", "create", "--name", "ci", "-q")
    assert key.exit_code == 0 and key.output.strip().startswith("mfk_")
    denied = CliRunner().invoke(main, ["jobs", "list"], env=service.env() | {"MEDIFLOW_API_KEY": "mfk_wrong"})
    assert denied.exit_code == 1 and "mediflow keys create" in denied.output


def test_phi_policy_flags_on_corpus_and_generate_commands(service: Service, tmp_path: Path) -> None:
    made = cli(service, "corpus", "create", "phi-notes", "--phi-policy", "flag")
    assert made.exit_code == 0 and "PHI policy flag" in made.output, made.output
    docs = tmp_path / "phi.jsonl"
    docs.write_text(json.dumps({"text": "Patient: John Smith, MRN: 00482913. CHF."}) + "\n")
    added = cli(service, "corpus", "add", "phi-notes", str(docs))
    assert added.exit_code == 0 and "PHI (flag): 1 documents held MRN x1, NAME x1" in added.output
    # --phi-policy on add changes the corpus first: the stored document is re-screened
    more = tmp_path / "more.jsonl"
    more.write_text(json.dumps({"text": "Call 555-123-4567 about the echo."}) + "\n")
    again = cli(service, "corpus", "add", "phi-notes", str(more), "--phi-policy", "redact")
    assert again.exit_code == 0, again.output
    assert "PHI policy flag -> redact; re-screened 1 stored documents, rewrote 1" in again.output
    assert "PHI (redact): 1 documents held PHONE x1" in again.output
    undo = cli(service, "corpus", "set-policy", "phi-notes", "flag")
    assert undo.exit_code == 1 and "cannot be un-redacted" in undo.output
    bad = cli(service, "corpus", "create", "x", "--phi-policy", "shred")
    assert bad.exit_code == 2 and "shred" in bad.output
    printed = cli(service, "generate", "-n", "2", "--phi-policy", "surrogate", "--print-spec")
    assert (
        printed.exit_code == 0 and yaml.safe_load(printed.output)["quality"]["phi"]["policy"] == "surrogate"
    )


def test_models_train_and_eval_submit_go_through_the_sdk(service: Service, tmp_path: Path) -> None:
    from mediflow.core.settings import get_settings
    from tests.support.training import build_tiny_llama

    source = build_tiny_llama(tmp_path / "downloads" / "tiny", seed=0)
    root = service.settings.resolved_models_dir
    get_settings.cache_clear()  # `models import` copies into the models root of these settings
    try:
        made = cli(service, "models", "import", str(source), "--name", "tiny-llama")
        again = cli(service, "models", "import", str(root / "tiny-llama"))  # in place, same name
    finally:
        get_settings.cache_clear()
    assert made.exit_code == 0, made.output
    assert "base_model: tiny-llama  (imported as tiny-llama, id " in made.output
    assert (root / "tiny-llama" / "config.json").exists()
    assert again.exit_code == 1 and "already imported in this project" in again.output
    listed = cli(service, "models", "list").output
    assert "tiny-llama" in listed and "LlamaForCausalLM" in listed
    with Client(service.url, api_key=service.key) as api:
        assert [m.base_model for m in api.list_models().items] == ["tiny-llama"]

    recipe = tmp_path / "recipe.yaml"
    recipe.write_text(yaml.safe_dump({"name": "base-only", "base_model": "tiny-llama", "device": "cpu"}))
    run = cli(service, "train", str(recipe), "--no-wait")
    assert run.exit_code == 0 and re.search(r"training run \w+ queued", run.output), run.output
    bad = cli(service, "train", "--builtin", "tiny-cpu")  # its exports are not there: one 422
    assert bad.exit_code == 1 and "recipe.experts[0].path" in bad.output
    ev = cli(service, "eval", "submit", "--model", "base=tiny-llama", "--max-items", "1", "--no-wait")
    assert ev.exit_code == 0 and re.search(r"evaluation \w+ queued", ev.output), ev.output
