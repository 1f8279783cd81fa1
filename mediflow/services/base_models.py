"""Base models imported through the API: a directory already under the models root (put there by an
operator, a shared volume or ``mediflow models import``) registered for the caller's project.

The rules are the CLI's: the path stays under MEDIFLOW_MODELS_DIR (no ``..``, no symlink out), and it is
a Hugging Face model directory (config.json and weights). Nothing is downloaded, copied or loaded.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediflow.core.errors import ConflictError, InvalidRequestError
from mediflow.core.paths import PathEscapeError, resolve_under
from mediflow.schemas.base_models import BaseModelImport, BaseModelPublic
from mediflow.schemas.present import present
from mediflow.storage import ownership
from mediflow.storage.models import DEFAULT_PROJECT, RegisteredModel

WEIGHTS = ("*.safetensors", "*.bin")


def model_dir(root: Path, raw: str) -> Path:
    """``raw`` resolved under ``root`` and checked to be a model directory; 422 on ``path`` otherwise."""
    try:
        path = resolve_under(root, raw)
    except PathEscapeError:
        raise InvalidRequestError(
            "path", f"{raw!r} is outside the models root (MEDIFLOW_MODELS_DIR)"
        ) from None
    if path == root.resolve() or not path.is_dir():
        raise InvalidRequestError("path", f"{raw!r} is not a model directory under the models root")
    if not (path / "config.json").is_file():
        raise InvalidRequestError("path", f"{raw!r} has no config.json: not a Hugging Face model directory")
    if not any(f for pattern in WEIGHTS for f in path.glob(pattern)):
        raise InvalidRequestError("path", f"{raw!r} has no *.safetensors or *.bin weights")
    return path


def architecture(path: Path) -> str | None:
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise InvalidRequestError("path", "its config.json is not valid JSON") from None
    archs = config.get("architectures") if isinstance(config, dict) else None
    return str(archs[0]) if isinstance(archs, list) and archs else None


def import_model(session: Session, body: BaseModelImport, models_root: Path) -> RegisteredModel:
    path = model_dir(models_root, body.path)
    name = body.name or path.name
    project = ownership.own_project(session) or DEFAULT_PROJECT
    taken = select(RegisteredModel.id).where(
        RegisteredModel.name == name, RegisteredModel.project_id == project
    )
    if session.scalar(taken):
        raise ConflictError(f"a base model named {name!r} is already imported in this project")
    row = RegisteredModel(
        name=name,
        path=str(path.relative_to(models_root.resolve())),
        architecture=architecture(path),
        size_bytes=sum(f.stat().st_size for f in path.rglob("*") if f.is_file()),
    )
    session.add(row)
    session.commit()
    return row


def list_models(session: Session) -> list[RegisteredModel]:
    query = select(RegisteredModel).order_by(RegisteredModel.created_at, RegisteredModel.name)
    return list(session.scalars(ownership.scoped(session, query, RegisteredModel)))


def get_model(session: Session, model_id: str) -> RegisteredModel:
    return ownership.visible(session, session.get(RegisteredModel, model_id), f"base model {model_id!r}")


def model_public(row: RegisteredModel) -> BaseModelPublic:
    return present(BaseModelPublic, row, base_model=row.path)
