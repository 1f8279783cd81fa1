"""PIT from a corpus: upload documents, generate task data over them, export it for pre-instruction tuning.

    export MEDIFLOW_API_URL=http://127.0.0.1:8000 MEDIFLOW_API_KEY=mfk_...
    python examples/pit_corpus.py notes.jsonl --text-field text -n 40

The export (stage1/ task data, stage2/ task data + documents) is what a recipe's `experts` name by
`export_id`; train it with `mediflow train --builtin mediphi --overrides ...` on a training worker.
"""

from __future__ import annotations

import argparse
import tarfile
from pathlib import Path

from mediflow.client import Client


def pit_export(documents: Path, text_field: str, n: int, model: str, out: Path, name: str = "notes") -> Path:
    with Client() as api:
        corpus = next((c for c in api.list_corpora().items if c.name == name), None) or api.create_corpus(
            {"name": name}
        )
        with documents.open("rb") as fh:
            added = api.add_documents(corpus.id, fh, filename=documents.name, text_field=text_field)
        print(f"corpus {corpus.id}: {added.added} new documents, {added.corpus.stats.documents} in all")
        job = api.create_job(
            {
                "kind": "pit",
                "corpus_id": corpus.id,
                "n_samples": n,
                "pit": {"tasks": ["qa", "summary"], "chunk_tokens": 256},
                "teacher": {"backend": "openai", "model": model},
            }
        )
        job = api.wait_job(job.id, poll_s=0.5)
        print(f"pit job {job.status}: {job.counts.done} rows kept of {job.counts.planned}")
        export = api.wait_export(
            api.create_export({"format": "pit", "corpus_ids": [corpus.id]}).id, poll_s=0.5
        )
        if export.status != "completed":
            raise SystemExit(f"export {export.status}: {export.error}")
        print(f"pit export {export.id}: {export.counts and export.counts.get('splits')}")
        out.mkdir(parents=True, exist_ok=True)
        archive = api.download_export_to(export.id, out)
    with tarfile.open(archive) as tar:
        tar.extractall(out, filter="data")
    return out / export.id


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", type=Path, help=".jsonl, .txt or .parquet")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("-n", type=int, default=40)
    parser.add_argument("--model", default="gpt-4o-mini")
    parser.add_argument("--out", type=Path, default=Path("example-pit"))
    args = parser.parse_args(argv)
    print(f"pit dataset: {pit_export(args.documents, args.text_field, args.n, args.model, args.out)}")


if __name__ == "__main__":
    main()
