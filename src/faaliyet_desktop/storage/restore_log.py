"""After a backup is restored: keep the replaced database's later history, and log every figure
and text the restore changed (source "restored", detail: the backup's file name).

A backup holds the history up to the moment it was taken; without this, restoring it would
erase the record of everything done since, and the restore itself would leave no trace.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, func, insert, select

from ..domain.model import ReportYear
from . import diff, history
from .database import Database, open_database
from .errors import StorageError
from .mapping import data_columns


def compare(old: ReportYear | None, new: ReportYear | None) -> list[history.Entry]:
    """The log entries that turn ``old`` into ``new`` (either may be None: no year)."""
    before = {p.spec.table.name: p for p in diff.prepare(old)} if old is not None else {}
    after = {p.spec.table.name: p for p in diff.prepare(new)} if new is not None else {}
    out: list[history.Entry] = []
    for name in dict.fromkeys([*before, *after]):
        spec = (before.get(name) or after[name]).spec
        columns = data_columns(spec.table)
        old_rows = dict(zip(before[name].keys, before[name].values, strict=True)) \
            if name in before else {}
        new_rows = dict(zip(after[name].keys, after[name].values, strict=True)) \
            if name in after else {}
        for key in dict.fromkeys([*old_rows, *new_rows]):
            o, n = old_rows.get(key), new_rows.get(key)
            if o == n:
                continue
            present = n if n is not None else o
            assert present is not None
            out.extend(history.entries(name, spec.key, columns,
                                       dict(zip(columns, present, strict=True)), o, n))
    return out


def _carry_later_history(connection: Connection, replaced: Database) -> int:
    """Copy the replaced database's log rows newer than anything the restored one holds."""
    log = history.change_log
    newest = connection.scalar(select(func.max(log.c.changed_at)))
    with replaced.engine.connect() as source:
        query = select(log).order_by(log.c.id)
        if newest is not None:
            query = query.where(log.c.changed_at > newest)
        rows = [dict(r._mapping) for r in source.execute(query)]
    for row in rows:
        row.pop("id")
    if rows:
        connection.execute(insert(log), rows)
    return len(rows)


def log_restore(database: Database, replaced_copy: Path, backup_name: str,
                user: str | None = None) -> int:
    """Record a restore in ``database`` (the restored one); ``replaced_copy`` is the backup
    of what it replaced. Returns the number of changed fields logged."""
    who = user or history.current_user()
    detail = f"yedekten geri yüklendi: {backup_name}"
    with open_database(replaced_copy, readonly=True) as replaced:
        old_years = {y: replaced.load_year(y) for y in replaced.years()}
        new_years = {y: database.load_year(y) for y in database.years()}
        logged = 0
        with database.transaction() as connection:
            _carry_later_history(connection, replaced)
            for year in sorted({*old_years, *new_years}):
                entries = compare(old_years.get(year), new_years.get(year))
                history.record(connection, year, entries, source=history.ChangeSource.RESTORED,
                               detail=detail, user=who)
                logged += len(entries)
    return logged


def try_log_restore(database: Database, replaced_copy: Path, backup_name: str) -> str | None:
    """:func:`log_restore`, but a failure is a warning (the restore itself has happened)."""
    try:
        log_restore(database, replaced_copy, backup_name)
    except StorageError as exc:
        return f"Geri yükleme değişiklik geçmişine yazılamadı: {exc.message}"
    return None
