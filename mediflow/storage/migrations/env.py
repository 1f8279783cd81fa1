"""Alembic environment: runs against the URL mediflow hands over in ``config.attributes``."""

from __future__ import annotations

from alembic import context

from mediflow.storage.db import engine_for
from mediflow.storage.models import Base
from mediflow.storage.search import is_search_object

config = context.config
url: str = config.attributes["database_url"]


def run_migrations_online() -> None:
    engine = engine_for(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            # SQLite cannot ALTER most things in place; batch mode copies the table instead.
            render_as_batch=engine.dialect.name == "sqlite",
            compare_type=True,
            include_object=is_search_object,  # the text index is DDL of its own, not a model
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


def run_migrations_offline() -> None:
    context.configure(url=url, target_metadata=Base.metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
