"""Unpacking an uploaded ``save_to_disk`` directory (sent as .tar, .tar.gz or .zip) safely.

We extract member by member ourselves instead of trusting ``extractall`` (or the tar ``data`` filter
alone): every member must be a plain file or directory with a relative name that stays under the
destination; links, devices and fifos are refused; the member count is capped; and the bytes written
are counted while streaming, so a member that lies about its size (or an archive that expands far
beyond its own size: a bomb) is cut off at the cap, not after. Error messages name the member
(as the uploader wrote it) and the rule, never a path or a library message from this host.
"""

from __future__ import annotations

import stat
import tarfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import IO

from mediflow.corpora.errors import invalid, too_large, unsupported

ARCHIVE_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".zip")
MAX_MEMBERS = 10_000  # a save_to_disk directory holds a handful of files per split
MAX_RATIO = 200  # unpacked bytes per archive byte: Arrow files compress a few times, bombs far more
RATIO_FLOOR = 16 << 20  # small archives may always unpack to this much
_CHUNK = 1 << 20


def is_archive_name(filename: str) -> bool:
    return filename.lower().endswith(ARCHIVE_SUFFIXES)


def unpack_limit(archive_bytes: int, max_bytes: int) -> int:
    """How many bytes an archive of this size may unpack to."""
    return min(max_bytes, max(archive_bytes * MAX_RATIO, RATIO_FLOOR))


def extract_dataset_archive(archive: Path, dest: Path, max_bytes: int) -> Path:
    """Extract into ``dest`` and return the directory holding the dataset (the single top folder if any)."""
    budget = _Budget(unpack_limit(archive.stat().st_size, max_bytes))
    if zipfile.is_zipfile(archive):
        _extract_zip(archive, dest, budget)
    else:
        try:
            with tarfile.open(archive) as tar:
                _extract_tar(tar, dest, budget)
        except (tarfile.TarError, EOFError, OSError):
            raise unsupported("not a tar or zip archive of a datasets directory") from None
    return _dataset_root(dest)


class _Budget:
    def __init__(self, limit: int) -> None:
        self.limit, self.used, self.members = limit, 0, 0

    def member(self) -> None:
        self.members += 1
        if self.members > MAX_MEMBERS:
            raise too_large(f"the archive has more than {MAX_MEMBERS} members")

    def copy(self, src: IO[bytes], target: Path) -> None:
        with target.open("xb") as out:
            while chunk := src.read(_CHUNK):
                self.used += len(chunk)
                if self.used > self.limit:
                    raise too_large(f"the archive unpacks to more than the {self.limit} bytes allowed")
                out.write(chunk)


def _safe_target(dest: Path, name: str) -> Path:
    """Where a member may go: a relative name without '..' that stays under ``dest``."""
    pure = PurePosixPath(name.replace("\\", "/"))
    if not name or pure.is_absolute() or ".." in pure.parts or "\x00" in name or ":" in pure.parts[0]:
        raise invalid(f"archive member {name[:200]!r} is not a plain relative path")
    target = dest.joinpath(*[p for p in pure.parts if p not in ("", ".")])
    if not target.resolve().is_relative_to(dest.resolve()):
        raise invalid(f"archive member {name[:200]!r} escapes the archive")
    return target


def _extract_tar(tar: tarfile.TarFile, dest: Path, budget: _Budget) -> None:
    for member in tar:  # iterating reads headers one at a time: the count is capped before a long scan
        budget.member()
        target = _safe_target(dest, member.name)
        if member.isdir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        if not member.isfile():  # symlinks, hard links, devices, fifos
            raise invalid(f"archive member {member.name[:200]!r} is a link or special file")
        target.parent.mkdir(parents=True, exist_ok=True)
        src = tar.extractfile(member)
        if src is None:
            raise invalid(f"archive member {member.name[:200]!r} cannot be read")
        with src:
            budget.copy(src, target)


def _extract_zip(archive: Path, dest: Path, budget: _Budget) -> None:
    try:
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                budget.member()
                target = _safe_target(dest, info.filename)
                # Unix type bits, when the archiver recorded them (many write permissions only).
                kind = stat.S_IFMT(info.external_attr >> 16)
                if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
                    raise invalid(f"archive member {info.filename[:200]!r} is a link or special file")
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src:
                    budget.copy(src, target)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError):
        raise unsupported("not a readable zip archive of a datasets directory") from None
    except RuntimeError:  # encrypted members
        raise unsupported("encrypted zip archives are not supported") from None


def _dataset_root(dest: Path) -> Path:
    entries = [p for p in dest.iterdir() if not p.name.startswith(".")]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return dest
