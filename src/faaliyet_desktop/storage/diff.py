"""Diff-based saving: compare a year's rows with what is stored, write only what changed.

Rows are matched by natural key and compared by their stored text (a decimal by its exact
string, so Decimal('1.0') -> Decimal('1') is a change), column by column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Text, bindparam, delete, insert, select, type_coerce, update

from ..domain.model import ReportYear
from .errors import invalid_data
from .mapping import SPECS, Row, TableSpec, data_columns, encoders, rows_from_report

_CHUNK = 500  # ids per DELETE ... IN (...)

Key = tuple[Any, ...]


@dataclass
class Prepared:
    """One table's desired rows with their keys and comparable (stored-text) values."""

    spec: TableSpec
    rows: list[Row]
    keys: list[Key]
    values: list[tuple[Any, ...]]


@dataclass
class Plan:
    spec: TableSpec
    inserts: list[Row] = field(default_factory=list)
    updates: list[tuple[int, Row]] = field(default_factory=list)  # (id, changed columns)
    deletes: list[int] = field(default_factory=list)


def prepare(report: ReportYear) -> list[Prepared]:
    """Every table's rows for ``report``, refusing what cannot be stored exactly:
    duplicate natural keys, floats or non-finite numbers where a Decimal belongs."""
    all_rows = rows_from_report(report)
    prepared = []
    for spec in SPECS:
        columns = data_columns(spec.table)
        codecs = encoders(spec.table)
        rows = all_rows[spec.table.name]
        keys: list[Key] = []
        values: list[tuple[Any, ...]] = []
        seen: set[Key] = set()
        for row in rows:
            key = tuple(row[k] for k in spec.key)
            if key in seen:
                shown = " / ".join(str(k) for k in key)
                raise invalid_data(
                    report.year, f"{spec.label} içinde '{shown}' birden fazla kez geçiyor"
                )
            seen.add(key)
            try:
                encoded = tuple(
                    row[name] if codec is None or row[name] is None else codec(row[name])
                    for name, codec in zip(columns, codecs, strict=True)
                )
            except ValueError as exc:
                raise invalid_data(report.year, f"{spec.label}: {exc}") from exc
            keys.append(key)
            values.append(encoded)
        prepared.append(Prepared(spec, rows, keys, values))
    return prepared


def _stored(connection: Connection, spec: TableSpec, year_id: int) -> dict[Key, tuple[Any, ...]]:
    """key -> (id, *stored values), reading encoded columns as their raw text."""
    table = spec.table
    columns = data_columns(table)
    selected = [
        table.c[name] if codec is None else type_coerce(table.c[name], Text())
        for name, codec in zip(columns, encoders(table), strict=True)
    ]
    key_at = [columns.index(k) + 1 for k in spec.key]
    query = select(table.c.id, *selected).where(table.c.report_year_id == year_id)
    return {tuple(row[i] for i in key_at): tuple(row) for row in connection.execute(query)}


def plan(connection: Connection, prepared: Prepared, year_id: int) -> Plan:
    stored = _stored(connection, prepared.spec, year_id)
    columns = data_columns(prepared.spec.table)
    result = Plan(prepared.spec)
    for key, values, row in zip(prepared.keys, prepared.values, prepared.rows, strict=True):
        old = stored.pop(key, None)
        if old is None:
            result.inserts.append(row)
        elif old[1:] != values:
            changed = {
                name: row[name]
                for name, new, before in zip(columns, values, old[1:], strict=True)
                if new != before
            }
            result.updates.append((old[0], changed))
    result.deletes = [old[0] for old in stored.values()]
    return result


def apply(connection: Connection, plans: list[Plan], year_id: int) -> bool:
    """Write the plans (deletes children first, then updates and inserts parents first)."""
    for each in reversed(plans):
        table, ids = each.spec.table, each.deletes
        for start in range(0, len(ids), _CHUNK):
            connection.execute(delete(table).where(table.c.id.in_(ids[start : start + _CHUNK])))
    for each in plans:
        _update(connection, each)
        if each.inserts:
            rows = [{**row, "report_year_id": year_id} for row in each.inserts]
            connection.execute(insert(each.spec.table), rows)
    return any(each.inserts or each.updates or each.deletes for each in plans)


def _update(connection: Connection, each: Plan) -> None:
    """UPDATE only the changed columns, one executemany per set of changed columns."""
    table = each.spec.table
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row_id, changes in each.updates:
        params = {f"v_{name}": value for name, value in changes.items()}
        groups.setdefault(tuple(sorted(changes)), []).append({"row_id": row_id, **params})
    for names, params_list in groups.items():
        values: dict[str, Any] = {
            name: bindparam(f"v_{name}", type_=table.c[name].type) for name in names
        }
        values["revision"] = table.c.revision + 1
        statement = update(table).where(table.c.id == bindparam("row_id")).values(values)
        connection.execute(statement, params_list)
