"""Files that are not usable databases: refused with a Turkish message, left untouched."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from faaliyet_desktop.domain.model import ReportYear
from faaliyet_desktop.storage import (
    DatabaseLockedError,
    DatabaseMissingError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
    open_database,
)
from faaliyet_desktop.storage import engine as storage_engine

from .helpers import complete_report, folder_state

TURKISH = set("çğıöşüÇĞİÖŞÜ")


def good_database(path: Path, report: ReportYear | None = None) -> Path:
    with open_database(path) as database:
        database.save_year(report or complete_report())
    return path


def sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def random_bytes(folder: Path) -> Path:
    path = folder / "rastgele.sqlite"
    path.write_bytes(random.Random(5018).randbytes(8192))
    return path


def text_file(folder: Path) -> Path:
    path = folder / "notlar.txt"
    path.write_text("Bu bir metin dosyasıdır.\n" * 200, encoding="utf-8")
    return path


def truncated_copy(folder: Path) -> Path:
    good = good_database(folder.parent / "iyi.sqlite")
    data = good.read_bytes()
    path = folder / "yarim.sqlite"
    path.write_bytes(data[: len(data) // 2])
    good.unlink()
    return path


def corrupted_page(folder: Path) -> Path:
    path = good_database(folder / "bozuk.sqlite")
    data = bytearray(path.read_bytes())
    data[4096 + 8 : 4096 + 200] = random.Random(41).randbytes(192)  # scribble over page 2
    path.write_bytes(bytes(data))
    return path


def foreign_database(folder: Path) -> Path:
    path = folder / "baska.sqlite"
    sql(
        path,
        "CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)",
        "INSERT INTO foo VALUES (1, 'x')",
    )
    return path


def foreign_alembic_database(folder: Path) -> Path:
    path = folder / "baska_alembic.sqlite"
    sql(
        path,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('0001')",
        "CREATE TABLE customer (id INTEGER PRIMARY KEY)",
    )
    return path


def future_database(folder: Path) -> Path:
    path = good_database(folder / "gelecek.sqlite")
    sql(path, "UPDATE alembic_version SET version_num = '9999_future'")
    return path


def bare_future_database(folder: Path) -> Path:
    path = folder / "gelecek_bos.sqlite"
    sql(
        path,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('9999_future')",
    )
    return path


def a_folder(folder: Path) -> Path:
    path = folder / "klasor.sqlite"
    path.mkdir()
    return path


BAD_FILES: list[tuple[Callable[[Path], Path], type[StorageError]]] = [
    (random_bytes, NotADatabaseError),
    (text_file, NotADatabaseError),
    (truncated_copy, NotADatabaseError),
    (corrupted_page, NotADatabaseError),
    (foreign_database, NotADatabaseError),
    (foreign_alembic_database, NotADatabaseError),
    (future_database, NewerSchemaError),
    (bare_future_database, NewerSchemaError),
    (a_folder, NotADatabaseError),
]


def assert_refused(path: Path, error: type[StorageError], **kwargs: bool) -> StorageError:
    folder = path.parent
    before = folder_state(folder)
    with pytest.raises(error) as info:
        open_database(path, **kwargs)
    exc = info.value
    assert str(exc) == exc.message
    assert str(path) in exc.message
    assert TURKISH & set(exc.message), exc.message
    assert folder_state(folder) == before
    return exc


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "dosyalar"
    path.mkdir()
    return path


@pytest.mark.parametrize("make, error", BAD_FILES, ids=[make.__name__ for make, _ in BAD_FILES])
def test_bad_file_is_refused_and_untouched(
    folder: Path, make: Callable[[Path], Path], error: type[StorageError]
) -> None:
    exc = assert_refused(make(folder), error)
    assert "Dosyaya dokunulmadı" in exc.message


def test_newer_schema_message_names_the_revision(folder: Path) -> None:
    exc = assert_refused(future_database(folder), NewerSchemaError)
    assert "9999_future" in exc.message and "güncelleyin" in exc.message


def test_newer_schema_is_refused_in_readonly_mode_too(folder: Path) -> None:
    assert_refused(future_database(folder), NewerSchemaError, readonly=True)


@contextmanager
def held_exclusively(path: Path) -> Iterator[None]:
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage_engine, "BUSY_TIMEOUT_MS", 50)


@pytest.mark.usefixtures("short_busy_timeout")
def test_locked_database(folder: Path) -> None:
    path = good_database(folder / "kilitli.sqlite")
    with held_exclusively(path):
        assert_refused(path, DatabaseLockedError)


@pytest.mark.usefixtures("short_busy_timeout")
def test_locked_database_in_rollback_journal_mode(folder: Path) -> None:
    path = good_database(folder / "kilitli.sqlite")
    sql(path, "PRAGMA journal_mode = DELETE")
    with held_exclusively(path):
        assert_refused(path, DatabaseLockedError)


@pytest.mark.usefixtures("short_busy_timeout")
def test_save_while_another_program_writes(folder: Path) -> None:
    path = folder / "db.sqlite"
    report = complete_report()
    with open_database(path) as database:
        database.save_year(report)
        report.units[0].name = "değişti"
        with held_exclusively(path), pytest.raises(DatabaseLockedError):
            database.save_year(report)
        assert database.load_year(2024).units[0].name == "Göç İdaresi Başkanlığı"
        database.save_year(report)  # works again once the other writer is gone
        assert database.load_year(2024) == report


def test_read_only_file(folder: Path) -> None:
    # chmod does not stop root from writing; the storage treats a file without any write bit
    # as read-only anyway, so this holds for root and for ordinary users alike.
    path = good_database(folder / "salt_okunur.sqlite")
    path.chmod(0o444)
    try:
        exc = assert_refused(path, ReadOnlyDatabaseError)
        assert "salt okunur" in exc.message
        with open_database(path, readonly=True) as database:  # reading is fine
            assert database.load_year(2024) == complete_report()
        assert [p.name for p in folder.iterdir()] == [path.name]
    finally:
        path.chmod(0o644)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows ignores a folder's read-only "
                    "attribute when files are created in it (only ACLs stop that)")
def test_read_only_folder(folder: Path) -> None:
    path = good_database(folder / "db.sqlite")
    folder.chmod(0o555)
    try:
        assert_refused(path, ReadOnlyDatabaseError)
        assert_refused(folder / "yeni.sqlite", ReadOnlyDatabaseError)
        with open_database(path, readonly=True) as database:
            assert database.years() == [2024]
    finally:
        folder.chmod(0o755)


def test_readonly_open_of_an_old_schema_is_refused(folder: Path) -> None:
    from .test_storage_migrations import upgrade_file_to

    path = folder / "eski.sqlite"
    upgrade_file_to(path, "0001")
    exc = assert_refused(path, ReadOnlyDatabaseError, readonly=True)
    assert "eski" in exc.message


def test_missing_file_is_not_created_when_create_is_false(tmp_path: Path) -> None:
    before = folder_state(tmp_path)
    for path in (tmp_path / "yok.sqlite", tmp_path / "alt" / "klasor" / "yok.sqlite"):
        for kwargs in ({"create": False}, {"readonly": True}):
            with pytest.raises(DatabaseMissingError) as info:
                open_database(path, **kwargs)
            assert str(path) in info.value.message and "bulunamadı" in info.value.message
    assert folder_state(tmp_path) == before


def test_missing_file_and_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "yeni.sqlite"
    with open_database(path) as database:
        assert database.years() == []
    assert path.is_file()


def test_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "bos.sqlite"
    path.touch()
    with open_database(path) as database:
        database.save_year(complete_report())
        assert database.years() == [2024]


def test_copy_of_a_good_database_opens(tmp_path: Path) -> None:
    good = good_database(tmp_path / "iyi.sqlite")
    copy = tmp_path / "kopya.sqlite"
    shutil.copyfile(good, copy)
    with open_database(copy) as database:
        assert database.load_year(2024) == complete_report()


@pytest.mark.skipif(os.name != "posix", reason="uses POSIX permissions")
def test_is_writable_respects_mode_bits(tmp_path: Path) -> None:
    from faaliyet_desktop.storage.errors import is_writable

    path = tmp_path / "f"
    path.write_bytes(b"")
    assert is_writable(path)
    path.chmod(0o444)
    assert not is_writable(path)
    assert not is_writable(tmp_path / "missing")
