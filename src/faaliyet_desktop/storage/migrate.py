"""Alembic, run programmatically from the migrations shipped inside this package.

Opening an up-to-date database needs no Alembic at all: the head revision and the known
revisions come from the migration files' names (``NNNN_<slug>.py``, revision id ``NNNN``) and
the stored revision is read with one SELECT. Alembic is imported only to upgrade.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
VERSION_TABLE = "alembic_version"
# A migration file: its revision id is the number it starts with (0001_first_schema.py -> 0001).
_MIGRATION_FILE = re.compile(r"^(\d{4})_\w+\.pyc?$")


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config without alembic.ini; ``connection`` (if given) is the one env.py migrates."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def known_revisions() -> frozenset[str]:
    """Every revision shipped: the numbers the migration files' names start with."""
    found = frozenset(
        m.group(1) for f in VERSIONS_DIR.iterdir() if (m := _MIGRATION_FILE.match(f.name))
    )
    assert found, f"no migrations shipped in {VERSIONS_DIR}"
    return found


def head_revision() -> str:
    """The newest revision shipped (the highest file number; the chain is linear)."""
    return max(known_revisions())


def current_revision(connection: Connection) -> str | None:
    """The revision stored in the database (None: not initialised yet)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    stored = list(connection.scalars(text(f"SELECT version_num FROM {VERSION_TABLE}")))
    if len(stored) > 1:  # branches are not ours; let Alembic say what it thinks
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()
    return stored[0] if stored else None


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade inside the caller's transaction (the caller commits or rolls back)."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)
