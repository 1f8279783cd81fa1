"""``mediflow keys create|list|revoke``: API keys, through the API with an admin key.

Without a key (or with ``--db``) they work on the configured database directly: that is how the first
admin key is made on a fresh install, where no key exists yet to call the API with.
"""

from __future__ import annotations

from typing import get_args

import click
from rich.console import Console
from rich.table import Table

from mediflow.cli.common import api, api_options
from mediflow.core.errors import NotFoundError
from mediflow.core.settings import get_settings
from mediflow.schemas.keys import ApiKeyCreate

console = Console(stderr=True)
# One list of scopes: the API's own request schema.
SCOPES: tuple[str, ...] = get_args(ApiKeyCreate.model_fields["scope"].annotation)


@click.group()
def keys() -> None:
    """Create, list and revoke API keys."""


def _direct(db: bool, api_key: str | None) -> bool:
    return db or not api_key


@keys.command("create")
@click.option("--name", required=True, help="Who or what uses the key.")
@click.option(
    "--scope",
    type=click.Choice(SCOPES),
    default="write",
    show_default=True,
    help="read: GETs; write: also submit jobs, exports, runs; admin: also manage keys.",
)
@click.option("--project", default="default", show_default=True, help="The project (tenant) it belongs to.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the key (for scripts).")
@click.option("--db", is_flag=True, help="Straight in the database (the first key; no API needed).")
@api_options
def create(
    name: str, scope: str, project: str, quiet: bool, db: bool, api_url: str | None, api_key: str | None
) -> None:
    """Create a key; it is printed once and stored only as a salted hash."""
    if _direct(db, api_key):
        from mediflow.services import api_keys
        from mediflow.storage.db import session_scope

        with session_scope(get_settings().resolved_database_url) as session:
            key, plain = api_keys.create_key(session, name, scope, project)  # type: ignore[arg-type]
            key_id = key.id
    else:
        with api(api_url, api_key) as client:
            created = client.create_key({"name": name, "scope": scope, "project": project})
            key_id, plain = created.id, created.key
    if not quiet:
        console.print(f"key [bold]{key_id}[/] ({name}, scope {scope}); it will not be shown again:")
    click.echo(plain)


@keys.command("list")
@click.option("--db", is_flag=True, help="Straight from the database.")
@api_options
def list_(db: bool, api_url: str | None, api_key: str | None) -> None:
    """List keys (never their secrets)."""
    table = Table("id", "name", "scope", "prefix", "created", "last used", "revoked")
    if _direct(db, api_key):
        from mediflow.services import api_keys
        from mediflow.storage.db import session_scope

        with session_scope(get_settings().resolved_database_url) as session:
            rows = [
                (k.id, k.name, k.scope, k.prefix, k.created_at, k.last_used_at, k.revoked_at)
                for k in api_keys.list_keys(session)
            ]
    else:
        with api(api_url, api_key) as client:
            rows = [
                (k.id, k.name, k.scope, k.prefix, k.created_at, k.last_used_at, k.revoked_at)
                for k in client.list_keys().items
            ]
    for key_id, name, scope, prefix, created, used, revoked in rows:
        table.add_row(
            key_id,
            name,
            scope,
            prefix,
            f"{created:%Y-%m-%d %H:%M}",
            f"{used:%Y-%m-%d %H:%M}" if used else "-",
            f"{revoked:%Y-%m-%d %H:%M}" if revoked else "-",
        )
    Console().print(table)


@keys.command("revoke")
@click.argument("key_id")
@click.option("--db", is_flag=True, help="Straight in the database.")
@api_options
def revoke(key_id: str, db: bool, api_url: str | None, api_key: str | None) -> None:
    """Revoke a key at once."""
    if _direct(db, api_key):
        from mediflow.services import api_keys
        from mediflow.storage.db import session_scope

        try:
            with session_scope(get_settings().resolved_database_url) as session:
                api_keys.revoke_key(session, key_id)
        except NotFoundError as exc:
            raise click.ClickException(str(exc)) from None
    else:
        with api(api_url, api_key) as client:
            client.revoke_key(key_id)
    console.print(f"key {key_id} revoked")
