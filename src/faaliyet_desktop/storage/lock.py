"""One writer per database: a lock file ``<db>.lock`` with the owner, held by an OS lock.

The file is created with ``O_EXCL`` and holds JSON (user, host, pid, since). While the owner
lives it holds an advisory lock on it (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on
Windows), which the operating system drops when the process dies, even by ``kill -9``. A lock
file is stale, and is taken over, when its advisory lock can be taken, or when its owner is a
process of this host that no longer exists. Anyone else is told who holds the file.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import errors

if sys.platform == "win32":  # run on Windows Python under Wine: packaging/windows
    import msvcrt
else:
    import fcntl

# Windows locks are mandatory: lock a byte far past the JSON so others can still read it.
_WIN_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class LockOwner:
    """Who holds a database: user, host, process id, since when (local time, ISO)."""

    user: str
    host: str
    pid: int
    since: str

    @classmethod
    def me(cls) -> LockOwner:
        try:
            user = getpass.getuser()
        except Exception:  # no user name in the environment (service accounts)
            user = "?"
        now = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
        return cls(user, socket.gethostname(), os.getpid(), now)

    def describe(self) -> str:
        return f"{self.user} ({self.host}, işlem {self.pid}, {self.since} tarihinden beri)"

    def to_json(self) -> bytes:
        return json.dumps(self.__dict__, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> LockOwner | None:
        try:
            raw: Any = json.loads(data.decode("utf-8"))
            return cls(str(raw["user"]), str(raw["host"]), int(raw["pid"]), str(raw["since"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


class DatabaseInUseError(errors.DatabaseLockedError):
    """Another instance (this PC or another) is writing the database."""

    def __init__(self, message: str, owner: LockOwner | None) -> None:
        super().__init__(message)
        self.owner = owner


def in_use(path: Path, owner: LockOwner | None) -> DatabaseInUseError:
    who = owner.describe() if owner else "bilinmeyen bir kullanıcı"
    return DatabaseInUseError(
        f"'{path}' şu anda {who} tarafından kullanılıyor. Aynı anda tek kişi değişiklik "
        "yapabilir; dosya salt okunur açılabilir. Değişiklik yapmak için diğer kullanıcının "
        "uygulamayı kapatmasını bekleyin.",
        owner,
    )


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


# --- OS advisory locks ------------------------------------------------------------------------


def _try_os_lock(fd: int) -> bool:
    if sys.platform == "win32":
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFO
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_owner(fd: int) -> LockOwner | None:
    os.lseek(fd, 0, os.SEEK_SET)
    data = os.read(fd, 64 * 1024)
    return LockOwner.from_json(data)


def _write_owner(fd: int, owner: LockOwner) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, owner.to_json())
    os.fsync(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


# --- the lock -------------------------------------------------------------------------------


class DatabaseLock:
    """The held lock of one database; :meth:`release` (or ``with``) gives it back."""

    def __init__(self, path: Path, fd: int, owner: LockOwner, *, took_over: LockOwner | None
                 = None) -> None:
        self.path = path
        self.owner = owner
        self.took_over = took_over  # the stale owner cleared on acquiring, if any
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform != "win32" and _same_file(fd, self.path):
                os.unlink(self.path)  # while still locked: nobody can take a dying file
            _os_unlock(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
        if sys.platform == "win32":  # an open file cannot be deleted there
            try:
                os.unlink(self.path)
            except OSError:
                pass

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"<DatabaseLock {str(self.path)!r}{'' if self.held else ' released'}>"


def _stale_by_pid(owner: LockOwner | None) -> bool:
    return (owner is not None and owner.host == socket.gethostname()
            and owner.pid != os.getpid() and not _pid_alive(owner.pid))


def acquire(db_path: Path, *, attempts: int = 5) -> DatabaseLock:
    """Take the lock of ``db_path`` or raise :class:`DatabaseInUseError` naming the owner.

    OSErrors (a read-only folder ...) propagate; the caller decides what they mean.
    """
    path = lock_path(Path(db_path))
    me = LockOwner.me()
    owner: LockOwner | None = None
    for _ in range(attempts):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            try:
                fd = os.open(path, os.O_RDWR)
            except FileNotFoundError:
                continue  # released meanwhile: try to create it again
            took_over = None
            if _try_os_lock(fd):
                if not _same_file(fd, path):  # released and deleted while we opened it
                    os.close(fd)
                    continue
                took_over = _read_owner(fd)  # stale: its owner died without releasing
                if took_over is not None and took_over.pid == me.pid \
                        and took_over.host == me.host:
                    took_over = None
                _write_owner(fd, me)
                return DatabaseLock(path, fd, me, took_over=took_over)
            owner = _read_owner(fd)
            if owner is None:  # being written right now: read it again in a moment
                time.sleep(0.05)
                owner = _read_owner(fd)
            os.close(fd)
            if _stale_by_pid(owner):
                # its lock survives in a process that inherited it; the owner itself is gone
                try:
                    os.unlink(path)
                except FileNotFoundError:
                    pass
                continue
            raise in_use(Path(db_path), owner) from None
        if not _try_os_lock(fd):  # someone took it between our create and our lock
            owner = _read_owner(fd)
            os.close(fd)
            raise in_use(Path(db_path), owner)
        _write_owner(fd, me)
        return DatabaseLock(path, fd, me)
    raise in_use(Path(db_path), owner)


def holder(db_path: Path) -> LockOwner | None:
    """Who holds ``db_path`` now (None when nobody does, or the lock is stale)."""
    path = lock_path(Path(db_path))
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None
    try:
        if _try_os_lock(fd):
            _os_unlock(fd)
            return None
        owner = _read_owner(fd)
        if owner is None:
            return LockOwner("?", "?", 0, "?")
        return None if _stale_by_pid(owner) else owner
    finally:
        os.close(fd)
