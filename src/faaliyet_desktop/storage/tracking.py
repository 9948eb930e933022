"""What a save writes, field by field: the plan, its history entries and its conflicts.

The rows a report was loaded with are its *base* (per row: the revision and the stored values).
A save compares three states of every row: the base, what is stored now, and what the report
wants. A field the report changed (wanted ≠ base) is written; a field someone else changed
since the load (stored ≠ base) and the report changed to another value is a conflict; a field
only someone else changed keeps their value. Without a base (a year never loaded through this
Database, a new year) the save is two-way, as before: what differs from the store is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Select, Table, Text, bindparam, select, type_coerce

from . import history
from .diff import Key, Plan, Prepared
from .mapping import data_columns, encoders

Values = tuple[Any, ...]
# per table name: natural key -> (revision, stored values); revision None: merged with
# someone else's changes (compare field by field next time)
Snapshot = dict[str, dict[Key, tuple[int | None, Values]]]


class LoadedBase(Snapshot):
    """A year's base, encoded table by table when first asked for (freshly loaded rows are
    kept as they were read until a save compares with them)."""

    def __init__(self, encoded: Snapshot | None = None,
                 raw: dict[str, list[dict[str, Any]]] | None = None) -> None:
        super().__init__(encoded or {})
        self._raw = dict(raw or {})
        # per table: history row key -> natural keys (see cells.py), built when needed
        self.indexes: dict[str, dict[str, list[Key]] | None] = {}

    def __missing__(self, name: str) -> dict[Key, tuple[int | None, Values]]:
        rows = self._raw.pop(name, None)
        if rows is None:
            raise KeyError(name)
        encoded = snapshot_rows(name, rows)
        self[name] = encoded
        return encoded

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self[name]
        except KeyError:
            return default


@dataclass(frozen=True)
class Conflict:
    table: str  # log table key ("budget")
    row: str
    field: str
    theirs: str | None
    mine: str | None
    deleted: bool = False  # they deleted the row (theirs: None)


@dataclass
class Tracked:
    plans: list[Plan] = field(default_factory=list)
    entries: list[history.Entry] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    snapshot: Snapshot = field(default_factory=dict)


def snapshot_rows(table_name: str, rows: list[Any]) -> dict[Key, tuple[int | None, Values]]:
    """A base from loaded rows (decoded values), encoded as the diff compares them."""
    from .mapping import SPEC_BY_TABLE

    spec = SPEC_BY_TABLE[table_name]
    columns = data_columns(spec.table)
    codecs = list(zip(columns, encoders(spec.table), strict=True))
    key_of = _key_getter(tuple(columns.index(k) for k in spec.key))
    out: dict[Key, tuple[int | None, Values]] = {}
    for row in rows:
        values = tuple(
            row[name] if codec is None or row[name] is None else codec(row[name])
            for name, codec in codecs
        )
        out[key_of(values)] = (int(row["revision"]), values)
    return out


def _key_getter(at: tuple[int, ...]) -> Callable[[Values], Key]:
    if not at:
        return lambda values: ()
    if len(at) == 1:
        i = at[0]
        return lambda values: (values[i],)
    getter = itemgetter(*at)
    return lambda values: tuple(getter(values))


@cache
def _stored_query(table: Table) -> Select[Any]:
    columns = data_columns(table)
    selected = [
        table.c[name] if codec is None else type_coerce(table.c[name], Text())
        for name, codec in zip(columns, encoders(table), strict=True)
    ]
    return select(table.c.id, table.c.revision, *selected).where(
        table.c.report_year_id == bindparam("year_id")
    )


def _stored(connection: Connection, prepared: Prepared, year_id: int
            ) -> dict[Key, tuple[int, int, Values]]:
    """key -> (id, revision, stored values), encoded columns read as their raw text."""
    table = prepared.spec.table
    columns = data_columns(table)
    key_of = _key_getter(tuple(columns.index(k) for k in prepared.spec.key))
    out: dict[Key, tuple[int, int, Values]] = {}
    for row in connection.execute(_stored_query(table), {"year_id": year_id}):
        values = tuple(row[2:])
        out[key_of(values)] = (row[0], row[1], values)
    return out


def _named(columns: tuple[str, ...], values: Values) -> dict[str, Any]:
    return dict(zip(columns, values, strict=True))


def plan_table(connection: Connection, prepared: Prepared, year_id: int,
               base: dict[Key, tuple[int | None, Values]] | None, out: Tracked) -> None:
    spec = prepared.spec
    name = spec.table.name
    columns = data_columns(spec.table)
    stored = _stored(connection, prepared, year_id)
    plan = Plan(spec)
    snap: dict[Key, tuple[int | None, Values]] = {}

    def log(old: Values | None, new: Values | None) -> None:
        present = new if new is not None else old
        assert present is not None
        out.entries.extend(history.entries(name, spec.key, columns, _named(columns, present),
                                           old, new))

    def conflict(values: Values, i: int, theirs: Any, mine: Any, deleted: bool = False) -> None:
        table, row_key, field_name = history.locate(name, spec.key, columns, values, i)
        out.conflicts.append(Conflict(table, row_key, field_name, history.value_text(theirs),
                                      history.value_text(mine), deleted))

    for key, wanted, row in zip(prepared.keys, prepared.values, prepared.rows, strict=True):
        current = stored.pop(key, None)
        b = None if base is None else base.get(key)
        if current is None:
            if b is not None:  # loaded, then deleted by someone else
                changed = [i for i, (w, v) in enumerate(zip(wanted, b[1], strict=True))
                           if w != v and columns[i] not in history.SKIPPED_FIELDS]
                if changed:
                    i = changed[0]
                    conflict(wanted, i, None, wanted[i], deleted=True)
                snap[key] = b  # their deletion stands; keep our view of the row
                continue
            plan.inserts.append(row)
            log(None, wanted)
            snap[key] = (1, wanted)
            continue
        row_id, revision, now = current
        if base is None:
            mine = [i for i, (w, n) in enumerate(zip(wanted, now, strict=True)) if w != n]
        elif b is None:  # someone else added the same row since the load
            mine = [i for i, (w, n) in enumerate(zip(wanted, now, strict=True)) if w != n]
            for i in mine:
                if columns[i] not in history.SKIPPED_FIELDS:
                    conflict(wanted, i, now[i], wanted[i])
                    break
        else:
            mine = [i for i, (w, v) in enumerate(zip(wanted, b[1], strict=True)) if w != v]
            if revision != b[0]:
                for i in mine:
                    if now[i] != b[1][i] and now[i] != wanted[i] and \
                            columns[i] not in history.SKIPPED_FIELDS:
                        conflict(wanted, i, now[i], wanted[i])
        write = [i for i in mine if wanted[i] != now[i]]
        result = tuple(wanted[i] if i in write else now[i] for i in range(len(now)))
        if write:
            plan.updates.append((row_id, {columns[i]: row[columns[i]] for i in write}))
            log(now, result)
            revision += 1
        snap[key] = (revision if result == wanted else None, wanted)
    for key, (row_id, revision, now) in stored.items():
        b = None if base is None else base.get(key)
        if base is not None and b is None:
            continue  # added by someone else since the load: theirs stays
        if b is not None and revision != b[0]:
            changed = [i for i, (n, v) in enumerate(zip(now, b[1], strict=True))
                       if n != v and columns[i] not in history.SKIPPED_FIELDS]
            if changed:  # we deleted a row someone else changed meanwhile
                i = changed[0]
                conflict(now, i, now[i], None)
                continue
        plan.deletes.append(row_id)
        log(now, None)
    out.plans.append(plan)
    out.snapshot[name] = snap


def plan_all(connection: Connection, prepared: list[Prepared], year_id: int,
             base: Snapshot | None) -> Tracked:
    out = Tracked()
    for each in prepared:
        table_base = None if base is None else base.get(each.spec.table.name, {})
        plan_table(connection, each, year_id, table_base, out)
    return out
