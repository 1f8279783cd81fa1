"""``mediflow keys create|list|revoke``: API keys managed straight in the database (no API key needed,
so the first admin key can be made on a fresh install)."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from mediflow.core.errors import NotFoundError
from mediflow.core.settings import get_settings
from mediflow.services import api_keys
from mediflow.storage.db import session_scope

console = Console(stderr=True)


@click.group()
def keys() -> None:
    """Create, list and revoke API keys."""


@keys.command("create")
@click.option("--name", required=True, help="Who or what uses the key.")
@click.option("--scope", type=click.Choice(api_keys.SCOPES), default="read", show_default=True)
@click.option("--project", default="default", show_default=True, help="The project (tenant) it belongs to.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the key (for scripts).")
def create(name: str, scope: api_keys.Scope, project: str, quiet: bool) -> None:
    """Create a key; it is printed once and stored only as a salted hash."""
    with session_scope(get_settings().resolved_database_url) as session:
        key, plain = api_keys.create_key(session, name, scope, project)
        key_id = key.id
    if not quiet:
        console.print(f"key [bold]{key_id}[/] ({name}, scope {scope}); it will not be shown again:")
    click.echo(plain)


@keys.command("list")
def list_() -> None:
    """List keys (never their secrets)."""
    with session_scope(get_settings().resolved_database_url) as session:
        rows = api_keys.list_keys(session)
        table = Table("id", "name", "scope", "prefix", "created", "last used", "revoked")
        for k in rows:
            table.add_row(
                k.id,
                k.name,
                k.scope,
                k.prefix,
                f"{k.created_at:%Y-%m-%d %H:%M}",
                f"{k.last_used_at:%Y-%m-%d %H:%M}" if k.last_used_at else "-",
                f"{k.revoked_at:%Y-%m-%d %H:%M}" if k.revoked_at else "-",
            )
    Console().print(table)


@keys.command("revoke")
@click.argument("key_id")
def revoke(key_id: str) -> None:
    """Revoke a key at once."""
    try:
        with session_scope(get_settings().resolved_database_url) as session:
            api_keys.revoke_key(session, key_id)
    except NotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    console.print(f"key {key_id} revoked")
