"""Commands that run here without an API: preview (a spec inline) and models --local-only/--local
(the base-model root on this machine)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from mediflow.cli.main import main
from mediflow.core.settings import get_settings
from tests.support.loopback import LoopbackTeacher


@pytest.fixture
def local_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name in ("MEDIFLOW_DATABASE_URL", "MEDIFLOW_BROKER_URL", "MEDIFLOW_MODELS_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MEDIFLOW_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_preview_runs_a_spec_inline_with_no_broker(local_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with LoopbackTeacher() as teacher:
        # The server's default endpoint (ad-hoc URLs are off by default); loopback is let through.
        monkeypatch.setenv("OPENAI_BASE_URL", teacher.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-loopback")
        monkeypatch.setenv("MEDIFLOW_EGRESS_PRIVATE_NETWORKS", '["127.0.0.0/8"]')
        for name in ("MEDIFLOW_OPENAI_BASE_URL", "MEDIFLOW_OPENAI_API_KEY"):
            monkeypatch.delenv(name, raising=False)
        spec = local_env / "job.json"
        spec.write_text(
            json.dumps(
                {"n_samples": 2, "teacher": {"backend": "openai"}, "quality": {"judge": {"enabled": False}}}
            )
        )
        result = CliRunner().invoke(
            main,
            ["preview", "--spec", str(spec), "--model", "gpt-4o-mini", "--task-type", "summarization"],
            env={"COLUMNS": "200"},
        )
        assert result.exit_code == 0, result.output
        assert teacher.calls == 2 * 3
    assert result.output.count("sample ") == 2 and "preview completed" in result.output
    assert not (local_env / "data" / "mediflow.sqlite").exists()  # a throw-away database, not yours


def test_models_import_and_list(local_env: Path) -> None:
    from tests.support.training import build_tiny_llama

    source = build_tiny_llama(local_env / "downloads" / "tiny", seed=0)
    runner = CliRunner()
    made = runner.invoke(main, ["models", "import", str(source), "--name", "tiny-llama", "--local-only"])
    assert made.exit_code == 0 and "base_model: tiny-llama" in made.output, made.output
    root = local_env / "data" / "models"
    assert (root / "tiny-llama" / "config.json").exists()
    again = runner.invoke(main, ["models", "import", str(source), "--name", "tiny-llama"])
    assert again.exit_code == 1 and "--force" in again.output
    escape = runner.invoke(main, ["models", "import", str(source), "--name", "../outside"])
    assert escape.exit_code == 2 and "letters, digits" in escape.output
    assert not (local_env / "data" / "outside").exists()
    not_a_model = runner.invoke(main, ["models", "import", str(local_env)])
    assert not_a_model.exit_code == 1 and "config.json" in not_a_model.output
    listed = runner.invoke(main, ["models", "list", "--local"], env={"COLUMNS": "200"})
    assert "tiny-llama" in listed.output and "LlamaForCausalLM" in listed.output
