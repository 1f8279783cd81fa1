"""Use cases behind the export endpoints and the CLI: submit, read, locate the archive."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from mediflow.core.errors import ConflictError, ForbiddenError, InvalidRequestError, NotFoundError
from mediflow.core.settings import Settings
from mediflow.exports import store
from mediflow.schemas.exports import ExportCreate, ExportLinks, ExportPublic
from mediflow.schemas.present import present
from mediflow.storage import ownership
from mediflow.storage.models import Corpus, Export, ExportStatus, GenerationJob

EXPORTS_PATH = "/v1/exports"


def submit_export(session: Session, spec: ExportCreate, settings: Settings) -> Export:
    """Validate what the spec refers to, then store the export (committed) for a worker to run."""
    if spec.push_to_hub is not None:
        _check_publish(session, spec.push_to_hub.repo_id, settings)
    _check_exist(session, GenerationJob, spec.job_ids, "generation job")
    _check_exist(session, Corpus, spec.corpus_ids, "corpus")
    export = store.create_export(session, spec.format, spec.model_dump(mode="json"))
    # An export reads the rows of its own project only, unless an admin made it.
    export.all_projects = ownership.caller_project(session) is None
    session.commit()
    return export


def _check_publish(session: Session, repo_id: str, settings: Settings) -> None:
    """push_to_hub uses the server's token: admins anywhere, other keys only in the operator's namespace."""
    if settings.hf_token is None:
        raise InvalidRequestError(
            "push_to_hub", "needs a Hugging Face token on the server: set MEDIFLOW_HF_TOKEN"
        )
    if ownership.caller_project(session) is None:
        return
    namespace = settings.hub_namespace
    if namespace is None or repo_id.split("/", 1)[0] != namespace:
        where = f"under {namespace}/" if namespace else "with an admin key"
        raise ForbiddenError(f"push_to_hub.repo_id: this key may publish only {where}")


def _check_exist(
    session: Session, model: type[GenerationJob] | type[Corpus], ids: list[str] | None, what: str
) -> None:
    if not ids:
        return
    found = ownership.visible_ids(session, model, ids)
    if missing := [i for i in ids if i not in found]:
        raise NotFoundError(f"{what} {', '.join(repr(m) for m in missing)} not found")


def export_public(export: Export) -> ExportPublic:
    base = f"{EXPORTS_PATH}/{export.id}"
    return present(
        ExportPublic,
        export,
        spec=ExportCreate.model_validate(export.spec),
        rows=export.n_rows,
        warnings=list((export.counts or {}).get("warnings") or []),
        links=ExportLinks(self=base, download=f"{base}/download"),
    )


def archive_of(export: Export) -> Path:
    if export.status != ExportStatus.completed.value or not export.archive_path:
        raise ConflictError(f"export {export.id} is {export.status}; its archive exists once it is completed")
    path = Path(export.archive_path)
    if not path.is_file():
        raise NotFoundError(f"the archive of export {export.id} is gone from {path.parent}")
    return path
