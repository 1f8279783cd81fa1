"""Paths a user names (corpus files, model directories, export names) stay under a configured root.

``resolve_under(root, user_path)`` answers the real, absolute path or raises ``PathEscapeError``:
absolute paths outside the root, ``..`` climbing out, and symlinks (at any depth) that lead out are
all refused. The check is done on the fully resolved path, so it holds whatever the spelling.
"""

from __future__ import annotations

import os
from pathlib import Path


class PathEscapeError(ValueError):
    """A user-named path that would leave its root."""


def resolve_under(root: str | os.PathLike[str], user_path: str | os.PathLike[str]) -> Path:
    raw = os.fspath(user_path)
    if not raw or "\x00" in raw:
        raise PathEscapeError("empty path or NUL byte in path")
    base = Path(root).resolve()
    candidate = Path(raw)
    # An absolute path is accepted only when it already lies inside the root.
    target = (candidate if candidate.is_absolute() else base / candidate).resolve()
    if not target.is_relative_to(base):
        raise PathEscapeError(f"{raw!r} is outside {base}")
    return target


def safe_name(name: str, max_len: int = 128) -> str:
    """A single path component (an export or run name): no separators, no dot-only names."""
    if (
        not name
        or len(name) > max_len
        or name in {".", ".."}
        or "/" in name
        or "\\" in name
        or "\x00" in name
    ):
        raise PathEscapeError(f"{name!r} is not a plain file name")
    return name
