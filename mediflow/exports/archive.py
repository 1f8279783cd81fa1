"""The downloadable archive of an export directory."""

from __future__ import annotations

import tarfile
from pathlib import Path


def make_archive(src: Path, dest: Path) -> Path:
    """tar.gz ``src`` as ``<name>/...``; level 1, since Parquet is compressed already and speed matters."""
    tmp = dest.with_suffix(".partial")
    with tarfile.open(tmp, "w:gz", compresslevel=1) as tar:
        tar.add(src, arcname=src.name)
    tmp.replace(dest)  # a reader never sees half an archive
    return dest
