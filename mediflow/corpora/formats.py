"""Streaming parsers for corpus uploads: JSON Lines, plain text, Parquet and ``datasets`` directories.

Each parser yields ``(position, text)`` one document at a time (position: 1-based line or row), so
an upload of any size is read in bounded memory; every refusal names the line or row and the reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

from mediflow.corpora.errors import IngestError, invalid, unsupported

ParsedDoc = tuple[int, str]
Parser = Callable[[Path, str, int], Iterator[ParsedDoc]]

FORMATS = ("jsonl", "txt", "parquet", "datasets")
_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "txt",
    ".text": "txt",
    ".parquet": "parquet",
}


def detect_format(path: Path, filename: str | None = None, declared: str | None = None) -> str:
    """The upload's format: as declared, else from a directory / the file name, else from its bytes."""
    if declared is not None:
        if declared not in FORMATS:
            raise unsupported(f"unknown format {declared!r}; supported: {', '.join(FORMATS)}")
        return declared
    if path.is_dir():
        return "datasets"
    suffix = Path(filename or path.name).suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    if suffix:
        raise unsupported(
            f"unsupported file type {suffix!r}; supported: .jsonl, .txt, .parquet, a datasets directory"
        )
    return _sniff(path)


def _sniff(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.read(512)
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.lstrip().startswith(b"{"):
        return "jsonl"
    return "txt"


def parse(fmt: str, path: Path, text_field: str, batch: int) -> Iterator[ParsedDoc]:
    try:
        parser = _PARSERS[fmt]
    except KeyError:
        raise unsupported(f"unknown format {fmt!r}; supported: {', '.join(FORMATS)}") from None
    return parser(path, text_field, batch)


def _decode(raw: bytes, line: int) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise invalid(f"not valid UTF-8 (byte {exc.start})", line=line) from None


def _text_value(value: object, text_field: str, *, line: int | None = None, row: int | None = None) -> str:
    if value is None:
        raise invalid(
            f"missing text field {text_field!r}; name the key that holds the text with the text_field "
            "parameter (CLI: --text-field)",
            line=line,
            row=row,
            field="text_field",
        )
    if not isinstance(value, str):
        raise invalid(
            f"text field {text_field!r} is {type(value).__name__}, not a string", line=line, row=row
        )
    if not value.strip():
        raise invalid(f"text field {text_field!r} is empty", line=line, row=row)
    return value


def parse_jsonl(path: Path, text_field: str, _batch: int) -> Iterator[ParsedDoc]:
    with path.open("rb") as fh:
        for line_no, raw in enumerate(fh, start=1):
            line = _decode(raw, line_no).strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise invalid(
                    f"invalid JSON: {exc.msg.removesuffix(' starting at')} (column {exc.colno})", line=line_no
                ) from None
            if not isinstance(obj, dict):
                raise invalid(f"expected a JSON object, got {type(obj).__name__}", line=line_no)
            yield line_no, _text_value(obj.get(text_field), text_field, line=line_no)


def parse_txt(path: Path, _text_field: str, _batch: int) -> Iterator[ParsedDoc]:
    """A text file is one document; decoding line by line lets an error name its line."""
    with path.open("rb") as fh:
        text = "".join(_decode(raw, n) for n, raw in enumerate(fh, start=1))
    if not text.strip():
        raise invalid("the text file is empty", line=1)
    yield 1, text


def parse_parquet(path: Path, text_field: str, batch: int) -> Iterator[ParsedDoc]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise unsupported(f"not a Parquet file: {exc}") from None
    field = _string_field(pf.schema_arrow, text_field)
    row = 0
    for rb in pf.iter_batches(batch_size=batch, columns=[field]):
        for value in rb.column(0).to_pylist():
            row += 1
            yield row, _text_value(value, text_field, row=row)


def _string_field(schema: object, text_field: str) -> str:
    import pyarrow as pa

    assert isinstance(schema, pa.Schema)
    if text_field not in schema.names:
        raise invalid(
            f"missing text column {text_field!r}; columns: {', '.join(schema.names)} "
            "(pick one with the text_field parameter, CLI: --text-field)",
            field="text_field",
        )
    typ = schema.field(text_field).type
    if not (pa.types.is_string(typ) or pa.types.is_large_string(typ)):
        raise invalid(f"text column {text_field!r} has type {typ}, not string")
    return text_field


def parse_datasets_dir(path: Path, text_field: str, batch: int) -> Iterator[ParsedDoc]:
    """A ``save_to_disk`` directory (Dataset or DatasetDict); rows are numbered across splits."""
    from datasets import Dataset, load_from_disk

    try:
        loaded = load_from_disk(str(path))
    except (FileNotFoundError, ValueError) as exc:
        raise unsupported(f"not a datasets save_to_disk directory: {exc}") from None
    parts = [loaded] if isinstance(loaded, Dataset) else list(loaded.values())
    row = 0
    for ds in parts:
        _string_field(ds.data.schema, text_field)
        # Arrow batches from the memory-mapped files: one batch of Python strings in memory at a time.
        for table in ds.with_format("arrow").iter(batch_size=batch):
            for value in table.column(text_field).to_pylist():
                row += 1
                yield row, _text_value(value, text_field, row=row)


_PARSERS: dict[str, Parser] = {
    "jsonl": parse_jsonl,
    "txt": parse_txt,
    "parquet": parse_parquet,
    "datasets": parse_datasets_dir,
}

__all__ = ["FORMATS", "IngestError", "ParsedDoc", "detect_format", "parse"]
