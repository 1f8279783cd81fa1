"""Streaming parsers for corpus uploads: JSON Lines, plain text, Parquet and ``datasets`` directories.

Each parser yields ``(position, text)`` one document at a time (position: 1-based line or row), so
an upload of any size is read in bounded memory; every refusal names the line or row and the reason.

Caps that hold whatever the encoding: a document has at most ``MAX_DOCUMENT_CHARS`` characters, a
JSON line at most ``MAX_LINE_BYTES`` bytes (read with a limit, never whole), and the text of all
documents together at most the upload limit, so a small Parquet file cannot expand past it. A
``save_to_disk`` directory's metadata is checked before ``datasets`` opens anything it names.
Messages never carry a library's own text (which may name host paths).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from mediflow.corpora.errors import IngestError, invalid, too_large, unsupported

ParsedDoc = tuple[int, str]
Parser = Callable[[Path, str, int], Iterator[ParsedDoc]]

FORMATS = ("jsonl", "txt", "parquet", "datasets")
MAX_DOCUMENT_CHARS = 1_000_000
MAX_LINE_BYTES = 4 * MAX_DOCUMENT_CHARS + 65_536  # a document's UTF-8 plus its JSON around it
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
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


def parse(
    fmt: str, path: Path, text_field: str, batch: int, max_chars: int | None = None
) -> Iterator[ParsedDoc]:
    """The upload's documents; ``max_chars`` caps their total (the upload limit)."""
    try:
        parser = _PARSERS[fmt]
    except KeyError:
        raise unsupported(f"unknown format {fmt!r}; supported: {', '.join(FORMATS)}") from None
    docs = parser(path, text_field, batch)
    return docs if max_chars is None else _capped_total(docs, max_chars)


def _capped_total(docs: Iterator[ParsedDoc], max_chars: int) -> Iterator[ParsedDoc]:
    total = 0
    for position, text in docs:
        total += len(text)
        if total > max_chars:
            raise too_large(f"the documents hold more than the {max_chars} characters allowed")
        yield position, text


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
    if len(value) > MAX_DOCUMENT_CHARS:
        where = f"line {line}: " if line is not None else f"row {row}: " if row is not None else ""
        raise too_large(f"{where}a document has more than {MAX_DOCUMENT_CHARS} characters")
    return value


def parse_jsonl(path: Path, text_field: str, _batch: int) -> Iterator[ParsedDoc]:
    with path.open("rb") as fh:
        for line_no, raw in enumerate(iter(lambda: fh.readline(MAX_LINE_BYTES + 1), b""), start=1):
            if len(raw) > MAX_LINE_BYTES:
                raise too_large(f"line {line_no}: longer than {MAX_LINE_BYTES} bytes")
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
    if path.stat().st_size > 4 * MAX_DOCUMENT_CHARS:
        raise too_large(f"a text file is one document: at most {MAX_DOCUMENT_CHARS} characters")
    with path.open("rb") as fh:
        text = "".join(_decode(raw, n) for n, raw in enumerate(fh, start=1))
    if not text.strip():
        raise invalid("the text file is empty", line=1)
    yield 1, _text_value(text, "text", line=1)


def parse_parquet(path: Path, text_field: str, batch: int) -> Iterator[ParsedDoc]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowInvalid, OSError):
        raise unsupported("not a Parquet file (or not readable)") from None
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

    check_save_to_disk(path)
    try:
        loaded = load_from_disk(str(path))
    except Exception:  # its messages name host paths; the metadata was checked above
        raise unsupported("not a readable datasets save_to_disk directory") from None
    parts = [loaded] if isinstance(loaded, Dataset) else list(loaded.values())
    row = 0
    for ds in parts:
        _string_field(ds.data.schema, text_field)
        # Arrow batches from the memory-mapped files: one batch of Python strings in memory at a time.
        for table in ds.with_format("arrow").iter(batch_size=batch):
            for value in table.column(text_field).to_pylist():
                row += 1
                yield row, _text_value(value, text_field, row=row)


def check_save_to_disk(root: Path) -> None:
    """Refuse a save_to_disk directory whose metadata names anything but plain files inside it."""
    if (root / "dataset_dict.json").is_file():
        meta = _json_file(root, "dataset_dict.json")
        splits = meta.get("splits") if isinstance(meta, dict) else None
        if not isinstance(splits, list) or not splits:
            raise unsupported("dataset_dict.json lists no splits")
        for split in splits:
            if not isinstance(split, str) or not _SAFE_NAME.match(split) or ".." in split:
                raise invalid("dataset_dict.json names a split that is not a plain name")
            _check_dataset_dir(root, root / split)
    elif (root / "state.json").is_file():
        _check_dataset_dir(root, root)
    else:
        raise unsupported("not a datasets save_to_disk directory (no dataset_dict.json or state.json)")


def _check_dataset_dir(root: Path, directory: Path) -> None:
    if (
        directory.is_symlink()
        or not directory.is_dir()
        or not directory.resolve().is_relative_to(root.resolve())
    ):
        raise invalid("a split named in dataset_dict.json is not a directory of the upload")
    state = _json_file(directory, "state.json")
    files = state.get("_data_files") if isinstance(state, dict) else None
    if not isinstance(files, list) or not files:
        raise unsupported("state.json lists no data files")
    for entry in files:
        name = entry.get("filename") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not _SAFE_NAME.match(name) or ".." in name:
            raise invalid("state.json names a data file that is not a plain file name")
        target = directory / name
        if target.is_symlink() or not target.is_file() or not target.resolve().is_relative_to(root.resolve()):
            raise invalid("state.json names a data file that is not in the upload")


def _json_file(directory: Path, name: str) -> object:
    path = directory / name
    if path.is_symlink() or not path.is_file() or path.stat().st_size > 1 << 20:
        raise invalid(f"{name} is missing, a link or too large")
    try:
        return json.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError):
        raise invalid(f"{name} is not valid JSON") from None


_PARSERS: dict[str, Parser] = {
    "jsonl": parse_jsonl,
    "txt": parse_txt,
    "parquet": parse_parquet,
    "datasets": parse_datasets_dir,
}

__all__ = ["FORMATS", "IngestError", "ParsedDoc", "detect_format", "parse"]
