"""Parquet shards written batch by batch, then turned into a saved DatasetDict without loading them."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

Key = tuple[str, str]  # (target, split)


class ShardWriter:
    """Buffers records per (target, split) and writes them as Parquet shards of ``shard_rows`` rows."""

    def __init__(self, root: Path, schemas: dict[str, pa.Schema], shard_rows: int, buffer_rows: int) -> None:
        self.root = root
        self.schemas = schemas
        self.shard_rows = shard_rows
        self.buffer_rows = buffer_rows
        self.files: dict[Key, list[Path]] = {}
        self._buffers: dict[Key, list[dict[str, Any]]] = {}
        self._writers: dict[Key, pq.ParquetWriter] = {}
        self._rows_in_shard: dict[Key, int] = {}
        self.counts: dict[Key, int] = {}

    def add(self, target: str, split: str, record: dict[str, Any]) -> None:
        key = (target, split)
        buffer = self._buffers.setdefault(key, [])
        buffer.append(record)
        self.counts[key] = self.counts.get(key, 0) + 1
        if len(buffer) >= self.buffer_rows:
            self._flush(key)

    def _flush(self, key: Key) -> None:
        buffer = self._buffers.get(key)
        if not buffer:
            return
        writer = self._writers.get(key)
        if writer is None or self._rows_in_shard[key] >= self.shard_rows:
            writer = self._open(key)
        writer.write_table(pa.Table.from_pylist(buffer, schema=self.schemas[key[0]]))
        self._rows_in_shard[key] += len(buffer)
        buffer.clear()

    def _open(self, key: Key) -> pq.ParquetWriter:
        if key in self._writers:
            self._writers[key].close()
        target, split = key
        files = self.files.setdefault(key, [])
        path = self.root / target / f"{split}-{len(files):05d}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        files.append(path)
        self._writers[key] = pq.ParquetWriter(path, self.schemas[target], compression="zstd")
        self._rows_in_shard[key] = 0
        return self._writers[key]

    def close(self) -> dict[Key, list[Path]]:
        for key in list(self._buffers):
            self._flush(key)
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()
        return self.files


def save_dataset_dict(files_by_split: dict[str, list[Path]], schema: pa.Schema, out_dir: Path) -> None:
    """Write the ``save_to_disk`` layout straight from the Parquet shards, batch by batch.

    ``Dataset.from_parquet(...).save_to_disk(...)`` would build an Arrow cache and then read all of
    it back through a memory map to copy it, which puts the whole dataset in the process's RSS. Here
    each split's Arrow file is written once by datasets' own ``ArrowWriter``, and only its schema is
    read back to write the same ``state.json`` / ``dataset_info.json`` that ``save_to_disk`` writes.
    """
    from datasets import Features
    from datasets.arrow_writer import ArrowWriter

    features = Features.from_arrow_schema(schema)
    out_dir.mkdir(parents=True, exist_ok=True)
    for split, files in files_by_split.items():
        split_dir = out_dir / split
        split_dir.mkdir(exist_ok=True)
        with ArrowWriter(features=features, path=str(split_dir / _ARROW_FILE)) as writer:
            for path in files:
                for batch in pq.ParquetFile(path).iter_batches(batch_size=_READ_BATCH):
                    writer.write_table(pa.Table.from_batches([batch]))
            writer.finalize()
        _write_split_metadata(split_dir, split)
    (out_dir / "dataset_dict.json").write_text(json.dumps({"splits": list(files_by_split)}), encoding="utf-8")


_ARROW_FILE = "data-00000-of-00001.arrow"
_READ_BATCH = 1000


def _write_split_metadata(split_dir: Path, split: str) -> None:
    from datasets import Dataset

    ds = Dataset.from_file(str(split_dir / _ARROW_FILE))  # memory-mapped: reads the schema, not the rows
    state = {
        "_data_files": [{"filename": _ARROW_FILE}],
        "_fingerprint": ds._fingerprint,
        "_format_columns": None,
        "_format_kwargs": {},
        "_format_type": None,
        "_output_all_columns": False,
        "_split": split,
    }
    (split_dir / "state.json").write_text(json.dumps(state, indent=2, sort_keys=True), encoding="utf-8")
    info = asdict(ds.info)
    info_sorted = {key: info[key] for key in sorted(info)}  # as save_to_disk: nested feature order kept
    (split_dir / "dataset_info.json").write_text(json.dumps(info_sorted, indent=2), encoding="utf-8")
