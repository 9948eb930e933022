"""Alembic environment: migrates the connection storage hands over (or a sqlalchemy.url)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, create_engine, pool

from faaliyet_desktop.storage.column_types import DecimalText, StringList
from faaliyet_desktop.storage.tables import metadata

config = context.config


def _render_item(type_: str, obj: Any, autogen_context: Any) -> Any:
    """Render our column types as what they store (TEXT): revisions stay frozen snapshots."""
    if type_ == "type" and isinstance(obj, (DecimalText, StringList)):
        return "sa.Text()"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        render_item=_render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:
            _run(connection)
            connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Faaliyet Desktop migrations run online only (on a database file).")
run_migrations_online()
