"""A PIT export's documents pass: documents read by the ids the first pass collected, against the
"used by the selected rows" keyset pages it read before, side by side on one stored job.

    python -m bench.pit_documents [--rows 200000] [--documents 50000] [--batch 2000] [--db postgres]

It stores a corpus of ``--documents`` documents (~1 KB each) and a finished PIT job of ``--rows`` rows
spread over them (PostgreSQL in a fresh database, or SQLite in a temporary file), then reads every
document the job's rows use both ways, alternating, best of ``--repeat``, and prints wall seconds,
SELECTs and the ratio. Both ways must read the same documents in the same order.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from bench.procs import load_average
from bench.scale import drop_database, make_database
from mediflow.exports.reader import stream_documents
from mediflow.storage.db import keyset_batches, session_scope
from mediflow.storage.migrate import upgrade
from mediflow.storage.models import Corpus, Document, GenerationJob, Sample

WORDS = ("patient", "history", "exam", "plan", "dose", "daily", "review", "follow", "imaging", "labs", "note")


def store_job(url: str, n_rows: int, n_docs: int) -> str:
    rng = random.Random(5)
    with session_scope(url) as s:
        corpus = Corpus(name="bench")
        job = GenerationJob(kind="pit", spec={"kind": "pit"}, n_planned=n_rows, status="completed")
        s.add_all([corpus, job])
        s.flush()
        conn = s.connection()
        for start in range(0, n_docs, 5000):
            conn.execute(
                insert(Document),
                [
                    {
                        "corpus_id": corpus.id,
                        "content_hash": f"{i:064x}",
                        "text": text,
                        "n_chars": len(text),
                        "n_tokens": 150,
                    }
                    for i in range(start, min(n_docs, start + 5000))
                    for text in [f"d{i} " + " ".join(rng.choices(WORDS, k=150))]
                ],
            )
        doc_ids = list(s.scalars(select(Document.id).where(Document.corpus_id == corpus.id)))
        for start in range(0, n_rows, 5000):
            conn.execute(
                insert(Sample),
                [
                    {
                        "job_id": job.id,
                        "index": i,
                        "status": "done",
                        "task_type": "question_answering",
                        "input_data": "guideline",
                        "difficulty_level": 1,
                        "output_format": "plain_text",
                        "output": "answer",
                        "document_id": doc_ids[i * len(doc_ids) // n_rows],
                        "chunk_index": 0,
                    }
                    for i in range(start, min(n_rows, start + 5000))
                ],
            )
        return job.id


def before(session: Session, job_id: str, batch: int) -> Iterator[Sequence[Any]]:
    """The pass as it was: pages of documents "used by the selected rows", each page a semi-join."""
    conds = [Sample.job_id == job_id, Sample.status == "done", Sample.output.is_not(None)]
    used = select(Sample.document_id).where(*conds)
    yield from keyset_batches(
        session, select(Document.id, Document.text).where(Document.id.in_(used)), Document.id, batch
    )


def after(session: Session, job_id: str, batch: int) -> Iterator[Sequence[Any]]:
    """The pass now: the first pass has the used documents' ids (its split assigner); read them by id."""
    ids = set(
        session.scalars(select(Sample.document_id).where(Sample.job_id == job_id, Sample.status == "done"))
    )
    yield from stream_documents(session, ids, batch)


def timed(
    url: str, job_id: str, batch: int, way: Callable[..., Iterator[Sequence[Any]]]
) -> tuple[float, int, list[int]]:
    started = time.perf_counter()
    pages, ids = 0, []
    with session_scope(url) as s:
        for page in way(s, job_id, batch):
            pages += 1
            ids += [int(row["id"]) for row in page]
    return time.perf_counter() - started, pages, ids


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--documents", type=int, default=50_000)
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--db", choices=("postgres", "sqlite"), default="postgres")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url, name = make_database(args.db, Path(tmp))
        try:
            upgrade(url)
            job_id = store_job(url, args.rows, args.documents)
            print(
                f"# {args.rows} rows over {args.documents} documents, batch {args.batch}, {args.db}, "
                f"load average {load_average()}"
            )
            best: dict[str, tuple[float, int]] = {}
            read: dict[str, list[int]] = {}
            for _ in range(args.repeat):
                for label, way in (("before", before), ("by id", after)):
                    seconds, pages, ids = timed(url, job_id, args.batch, way)
                    read[label] = ids
                    if label not in best or seconds < best[label][0]:
                        best[label] = (seconds, pages)
            assert read["before"] == read["by id"], "both ways read the same documents in id order"
            for label, (seconds, pages) in best.items():
                print(f"{label:<8} {seconds:8.2f} s  {pages:5d} SELECTs  {len(read[label])} documents")
            print(f"ratio    {best['before'][0] / best['by id'][0]:7.1f}x  before / by id")
        finally:
            drop_database(name)


if __name__ == "__main__":
    main()
