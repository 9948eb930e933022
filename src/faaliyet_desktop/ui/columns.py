"""Tables declared as data: column specs (kind, getter, setter, derived) and row snapshots.

A form is a :class:`TableSpec`: how to list its rows from a ``ReportYear`` and what each column
shows. Getters read a row snapshot; setters write one input value by the row's natural key.
Derived values come from :mod:`faaliyet_desktop.domain.derived`, never computed here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

from ..domain import numbers
from ..domain.model import ReportYear, Status
from ..domain.numbers import (
    DASH,
    NumberFormatError,
    NumberRule,
    editable_text,
    format_number,
    format_percent,
    format_value,
    read_number,
)


class Kind(str, Enum):
    TEXT = "text"
    LINES = "lines"  # a list of strings, edited as "a; b; c"
    INT = "int"  # counts, years
    AMOUNT = "amount"  # TL
    DECIMAL = "decimal"  # indicator values, weights
    PERCENT = "percent"  # already ×100, truncated for display
    STATUS = "status"
    CHOICE = "choice"
    BOOL = "bool"


NUMERIC = {Kind.INT, Kind.AMOUNT, Kind.DECIMAL, Kind.PERCENT}
# The limits of a number column unless it names its own rule (the Excel import uses the same).
KIND_RULES = {
    Kind.INT: numbers.COUNT,
    Kind.AMOUNT: numbers.AMOUNT,
    Kind.DECIMAL: numbers.INDICATOR_VALUE,
    Kind.PERCENT: numbers.INDICATOR_VALUE,
}


@dataclass
class Context:
    """What the window shows besides the data: the unit filter (None = whole institution)."""

    units: frozenset[str] | None = None
    root: str | None = None  # the chosen unit (top of the filtered subtree)


@dataclass
class Row:
    key: str  # natural key (Location.row)
    obj: Any = None  # the domain object or a derived row of it
    level: int = 0  # indentation (tree tables)
    total: bool = False  # a derived row: all its cells are read-only
    extra: dict[str, Any] = field(default_factory=dict)


Getter = Callable[[Row], Any]
Setter = Callable[[ReportYear, str, Any], None]
Choices = Callable[[ReportYear], list[tuple[Any, str]]]


@dataclass
class Column:
    key: str  # field name (Location.column)
    header: str  # source text, translated in the "Columns" context
    kind: Kind = Kind.TEXT
    get: Getter = lambda row: None
    set: Setter | None = None  # None → read-only
    derived: bool = False  # computed by the domain; shown read-only, in the derived style
    decimals: int = 0  # places shown of a percentage
    rule: NumberRule | None = None  # what a number typed here may be (None: the kind's rule)
    choices: Choices | None = None
    width: int = 0  # preferred width in pixels; 0 = fit contents
    editable_if: Callable[[Row], bool] | None = None
    raw: Getter | None = None  # the typed value (undo's "old"), when get shows a roll-up
    is_typed: Callable[[Row], bool] | None = None  # False → shown as derived (a roll-up)
    check_keys: tuple[str, ...] = ()  # other Location.column names that mark this column
    tooltip: str = ""
    validate: Callable[[ReportYear, str, Any], str | None] | None = None  # → Turkish reason
    rekeys: bool = False  # the value is the row's key: undo finds the row by the new value

    def editable(self, row: Row) -> bool:
        if self.derived or self.set is None or row.total:
            return False
        return self.editable_if(row) if self.editable_if else True


@dataclass
class ListOps:
    """Add / remove / reorder rows of a list of the report (units, items, codes ...)."""

    attr: str  # ReportYear list attribute
    key_attr: str  # natural key attribute of its items
    make: Callable[[ReportYear, Context, str | None], Any]  # (report, ctx, selected key) → item
    can_remove: Callable[[Row], bool] = lambda row: not row.total
    siblings: Callable[[Any, Any], bool] = lambda a, b: True
    also_remove: Callable[[ReportYear, Any], dict[str, list[Any]]] | None = None
    also_add: Callable[[ReportYear, Any], dict[str, list[Any]]] | None = None


@dataclass
class TableSpec:
    table: str  # a checks.TABLES key (findings land here)
    title: str  # source text, "Tables" context
    columns: list[Column]
    rows: Callable[[ReportYear, Context], list[Row]]
    ops: ListOps | None = None
    note: str = ""  # a line under the title, "Tables" context
    stretch: str | None = None  # the column that takes the remaining width

    def column_index(self, key: str) -> int | None:
        for i, c in enumerate(self.columns):
            if c.key == key or key in c.check_keys:
                return i
        return None


# --- value formatting ---------------------------------------------------------------------
def _is_year(col: Column) -> bool:
    return col.key in ("year", "previous_year") or col.key.endswith("_year")


def number_rule(col: Column) -> NumberRule:
    """The rule a number typed or pasted into ``col`` must follow."""
    if col.rule is not None:
        return col.rule
    return numbers.YEAR if _is_year(col) else KIND_RULES[col.kind]


def display(col: Column, value: Any, status_label: Callable[[Status], str]) -> str:
    if col.kind in (Kind.INT, Kind.AMOUNT):
        if value is None:
            return "" if not col.derived else DASH
        if _is_year(col):
            return str(value)
        if col.kind == Kind.AMOUNT and value != int(value):
            return format_number(value, 2)  # kuruş where there are kuruş: 12,50
        return format_number(value, 0)
    if col.kind == Kind.DECIMAL:
        if value is None:
            return "" if not col.derived else DASH
        # a typed value as stored (up to the rule's places); a computed one to 2 places
        shown = col.decimals if col.derived else number_rule(col).decimals
        return format_value(value, max(shown, 2))
    if col.kind == Kind.PERCENT:
        return format_percent(value, col.decimals)
    if col.kind == Kind.STATUS:
        return status_label(value) if value is not None else DASH
    if col.kind == Kind.LINES:
        return "; ".join(value or [])
    if col.kind == Kind.BOOL:
        return ""
    if value is None:
        return ""
    return str(value)


def edit_text(col: Column, value: Any) -> str:
    """What the editor starts with: the stored value, which reads back unchanged."""
    if value is None:
        return ""
    if col.kind in (Kind.INT, Kind.AMOUNT, Kind.DECIMAL):
        if _is_year(col):
            return str(value)
        return editable_text(Decimal(value))
    if col.kind == Kind.LINES:
        return "; ".join(value or [])
    return str(value)


def parse(col: Column, text: str) -> Any:
    """Typed or pasted text → the value to store: the domain parser under the column's rule
    (the Excel import reads the same column with the same rule). Raises NumberFormatError
    with a Turkish message that says what to write."""
    if col.kind in NUMERIC:
        if not text.strip():
            return None
        value = read_number(text, number_rule(col))
        return int(value) if col.kind == Kind.INT else value
    if col.kind == Kind.LINES:
        return [p.strip() for p in text.split(";") if p.strip()]
    return text


# --- setters and getters as data ------------------------------------------------------------
def unique_in(list_attr: str, key_attr: str) -> Callable[[ReportYear, str, Any], str | None]:
    """A validator: the new key must not be taken by another item of the list."""

    def check(report: ReportYear, key: str, value: Any) -> str | None:
        if value is None or value == "":
            return "Boş bırakılamaz."
        if any(getattr(it, key_attr) == value for it in getattr(report, list_attr)
               if getattr(it, key_attr) != key):
            return f"'{value}' zaten kullanılıyor."
        return None

    return check


def find(items: Iterable[Any], key_attr: str, key: str) -> Any:
    for item in items:
        if getattr(item, key_attr) == key:
            return item
    raise KeyError(key)


def attr_setter(list_attr: str, key_attr: str, field_name: str,
                default: Any = None) -> Setter:
    """Set ``field_name`` of the item of ``report.<list_attr>`` whose ``key_attr`` is the key."""

    def setter(report: ReportYear, key: str, value: Any) -> None:
        item = find(getattr(report, list_attr), key_attr, key)
        setattr(item, field_name, default if value is None and default is not None else value)

    return setter


def attr(name: str) -> Getter:
    return lambda row: getattr(row.obj, name)


def with_order(items: list[Any], attr_name: str = "order") -> list[Any]:
    """Copies of ``items`` whose order fields are 1..n (undo keeps the originals)."""
    return [dataclasses.replace(it, **{attr_name: i}) if getattr(it, attr_name) != i else it
            for i, it in enumerate(items, start=1)]


def sorted_items(items: Iterable[Any], key_attr: str) -> list[Any]:
    return sorted(items, key=lambda it: (getattr(it, "order", 0), getattr(it, key_attr)))


def unique_code(existing: Iterable[str], prefix: str) -> str:
    taken = set(existing)
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def to_decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value)


__all__ = ["Column", "Context", "Kind", "ListOps", "NumberFormatError", "Row", "TableSpec"]
