"""The README's quick start, run as written (bash) against a loopback OpenAI-compatible teacher.

Only the two lines that name the user's teacher are replaced, with the loopback's URL and a dummy
key; every other line runs unchanged, from `mediflow db upgrade` to the downloaded export.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.support.loopback import LoopbackTeacher
from tests.support.processes import free_port

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.timeout(300), pytest.mark.slow]


def quickstart_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(
        r"<!-- quickstart:begin -->\s*```bash\n(.*?)```\s*<!-- quickstart:end -->", readme, re.S
    )
    assert match, "README.md has no quick-start block between the quickstart markers"
    return match.group(1)


def test_readme_quickstart_runs_as_written(tmp_path: Path) -> None:
    block = quickstart_block()
    assert "mediflow keys create" in block and "--scope admin" in block  # the first key is made
    with LoopbackTeacher() as teacher:
        script = re.sub(r"^export OPENAI_API_KEY=.*$", "export OPENAI_API_KEY=sk-loopback", block, flags=re.M)
        script = re.sub(
            r"^export OPENAI_BASE_URL=.*$", f"export OPENAI_BASE_URL={teacher.base_url}", script, flags=re.M
        )
        assert "sk-loopback" in script and teacher.base_url in script, "the block must set both OPENAI_ names"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDIFLOW_", "OPENAI_"))}
        env |= {
            "PATH": f"{Path(sys.executable).parent}:{env.get('PATH', '')}",
            "MEDIFLOW_API_PORT": str(free_port()),  # the block uses the default host and this port
            "COLUMNS": "200",
            # The stand-in teacher is on loopback, a private address the egress guard refuses
            # unless the operator allows it (the README's api.openai.com needs no such line).
            "MEDIFLOW_EGRESS_PRIVATE_NETWORKS": '["127.0.0.0/8"]',
        }
        proc = subprocess.Popen(
            ["bash", "-euo", "pipefail", "-c", script],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        try:
            out, _ = proc.communicate(timeout=240)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
        assert proc.returncode == 0, out[-4000:]
        assert teacher.calls >= 20 * 3  # the jobs went to the teacher the block named
    assert "teacher calls" in out and "cost $" in out  # --estimate, priced from the default table
    assert "completed" in out
    archives = list(tmp_path.glob("mediflow-export-*.tar.gz"))
    assert len(archives) == 1, out[-3000:]
    with tarfile.open(archives[0]) as tar:
        names = tar.getnames()
    assert any(n.endswith("train/dataset_info.json") for n in names)
    assert any(n.endswith("validation/dataset_info.json") for n in names)
