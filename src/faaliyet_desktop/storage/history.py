"""Change history: every changed figure or text with its old and new value, when, from where
and by whom; and the runs of the checks (for "who changed Table 9 after the checks passed?").

``change_log`` rows are written by ``Database.save_year`` inside the transaction of the change
itself (see :mod:`.tracking`). They are keyed by year, the checks' table key
(``domain.checks.TABLES``: "budget", "form3", "strategic", "narrative" ...), the row's natural
key and the field; values are stored as text (a decimal by its exact string). The log keeps the
plain year, not a reference to the year's row, so deleting a year does not erase its history.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Index, Integer, Text, func, insert, select, update
from sqlalchemy.orm import Mapped, mapped_column

from .tables import Base, table_of


class ChangeSource(StrEnum):
    """Where a change came from."""

    TYPED = "typed"  # typed in the GUI (or any save without a more specific origin)
    IMPORTED = "imported"  # an Excel file (detail: file name, import_id: the import)
    CARRIED = "carried"  # carried from last year by new-year (detail: the source year)
    RESTORED = "restored"  # a backup restored, an import undone (detail says which)
    SAMPLE = "sample"  # the built-in sample of a new database


SOURCE_LABELS_TR: dict[ChangeSource, str] = {
    ChangeSource.TYPED: "elle girildi",
    ChangeSource.IMPORTED: "Excel dosyasından içe aktarıldı",
    ChangeSource.CARRIED: "önceki yıldan aktarıldı",
    ChangeSource.RESTORED: "geri yüklendi",
    ChangeSource.SAMPLE: "örnek veri",
}

# Table keys of the log that domain.checks.TABLES does not name (structure tables).
EXTRA_TABLE_LABELS: dict[str, str] = {
    "institution": "İdare Bilgileri",
    "it_items": "Tablo 2 (kalemler)",
    "economic_codes": "Ekonomik Kodlar",
    "programs": "Tablo 14 (programlar)",
    "year_settings": "Yıl Ayarları (durum eşikleri)",
    "acknowledgement": "Bulgu kabulleri",
}


def table_label(key: str) -> str:
    """A Turkish name for a log table key ("budget" -> "Tablo 9")."""
    from ..domain.checks import TABLES

    return TABLES.get(key) or EXTRA_TABLE_LABELS.get(key, key)


class ChangeLogRow(Base):
    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_cell", "year", "table_key", "row_key", "field"),
        Index("ix_change_log_import_id", "import_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    table_key: Mapped[str] = mapped_column(Text, nullable=False)
    row_key: Mapped[str] = mapped_column(Text, nullable=False)
    field: Mapped[str] = mapped_column(Text, nullable=False)
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    import_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    user_name: Mapped[str] = mapped_column(Text, nullable=False)
    changed_at: Mapped[str] = mapped_column(Text, nullable=False)  # ISO 8601, UTC


class CheckRunRow(Base):
    __tablename__ = "check_run"
    __table_args__ = (Index("ix_check_run_year", "year"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    run_at: Mapped[str] = mapped_column(Text, nullable=False)  # ISO 8601, UTC
    user_name: Mapped[str] = mapped_column(Text, nullable=False)
    error_count: Mapped[int] = mapped_column(Integer, nullable=False)
    warning_count: Mapped[int] = mapped_column(Integer, nullable=False)
    # the newest change_log id when the checks ran: later changes have larger ids
    last_change_id: Mapped[int] = mapped_column(Integer, nullable=False)


change_log = table_of(ChangeLogRow)
check_run = table_of(CheckRunRow)


# --- values -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One changed field. ``old``/``new`` are stored text (None: no value / no row)."""

    id: int
    year: int
    table: str
    row: str
    field: str
    old: str | None
    new: str | None
    source: ChangeSource
    detail: str | None
    import_id: int | None
    user: str
    changed_at: str

    @property
    def source_tr(self) -> str:
        """Where from, in Turkish, with the file / year / backup it names."""
        label = SOURCE_LABELS_TR.get(self.source, str(self.source))
        if self.source == ChangeSource.IMPORTED:
            parts = [p for p in (self.detail, f"#{self.import_id}" if self.import_id else None)
                     if p]
            return f"{label} ({', '.join(parts)})" if parts else label
        return f"{label} ({self.detail})" if self.detail else label

    @property
    def table_tr(self) -> str:
        return table_label(self.table)


@dataclass(frozen=True)
class CheckRun:
    id: int
    year: int
    run_at: str
    user: str
    error_count: int
    warning_count: int
    last_change_id: int


def current_user() -> str:
    """The operating system's user name; never fails (a service account, no passwd entry)."""
    try:
        name = getpass.getuser()
    except Exception:  # KeyError / OSError without a passwd entry or login name
        name = ""
    if not name:
        for var in ("USERNAME", "USER", "LOGNAME"):
            name = os.environ.get(var, "")
            if name:
                break
    return name.strip() or "bilinmeyen kullanıcı"


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def value_text(value: Any) -> str | None:
    """A stored value as the log's text (decimals and lists arrive already as their text)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        return f"<{len(data)} bayt, sha256 {hashlib.sha256(data).hexdigest()[:12]}>"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# --- where a storage row's field shows in the report ------------------------------------------

SKIPPED_FIELDS = frozenset({"position", "sort_order"})  # list order, not a figure or text

_FORM4_FIELDS = frozenset({"in_form4", "form4_order"})
_TABLE17_GOAL_FIELDS = frozenset({"deviation_reason", "measures"})


@dataclass(frozen=True)
class Locator:
    """How a storage table's rows map to log keys.

    ``table``: the log table key, or a function of (row, field) for tables whose fields belong
    to two report tables. ``cell``: for tables whose every row is one figure (a personnel
    count, an IT count, a responsible unit), the column whose value names the field, and the
    column that holds the value.
    """

    table: str | Callable[[dict[str, Any], str], str]
    row: Callable[[dict[str, Any]], str]
    cell: tuple[str | None, str] | None = None


def _col(name: str) -> Callable[[dict[str, Any]], str]:
    return lambda r: str(r[name])


LOCATORS: dict[str, Locator | None] = {
    "institution": Locator("institution", lambda r: ""),
    "unit": Locator("units", _col("code")),
    "physical_resource": Locator("physical", _col("key")),
    "it_item": Locator("it_items", _col("code")),
    "it_count": Locator("it", _col("unit"), ("item", "count")),
    "personnel_record": None,  # only the unit's key; its figures are personnel_count rows
    "personnel_count": Locator(
        lambda r, f: f"personnel_{r['category']}", _col("unit"), ("key", "value")
    ),
    "economic_code": Locator("economic_codes", _col("code")),
    "budget_line": Locator("budget", lambda r: f"{r['fiscal_year']}:{r['code']}"),
    "spending_year": Locator("spending_history", _col("year")),
    "program": Locator("programs", _col("code")),
    "subprogram": Locator("subprograms", _col("code")),
    "activity": Locator("activities", _col("code")),
    "unit_spending": Locator("unit_spending", _col("unit")),
    "indicator": Locator(lambda r, f: "form4" if f in _FORM4_FIELDS else "form3", _col("code")),
    "aim": Locator("goals", _col("code")),
    "goal": Locator(
        lambda r, f: "strategic" if f in _TABLE17_GOAL_FIELDS else "goals", _col("code")
    ),
    "goal_responsible_unit": Locator("strategic", _col("goal"), (None, "unit")),
    "goal_indicator": Locator("strategic", _col("code")),
    "narrative": Locator("narrative", _col("key")),
    "declaration": Locator("declaration", _col("key")),
    "year_settings": Locator("year_settings", lambda r: ""),
}

CELL_FIELD_NAMES = {"goal_responsible_unit": "responsible_units"}

# (table, row, field, old text, new text)
Entry = tuple[str, str, str, str | None, str | None]


def entries(
    table_name: str,
    key_columns: Sequence[str],
    columns: Sequence[str],
    row: dict[str, Any],
    old: Sequence[Any] | None,
    new: Sequence[Any] | None,
) -> list[Entry]:
    """The log entries of one row whose stored values go from ``old`` to ``new``
    (None: the row did not exist / no longer exists). ``row`` names the row (any values)."""
    locator = LOCATORS.get(table_name)
    if locator is None:
        return []
    row_key = locator.row(row)
    out: list[Entry] = []
    if locator.cell is not None:
        name_column, value_column = locator.cell
        field = str(row[name_column]) if name_column else CELL_FIELD_NAMES[table_name]
        at = columns.index(value_column)
        before = None if old is None else value_text(old[at])
        after = None if new is None else value_text(new[at])
        if before != after:
            out.append((_table(locator, row, field), row_key, field, before, after))
        return out
    for i, name in enumerate(columns):
        if name in SKIPPED_FIELDS or name in key_columns:
            continue
        before = None if old is None else value_text(old[i])
        after = None if new is None else value_text(new[i])
        if before == after or ((old is None or new is None) and before in (None, "") and \
                after in (None, "")):
            continue
        out.append((_table(locator, row, name), row_key, name, before, after))
    return out


def locate(table_name: str, key_columns: Sequence[str], columns: Sequence[str],
           values: Sequence[Any], at: int) -> tuple[str, str, str]:
    """(log table, row, field) of column ``at`` of a storage row."""
    locator = LOCATORS.get(table_name)
    row = dict(zip(columns, values, strict=True))
    if locator is None:
        return table_name, "/".join(str(row[k]) for k in key_columns), columns[at]
    if locator.cell is not None:
        name_column = locator.cell[0]
        field = str(row[name_column]) if name_column else CELL_FIELD_NAMES[table_name]
    else:
        field = columns[at]
    return _table(locator, row, field), locator.row(row), field


def _table(locator: Locator, row: dict[str, Any], field: str) -> str:
    return locator.table if isinstance(locator.table, str) else locator.table(row, field)


# --- writing ----------------------------------------------------------------------------------


def record(
    connection: Connection,
    year: int,
    changes: Sequence[Entry],
    *,
    source: ChangeSource,
    detail: str | None,
    user: str,
    import_id: int | None = None,
) -> list[int]:
    """Insert the log rows of one save (in the caller's transaction); returns their ids."""
    if not changes:
        return []
    when = now_utc()
    rows = [
        {
            "year": year, "table_key": t, "row_key": r, "field": f, "old_value": old,
            "new_value": new, "source": str(source), "detail": detail, "import_id": import_id,
            "user_name": user, "changed_at": when,
        }
        for t, r, f, old, new in changes
    ]
    # A plain executemany (RETURNING would make psycopg parse one huge statement); the new
    # ids are the year's ids above the highest before: saves of one year never interleave (the
    # year's row is locked, SQLite has one writer). Both look-ups go by the primary key only
    # (a year's log may hold many thousand rows; the year is filtered here).
    c = change_log.c
    before = connection.scalar(select(func.max(c.id))) or 0
    connection.execute(insert(change_log), rows)
    return [int(i) for i, y in connection.execute(
        select(c.id, c.year).where(c.id > before).order_by(c.id)) if y == year]


def link_import(connection: Connection, change_ids: Sequence[int], import_id: int) -> None:
    """Name the import (created after its values were saved, same transaction) in the log."""
    ids = list(change_ids)
    for start in range(0, len(ids), 500):
        connection.execute(
            update(change_log)
            .where(change_log.c.id.in_(ids[start : start + 500]))
            .values(import_id=import_id)
        )


def record_check_run(
    connection: Connection, year: int, error_count: int, warning_count: int, user: str
) -> CheckRun:
    last = connection.scalar(select(func.max(change_log.c.id)).where(change_log.c.year == year))
    run_at, last_change_id = now_utc(), int(last or 0)
    result = connection.execute(insert(check_run).values(
        year=year, run_at=run_at, user_name=user, error_count=error_count,
        warning_count=warning_count, last_change_id=last_change_id,
    ))
    assert result.inserted_primary_key is not None
    return CheckRun(int(result.inserted_primary_key[0]), year, run_at, user, error_count,
                    warning_count, last_change_id)


# --- reading ----------------------------------------------------------------------------------


def _change(r: Any) -> Change:
    try:
        source = ChangeSource(r.source)
    except ValueError:
        source = ChangeSource.TYPED
    return Change(r.id, r.year, r.table_key, r.row_key, r.field, r.old_value, r.new_value,
                  source, r.detail, r.import_id, r.user_name, r.changed_at)


def query_changes(
    connection: Connection,
    year: int,
    *,
    table: str | None = None,
    row: str | None = None,
    field: str | None = None,
    since: str | None = None,
    after_id: int | None = None,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[Change]:
    c = change_log.c
    query = select(change_log).where(c.year == year)
    if table is not None:
        query = query.where(c.table_key == table)
    if row is not None:
        query = query.where(c.row_key == row)
    if field is not None:
        query = query.where(c.field == field)
    if since is not None:
        query = query.where(c.changed_at >= since)
    if after_id is not None:
        query = query.where(c.id > after_id)
    query = query.order_by(c.id.desc() if newest_first else c.id)
    if limit is not None:
        query = query.limit(limit)
    return [_change(r) for r in connection.execute(query)]


def last_clean_check(connection: Connection, year: int) -> CheckRun | None:
    c = check_run.c
    r = connection.execute(
        select(check_run).where(c.year == year, c.error_count == 0).order_by(c.id.desc())
        .limit(1)
    ).first()
    if r is None:
        return None
    return CheckRun(r.id, r.year, r.run_at, r.user_name, r.error_count, r.warning_count,
                    r.last_change_id)


def check_runs(connection: Connection, year: int) -> list[CheckRun]:
    c = check_run.c
    return [CheckRun(r.id, r.year, r.run_at, r.user_name, r.error_count, r.warning_count,
                     r.last_change_id)
            for r in connection.execute(select(check_run).where(c.year == year)
                                        .order_by(c.id))]


# --- showing ----------------------------------------------------------------------------------

_FIELD_LABELS_TR = {
    "kbo": "KBÖ", "added": "eklenen ödenek", "deducted": "düşülen ödenek",
    "spending": "harcama", "total_appropriation": "toplam ödenek",
    "realisation": "gerçekleşme", "target": "hedef", "actual": "gerçekleşme (C)",
    "baseline": "başlangıç değeri (A)", "weight": "hedefe etkisi", "text": "metin",
    "q1": "1. çeyrek", "q2": "2. çeyrek", "q3": "3. çeyrek", "q4": "4. çeyrek",
    "assessment1": "1. çeyrek değerlendirmesi", "assessment2": "2. çeyrek değerlendirmesi",
    "assessment3": "3. çeyrek değerlendirmesi", "assessment4": "4. çeyrek değerlendirmesi",
    "previous_year": "önceki dönem yılı", "year": "yıl",
    "typed_year_end": "yıl sonu değeri", "year_end_estimate": "yıl sonu tahmini",
    "deviation_reason": "sapma nedeni", "measures": "tedbirler", "name": "ad",
    "title": "başlık", "count": "sayı", "responsible_units": "sorumlu birimler",
}


def field_label(field: str) -> str:
    return _FIELD_LABELS_TR.get(field, field)


def is_plain_field(field: str | None) -> bool:
    """Fields whose digits are not a quantity (a year, a code, a key): shown as stored, never
    grouped (a year is ``2024``, not ``2.024``)."""
    if not field:
        return False
    return (field in ("year", "code", "key", "unit") or field.endswith(("_year", "_code", "_key"))
            or field.startswith("assessment") or field in _TEXT_FIELDS)


_TEXT_FIELDS = {"text", "name", "title", "deviation_reason", "measures", "responsible_units"}


def display_value(text: str | None, *, limit: int | None = 80, field: str | None = None) -> str:
    """A logged value for people: Turkish numbers, evet/hayır, "—" for no value.

    ``field`` names the logged field: a year, a code or a text is shown as stored, only a
    quantity is written in Turkish number format."""
    from decimal import Decimal, InvalidOperation

    from ..domain.numbers import DASH, format_number

    if text is None or text == "":
        return DASH
    if text in ("true", "false"):
        return "evet" if text == "true" else "hayır"
    if is_plain_field(field):
        return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"
    stripped = text.lstrip("-")
    if stripped and stripped.replace(".", "", 1).isdigit():
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = None
        if number is not None:
            decimals = len(stripped.partition(".")[2])
            return format_number(number, decimals)
    if limit is not None and len(text) > limit:
        return text[: limit - 1] + "…"
    return text
