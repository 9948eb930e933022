"""Backups with SQLite's online backup API: create, rotate, list, validate and restore.

Backups live beside the database, in ``<name>-yedekler/`` (``faaliyet-yedekler/`` for
``faaliyet.sqlite``): they travel with the data, every user of a shared file sees the same
ones, and the default database lies in the per-user data folder, never the install folder.
``FAALIYET_BACKUP_DIR`` overrides the folder. Each backup is a complete, self-contained SQLite
file (rollback journal, no ``-wal``) named ``<name>-YYYYMMDD-HHMMSS-<reason>.sqlite``; it is
written to a temporary file, checked, fsynced and renamed, so a half-written backup never
exists under a backup's name. Rotation keeps the ten newest plus the newest of every month.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from . import errors
from .engine import connect_raw
from .validation import OUR_MARKERS, inspect_existing, sidecar

KEEP_LAST = 10
SUFFIX = ".sqlite"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z0-9-]+)"
                   r"\.sqlite$")

# Why a backup was taken (part of its file name) and how the user sees it.
REASONS = {
    "gunluk": "günlük",
    "ice-aktarma": "içe aktarma öncesi",
    "guncelleme": "sürüm güncellemesi öncesi",
    "geri-yukleme": "geri yükleme öncesi",
    "yil-silme": "yıl silme öncesi",
    "elle": "elle alınan",
}


class BackupRefusedError(errors.StorageError):
    """A file offered for restore is not a usable backup of this application."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when, why, how big, and which years it holds."""

    path: Path
    created: dt.datetime  # local time
    reason: str
    size: int
    years: tuple[int, ...] = ()

    @property
    def reason_tr(self) -> str:
        for key, text in REASONS.items():
            if self.reason == key or self.reason.startswith(key + "-"):
                return text
        return self.reason


def size_text(size: int) -> str:
    """A file size for people: ``1,4 MB``, ``812,0 KB``."""
    from decimal import Decimal

    from ..domain.numbers import format_number

    if size >= 1024 * 1024:
        return f"{format_number(Decimal(size) / 1024 / 1024, 1)} MB"
    return f"{format_number(Decimal(size) / 1024, 1)} KB"


# --- where ------------------------------------------------------------------------------------


def backup_dir(db_path: Path) -> Path:
    """The folder that holds the backups of ``db_path``."""
    env = os.environ.get("FAALIYET_BACKUP_DIR")
    if env:
        return Path(env)
    return db_path.absolute().parent / f"{db_path.stem}-yedekler"


def _new_name(folder: Path, stem: str, reason: str, now: dt.datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stem}-{stamp}-{reason}{SUFFIX}"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem}-{stamp}-{number}-{reason}{SUFFIX}"
    return target


# --- writing ----------------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_database(source: Path, target: Path) -> None:
    """Online backup of ``source`` into a new file ``target``: checked, journal mode DELETE,
    fsynced. ``target`` is removed again when anything fails."""
    in_use = sidecar(source, "-wal").exists() or sidecar(source, "-journal").exists()
    try:
        with (
            closing(connect_raw(source, readonly=True, immutable=not in_use)) as src,
            closing(sqlite3.connect(target, isolation_level=None)) as dst,
        ):
            # a temporary file, fsynced and renamed only when complete: no journal needed
            dst.execute("PRAGMA synchronous = OFF")
            dst.execute("PRAGMA journal_mode = OFF")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            if dst.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise sqlite3.DatabaseError("database disk image is malformed")
        _fsync_file(target)
    except BaseException:
        with suppress(OSError):
            target.unlink()
        raise


def _write_atomically(source: Path, target: Path) -> None:
    """Back ``source`` up into ``target`` through a temporary file in ``target``'s folder."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    temp.unlink()  # sqlite3 writes a fresh file
    try:
        _copy_database(source, temp)
        os.replace(temp, target)
        _fsync_dir(target.parent)
    finally:
        with suppress(OSError):
            temp.unlink()


def create_backup(db_path: Path, reason: str = "elle", *, out: Path | None = None,
                  rotate: bool = True) -> BackupInfo:
    """Back ``db_path`` up (into the backup folder, or ``out``) while it may be open.

    Raises a StorageError (disk full, not a database ...) and leaves no partial file.
    """
    db_path = Path(db_path)
    now = dt.datetime.now()
    if out is not None:
        target = Path(out)
    else:
        target = _new_name(backup_dir(db_path), db_path.stem, reason, now)
    try:
        _write_atomically(db_path, target)
    except (sqlite3.Error, OSError) as exc:
        known = errors.translate(exc, target if isinstance(exc, OSError) else db_path)
        raise (known or errors.disk_problem(target)) from exc
    if rotate and out is None:
        with suppress(OSError):
            prune(backup_dir(db_path), db_path.stem)
    return BackupInfo(target, now.replace(microsecond=0), reason, target.stat().st_size)


# --- listing and rotation ---------------------------------------------------------------------


def _parse(path: Path, stem: str | None) -> tuple[dt.datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None or (stem is not None and match["stem"] != stem):
        return None
    stamp = match["stamp"]  # YYYYmmdd-HHMMSS (digits); strptime costs 20 ms on first use
    try:
        when = dt.datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]),
                           int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]))
    except ValueError:
        return None
    return when, match["reason"]


def _entries(folder: Path, stem: str | None) -> list[tuple[dt.datetime, Path, str]]:
    try:
        paths = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in paths:
        parsed = _parse(path, stem)
        if parsed is not None and path.is_file():
            found.append((parsed[0], path, parsed[1]))
    # newest first; the same second is ordered by modification time
    found.sort(key=lambda e: (e[0], e[1].stat().st_mtime_ns, e[1].name), reverse=True)
    return found


def to_keep(entries: list[tuple[dt.datetime, Path, str]], keep_last: int = KEEP_LAST
            ) -> set[Path]:
    """The ``keep_last`` newest, plus the newest backup of every month (entries newest first)."""
    keep = {path for _, path, _ in entries[:keep_last]}
    months: set[tuple[int, int]] = set()
    for when, path, _ in entries:
        if (when.year, when.month) not in months:
            months.add((when.year, when.month))
            keep.add(path)
    return keep


def prune(folder: Path, stem: str, keep_last: int = KEEP_LAST, *,
          protect: tuple[Path, ...] = ()) -> list[Path]:
    """Delete the backups rotation does not keep (nor ``protect``); returns what was deleted."""
    entries = _entries(folder, stem)
    keep = to_keep(entries, keep_last) | {Path(p) for p in protect}
    removed = []
    for _, path, _ in entries:
        if path not in keep:
            with suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def backup_years(path: Path) -> tuple[int, ...]:
    """The report years a backup holds (empty when it cannot be read)."""
    try:
        with closing(connect_raw(path, readonly=True, immutable=True)) as connection:
            rows = connection.execute("SELECT year FROM report_year ORDER BY year").fetchall()
    except sqlite3.Error:
        return ()
    return tuple(int(year) for (year,) in rows)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first, with their size and years."""
    db_path = Path(db_path)
    result = []
    for when, path, reason in _entries(backup_dir(db_path), db_path.stem):
        with suppress(OSError):
            result.append(BackupInfo(path, when, reason, path.stat().st_size,
                                     backup_years(path)))
    return result


def newest_backup_time(db_path: Path) -> dt.datetime | None:
    entries = _entries(backup_dir(Path(db_path)), Path(db_path).stem)
    return entries[0][0] if entries else None


def daily_backup_due(db_path: Path, today: dt.date | None = None) -> bool:
    newest = newest_backup_time(db_path)
    return newest is None or newest.date() < (today or dt.date.today())


# --- validation and restore -------------------------------------------------------------------


def _refused(path: Path, why: str) -> BackupRefusedError:
    return BackupRefusedError(
        f"'{path}' geri yüklenemez: {why}. Veritabanına dokunulmadı. "
        "Bu uygulamanın aldığı bir yedeği seçin."
    )


def validate_backup(path: Path) -> BackupInfo:
    """Check that ``path`` is an intact backup of this application that this version reads.

    Raises BackupRefusedError (a StorageError) with a Turkish message; reads only.
    """
    path = Path(path)
    if not path.is_file():
        raise _refused(path, "dosya bulunamadı")
    try:
        revision = inspect_existing(path)
    except errors.NewerSchemaError as exc:
        raise _refused(path, "uygulamanın daha yeni bir sürümüyle alınmış; önce uygulamayı "
                       "güncelleyin") from exc
    except errors.DatabaseLockedError as exc:
        raise _refused(path, "dosya başka bir program tarafından kullanılıyor") from exc
    except errors.StorageError as exc:
        raise _refused(path, "bir Faaliyet Desktop yedeği değil ya da bozulmuş") from exc
    if revision is None:
        raise _refused(path, "içinde Faaliyet Desktop verisi yok")
    in_use = sidecar(path, "-wal").exists() or sidecar(path, "-journal").exists()
    try:
        with closing(connect_raw(path, readonly=True, immutable=not in_use)) as connection:
            if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise _refused(path, "dosya bozulmuş")
            tables = {name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not OUR_MARKERS <= tables:
                raise _refused(path, "bir Faaliyet Desktop yedeği değil")
            app = connection.execute(
                "SELECT value FROM app_meta WHERE key = 'application'").fetchone()
            if app is not None and app[0] != "faaliyet-desktop":
                raise _refused(path, "başka bir uygulamanın veritabanı")
            years = tuple(int(y) for (y,) in connection.execute(
                "SELECT year FROM report_year ORDER BY year"))
    except sqlite3.Error as exc:
        raise _refused(path, "dosya okunamadı ya da bozulmuş") from exc
    parsed = _parse(path, None)
    when = parsed[0] if parsed else dt.datetime.fromtimestamp(path.stat().st_mtime)
    reason = parsed[1] if parsed else ""
    return BackupInfo(path, when.replace(microsecond=0), reason, path.stat().st_size, years)


def in_use_error(path: Path) -> errors.DatabaseLockedError:
    return errors.DatabaseLockedError(
        f"'{path}' başka bir pencerede ya da programda açık; geri yükleme yapılmadı. "
        "Dosyayı kullanan diğer pencereleri kapatıp yeniden deneyin."
    )


def _release_wal(db_path: Path) -> None:
    """Fold the ``-wal`` into the file and switch it to a rollback journal, which needs every
    other connection to be closed: a ``-wal`` left beside would be replayed onto the new file."""
    if not db_path.exists():
        return
    try:
        with closing(connect_raw(db_path)) as connection:
            connection.execute("PRAGMA busy_timeout = 200")
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.Error as exc:
        known = errors.translate(exc, db_path)
        if isinstance(known, errors.DatabaseLockedError):
            raise in_use_error(db_path) from exc
        if isinstance(known, errors.NotADatabaseError):
            return  # a corrupt file is replaced all the same (it was copied aside first)
        raise (known or errors.disk_problem(db_path)) from exc
    if mode is None or str(mode[0]).lower() != "delete" or sidecar(db_path, "-wal").exists():
        raise in_use_error(db_path)


def _save_aside(db_path: Path) -> BackupInfo | None:
    """Back up the current file before a restore; a corrupt one is copied byte for byte."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        return create_backup(db_path, "geri-yukleme", rotate=False)
    except errors.NotADatabaseError:
        folder = backup_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        target = _new_name(folder, db_path.stem, "geri-yukleme", dt.datetime.now())
        temp = target.with_name("." + target.name + ".tmp")
        shutil.copyfile(db_path, temp)
        _fsync_file(temp)
        os.replace(temp, target)
        return BackupInfo(target, dt.datetime.now().replace(microsecond=0), "geri-yukleme",
                          target.stat().st_size)


def remove_leftovers(db_path: Path) -> list[Path]:
    """Delete the temporary files of a backup or restore that a crash interrupted.

    Only for the holder of the database's lock: nobody else writes these files."""
    db_path = Path(db_path)
    found = list(db_path.absolute().parent.glob(f".{db_path.name}.*.geri-yukleme.tmp"))
    found += backup_dir(db_path).glob(f".{db_path.stem}-*{SUFFIX}.*.tmp")
    removed = []
    for path in found:
        with suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def restore_database(db_path: Path, source: Path) -> BackupInfo | None:
    """Replace ``db_path`` by the backup ``source``, atomically; returns the backup of what
    was there before (None when there was nothing).

    The caller holds the database's lock and has closed its own connections. ``source`` is
    validated first (nothing changes when it is refused); the current file is backed up;
    the backup is copied (online backup API) into a temporary file beside ``db_path``,
    checked, fsynced, and renamed over it with ``os.replace``.
    """
    db_path, source = Path(db_path), Path(source)
    validate_backup(source)
    if source.absolute() == db_path.absolute():
        raise _refused(source, "geri yüklenecek dosya veritabanının kendisi")
    folder = db_path.absolute().parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".geri-yukleme.tmp",
                                dir=folder)
    os.close(fd)
    temp = Path(name)
    temp.unlink()
    try:
        try:
            _copy_database(source, temp)
        except (sqlite3.Error, OSError) as exc:
            known = errors.translate(exc, db_path)
            raise (known or errors.disk_problem(db_path)) from exc
        _release_wal(db_path)
        before = _save_aside(db_path)
        for leftover in (sidecar(db_path, "-journal"), sidecar(db_path, "-shm")):
            with suppress(FileNotFoundError):
                leftover.unlink()
        os.replace(temp, db_path)
        _fsync_dir(folder)
    finally:
        with suppress(OSError):
            temp.unlink()
    with suppress(OSError):  # rotation, keeping the backup just restored
        prune(backup_dir(db_path), db_path.stem, protect=(source.absolute(),))
    return before
