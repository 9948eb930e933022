"""A workspace is an open database: the use cases the GUI and the CLI share."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..paths import default_db_path

if TYPE_CHECKING:
    from ..domain.acknowledgements import Acknowledgement, Partition
    from ..domain.checks import Finding
    from ..domain.model import ReportYear
    from ..storage import Database
    from ..storage.backup import BackupInfo
    from ..storage.history import Change, ChangeSource, CheckRun
    from ..storage.lock import DatabaseLock, LockOwner


class Workspace:
    """One open database. Every method is one user action and one transaction.

    A workspace that could take the database's lock is the one writer; when another instance
    holds it, the workspace is read-only and :attr:`lock_info` says who holds it.
    """

    def __init__(self, database: Database, path: Path, *, lock: DatabaseLock | None = None,
                 lock_info: LockOwner | None = None) -> None:
        self.database = database
        self.path = path
        self._lock = lock
        self.lock_info = lock_info  # who else holds the database (read-only workspace)
        self.warnings: list[str] = []  # e.g. a daily backup that could not be written
        # the report object whose next save may write only these (table, row) cells
        self._edits: tuple[ReportYear, set[tuple[str, str]]] | None = None

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True,
             readonly_if_busy: bool = True) -> Workspace:
        """Open (and migrate) the database at ``path`` (default: per-user folder or
        ``FAALIYET_DB``). A new, empty database starts with the built-in 2024 sample.

        The database is locked for this workspace; when another instance holds it, it is
        opened read-only (``readonly_if_busy``) or DatabaseInUseError names the holder.
        Once a day, on open, the database is backed up.
        Raises :class:`faaliyet_desktop.storage.StorageError` with a Turkish message."""
        from ..storage import StorageError, backup, open_database
        from ..storage.history import ChangeSource
        from ..storage.lock import DatabaseInUseError, acquire
        from ..storage.server import is_server_url

        server = path if path is not None else os.environ.get("FAALIYET_DB")
        if is_server_url(server):
            return cls._open_server(str(server))
        target = Path(path) if path is not None else default_db_path()
        lock: DatabaseLock | None = None
        holder: LockOwner | None = None
        try:
            if create:
                target.absolute().parent.mkdir(parents=True, exist_ok=True)
            lock = acquire(target)
        except DatabaseInUseError as busy:
            if not readonly_if_busy:
                raise
            holder = busy.owner
        except OSError:
            lock = None  # a read-only folder: opening says what that means
        try:
            existed = target.exists() and target.stat().st_size > 0
            if holder is not None:
                db = open_database(target, readonly=True)
            else:
                db = open_database(target, create=create)
            ws = cls(db, target, lock=lock, lock_info=holder)
            if lock is not None:
                backup.remove_leftovers(target)  # of a backup or restore cut short by a crash
            if not ws.readonly:
                if not db.years():
                    from ..sample import load_sample

                    db.save_year(load_sample(), source=ChangeSource.SAMPLE)
                elif existed and backup.daily_backup_due(target):
                    try:
                        backup.create_backup(target, "gunluk")
                    except StorageError as exc:
                        ws.warnings.append(f"Günlük yedek alınamadı: {exc.message}")
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return ws

    @classmethod
    def _open_server(cls, url: str) -> Workspace:
        """A shared database on a PostgreSQL server: no lock file (two people may edit; a
        save that would overwrite someone else's newer figure raises ConflictError) and no
        file backups (the server's own)."""
        from ..storage import open_database
        from ..storage.history import ChangeSource

        db = open_database(url)
        try:
            ws = cls(db, cast(Path, db.path))
            if not db.years():
                from ..sample import load_sample

                db.save_year(load_sample(), source=ChangeSource.SAMPLE)
        except BaseException:
            db.close()
            raise
        return ws

    @property
    def readonly(self) -> bool:
        return self.database.readonly or self.lock_info is not None

    @property
    def owner(self) -> LockOwner | None:
        """Who holds the database when this workspace is read-only because of them."""
        return self.lock_info

    @property
    def readonly_message(self) -> str | None:
        """A Turkish sentence for a banner when the workspace cannot write, else None."""
        if self.lock_info is not None:
            return (f"Salt okunur: bu veritabanını şu anda {self.lock_info.describe()} "
                    "kullanıyor. Değişiklikler kaydedilemez.")
        if self.database.readonly:
            return "Salt okunur: veritabanı dosyası yazılamıyor. Değişiklikler kaydedilemez."
        return None

    def _check_writable(self) -> None:
        if self.lock_info is not None:
            from ..storage.lock import in_use

            raise in_use(self.path, self.lock_info)

    def years(self) -> list[int]:
        return list(self.database.years())

    def load(self, year: int) -> ReportYear:
        return self.database.load_year(year)

    def note_edits(self, report: ReportYear, cells: set[tuple[str, str]] | None) -> None:
        """What the edits of ``report`` since its last save touched: (report table, row) as
        the change history names them; None: more than cells (rows added, moved, renamed).
        The next :meth:`save` of this very report object writes just those fields."""
        self._edits = (report, set(cells)) if cells is not None else None

    def save(self, report: ReportYear, *, source: ChangeSource | None = None,
             detail: str | None = None) -> None:
        """Save the year; ``source``/``detail`` go to the change history (default: typed).

        After :meth:`note_edits` for this report (typed edits), only the noted fields are
        written; otherwise the whole year is compared with the database."""
        from ..storage.history import ChangeSource

        self._check_writable()
        edits = self._edits
        if edits is not None and edits[0] is report and source is None:
            self.database.save_cells(report, edits[1], detail=detail)
        else:
            self.database.save_year(report, source=source or ChangeSource.TYPED, detail=detail)
        if edits is not None and edits[0] is report:
            self._edits = None

    def new_year(self, from_year: int, year: int) -> ReportYear:
        """Carry the structure of ``from_year`` into a new ``year`` and save it."""
        from ..domain.carry_forward import new_year_from
        from ..storage.history import ChangeSource

        if year in self.years():
            raise ValueError(f"{year} yılı zaten var.")
        report = new_year_from(self.load(from_year), year)
        self.save(report, source=ChangeSource.CARRIED, detail=str(from_year))
        return report

    def delete_year(self, year: int) -> BackupInfo | None:
        """Delete ``year`` (its report, figures and texts), after a backup of the whole file
        (None: a shared server database, backed up by the server). The last remaining year
        is never deleted (a database without a year cannot be opened)."""
        self._check_writable()
        years = self.years()
        if year not in years:
            raise ValueError(f"{year} yılı bu veritabanında yok.")
        if len(years) == 1:
            raise ValueError(f"{year} veritabanındaki tek yıl; silinemez. Önce yeni bir yıl "
                             "oluşturun.")
        info = None
        if not getattr(self.database, "is_server", False):
            info = self.backup(reason="yil-silme")
        self.database.delete_year(year)
        return info

    # --- history ------------------------------------------------------------------------------

    def history(self, year: int, table: str | None = None, row: str | None = None,
                field: str | None = None, limit: int | None = None) -> list[Change]:
        """The recorded changes of a year, a table, a row or one cell, oldest first (only the
        newest ``limit`` when given)."""
        if limit:
            return self.database.history(year, table, row, field, limit)
        return self.database.history(year, table, row, field)

    def change_log(self, year: int, since: str | None = None, limit: int | None = None
                   ) -> list[Change]:
        """The year's changes, newest first (at most ``limit``)."""
        return self.database.change_log(year, since, limit)

    def record_check_run(self, year: int, findings: list[Finding]) -> CheckRun | None:
        """Remember that the checks ran on ``year`` (when, who, how many errors); None on a
        read-only workspace (nothing can be written there). Acknowledged findings are not
        counted: a run whose every error is acknowledged is a clean run."""
        from ..domain.checks import Severity

        if self.readonly:
            return None
        findings = self.partition(year, findings).open
        errors = sum(1 for f in findings if f.severity == Severity.ERROR)
        return self.database.record_check_run(year, errors, len(findings) - errors)

    def changes_after_clean_check(self, year: int, table: str | None = None) -> list[Change]:
        """Who changed what (in ``table``) after the checks last passed without errors."""
        return self.database.changes_after_clean_check(year, table)

    # --- the year's close: acknowledged findings (see services.closing) -----------------------

    def acknowledgements(self, year: int) -> list[Acknowledgement]:
        """The year's active acknowledged findings."""
        return self.database.acknowledgements(year)

    def partition(self, year: int, findings: list[Finding]) -> Partition:
        """``findings`` split into open and acknowledged ones (a report is final when no
        error is open)."""
        from ..domain.acknowledgements import partition

        return partition(findings, self.acknowledgements(year))

    def acknowledge(self, year: int, finding: Finding, by: str, reason: str) -> Acknowledgement:
        """Accept ``finding`` in the name of ``by`` for ``reason`` (both required)."""
        from .closing import acknowledge

        self._check_writable()
        return acknowledge(self, year, finding, by, reason)

    def revoke_acknowledgement(self, year: int, ack: Acknowledgement, by: str,
                               reason: str = "") -> None:
        from .closing import revoke

        self._check_writable()
        revoke(self, year, ack, by, reason)

    # --- backups ------------------------------------------------------------------------------

    def _check_file(self) -> None:
        if getattr(self.database, "is_server", False):
            from ..storage.backup import BackupRefusedError

            raise BackupRefusedError(
                "Paylaşılan (sunucudaki) veritabanının yedeği uygulamadan alınmaz ve geri "
                "yüklenmez; sunucunun kendi yedeklerini kullanın (ör. pg_dump). Veritabanına "
                "dokunulmadı.")

    def backup(self, out: str | Path | None = None, reason: str = "elle") -> BackupInfo:
        """Back the database up now (into the backup folder, or ``out``)."""
        from ..storage.backup import create_backup

        self._check_file()
        return create_backup(self.path, reason, out=None if out is None else Path(out))

    def backups(self) -> list[BackupInfo]:
        """The backups in the backup folder, newest first."""
        from ..storage.backup import list_backups

        if getattr(self.database, "is_server", False):
            return []
        return list_backups(self.path)

    def restore(self, source: str | Path) -> BackupInfo | None:
        """Replace the database by the backup ``source`` and reopen it; returns the backup
        taken of the replaced state. Refused (nothing changes) for a file that is not a
        usable backup, and on a read-only workspace."""
        from ..storage import open_database
        from ..storage.backup import restore_database, validate_backup

        self._check_file()
        self._check_writable()
        if self.database.readonly:
            from ..storage.errors import read_only

            raise read_only(self.path)
        validate_backup(Path(source))
        self.database.close()
        try:
            before = restore_database(self.path, Path(source))
        finally:
            self.database = open_database(self.path, create=False)
        if before is not None:  # the change history keeps what the restore changed
            from ..storage.restore_log import try_log_restore

            warning = try_log_restore(self.database, before.path, Path(source).name)
            if warning:
                self.warnings.append(warning)
        return before

    def close(self) -> None:
        self.database.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
