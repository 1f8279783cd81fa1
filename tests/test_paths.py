"""User-named paths stay under their root: absolute escapes, '..', and symlinks leading out; the
default database and broker files live in the data directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediflow.core.paths import PathEscapeError, resolve_under, safe_name


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "root" / "models" / "m1").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text("x")
    return tmp_path / "root"


@pytest.mark.parametrize("inside", ["models/m1", "models/../models/m1", "./models", "new/file.parquet"])
def test_paths_inside_the_root_resolve(root: Path, inside: str) -> None:
    got = resolve_under(root, inside)
    assert got.is_absolute() and got.is_relative_to(root.resolve())


def test_absolute_path_inside_the_root_is_fine(root: Path) -> None:
    assert resolve_under(root, root / "models" / "m1") == (root / "models" / "m1").resolve()


@pytest.mark.parametrize(
    "escape",
    ["../outside/secret.txt", "models/../../outside", "..", "/etc/passwd", "models/m1/../../../x", ""],
)
def test_escapes_are_refused(root: Path, escape: str) -> None:
    with pytest.raises(PathEscapeError):
        resolve_under(root, escape)


def test_symlinks_that_leave_the_root_are_refused(root: Path) -> None:
    (root / "link").symlink_to(root.parent / "outside")
    (root / "models" / "deep").symlink_to("../../outside/secret.txt")
    (root / "inner").symlink_to(root / "models")  # staying inside is allowed
    for escape in ("link", "link/secret.txt", "models/deep"):
        with pytest.raises(PathEscapeError):
            resolve_under(root, escape)
    assert resolve_under(root, "inner/m1") == (root / "models" / "m1").resolve()


def test_nul_bytes_and_prefix_tricks(root: Path) -> None:
    (root.parent / "root-evil").mkdir()
    with pytest.raises(PathEscapeError):
        resolve_under(root, "models\x00/../../x")
    with pytest.raises(PathEscapeError):  # a sibling sharing the root's name as a prefix
        resolve_under(root, str(root.parent / "root-evil"))


@pytest.mark.parametrize("bad", ["", ".", "..", "a/b", "..\\x", "a\x00b", "x" * 200])
def test_safe_name_refuses_anything_but_one_plain_component(bad: str) -> None:
    with pytest.raises(PathEscapeError):
        safe_name(bad)
    assert safe_name("mediflow-sft-v1.parquet") == "mediflow-sft-v1.parquet"


def test_the_default_database_and_broker_are_files_in_the_data_directory(tmp_path: Path) -> None:
    from mediflow.core.settings import Settings

    data = (tmp_path / "data").resolve()
    s = Settings(data_dir=tmp_path / "data", database_url=None, broker_url=None)
    assert s.resolved_database_url == f"sqlite:///{data / 'mediflow.sqlite'}"
    assert s.resolved_broker_url == f"sqla+sqlite:///{data / 'broker.sqlite'}"
    given = s.model_copy(update={"database_url": "postgresql://db/x", "broker_url": "redis://r:6379/0"})
    assert (given.resolved_database_url, given.resolved_broker_url) == (
        "postgresql://db/x",
        "redis://r:6379/0",
    )
