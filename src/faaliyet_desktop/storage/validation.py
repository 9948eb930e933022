"""Look at an existing file before touching it: SQLite? intact? ours? not newer than us?

Everything here reads through a read-only connection. When no ``-wal`` or ``-journal`` file
lies beside the database it is opened ``immutable``, because even a read-only connection to a
WAL database would otherwise create (and leave behind) ``-wal`` and ``-shm`` files.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from . import errors
from .engine import connect_raw
from .migrate import known_revisions

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables that only Faaliyet Desktop databases have.
OUR_MARKERS = frozenset({"report_year", "app_meta"})


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(100)
    return len(header) == 100 and header.startswith(SQLITE_HEADER)


def inspect_existing(path: Path) -> str | None:
    """The schema revision of an existing file (None: empty, to be initialised).

    Raises NotADatabaseError, NewerSchemaError, DatabaseLockedError ... and never writes.
    """
    if path.is_dir():
        raise errors.not_a_database(path)
    try:
        if path.stat().st_size == 0:
            return None
        if not _has_sqlite_header(path):
            raise errors.not_a_database(path)
    except OSError as exc:
        raise errors.translate(exc, path) or errors.not_a_database(path) from exc

    in_use = sidecar(path, "-wal").exists() or sidecar(path, "-journal").exists()
    try:
        with closing(connect_raw(path, readonly=True, immutable=not in_use)) as connection:
            return _inspect(connection, path)
    except sqlite3.Error as exc:
        known = errors.translate(exc, path)
        if isinstance(known, (errors.DatabaseLockedError, errors.DiskError)):
            raise known from exc
        raise errors.not_a_database(path) from exc


def _inspect(connection: sqlite3.Connection, path: Path) -> str | None:
    try:
        result = connection.execute("PRAGMA quick_check").fetchall()
    except UnicodeDecodeError as exc:  # the damage report quotes damaged (non-UTF-8) bytes
        raise errors.not_a_database(path) from exc
    if result != [("ok",)]:
        raise errors.not_a_database(path)
    tables = {
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise errors.not_a_database(path)  # another program's database
    revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    if not revisions:
        if tables == {"alembic_version"}:
            return None
        raise errors.not_a_database(path)
    unknown = [r for r in revisions if r not in known_revisions()]
    if unknown or len(revisions) > 1:
        # Unknown to us: a newer Faaliyet Desktop, unless the file is clearly someone else's.
        if tables & OUR_MARKERS or tables == {"alembic_version"}:
            raise errors.newer_schema(path, ", ".join(unknown or revisions))
        raise errors.not_a_database(path)
    if not tables & OUR_MARKERS:
        raise errors.not_a_database(path)
    return revisions[0]
