"""Parquet shards written batch by batch, then turned into a saved DatasetDict without loading them."""

from __future__ import annotations

import shutil
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


def save_dataset_dict(
    files_by_split: dict[str, list[Path]], schema: pa.Schema, out_dir: Path, cache_dir: Path
) -> None:
    """Build a DatasetDict from Parquet shards (Arrow files on disk, memory-mapped) and save it."""
    from datasets import Dataset, DatasetDict, Features, disable_progress_bars

    disable_progress_bars()  # per-split bars are noise in worker logs
    splits: dict[str, Dataset] = {}
    for split, files in files_by_split.items():
        if files:
            ds = Dataset.from_parquet([str(f) for f in files], cache_dir=str(cache_dir), keep_in_memory=False)
        else:  # an empty split keeps its columns so every split loads the same way
            ds = Dataset.from_dict({n: [] for n in schema.names}, features=Features.from_arrow_schema(schema))
        splits[split] = ds
    DatasetDict(splits).save_to_disk(str(out_dir))
    del splits
    shutil.rmtree(cache_dir, ignore_errors=True)
