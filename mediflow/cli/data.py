"""``mediflow corpus create|add|set-policy|list`` and ``mediflow export``: data commands through the API.

They need only the API URL and a key, so they work from any machine. A ``save_to_disk`` directory is
packed into a .tar.gz on the fly and streamed up like any other file.
"""

from __future__ import annotations

import tarfile
import tempfile
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from mediflow.cli.common import api, api_options
from mediflow.core.registries import EXPORT_FORMATS
from mediflow.schemas.corpora import CorpusPhiPolicy

console = Console()
ID_WIDTH = 32  # ids are full uuid4 hex: never shortened, a PIT job needs the whole corpus id


@click.group()
def corpus() -> None:
    """Corpora of source documents for PIT jobs."""


CORPUS_PHI_POLICIES = [p.value for p in CorpusPhiPolicy]


def _phi_policy_option(help_text: str) -> Any:
    return click.option("--phi-policy", type=click.Choice(CORPUS_PHI_POLICIES), default=None, help=help_text)


@corpus.command("create")
@click.argument("name")
@click.option("--description", default=None)
@_phi_policy_option(
    "What uploads do with PHI: flag (keep, count), redact ([NAME] ...), surrogate (stand-ins), "
    "refuse (reject an upload holding any). Default: redact."
)
@api_options
def corpus_create(
    name: str, description: str | None, phi_policy: str | None, api_url: str | None, api_key: str | None
) -> None:
    """Create a corpus named NAME (e.g. guidelines, pubmed, clinical-notes, medwiki, medcodes)."""
    body: dict[str, Any] = {"name": name, "description": description}
    if phi_policy:
        body["phi_policy"] = phi_policy
    with api(api_url, api_key) as client:
        created = client.create_corpus(body)
    console.print(f"corpus [bold]{created.name}[/] created (PHI policy {created.phi_policy.value})")
    click.echo(created.id)


def _set_policy(client: Any, corpus_id: str, policy: str) -> None:
    """PATCH the policy; the API re-screens the stored documents (all or none) and says what changed."""
    updated = client.update_corpus(corpus_id, {"phi_policy": policy})
    r = updated.rescreen
    found = ", ".join(f"{kind} x{n}" for kind, n in r.phi.items()) or "none"
    console.print(
        f"corpus {updated.name}: PHI policy {r.from_policy.value} -> {r.to_policy.value}; re-screened "
        f"{r.documents} stored documents, rewrote {r.changed}, merged {r.merged}; findings: {found}"
    )


@corpus.command("set-policy")
@click.argument("corpus_ref", metavar="CORPUS")
@click.argument("policy", type=click.Choice(CORPUS_PHI_POLICIES))
@api_options
def corpus_set_policy(corpus_ref: str, policy: str, api_url: str | None, api_key: str | None) -> None:
    """Change CORPUS's PHI policy; its stored documents are re-screened under POLICY, all or none."""
    with api(api_url, api_key) as client:
        _set_policy(client, _corpus_id(client, corpus_ref), policy)


def _corpus_id(client: Any, ref: str) -> str:
    """A corpus named by id or by name."""
    for c in client.list_corpora().items:
        if ref in (c.id, c.name):
            return str(c.id)
    raise click.ClickException(f"no corpus {ref!r} (see `mediflow corpus list`)")


@corpus.command("add")
@click.argument("corpus_ref", metavar="CORPUS")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--input-format",
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "txt", "parquet", "datasets"]),
    default=None,
    help="The file's format (default: from its extension).",
)
@click.option("--text-field", default="text", show_default=True, help="JSONL key / column with the text.")
@_phi_policy_option(
    "Set the corpus's PHI policy first when it differs (its stored documents are re-screened "
    "under it), then upload under it."
)
@api_options
def corpus_add(
    corpus_ref: str,
    path: Path,
    fmt: str | None,
    text_field: str,
    phi_policy: str | None,
    api_url: str | None,
    api_key: str | None,
) -> None:
    """Upload the documents of PATH (.jsonl, .txt, .parquet or a datasets directory) to CORPUS (id or name)."""
    with api(api_url, api_key) as client, tempfile.TemporaryDirectory(prefix="mediflow-upload-") as tmp:
        corpus_id = _corpus_id(client, corpus_ref)
        if phi_policy and client.get_corpus(corpus_id).phi_policy.value != phi_policy:
            _set_policy(client, corpus_id, phi_policy)
        upload, filename = path, path.name
        if path.is_dir():  # a save_to_disk directory travels as an archive
            upload = Path(tmp) / f"{path.name}.tar.gz"
            with tarfile.open(upload, "w:gz") as tar:
                tar.add(path, arcname=path.name)
            filename, fmt = upload.name, fmt or "datasets"
        with upload.open("rb") as fh:
            result = client.add_documents(corpus_id, fh, filename=filename, format=fmt, text_field=text_field)  # type: ignore[arg-type]
    console.print(
        f"{result.format}: read {result.rows}, added {result.added}, already present {result.duplicates}; "
        f"corpus {result.corpus.name} now has {result.corpus.stats.documents} documents"
    )
    if result.phi_documents:
        found = ", ".join(f"{kind} x{n}" for kind, n in result.phi.items())
        console.print(f"PHI ({result.phi_policy.value}): {result.phi_documents} documents held {found}")


@corpus.command("list")
@api_options
def corpus_list(api_url: str | None, api_key: str | None) -> None:
    """List corpora with their document counts (full ids: a pit job names its corpus by id)."""
    with api(api_url, api_key) as client:
        items = client.list_corpora().items
    table = Table("name", "documents", "tokens", "description")
    table.add_column("id", no_wrap=True, min_width=ID_WIDTH)
    for c in items:
        table.add_row(c.name, str(c.stats.documents), str(c.stats.tokens), c.description or "", c.id)
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
@click.option("--export-format", "--format", "fmt", type=click.Choice(EXPORT_FORMATS.names()), required=True)
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
@click.option("--push-to-hub", "repo_id", default=None, help="owner/name; needs HF_TOKEN on the workers")
@click.option(
    "--download",
    "download",
    type=click.Path(path_type=Path),
    default=None,
    help="Also fetch the .tar.gz here (a file or a directory).",
)
@click.option("--wait/--no-wait", default=True, show_default=True)
@api_options
def export(
    fmt: str,
    split: str | None,
    repo_id: str | None,
    license_: str,
    messages: bool,
    download: Path | None,
    wait: bool,
    api_url: str | None,
    api_key: str | None,
    **opts: Any,
) -> None:
    """Export stored rows as a Hugging Face dataset (DatasetDict + Parquet + card) through the API."""
    body = export_body(fmt, split, repo_id, license_, messages, opts)
    with api(api_url, api_key) as client:
        made = client.create_export(body)
        console.print(f"export [bold]{made.id}[/] {made.status}")
        if not wait:
            return
        with console.status("exporting (an export worker runs it)"):
            made = client.wait_export(made.id, poll_s=0.5)
        if made.status != "completed":
            raise click.ClickException(f"export {made.id} {made.status}: {made.error}")
        splits = (made.counts or {}).get("splits")
        console.print(f"export [bold]{made.id}[/]: {made.rows} rows {splits}")
        for warning in made.warnings:
            console.print(f"[yellow]warning:[/] {warning}")
        click.echo(f"dataset (on the server): {made.artifact_path}")  # plain: rich would wrap a long path
        if download is not None:
            path = client.download_export_to(made.id, download)
            click.echo(f"downloaded: {path}")


def export_body(
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
        body["splits"] = dict(zip(("train", "validation", "test"), ratios, strict=False))
    if messages:
        body["sft_variant"] = "messages"
    if opts["system_prompt"]:
        body["system_prompt"] = opts["system_prompt"]
    if repo_id:
        body["push_to_hub"] = {"repo_id": repo_id}
    return body
