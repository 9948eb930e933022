"""Storage errors with Turkish messages, and the one place that maps SQLite errors onto them."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from sqlalchemy import exc as sa_exc


class StorageError(Exception):
    """A known storage problem; ``message`` tells the user what is wrong and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotADatabaseError(StorageError):
    """The file is corrupt, not SQLite, or a SQLite database of another program."""


class DatabaseLockedError(StorageError):
    """Another program (or another window) holds the write lock."""


class ReadOnlyDatabaseError(StorageError):
    """The file or its folder cannot be written."""


class NewerSchemaError(StorageError):
    """The file was made by a newer version of the application."""


class DatabaseMissingError(StorageError):
    """The file does not exist and was not to be created."""


class YearNotFoundError(StorageError, KeyError):
    """No report is stored for the requested year."""


class InvalidDataError(StorageError):
    """The report cannot be stored as it is (duplicate key, float instead of Decimal ...)."""


class DiskError(StorageError):
    """Disk full or an input/output error."""


# --- messages ------------------------------------------------------------------------------


def not_a_database(path: Path) -> NotADatabaseError:
    return NotADatabaseError(
        f"'{path}' bir Faaliyet Desktop veritabanı değil ya da bozulmuş. Dosyaya dokunulmadı. "
        "Yedekten geri yükleyin veya başka bir dosya seçin."
    )


def newer_schema(path: Path, revision: str) -> NewerSchemaError:
    return NewerSchemaError(
        f"'{path}' uygulamanın daha yeni bir sürümüyle oluşturulmuş (şema {revision}). "
        "Dosyaya dokunulmadı. Lütfen uygulamayı güncelleyin."
    )


def locked(path: Path) -> DatabaseLockedError:
    return DatabaseLockedError(
        f"'{path}' şu anda başka bir program ya da uygulamanın başka bir penceresi tarafından "
        "kullanılıyor. Dosyaya dokunulmadı. Diğer programı kapatıp yeniden deneyin."
    )


def read_only(path: Path) -> ReadOnlyDatabaseError:
    return ReadOnlyDatabaseError(
        f"'{path}' salt okunur; değişiklikler kaydedilemez. Dosyanın ve bulunduğu klasörün "
        "yazma iznini kontrol edin ya da dosyayı yazılabilir bir klasöre kopyalayın."
    )


def read_only_needs_upgrade(path: Path) -> ReadOnlyDatabaseError:
    return ReadOnlyDatabaseError(
        f"'{path}' uygulamanın eski bir sürümüyle oluşturulmuş ve güncellenmesi gerekiyor; "
        "salt okunur açıldığı için güncellenemez. Dosyaya dokunulmadı. Dosyayı yazılabilir bir "
        "klasöre kopyalayıp oradan açın."
    )


def missing(path: Path) -> DatabaseMissingError:
    return DatabaseMissingError(
        f"'{path}' bulunamadı. Dosyanın yerini kontrol edin ya da yeni bir veritabanı oluşturun."
    )


def disk_problem(path: Path) -> DiskError:
    return DiskError(
        f"'{path}' okunurken ya da yazılırken disk hatası oluştu (disk dolu olabilir). "
        "Diskte yer açıp yeniden deneyin; sorun sürerse dosyayı yedekten geri yükleyin."
    )


def year_not_found(path: Path, year: int) -> YearNotFoundError:
    return YearNotFoundError(
        f"'{path}' içinde {year} yılına ait rapor yok. Listeden başka bir yıl seçin "
        "ya da bu yıl için yeni bir rapor oluşturun."
    )


def invalid_data(year: int, detail: str) -> InvalidDataError:
    return InvalidDataError(
        f"{year} yılı raporu kaydedilemedi: {detail}. Veriyi düzeltip yeniden kaydedin."
    )


# --- mapping --------------------------------------------------------------------------------

_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_READONLY_CODES = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}
_NOTADB_CODES = {sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT}
_DISK_CODES = {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL}


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    if isinstance(exc, sa_exc.DBAPIError) and isinstance(exc.orig, sqlite3.Error):
        return exc.orig
    if isinstance(exc, sqlite3.Error):
        return exc
    return None


def translate(exc: BaseException, path: Path) -> StorageError | None:
    """The known StorageError for ``exc``, or None when ``exc`` is a bug to report as such."""
    if isinstance(exc, StorageError):
        return exc
    from .server import translate_server  # PostgreSQL (shared database mode)

    if (server := translate_server(exc, path)) is not None:
        return server
    if isinstance(exc, OSError):
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return read_only(path)
        if exc.errno in (errno.ENOSPC, errno.EIO, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return disk_problem(path)
        return None
    error = _sqlite_error(exc)
    if error is None:
        return None
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary in _BUSY_CODES or "database is locked" in text or "table is locked" in text:
        return locked(path)
    if primary in _READONLY_CODES or "readonly database" in text or "unable to open" in text:
        return read_only(path)
    if primary in _NOTADB_CODES or "not a database" in text or "malformed" in text:
        return not_a_database(path)
    if primary in _DISK_CODES or "disk i/o error" in text or "disk is full" in text:
        return disk_problem(path)
    return None


def is_writable(path: Path) -> bool:
    """True when ``path`` may be written: by permission and by its mode bits.

    A file whose mode has no write bit (``chmod 444``, "read-only" in Windows Explorer) is
    treated as read-only even for an administrator who could write it anyway.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & 0o222) and os.access(path, os.W_OK)
