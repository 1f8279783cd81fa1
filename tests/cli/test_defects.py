"""The defects a newcomer hit, each pinned: final statuses, checks, splits, recipes, messages, packaging."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from mediflow.api.main import create_app
from mediflow.client import Client
from mediflow.core.settings import Settings
from mediflow.exports.run import run_export
from mediflow.schemas.exports import ExportCreate, SplitRatios
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services import exports as export_svc
from mediflow.services.generation import resolve_price, submit_job
from mediflow.storage.db import session_scope
from mediflow.workers.runner import JobRunner
from tests.support.auth import bearer
from tests.support.loopback import LoopbackTeacher, Reply, clinical_reply
from tests.support.training import build_sft_export, build_tiny_workspace

ROOT = Path(__file__).resolve().parents[2]


def _run_job(settings: Settings, teacher: LoopbackTeacher, n: int, **extra: Any) -> str:
    spec = GenerationJobCreate.model_validate(
        {
            "n_samples": n,
            "teacher": teacher.teacher_spec(model="gpt-4o-mini", max_retries=0),
            **extra,
        }
    )
    with session_scope(settings.resolved_database_url) as s:
        job_id = submit_job(s, spec, settings=settings)[0].id
    assert JobRunner(job_id, settings).run() == "finished"
    return job_id


def test_all_failed_job_ends_failed_with_the_reason_and_retry_failed_recovers_it(
    client: TestClient, sdk: Client, settings: Settings, teacher: LoopbackTeacher
) -> None:
    teacher.responder = lambda req, n: Reply(status=401, error_message="Incorrect API key provided")
    job_id = _run_job(settings, teacher, 4)
    job = sdk.get_job(job_id)
    assert job.status == "failed" and job.counts.failed == 4
    assert job.error is not None and "every sample failed (4)" in job.error and "teacher_auth" in job.error

    teacher.responder = clinical_reply  # the key is fixed: run only the failed samples again
    retried = sdk.retry_failed(job_id)
    assert retried.status == "queued" and retried.counts.pending == 4 and retried.error is None
    assert JobRunner(job_id, settings).run() == "finished"
    job = sdk.get_job(job_id)
    assert (job.status, job.counts.done, job.counts.failed) == ("completed", 4, 0)
    resp = client.post(f"/v1/generation-jobs/{job_id}/retry-failed")
    assert resp.status_code == 409 and "no failed samples" in resp.json()["error"]["message"]


def test_samples_show_checks_and_the_report_says_why_no_dpo_pair(
    sdk: Client, settings: Settings, teacher: LoopbackTeacher
) -> None:
    # DPO on, no judge (on by default): no row has scores, so none reaches min_scores, and the report says so.
    quality = {"dpo": {"enabled": True}, "judge": {"enabled": False}}
    job_id = _run_job(settings, teacher, 3, quality=quality)
    rows = sdk.list_samples(job_id=job_id, status="done").items
    assert len(rows) == 3
    one = sdk.get_sample(rows[0].id)
    assert one.checks is not None and one.checks["phi"]["policy"] == "flag"
    assert one.checks["dpo"]["skipped"] == "below_min_scores" and one.checks["dpo"]["min_scores"]
    report = sdk.job_report(job_id)
    assert report.dpo_pairs == {} and report.dpo_unpaired == {"below_min_scores": 3}


def test_job_resource_shows_rate_tokens_and_projected_cost(
    sdk: Client, settings: Settings, teacher: LoopbackTeacher
) -> None:
    job = sdk.get_job(_run_job(settings, teacher, 3))
    assert job.spec.teacher.price is not None  # gpt-4o-mini is in the packaged price table
    live = job.live
    assert live is not None and live.samples_per_s and live.samples_per_s > 0
    assert live.eta_s == 0.0 and live.tokens_projected == job.tokens.input + job.tokens.output
    assert job.tokens.cost is not None and live.cost_projected == pytest.approx(job.tokens.cost)


def test_an_empty_split_is_not_written_and_is_warned(
    sdk: Client, settings: Settings, teacher: LoopbackTeacher
) -> None:
    job_id = _run_job(settings, teacher, 2)
    made = sdk.create_export(
        {"format": "sft", "job_ids": [job_id], "splits": {"train": 0.9, "validation": 0.1}}
    )
    assert run_export(made.id, settings) == "completed"
    export = sdk.get_export(made.id)
    assert export.spec.splits is not None and export.spec.splits.test == 0.0
    out = Path(export.artifact_path or "")
    written = sorted(p.name for p in out.iterdir() if (p / "dataset_info.json").exists())
    assert written == ["train"]
    assert (
        len(export.warnings) == 1 and "'validation'" in export.warnings[0] and "empty" in export.warnings[0]
    )


def test_split_defaults() -> None:
    assert SplitRatios().as_dict() == {"train": 0.9, "validation": 0.05, "test": pytest.approx(0.05)}
    pit = ExportCreate.model_validate({"format": "pit", "splits": {"train": 0.9, "validation": 0.1}})
    assert pit.split_ratios() == {"train": 0.9, "validation": 0.1}
    assert ExportCreate.model_validate({"format": "pit"}).split_ratios() == {"train": 0.9, "validation": 0.1}
    with pytest.raises(ValueError, match="more than 1"):
        SplitRatios(train=0.9, validation=0.2)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = build_tiny_workspace(tmp_path_factory.mktemp("ux-ws")).resolve()
    build_sft_export(root / "exports" / "sft-no-validation", n_train=8, n_val=0)
    return root


@pytest.fixture
def train_client(settings: Settings, admin_key: str, workspace: Path) -> Iterator[TestClient]:
    s = settings.model_copy(update={"models_dir": workspace / "models", "artifacts_dir": workspace})
    with TestClient(create_app(s), headers=bearer(admin_key)) as c:
        yield c


def test_builtin_tiny_cpu_paths_work_in_the_service(train_client: TestClient, workspace: Path) -> None:
    resp = train_client.post("/v1/training-runs", json={"recipe_name": "tiny-cpu"})
    assert resp.status_code == 202, resp.text
    assert resp.json()["recipe"]["base_model"] == str(workspace / "models" / "tiny-llama")


def test_recipe_with_an_empty_validation_split_is_a_422_naming_export_and_split(
    train_client: TestClient,
) -> None:
    body = {
        "recipe_name": "tiny-cpu",
        "overrides": {"alignment": {"sft": {"export": "exports/sft-no-validation"}}},
    }
    resp = train_client.post("/v1/training-runs", json=body)
    assert resp.status_code == 422, resp.text
    details = {d["field"]: d["reason"] for d in resp.json()["error"]["details"]}
    reason = details["recipe.alignment.sft.export"]
    assert "sft-no-validation" in reason and "'validation' split is" in reason


def test_messages_name_the_field_and_the_way_out(client: TestClient, sdk: Client) -> None:
    resp = client.post(
        "/v1/generation-jobs", content=b'{"n_samples": 3,', headers={"content-type": "application/json"}
    )
    detail = resp.json()["error"]["details"][0]
    assert (
        resp.status_code == 422
        and detail["field"] == "body"
        and "malformed JSON at character" in detail["reason"]
    )
    resp = client.get("/v1/generation-jobs", headers={"Authorization": ""})
    assert resp.status_code == 401 and "mediflow keys create" in resp.json()["error"]["message"]
    corpus = sdk.create_corpus({"name": "notes"})
    bad = client.post(
        f"/v1/corpora/{corpus.id}/documents", params={"filename": "a.jsonl"}, content=b'{"text": "x\n'
    )
    assert (
        bad.status_code == 422 and "at at" not in bad.text and "Unterminated string (column 10)" in bad.text
    )
    missing = client.post(
        f"/v1/corpora/{corpus.id}/documents", params={"filename": "a.jsonl"}, content=b'{"body": "x"}\n'
    )
    detail = missing.json()["error"]["details"][0]
    assert detail["field"] == "text_field" and "text_field parameter" in detail["reason"]


def test_card_names_a_custom_license(sdk: Client, settings: Settings, teacher: LoopbackTeacher) -> None:
    from huggingface_hub import DatasetCard

    job_id = _run_job(settings, teacher, 2)
    with session_scope(settings.resolved_database_url) as s:
        export_id = export_svc.submit_export(s, ExportCreate(format="sft", job_ids=[job_id]), settings).id
    assert run_export(export_id, settings) == "completed"
    card = DatasetCard.load(Path(sdk.get_export(export_id).artifact_path or "") / "README.md")
    assert card.data.license == "other" and card.data.to_dict()["license_name"] == "mediflow-synthetic"


def test_standard_env_variables_and_default_prices(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MEDIFLOW_OPENAI_API_KEY", "MEDIFLOW_OPENAI_BASE_URL", "MEDIFLOW_HF_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-standard")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://gpu-box:8000/v1")
    monkeypatch.setenv("HF_TOKEN", "hf_standard")
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert s.openai_api_key is not None and s.openai_api_key.get_secret_value() == "sk-standard"
    assert s.openai_base_url == "http://gpu-box:8000/v1"
    assert s.hf_token is not None and s.hf_token.get_secret_value() == "hf_standard"
    monkeypatch.setenv("MEDIFLOW_OPENAI_API_KEY", "sk-mediflow")  # ours wins when both are set
    assert Settings(_env_file=None).openai_api_key.get_secret_value() == "sk-mediflow"  # type: ignore[call-arg,union-attr]
    spec = GenerationJobCreate.model_validate(
        {"n_samples": 1, "teacher": {"backend": "openai", "model": "gpt-4o"}}
    )
    price = resolve_price(spec, s)
    assert price is not None and price.input_per_million > 0
    override = s.model_copy(
        update={"price_table": {"gpt-4o": {"input_per_million": 1, "output_per_million": 2}}}
    )
    assert resolve_price(spec, override) == price.model_copy(
        update={"input_per_million": 1, "output_per_million": 2}
    )


def test_packaging_gpu_image_has_phi_and_python_floor() -> None:
    dockerfile = (ROOT / "docker" / "Dockerfile.gpu").read_text()
    assert "phi]" in dockerfile and ",phi" in dockerfile
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["requires-python"] == ">=3.11.4"  # tarfile's `data` filter (corpus archives)
