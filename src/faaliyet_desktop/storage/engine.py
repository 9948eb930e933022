"""Engines and raw connections: URI paths, pragmas on every connection, explicit BEGIN."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, pool

# Kept short so a locked file is reported quickly instead of freezing the window.
BUSY_TIMEOUT_MS = 2000

# Execution option: how a transaction begins on this connection ("", "IMMEDIATE").
BEGIN_MODE = "faaliyet_begin"


def sqlite_uri(path: Path, *, readonly: bool = False, immutable: bool = False) -> str:
    """A ``file:`` URI for ``path``, percent-encoded ('?', '#', '%', spaces, Turkish letters).

    Always with an empty authority: ``file:///C:/x.db``, ``file:///home/x.db`` and, for a
    Windows network share, ``file:////server/share/x.db`` (SQLite refuses ``file://server/``).
    """
    posix = path.absolute().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/... -> /C:/...
    uri = "file://" + quote(posix, safe="/:")
    params = []
    if readonly or immutable:
        params.append("mode=ro")
    if immutable:
        params.append("immutable=1")
    return uri + ("?" + "&".join(params) if params else "")


def connect_raw(
    path: Path, *, readonly: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    """A plain sqlite3 connection in autocommit mode (the caller closes it)."""
    connection = sqlite3.connect(
        sqlite_uri(path, readonly=readonly, immutable=immutable),
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
    )
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    return connection


def make_engine(path: Path, *, readonly: bool = False, immutable: bool = False) -> Engine:
    """An engine whose connections have foreign keys on, WAL (when writable), a busy timeout.

    sqlite3's own transaction handling is switched off; SQLAlchemy's ``begin`` emits BEGIN
    (or BEGIN IMMEDIATE for writes), so DDL and reads are transactional too.
    """

    def creator() -> sqlite3.Connection:
        return connect_raw(path, readonly=readonly, immutable=immutable)

    engine = create_engine("sqlite+pysqlite://", creator=creator, poolclass=pool.QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
            if not readonly:
                cursor.execute("PRAGMA journal_mode = WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(BEGIN_MODE, "")
        connection.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine
