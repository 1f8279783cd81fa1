"""``mediflow demo``: the whole spine on embedded defaults, started and stopped in one command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
from rich.console import Console

from mediflow.cli.common import wait_ready
from mediflow.cli.processes import free_port, spawn, stop
from mediflow.client import ApiError, Client

# The demo's lighter quality settings: one judge vote that records scores but filters nothing. A
# 135M model on a CPU cannot judge reliably, and five votes per row would take most of the demo's time.
DEMO_JUDGE = {"k": 1, "min_valid_votes": 1, "thresholds": {}}
DEMO_TASKS = [
    "question_answering",
    "summarization",
    "named_entity_recognition",
    "clinical_coding",
    "patient_simplification",
]


def run_demo(*, n_samples: int, data_dir: str, port: int, max_tokens: int, console: Console) -> int:
    data = Path(data_dir).resolve()
    data.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    env = {
        **os.environ,
        "MEDIFLOW_DATA_DIR": str(data),
        "MEDIFLOW_API_HOST": "127.0.0.1",
        "MEDIFLOW_API_PORT": str(port),
        "MEDIFLOW_TEACHER_BACKEND": "embedded",
    }
    # The demo is the embedded setup: ignore any server URLs from the caller's environment.
    for key in ("MEDIFLOW_DATABASE_URL", "MEDIFLOW_BROKER_URL"):
        env.pop(key, None)
    console.rule("mediflow demo: embedded SQLite + SQLite broker + SmolLM2-135M on the CPU")
    subprocess.run([sys.executable, "-m", "mediflow.cli", "db", "upgrade"], env=env, check=True)
    # The API always wants a key: the demo makes a write key for itself, as a user would.
    api_key = subprocess.run(
        [
            sys.executable,
            "-m",
            "mediflow.cli",
            "keys",
            "create",
            "--db",
            "--name",
            "demo",
            "--scope",
            "write",
            "-q",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    procs = [
        spawn(["serve", "--log-level", "warning"], env, data / "api.log"),
        spawn(["worker", "--concurrency", "1", "--log-level", "warning"], env, data / "worker.log"),
    ]
    try:
        with Client(f"http://127.0.0.1:{port}", api_key=api_key) as client:
            wait_ready(client, timeout_s=90, alive=lambda: all(p.poll() is None for p in procs))
            console.print(f"API ready on http://127.0.0.1:{port} (docs at /docs); worker started")
            body = {
                "n_samples": n_samples,
                "task_types": DEMO_TASKS,
                "output_formats": ["plain_text", "json"],
                "teacher": {"backend": "embedded", "max_tokens": max_tokens, "concurrency": 2},
                "seed": 7,
                "quality": {"judge": DEMO_JUDGE},
            }
            console.print(
                "[yellow]lighter quality settings for the demo:[/] the judge casts 1 vote and filters "
                "nothing (real jobs default to 5 votes with thresholds; a separate judge teacher is "
                "recommended)"
            )
            job = client.create_job(body)
            console.print(f"submitted job {job.id}: {n_samples} samples over {len(DEMO_TASKS)} task types")
            from mediflow.cli.progress import follow_job, print_summary

            job = follow_job(client, job.id, console)
            print_summary(client, job, console, n_examples=2)
            console.print(f"logs and the database are in {data}")
            return 0 if job.status == "completed" and job.counts.done > 0 else 1
    except (ApiError, TimeoutError, RuntimeError) as exc:
        console.print(f"[red]demo failed:[/] {exc}; see {data}/api.log and {data}/worker.log")
        return 1
    finally:
        for proc in reversed(procs):
            stop(proc)


@click.command()
@click.option("-n", "--n-samples", type=int, default=10, show_default=True)
@click.option(
    "--data-dir", default=".mediflow-demo", show_default=True, help="Where the demo keeps its state."
)
@click.option("--port", type=int, default=0, help="API port (0: a free one).")
@click.option("--max-tokens", type=int, default=384, show_default=True)
def demo(n_samples: int, data_dir: str, port: int, max_tokens: int) -> None:
    """Start the API and a worker on embedded defaults, run a small job through REST, stop both."""
    sys.exit(
        run_demo(n_samples=n_samples, data_dir=data_dir, port=port, max_tokens=max_tokens, console=Console())
    )
