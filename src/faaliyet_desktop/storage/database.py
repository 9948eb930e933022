"""The database file: open (validate, migrate), list, load, save (diff-based) and delete years."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Engine, delete, insert, select, text, update
from sqlalchemy import exc as sa_exc

from .. import __version__
from ..domain.acknowledgements import Acknowledgement, FindingKey
from . import cycle_log, errors, history, migrate
from .conflicts import conflict_error, year_created_meanwhile
from .engine import BEGIN_MODE, make_engine
from .history import Change, ChangeSource, CheckRun
from .server import MIGRATION_LOCK_KEY, is_server_url, location, make_server_engine
from .tables import AppMeta, ReportYearRow, table_of
from .validation import inspect_existing, sidecar

if TYPE_CHECKING:  # loaded when a year is loaded or saved: listing years needs none of it
    from ..domain.model import ReportYear
    from . import tracking
    from .mapping import TableSpec

_report_year = table_of(ReportYearRow)
_app_meta = table_of(AppMeta)


class Database:
    """An open Faaliyet Desktop database. Use :func:`open_database` to get one."""

    def __init__(self, path: Path, engine: Engine, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._engine: Engine | None = engine
        # per year: the rows as last loaded or saved through this object (optimistic locking)
        # (loaded rows are encoded into a LoadedBase only when a save needs them)
        self._loaded: dict[int, tracking.LoadedBase] = {}

    # --- plumbing ---------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise errors.StorageError(f"'{self.path}' kapatıldı. Dosyayı yeniden açın.")
        return self._engine

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn known SQLite failures into StorageErrors; anything else is a bug and propagates."""
        try:
            yield
        except errors.StorageError:
            raise
        except sa_exc.IntegrityError as exc:
            raise errors.InvalidDataError(
                f"'{self.path}' kaydedilemedi: veri tutarsız ({exc.orig}). "
                "Veriyi düzeltip yeniden kaydedin."
            ) from exc
        except (sa_exc.DBAPIError, OSError) as exc:
            known = errors.translate(exc, self.path)
            if known is None:
                raise
            raise known from exc

    @property
    def is_server(self) -> bool:
        """True for a shared database on a PostgreSQL server."""
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._errors(), self.engine.connect() as connection:
            if connection.dialect.name == "postgresql":  # one snapshot for all the tables
                connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                yield connection

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        if self.readonly:
            raise errors.read_only(self.path)
        with self._errors(), self.engine.connect() as connection:
            connection.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
            with connection.begin():
                yield connection

    def transaction(self) -> AbstractContextManager[Connection]:
        """A write transaction (BEGIN IMMEDIATE) with errors translated to StorageErrors.

        For storage-level code that owns tables of its own (the import log); it commits when
        the block ends normally and rolls back on an exception.
        """
        return self._write()

    def close(self) -> None:
        """Release the file (the last connection checkpoints the WAL and removes -wal/-shm)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Database {str(self.path)!r}{' readonly' if self.readonly else ''}>"

    # --- queries ----------------------------------------------------------------------------

    def schema_revision(self) -> str:
        with self._read() as connection:
            return migrate.current_revision(connection) or ""

    def meta(self) -> dict[str, str]:
        """The app_meta facts (application, created_by, last_opened_by)."""
        with self._read() as connection:
            return {row.key: row.value for row in connection.execute(select(_app_meta))}

    def years(self) -> list[int]:
        with self._read() as connection:
            return list(
                connection.scalars(select(_report_year.c.year).order_by(_report_year.c.year))
            )

    def year_revision(self, year: int) -> int:
        """Goes up by one with every save that changed something in the year."""
        with self._read() as connection:
            revision = connection.scalar(
                select(_report_year.c.revision).where(_report_year.c.year == year)
            )
        if revision is None:
            raise errors.year_not_found(self.path, year)
        return int(revision)

    def load_year(self, year: int) -> ReportYear:
        with _no_collection():
            return self._load_year(year)

    def _load_year(self, year: int) -> ReportYear:
        from . import tracking
        from .mapping import SPECS, report_from_rows

        with self._read() as connection:
            year_id = self._year_id(connection, year)
            if year_id is None:
                raise errors.year_not_found(self.path, year)
            rows = {
                spec.table.name: self._stored(connection, spec, year_id)
                for spec in SPECS
            }
        with self._errors():
            report = report_from_rows(year, rows)
            self._loaded[year] = tracking.LoadedBase(raw=rows)  # encoded when a save needs it
            return report

    # --- changes ----------------------------------------------------------------------------

    def save_year(
        self,
        report: ReportYear,
        *,
        source: ChangeSource = ChangeSource.TYPED,
        detail: str | None = None,
        user: str | None = None,
        import_id: int | None = None,
    ) -> list[int]:
        """Store ``report`` in one transaction, writing only the fields that differ, and
        record every changed field in the change log (same transaction); returns the ids of
        the log rows.

        Fields are compared with the rows the year was last loaded (or saved) with through
        this object: a field someone else changed meanwhile that this report changes too
        raises :class:`ConflictError` and nothing is saved; fields only they changed keep
        their value. ``source``/``detail`` say where the change comes from, ``user`` who made
        it (default: the operating system's user name).
        """
        from . import diff, tracking

        prepared = diff.prepare(report)  # validated before taking the write lock
        who = user or history.current_user()
        base = self._base(report.year)
        with self._write() as connection:
            year_id = self._lock_year(connection, report.year)
            created = year_id is None
            if year_id is None:
                try:
                    with connection.begin_nested():
                        result = connection.execute(
                            insert(_report_year).values(year=report.year)
                        )
                except sa_exc.IntegrityError as exc:
                    raise year_created_meanwhile(report.year) from exc
                assert result.inserted_primary_key is not None
                year_id = int(result.inserted_primary_key[0])
            tracked = tracking.plan_all(connection, prepared, year_id,
                                        None if created else base)
            if tracked.conflicts:
                raise conflict_error(connection, report.year, tracked.conflicts)
            if diff.apply(connection, tracked.plans, year_id) and not created:
                connection.execute(
                    update(_report_year)
                    .where(_report_year.c.id == year_id)
                    .values(revision=_report_year.c.revision + 1)
                )
            ids = history.record(connection, report.year, tracked.entries, source=source,
                                 detail=detail, user=who, import_id=import_id)
        self._loaded[report.year] = tracking.LoadedBase(tracked.snapshot)
        return ids

    def save_cells(
        self,
        report: ReportYear,
        cells: Iterable[tuple[str, str]],
        *,
        source: ChangeSource = ChangeSource.TYPED,
        detail: str | None = None,
        user: str | None = None,
    ) -> list[int]:
        """Store the edits of ``cells`` ((report table, row) as the change history names
        them) by writing only their changed fields; with its history rows, in one
        transaction. Whatever that cannot do exactly (rows added or removed, a table it does
        not know, a row someone else changed meanwhile) is saved by :meth:`save_year`, with
        its conflict detection; so is everything when the hint finds no change."""
        from . import cells as cell_saving

        base = self._base(report.year)
        planned = None if base is None else cell_saving.plan(report, cells, base)
        if planned is None or base is None:
            return self.save_year(report, source=source, detail=detail, user=user)
        who = user or history.current_user()
        try:
            with self._write() as connection:
                year_id = self._lock_year(connection, report.year)
                if year_id is None:
                    raise cell_saving.Stale(str(report.year))
                cell_saving.write(connection, planned, year_id)
                connection.execute(
                    update(_report_year)
                    .where(_report_year.c.id == year_id)
                    .values(revision=_report_year.c.revision + 1)
                )
                ids = history.record(connection, report.year, planned.entries, source=source,
                                     detail=detail, user=who)
        except cell_saving.Stale:  # rolled back: the three-way save finds out what happened
            return self.save_year(report, source=source, detail=detail, user=user)
        cell_saving.commit(planned, base)
        return ids

    # --- history ----------------------------------------------------------------------------

    def history(self, year: int, table: str | None = None, row: str | None = None,
                field: str | None = None, limit: int | None = None) -> list[Change]:
        """Every recorded change of ``year`` (narrowed to a table, row, field), oldest first;
        ``limit``: only the newest that many."""
        with self._read() as connection:
            if limit:
                return history.query_changes(connection, year, table=table, row=row,
                                             field=field, newest_first=True, limit=limit)[::-1]
            return history.query_changes(connection, year, table=table, row=row, field=field)

    def change_log(self, year: int, since: str | None = None, limit: int | None = None
                   ) -> list[Change]:
        """The year's log, newest first; ``since``: an ISO 8601 UTC time (inclusive);
        ``limit``: at most that many (the newest)."""
        with self._read() as connection:
            return history.query_changes(connection, year, since=since, newest_first=True,
                                         limit=limit)

    def record_check_run(self, year: int, error_count: int, warning_count: int = 0,
                         user: str | None = None) -> CheckRun:
        """Remember that the checks ran on ``year`` now and how many errors they found."""
        with self._write() as connection:
            return history.record_check_run(connection, year, error_count, warning_count,
                                            user or history.current_user())

    def check_runs(self, year: int) -> list[CheckRun]:
        with self._read() as connection:
            return history.check_runs(connection, year)

    def last_clean_check(self, year: int) -> CheckRun | None:
        """The last run of the checks on ``year`` that found no error."""
        with self._read() as connection:
            return history.last_clean_check(connection, year)

    def changes_after_clean_check(self, year: int, table: str | None = None) -> list[Change]:
        """Changes (to ``table``) since the last check run without errors; every change of
        the year when the checks never passed."""
        with self._read() as connection:
            clean = history.last_clean_check(connection, year)
            return history.query_changes(connection, year, table=table,
                                         after_id=clean.last_change_id if clean else None)

    # --- the year's close and the export log (see cycle_log) ---------------------------------

    def acknowledgements(self, year: int) -> list[Acknowledgement]:
        """The active (not revoked) acknowledged findings of ``year``, oldest first."""
        with self._read() as connection:
            return cycle_log.active_acknowledgements(connection, year)

    def add_acknowledgement(self, year: int, key: FindingKey, message: str, by: str,
                            reason: str, user: str | None = None) -> Acknowledgement:
        """Acknowledge a finding; logged in the change history in the same transaction."""
        with self._write() as connection:
            return cycle_log.add_acknowledgement(connection, year, key, message, by, reason,
                                                 user or history.current_user())

    def revoke_acknowledgement(self, ack: Acknowledgement, by: str, reason: str = "",
                               user: str | None = None) -> None:
        with self._write() as connection:
            cycle_log.revoke_acknowledgement(connection, ack, by, reason,
                                             user or history.current_user())

    def record_export(self, year: int, unit: str | None, unit_name: str, file_name: str,
                      export_id: str, fingerprint: str, user: str | None = None
                      ) -> cycle_log.ExportRecord:
        """Remember that a template was written for ``unit`` (the "sent" state)."""
        with self._write() as connection:
            return cycle_log.record_export(connection, year, unit, unit_name, file_name,
                                           export_id, fingerprint,
                                           user or history.current_user())

    def exports(self, year: int) -> list[cycle_log.ExportRecord]:
        with self._read() as connection:
            return cycle_log.exports(connection, year)

    def delete_year(self, year: int) -> None:
        with self._write() as connection:
            result = connection.execute(delete(_report_year).where(_report_year.c.year == year))
            if result.rowcount == 0:
                raise errors.year_not_found(self.path, year)

    # --- helpers ----------------------------------------------------------------------------

    def _base(self, year: int) -> tracking.LoadedBase | None:
        """The rows ``year`` was last loaded or saved with (None: never, through this object)."""
        return self._loaded.get(year)

    @staticmethod
    def _lock_year(connection: Connection, year: int) -> int | None:
        """The year's id, its row locked until the transaction ends (SELECT ... FOR UPDATE on
        PostgreSQL: saves of one year queue; SQLite's BEGIN IMMEDIATE already does that)."""
        return connection.scalar(
            select(_report_year.c.id).where(_report_year.c.year == year).with_for_update()
        )

    @staticmethod
    def _year_id(connection: Connection, year: int) -> int | None:
        return connection.scalar(select(_report_year.c.id).where(_report_year.c.year == year))

    @staticmethod
    def _stored(connection: Connection, spec: TableSpec, year_id: int
                ) -> list[dict[str, Any]]:
        """The year's rows of a table, as dicts, in list order."""
        # As text with typed columns: compiling 21 full SELECTs cost more than running them
        # in a fresh process (a CLI command); the columns' types still decode the values.
        table = spec.table
        quote = connection.dialect.identifier_preparer.quote
        query = text(
            f"SELECT {', '.join(quote(c.name) for c in table.columns)} FROM {quote(table.name)} "
            "WHERE report_year_id = :year_id ORDER BY position, id"
        ).columns(*table.columns)
        result = connection.execute(query, {"year_id": year_id})
        keys = list(result.keys())
        return [dict(zip(keys, row, strict=True)) for row in result]


@contextmanager
def _no_collection() -> Iterator[None]:
    """No cyclic garbage collection while a year's rows and objects are built: they make no
    cycles, and with a large year every collection would walk them all again and again."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# --- opening ----------------------------------------------------------------------------------


def open_database(
    path: str | os.PathLike[str], *, create: bool = True, readonly: bool = False
) -> Database:
    """Open (and if needed create, then migrate) the database at ``path``.

    An existing file is checked through a read-only connection first; a corrupt, foreign,
    newer, locked or read-only file raises the matching StorageError and is left untouched.
    ``readonly=True`` opens an up-to-date file for reading only, without migrating.
    ``path`` may also be a PostgreSQL URL (``postgresql+psycopg://user:pw@host/db``): the
    shared database mode, see :mod:`.server`.
    """
    if is_server_url(path):
        return _open_server(str(path), readonly=readonly)
    db_path = Path(path)
    if not db_path.exists():
        if readonly or not create:
            raise errors.missing(db_path)
        return _create(db_path)
    revision = inspect_existing(db_path)
    if readonly:
        return _open_readonly(db_path, revision)
    if not (errors.is_writable(db_path) and errors.is_writable(db_path.absolute().parent)):
        raise errors.read_only(db_path)
    if revision is not None and revision != migrate.head_revision():
        backup_before_upgrade(db_path, revision)
    return _open_and_migrate(db_path, new=False)


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """Back up a database made by an older version before migrating it (see backup.py)."""
    from .backup import create_backup

    return create_backup(path, f"guncelleme-{revision}").path


def _create(path: Path) -> Database:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.translate(exc, path) or errors.read_only(path) from exc
    if not errors.is_writable(path.absolute().parent):
        raise errors.read_only(path)
    try:
        return _open_and_migrate(path, new=True)
    except BaseException:
        for leftover in (path, sidecar(path, "-wal"), sidecar(path, "-shm")):
            with suppress(OSError):
                leftover.unlink()
        raise


def _open_and_migrate(path: Path, *, new: bool) -> Database:
    engine = make_engine(path)
    database = Database(path, engine)
    try:
        with database._write() as connection:
            before = migrate.current_revision(connection)
            if before is not None and before not in migrate.known_revisions():
                raise errors.newer_schema(path, before)  # changed since it was inspected
            if before != migrate.head_revision():
                migrate.upgrade(connection)
            _record_versions(connection, created=new or before is None)
    except BaseException:
        database.close()
        raise
    return database


def _record_versions(connection: Connection, *, created: bool) -> None:
    meta = {row.key: row.value for row in connection.execute(select(_app_meta))}
    wanted = {"application": "faaliyet-desktop", "last_opened_by": __version__}
    if created:
        wanted["created_by"] = __version__
    for key, value in wanted.items():
        if key not in meta:
            connection.execute(insert(_app_meta).values(key=key, value=value))
        elif meta[key] != value and key != "application":
            connection.execute(update(_app_meta).where(_app_meta.c.key == key).values(value=value))


def _open_server(url: str, *, readonly: bool = False) -> Database:
    """Connect, then migrate under an advisory lock (one client at a time)."""
    where = location(url)
    database = Database(cast(Path, where), make_server_engine(url), readonly=readonly)
    try:
        with database._errors(), database.engine.connect() as connection:
            with connection.begin():
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                   {"key": MIGRATION_LOCK_KEY})
                before = migrate.current_revision(connection)
                if before is not None and before not in migrate.known_revisions():
                    raise errors.newer_schema(cast(Path, where), before)
                if before != migrate.head_revision():
                    if readonly:
                        raise errors.read_only_needs_upgrade(cast(Path, where))
                    migrate.upgrade(connection)
                if not readonly:
                    _record_versions(connection, created=before is None)
    except BaseException:
        database.close()
        raise
    return database


def _open_readonly(path: Path, revision: str | None) -> Database:
    if revision != migrate.head_revision():
        raise errors.read_only_needs_upgrade(path)
    in_use = sidecar(path, "-wal").exists()
    # Without a -wal beside it nobody is writing: read it as an immutable file, which
    # creates no -wal/-shm files (a read-only folder, a file on a CD ...).
    database = Database(path, make_engine(path, readonly=True, immutable=not in_use), readonly=True)
    try:
        database.years()
    except BaseException:
        database.close()
        raise
    return database
