"""Export throughput and peak memory: insert N synthetic rows, export them, print rows/s and peak RSS.

    python -m bench.export 1000000 [--format sft] [--database-url postgresql://...]

Rows go into a fresh SQLite file under a temporary directory unless a database URL is given (it
must be an empty database; it is migrated first). The export runs in a child process, so its peak
RSS (ru_maxrss of the child) is the export's alone, not the insertion's.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from mediflow.core.settings import Settings
from mediflow.exports.run import run_export
from mediflow.schemas.exports import ExportCreate
from mediflow.services.exports import submit_export
from mediflow.storage.db import session_scope
from mediflow.storage.migrate import upgrade
from mediflow.storage.models import GenerationJob, Sample

TASKS = ["question_answering", "summarization", "named_entity_recognition", "icd10_coding", "nli"]
DOCS = ["discharge_summary", "radiology_report_ct", "progress_note", "pathology_report"]
VOCAB = (  # noqa: SIM905 - a word list reads better as one string
    "patient fever cough dyspnea pneumonia metformin insulin glucose creatinine troponin chest pain edema furosemide amoxicillin sepsis lactate biopsy carcinoma stent angiography warfarin bleeding anemia "
    "ferritin asthma wheeze steroid hypertension amlodipine stroke aphasia thrombolysis mg daily bid history presented with denies reports noted elevated decreased normal stable improved worsened"
).split()


def _paragraphs(rng: random.Random, n: int, words: int) -> list[str]:
    return [" ".join(rng.choice(VOCAB) for _ in range(words)) for _ in range(n)]


def insert_rows(url: str, n: int, batch: int = 5000) -> str:
    """N done rows (about 1.3 kB of text each) in one job; returns the job id."""
    rng = random.Random(0)
    paras, short = _paragraphs(rng, 2000, 50), _paragraphs(rng, 500, 15)
    with session_scope(url) as s:
        job = GenerationJob(kind="mediflow", spec={"n_samples": n}, n_planned=n, status="completed")
        s.add(job)
        s.flush()
        job_id = job.id
    for start in range(0, n, batch):
        rows = []
        for i in range(start, min(start + batch, n)):
            a, b, c = rng.randrange(2000), rng.randrange(2000), rng.randrange(2000)
            rows.append(
                {
                    "job_id": job_id,
                    "index": i,
                    "status": "done",
                    "task_type": TASKS[i % 5],
                    "input_data": DOCS[i % 4],
                    "difficulty_level": 1 + i % 6,
                    "output_format": "plain_text",
                    "instruction": f"Task {i}: {short[rng.randrange(500)]}",
                    "input": f"{paras[a]}\n{paras[b]}\n{paras[c]}",
                    "output": short[rng.randrange(500)],
                    "rejected_output": short[rng.randrange(500)] if i % 3 == 0 else None,
                    "quality": float(1 + i % 5),
                    "alignment": 4.0,
                    "coherence": 4.0,
                    "realism": 4.0,
                    "difficulty": 3.0,
                    "teacher_backend": "openai",
                    "teacher_model": "bench",
                    "prompt_versions": {"output": "mediflow.output@1"},
                    "tokens_in": 0,
                    "tokens_out": 0,
                    "latency_ms": 0,
                    "attempts": 1,
                }
            )
        with session_scope(url) as s:
            s.execute(insert(Sample), rows)
    return job_id


def _export_child(settings: Settings, export_id: str) -> None:
    status = run_export(export_id, settings)
    sys.exit(0 if status == "completed" else 1)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int, help="rows to insert and export")
    parser.add_argument("--format", default="sft", choices=["mediflow", "sft", "dpo"])
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mediflow-bench-") as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        settings = Settings(
            data_dir=Path(tmp) / "data", database_url=url, broker_url=f"sqla+sqlite:///{tmp}/b.sqlite"
        )
        upgrade(url)
        t0 = time.perf_counter()
        insert_rows(url, args.n)
        print(f"inserted {args.n} rows in {time.perf_counter() - t0:.1f}s", flush=True)
        with session_scope(url) as s:
            export_id = submit_export(s, ExportCreate(format=args.format), settings).id
        t0 = time.perf_counter()
        child = mp.get_context("spawn").Process(target=_export_child, args=(settings, export_id))
        child.start()
        child.join()
        elapsed = time.perf_counter() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # Linux reports KiB
        with session_scope(url) as s:
            from mediflow.exports.store import get_export

            export = get_export(s, export_id)
            status, rows, error = export.status, export.n_rows, export.error
        print(f"export {args.format}: {status}, {rows} rows in {elapsed:.1f}s = {rows / elapsed:,.0f} rows/s")
        print(f"peak RSS of the export process: {peak_mb:,.0f} MB")
        if error:
            print(f"error: {error}")
        return 0 if status == "completed" else 1


if __name__ == "__main__":
    sys.exit(main())
