"""The one place that turns SQLite failures into known, Turkish StorageErrors."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy import exc as sa_exc

from faaliyet_desktop.storage import (
    Database,
    DatabaseLockedError,
    DiskError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
    YearNotFoundError,
    open_database,
)
from faaliyet_desktop.storage.errors import translate

from .helpers import complete_report

PATH = Path("/veri/faaliyet.sqlite")


def sqlite_error(make: Any) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as info:
        make()
    return info.value


@pytest.fixture
def connections(tmp_path: Path) -> Iterator[list[sqlite3.Connection]]:
    opened: list[sqlite3.Connection] = []
    yield opened
    for connection in opened:
        connection.close()


def test_real_sqlite_errors_are_mapped(
    tmp_path: Path, connections: list[sqlite3.Connection]
) -> None:
    def connect(target: str, **kwargs: Any) -> sqlite3.Connection:
        connection = sqlite3.connect(target, isolation_level=None, **kwargs)
        connections.append(connection)
        return connection

    good = tmp_path / "iyi.sqlite"
    connect(str(good)).execute("CREATE TABLE t (x)")

    readonly = connect(f"{good.as_uri()}?mode=ro", uri=True)
    error = sqlite_error(lambda: readonly.execute("INSERT INTO t VALUES (1)"))
    assert isinstance(translate(error, PATH), ReadOnlyDatabaseError)

    error = sqlite_error(lambda: connect(str(tmp_path / "yok" / "x.sqlite")))
    assert isinstance(translate(error, PATH), ReadOnlyDatabaseError)  # unable to open

    text = tmp_path / "metin.txt"
    text.write_text("merhaba " * 100)
    error = sqlite_error(lambda: connect(str(text)).execute("SELECT * FROM sqlite_master"))
    assert isinstance(translate(error, PATH), NotADatabaseError)

    connect(str(good)).execute("BEGIN EXCLUSIVE")
    other = connect(str(good), timeout=0)
    error = sqlite_error(lambda: other.execute("INSERT INTO t VALUES (1)"))
    assert isinstance(translate(error, PATH), DatabaseLockedError)
    wrapped = sa_exc.OperationalError("INSERT", {}, error)
    assert isinstance(translate(wrapped, PATH), DatabaseLockedError)


@pytest.mark.parametrize(
    "message, expected",
    [
        ("database is locked", DatabaseLockedError),
        ("attempt to write a readonly database", ReadOnlyDatabaseError),
        ("unable to open database file", ReadOnlyDatabaseError),
        ("file is not a database", NotADatabaseError),
        ("database disk image is malformed", NotADatabaseError),
        ("disk I/O error", DiskError),
        ("database or disk is full", DiskError),
    ],
)
def test_messages_are_mapped(message: str, expected: type[StorageError]) -> None:
    for error in (sqlite3.OperationalError(message), sqlite3.DatabaseError(message)):
        known = translate(error, PATH)
        assert isinstance(known, expected)
        assert str(PATH) in known.message and str(known) == known.message


def test_bugs_are_not_hidden() -> None:
    assert translate(sqlite3.OperationalError('near "SELEC": syntax error'), PATH) is None
    assert translate(ValueError("x"), PATH) is None


def test_os_errors() -> None:
    assert isinstance(translate(PermissionError(errno.EACCES, "x"), PATH), ReadOnlyDatabaseError)
    assert isinstance(translate(OSError(errno.EROFS, "x"), PATH), ReadOnlyDatabaseError)
    assert isinstance(translate(OSError(errno.ENOSPC, "x"), PATH), DiskError)


def test_error_classes() -> None:
    error = YearNotFoundError("2023 yılı yok")
    assert isinstance(error, StorageError) and isinstance(error, KeyError)
    assert str(error) == error.message == "2023 yılı yok"
    for cls in (NotADatabaseError, DatabaseLockedError, ReadOnlyDatabaseError, DiskError):
        assert issubclass(cls, StorageError)


def test_disk_full_while_saving(db: Database) -> None:
    """SQLITE_FULL for real: cap the file at its current size, then save a whole year."""
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    report = complete_report()
    report.narratives["foreword"] = "Başkan Sunuşu. " * 20_000  # needs new pages
    with pytest.raises(DiskError) as info:
        db.save_year(report)
    assert "disk" in info.value.message
    event.remove(db.engine, "connect", _cap)
    db.engine.dispose()
    assert db.years() == []  # nothing half-written


def test_crashed_database_with_its_wal_is_recovered(tmp_path: Path) -> None:
    """A copy taken while the app was running (database + -wal) opens with the latest data."""
    source, copy = tmp_path / "calisan", tmp_path / "kopya"
    source.mkdir()
    copy.mkdir()
    with open_database(source / "db.sqlite") as database:
        report = complete_report()
        database.save_year(report)
        wal = source / "db.sqlite-wal"
        assert wal.exists() and wal.stat().st_size > 0
        for name in ("db.sqlite", "db.sqlite-wal"):
            shutil.copyfile(source / name, copy / name)
    with open_database(copy / "db.sqlite") as recovered:
        assert recovered.load_year(2024) == report
