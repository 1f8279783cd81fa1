"""``mediflow corpus`` (create, add, list) and ``mediflow export``: data commands run against the database.

They work on the configured database directly, like ``mediflow db``, so a large local corpus file or
``save_to_disk`` directory is read where it lies instead of being uploaded through the API.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from mediflow.core.registries import EXPORT_FORMATS
from mediflow.core.settings import get_settings

console = Console()


@click.group()
def corpus() -> None:
    """Corpora of source documents for PIT jobs."""


@corpus.command("create")
@click.argument("name")
@click.option("--description", default=None)
def corpus_create(name: str, description: str | None) -> None:
    """Create a corpus named NAME (e.g. guidelines, pubmed, clinical-notes, medwiki, medcodes)."""
    from mediflow.core.errors import ConflictError
    from mediflow.schemas.corpora import CorpusCreate
    from mediflow.services import corpora as svc
    from mediflow.storage.db import session_scope

    try:
        body = CorpusCreate(name=name, description=description)
    except ValidationError as exc:
        raise click.BadParameter(exc.errors()[0]["msg"], param_hint="NAME") from None
    with session_scope(get_settings().resolved_database_url) as session:
        try:
            created = svc.create_corpus(session, body)
        except ConflictError as exc:
            raise click.ClickException(str(exc)) from None
        console.print(f"corpus [bold]{created.name}[/] created: {created.id}")


@corpus.command("add")
@click.argument("corpus_ref", metavar="CORPUS")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "txt", "parquet", "datasets"]), default=None)
@click.option("--text-field", default="text", show_default=True, help="JSONL key / column with the text.")
def corpus_add(corpus_ref: str, path: Path, fmt: str | None, text_field: str) -> None:
    """Add the documents of PATH (.jsonl, .txt, .parquet or a datasets directory) to CORPUS (id or name)."""
    from mediflow.core.errors import NotFoundError
    from mediflow.corpora import store
    from mediflow.corpora.errors import IngestError
    from mediflow.services import corpora as svc
    from mediflow.storage.db import session_scope

    settings = get_settings()
    with session_scope(settings.resolved_database_url) as session:
        try:
            corpus_id = store.find_corpus(session, corpus_ref).id
            result = svc.add_documents(session, corpus_id, path, settings, fmt=fmt, text_field=text_field)
        except (IngestError, NotFoundError) as exc:
            raise click.ClickException(f"{path}: {exc}") from None
    console.print(
        f"{result.format}: read {result.rows}, added {result.added}, already present {result.duplicates}; "
        f"corpus {result.corpus.name} now has {result.corpus.stats.documents} documents"
    )


@corpus.command("list")
def corpus_list() -> None:
    """List corpora with their document counts."""
    from mediflow.corpora import store
    from mediflow.services import corpora as svc
    from mediflow.storage.db import session_scope

    table = Table("id", "name", "documents", "tokens", "description")
    with session_scope(get_settings().resolved_database_url) as session:
        for c in store.list_corpora(session):
            pub = svc.corpus_public(session, c)
            table.add_row(
                pub.id, pub.name, str(pub.stats.documents), str(pub.stats.tokens), pub.description or ""
            )
    console.print(table)


def _min_scores(values: tuple[str, ...]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for value in values:
        name, sep, number = value.partition("=")
        try:
            scores[name] = float(number)
        except ValueError:
            sep = ""
        if not sep:
            raise click.BadParameter(f"{value!r} is not CRITERION=NUMBER", param_hint="--min-score")
    return scores


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS.names()), required=True)
@click.option("--job", "job_ids", multiple=True, help="Only rows of this job (repeat for several).")
@click.option("--corpus", "corpus_ids", multiple=True, help="Only PIT rows of this corpus id.")
@click.option("--status", "statuses", multiple=True, help="Row statuses (default: done, the kept rows).")
@click.option("--task-type", "task_types", multiple=True)
@click.option("--min-score", "min_scores", multiple=True, help="CRITERION=NUMBER, e.g. quality=4")
@click.option("--split", "split", default=None, help="TRAIN,VALIDATION[,TEST] ratios, e.g. 0.9,0.05,0.05")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--messages", is_flag=True, help="sft: one messages column instead of prompt/completion.")
@click.option("--system-prompt", default=None)
@click.option("--license", "license_", default="other", show_default=True)
@click.option("--push-to-hub", "repo_id", default=None, help="owner/name; needs MEDIFLOW_HF_TOKEN")
def export(
    fmt: str, split: str | None, repo_id: str | None, license_: str, messages: bool, **opts: Any
) -> None:
    """Export stored rows as a Hugging Face dataset (DatasetDict + Parquet + card) and print where."""
    from mediflow.core.errors import DomainError
    from mediflow.exports.run import run_export
    from mediflow.exports.store import get_export
    from mediflow.schemas.exports import ExportCreate
    from mediflow.services import exports as svc
    from mediflow.storage.db import session_scope

    body = _export_body(fmt, split, repo_id, license_, messages, opts)
    try:
        spec = ExportCreate.model_validate(body)
    except ValidationError as exc:
        raise click.ClickException("; ".join(e["msg"] for e in exc.errors())) from None
    settings = get_settings()
    url = settings.resolved_database_url
    with session_scope(url) as session:
        try:
            export_id = svc.submit_export(session, spec, settings).id
        except DomainError as exc:
            raise click.ClickException(str(exc)) from None
    status = run_export(export_id, settings)
    with session_scope(url) as session:
        public = svc.export_public(get_export(session, export_id))
    if status != "completed":
        raise click.ClickException(f"export {export_id} {status}: {public.error}")
    console.print(
        f"export [bold]{export_id}[/]: {public.rows} rows {public.counts and public.counts.get('splits')}"
    )
    click.echo(f"dataset: {public.artifact_path}")  # plain: rich would wrap a long path


def _export_body(
    fmt: str, split: str | None, repo_id: str | None, license_: str, messages: bool, opts: dict[str, Any]
) -> dict[str, Any]:
    body: dict[str, Any] = {"format": fmt, "seed": opts["seed"], "license": license_}
    for key in ("job_ids", "corpus_ids", "statuses", "task_types"):
        if opts[key]:
            body[key] = list(opts[key])
    if opts["min_scores"]:
        body["min_scores"] = _min_scores(opts["min_scores"])
    if split:
        try:
            ratios = [float(x) for x in split.split(",")]
        except ValueError:
            raise click.BadParameter(
                f"{split!r} is not comma-separated ratios", param_hint="--split"
            ) from None
        body["splits"] = dict(zip(("train", "validation", "test"), ratios, strict=False)) | (
            {"test": 0.0} if len(ratios) == 2 else {}
        )
    if messages:
        body["sft_variant"] = "messages"
    if opts["system_prompt"]:
        body["system_prompt"] = opts["system_prompt"]
    if repo_id:
        body["push_to_hub"] = {"repo_id": repo_id}
    return body
