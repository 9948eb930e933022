"""Saving a few edited cells without re-diffing the whole year (the GUI's autosave).

The GUI knows what an edit touched: the report table and the row (its history/log keys, e.g.
``("budget", "2024:01")`` or ``("personnel_gender", "IL34")``). For those rows only, the
storage rows are built from the report and compared with the year's base (what was last
loaded or saved through the Database); the changed fields are written with
``UPDATE ... WHERE <natural key> AND revision = <base revision>``.

Anything this cannot do exactly returns None from :func:`plan` and the caller saves the
whole year instead (the three-way diff of :mod:`.tracking`): a report table it does not
know, a row added or removed, a base row merged with someone else's change, nothing
changed where the hint pointed. A row someone else changed since the base (no row updated)
raises :class:`Stale` inside the transaction; the caller rolls back and falls back too, so
conflicts are found and reported exactly as before.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, update
from sqlalchemy import exc as sa_exc

from ..domain.model import ReportYear
from . import history
from .diff import Key
from .mapping import SPEC_BY_TABLE, TableSpec, data_columns, encoders, rows_from_report
from .tracking import LoadedBase, Values

Cell = tuple[str, str]  # (report table key, row key) as the change history names them


class Stale(Exception):
    """A row changed in the database since the base: save the whole year instead."""


@dataclass(frozen=True)
class Source:
    """Where a storage table's rows come from and how the GUI names them.

    ``attr``: the ReportYear field; ``names``: the row names (history row keys, and the keys
    other report tables use for the same rows) of one of its items; ``key_names``: the same
    from a stored row's natural key; ``indexed``: the item's index in the list is the rows'
    position (else the position is within a parent row, and all siblings share a name).
    """

    attr: str
    names: Callable[[Any], tuple[str, ...]]
    key_names: Callable[[Key], tuple[str, ...]]
    indexed: bool = True
    one: bool = False  # a single item: every row name of its report table means it


def _by(name: str) -> Callable[[Any], tuple[str, ...]]:
    return lambda item: (str(getattr(item, name)),)


def _first(key: Key) -> tuple[str, ...]:
    return (str(key[0]),)


SOURCES: dict[str, Source] = {
    "institution": Source("institution", lambda item: ("",), lambda key: ("",), one=True),
    "unit": Source("units", _by("code"), _first),
    "physical_resource": Source("physical_resources", _by("key"), _first),
    "it_item": Source("it_items", _by("code"), _first),
    "it_count": Source("it_counts", _by("unit"), _first),
    "personnel_record": Source("personnel", _by("unit"), _first),
    "personnel_count": Source("personnel", _by("unit"), _first, indexed=False),
    "economic_code": Source("economic_codes", _by("code"), _first),
    # Table 9 names a line "2024:01"; Tables 7 and 13 (two fiscal years side by side) "01"
    "budget_line": Source("budget_lines", lambda b: (f"{b.fiscal_year}:{b.code}", str(b.code)),
                          lambda key: (f"{key[0]}:{key[1]}", str(key[1]))),
    "spending_year": Source("spending_history", _by("year"), _first),
    "program": Source("programs", _by("code"), _first),
    "subprogram": Source("subprograms", _by("code"), _first),
    "activity": Source("activities", _by("code"), _first),
    "unit_spending": Source("unit_spending", _by("unit"), _first),
    "indicator": Source("indicators", _by("code"), _first),
    "aim": Source("aims", _by("code"), _first),
    "goal": Source("goals", _by("code"), _first),
    "goal_responsible_unit": Source("goals", _by("code"), _first, indexed=False),
    "goal_indicator": Source("goal_indicators", _by("code"), _first),
    "narrative": Source("narratives", lambda key: (str(key),), _first),
    "declaration": Source("declarations", _by("key"), _first),
}

# The report tables (as the history and the GUI name them) and the storage tables whose rows
# they edit. A report table missing here is saved by comparing the whole year.
TABLES_OF: dict[str, tuple[str, ...]] = {
    "institution": ("institution",),
    "units": ("unit",),
    "physical": ("physical_resource",),
    "it": ("it_count", "it_item"),
    "it_items": ("it_item",),
    "personnel_employment": ("personnel_record", "personnel_count"),
    "personnel_gender": ("personnel_record", "personnel_count"),
    "personnel_education": ("personnel_record", "personnel_count"),
    "economic_codes": ("economic_code",),
    "budget": ("budget_line", "economic_code"),
    "spending_history": ("spending_year",),
    "programs": ("program",),
    "subprograms": ("subprogram", "program"),
    "activities": ("activity",),
    "unit_spending": ("unit_spending",),
    "form3": ("indicator",),
    "form4": ("indicator",),
    "goals": ("aim", "goal"),
    "strategic": ("goal", "goal_responsible_unit", "goal_indicator"),
    "narrative": ("narrative",),
    "declaration": ("declaration",),
}
_EMPTY = {f.name: f for f in dataclasses.fields(ReportYear)}


def _index(base: LoadedBase, name: str, source: Source) -> dict[str, list[Key]] | None:
    """Row name -> the natural keys of the base's rows of table ``name`` (cached on the base)."""
    indexes = base.indexes
    if name not in indexes:
        rows = base.get(name)
        if rows is None:
            indexes[name] = None
        else:
            index: dict[str, list[Key]] = {}
            for key in rows:
                for row_name in source.key_names(key):
                    index.setdefault(row_name, []).append(key)
            indexes[name] = index
    return indexes[name]


def _items(report: ReportYear, source: Source, row_key: str) -> list[tuple[int, Any]]:
    """(position, item) of the report's items that make the rows named ``row_key``."""
    value = getattr(report, source.attr)
    if not isinstance(value, (list, dict)):
        return [(0, value)] if row_key in source.names(value) else []
    return [(i, item) for i, item in enumerate(value) if row_key in source.names(item)]


def _rows(report: ReportYear, name: str, source: Source, row_key: str) -> list[dict[str, Any]]:
    """The storage rows of table ``name`` named ``row_key``, built by rows_from_report on a
    copy of the report that holds only those items."""
    out: list[dict[str, Any]] = []
    value = getattr(report, source.attr)
    for position, item in _items(report, source, row_key):
        mini = copy.copy(report)
        for f in _EMPTY.values():
            current = getattr(report, f.name)
            if isinstance(current, (list, dict)):
                setattr(mini, f.name, type(current)())
        if isinstance(value, dict):
            setattr(mini, source.attr, {item: value[item]})
        elif isinstance(value, list):
            setattr(mini, source.attr, [item])
        rows = rows_from_report(mini)[name]
        if source.indexed:
            for row in rows:
                row["position"] = position
        out.extend(rows)
    return out


@dataclass
class Change:
    """One row to write: an update (old and new), an insert (no old) or a delete (no new)."""

    spec: TableSpec
    key: Key
    revision: int  # the base's (an insert: 1, its revision once written)
    old: Values | None
    new: Values | None
    changes: dict[str, Any]  # column -> value as the table takes it (insert: the whole row)


@dataclass
class CellPlan:
    changes: list[Change] = field(default_factory=list)
    entries: list[history.Entry] = field(default_factory=list)


def plan(report: ReportYear, cells: Iterable[Cell], base: LoadedBase) -> CellPlan | None:
    """The rows to write for edits of ``cells``; None when the whole year must be saved."""
    wanted_rows: dict[str, set[str]] = {}
    for table_key, row_key in cells:
        names = TABLES_OF.get(table_key)
        if not names:
            return None
        for name in names:
            if name not in SPEC_BY_TABLE:
                return None
            wanted_rows.setdefault(name, set()).add(
                "" if SOURCES[name].one else row_key)
    out = CellPlan()
    for name, row_keys in wanted_rows.items():
        if not _plan_table(report, name, row_keys, base, out):
            return None
    return out if out.changes else None


def _plan_table(report: ReportYear, name: str, row_keys: set[str], base: LoadedBase,
                out: CellPlan) -> bool:
    spec, source = SPEC_BY_TABLE[name], SOURCES[name]
    table_base = base.get(name)
    index = _index(base, name, source)
    if table_base is None or index is None:
        return False
    columns = data_columns(spec.table)
    codecs = list(zip(columns, encoders(spec.table), strict=True))
    key_at = [columns.index(k) for k in spec.key]
    at_position = columns.index("position")
    seen: set[Key] = set()
    for row_key in row_keys:
        try:
            rows = _rows(report, name, source, row_key)
            wanted: dict[Key, tuple[dict[str, Any], Values]] = {}
            for row in rows:
                values = tuple(
                    row[c] if codec is None or row[c] is None else codec(row[c])
                    for c, codec in codecs
                )
                wanted[tuple(values[i] for i in key_at)] = (row, values)
        except (ValueError, KeyError, TypeError):
            return False  # the whole-year save says what is wrong
        if len(wanted) != len(rows):
            return False  # a natural key twice
        stored = [k for k in index.get(row_key, ()) if k not in seen]
        for key in stored:
            if key in wanted:
                continue
            # a row removed: fine within its parent (the siblings' positions are compared
            # here); in a list, every later row would move up
            if source.indexed:
                return False
            revision, old = table_base[key]
            if revision is None:
                return False
            out.changes.append(Change(spec, key, revision, old, None, {}))
            out.entries.extend(history.entries(name, spec.key, columns,
                                               dict(zip(columns, old, strict=True)), old, None))
        for key, (row, values) in wanted.items():
            if key in seen:
                continue
            seen.add(key)
            known = table_base.get(key)
            if known is None:
                if key in table_base or (source.indexed and
                                         values[at_position] < len(table_base)):
                    return False  # not appended at the end: later rows would move down
                out.changes.append(Change(spec, key, 1, None, values, dict(row)))
                out.entries.extend(history.entries(name, spec.key, columns,
                                                   dict(zip(columns, values, strict=True)),
                                                   None, values))
                continue
            revision, old = known
            if values == old:
                continue
            if revision is None:
                return False
            changes = {c: row[c] for c, new, before in zip(columns, values, old, strict=True)
                       if new != before}
            out.changes.append(Change(spec, key, revision, old, values, changes))
            out.entries.extend(history.entries(name, spec.key, columns,
                                               dict(zip(columns, values, strict=True)),
                                               old, values))
        seen.update(stored)
    return True


def write(connection: Connection, planned: CellPlan, year_id: int) -> None:
    """Write the planned rows; Stale when a row is not as the base has it any more."""
    for c in planned.changes:
        table = c.spec.table
        if c.old is None:  # an insert; someone else's row with the same key: Stale
            try:
                with connection.begin_nested():
                    connection.execute(insert(table).values(report_year_id=year_id,
                                                            **c.changes))
            except sa_exc.IntegrityError as exc:
                raise Stale(f"{table.name} {c.key}") from exc
            continue
        where = [table.c.report_year_id == year_id, table.c.revision == c.revision]
        where += [table.c[k] == v for k, v in zip(c.spec.key, c.key, strict=True)]
        if c.new is None:
            result = connection.execute(delete(table).where(and_(*where)))
        else:
            result = connection.execute(
                update(table).where(and_(*where))
                .values({**c.changes, "revision": table.c.revision + 1})
            )
        if result.rowcount != 1:
            raise Stale(f"{table.name} {c.key}")


def commit(planned: CellPlan, base: LoadedBase) -> None:
    """After the transaction committed: the written rows are the new base."""
    for c in planned.changes:
        name = c.spec.table.name
        rows = base[name]
        if c.new is None:
            rows.pop(c.key, None)
        else:
            rows[c.key] = (c.revision + (0 if c.old is None else 1), c.new)
        index = base.indexes.get(name)
        if index is not None and (c.old is None or c.new is None):
            for row_name in SOURCES[name].key_names(c.key):
                keys = index.setdefault(row_name, [])
                if c.new is None:
                    keys.remove(c.key)
                else:
                    keys.append(c.key)
