"""Unpacking an uploaded ``save_to_disk`` directory (sent as .tar, .tar.gz or .zip) safely."""

from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path

from mediflow.corpora.errors import invalid, too_large, unsupported

ARCHIVE_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".zip")


def is_archive_name(filename: str) -> bool:
    return filename.lower().endswith(ARCHIVE_SUFFIXES)


def extract_dataset_archive(archive: Path, dest: Path, max_bytes: int) -> Path:
    """Extract into ``dest`` and return the directory holding the dataset (the single top folder if any)."""
    if zipfile.is_zipfile(archive):
        _extract_zip(archive, dest, max_bytes)
    else:
        try:
            with tarfile.open(archive) as tar:
                _check_total(sum(m.size for m in tar.getmembers() if m.isfile()), max_bytes)
                # The "data" filter refuses absolute paths, links out of dest and device files.
                tar.extractall(dest, filter="data")
        except tarfile.TarError as exc:
            raise unsupported(f"not a tar or zip archive of a datasets directory: {exc}") from None
    return _dataset_root(dest)


def _extract_zip(archive: Path, dest: Path, max_bytes: int) -> None:
    with zipfile.ZipFile(archive) as zf:
        _check_total(sum(i.file_size for i in zf.infolist()), max_bytes)
        root = dest.resolve()
        for info in zf.infolist():
            target = (dest / info.filename).resolve()
            if not target.is_relative_to(root):
                raise invalid(f"archive member {info.filename!r} escapes the archive")
        zf.extractall(dest)


def _check_total(total: int, max_bytes: int) -> None:
    if total > max_bytes:
        raise too_large(f"archive unpacks to {total} bytes, more than the {max_bytes} bytes allowed")


def _dataset_root(dest: Path) -> Path:
    entries = [p for p in dest.iterdir() if not p.name.startswith(".")]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return dest
