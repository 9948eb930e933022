"""Domain objects to table rows and back: one ReportYear is a set of rows per table."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Table

from ..domain.model import (
    Activity,
    BudgetLine,
    Declaration,
    EconomicCode,
    Goal,
    GoalIndicator,
    Indicator,
    Institution,
    ITCount,
    ITItem,
    PersonnelRecord,
    PhysicalResource,
    Program,
    ReportYear,
    SpendingYear,
    StrategicAim,
    SubProgram,
    Unit,
    UnitSpending,
    YearSettings,
)
from . import tables as t
from .column_types import DecimalText, StringList, canonical_decimal, dump_string_list
from .errors import InvalidDataError, invalid_data

Row = dict[str, Any]
T = TypeVar("T")

# Domain field name -> column name, where they differ.
_COLUMN = {"order": "sort_order"}
# Columns that are bookkeeping, not data.
BOOKKEEPING = frozenset({"id", "report_year_id", "revision"})


@dataclass(frozen=True)
class TableSpec:
    """A table, its natural key within the year and a Turkish name for messages."""

    table: Table
    key: tuple[str, ...]
    label: str


def _spec(model: type[t.Base], key: tuple[str, ...], label: str) -> TableSpec:
    return TableSpec(t.table_of(model), key, label)


# In dependency order: a parent table comes before the tables that reference it.
SPECS: tuple[TableSpec, ...] = (
    _spec(t.InstitutionRow, (), "idare bilgileri"),
    _spec(t.UnitRow, ("code",), "birimler"),
    _spec(t.PhysicalResourceRow, ("key",), "fiziksel kaynaklar"),
    _spec(t.ITItemRow, ("code",), "bilgi teknolojisi kalemleri"),
    _spec(t.ITCountRow, ("unit", "item"), "bilgi teknolojisi sayıları"),
    _spec(t.PersonnelRecordRow, ("unit",), "personel kayıtları"),
    _spec(t.PersonnelCountRow, ("unit", "category", "key"), "personel sayıları"),
    _spec(t.EconomicCodeRow, ("code",), "ekonomik kodlar"),
    _spec(t.BudgetLineRow, ("fiscal_year", "code"), "bütçe satırları"),
    _spec(t.SpendingYearRow, ("year",), "harcama geçmişi"),
    _spec(t.ProgramRow, ("code",), "programlar"),
    _spec(t.SubProgramRow, ("code",), "alt programlar"),
    _spec(t.ActivityRow, ("code",), "faaliyetler"),
    _spec(t.UnitSpendingRow, ("unit",), "birim harcamaları"),
    _spec(t.IndicatorRow, ("code",), "performans göstergeleri"),
    _spec(t.AimRow, ("code",), "amaçlar"),
    _spec(t.GoalRow, ("code",), "hedefler"),
    _spec(t.GoalResponsibleUnitRow, ("goal", "unit"), "hedef sorumlu birimleri"),
    _spec(t.GoalIndicatorRow, ("code",), "hedef göstergeleri"),
    _spec(t.NarrativeRow, ("key",), "metinler"),
    _spec(t.DeclarationRow, ("key",), "beyanlar"),
    _spec(t.YearSettingsRow, (), "yıl ayarları"),
)
SPEC_BY_TABLE = {spec.table.name: spec for spec in SPECS}


@cache
def data_columns(table: Table) -> tuple[str, ...]:
    """The columns that hold data (everything but id, report_year_id and revision)."""
    return tuple(c.name for c in table.columns if c.name not in BOOKKEEPING)


@cache
def encoders(table: Table) -> tuple[Callable[[Any], str] | None, ...]:
    """Per data column, how a value becomes its stored text (None: stored as it is)."""
    out: list[Callable[[Any], str] | None] = []
    for name in data_columns(table):
        column_type = table.c[name].type
        if isinstance(column_type, DecimalText):
            out.append(canonical_decimal)
        elif isinstance(column_type, StringList):
            out.append(dump_string_list)
        else:
            out.append(None)
    return tuple(out)


# --- domain -> rows ---------------------------------------------------------------------------


_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, str], ...]:
    """(field name, column name) of a dataclass."""
    if cls not in _FIELDS:
        _FIELDS[cls] = tuple((f.name, _COLUMN.get(f.name, f.name)) for f in dataclasses.fields(cls))
    return _FIELDS[cls]


def _plain(obj: Any, position: int, exclude: Iterable[str] = ()) -> Row:
    row: Row = {"position": position}
    for name, column in _fields(type(obj)):
        if name in exclude:
            continue
        value = getattr(obj, name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, list):
            value = list(value)
        row[column] = value
    return row


def _indicator_row(indicator: Indicator, position: int, year: int) -> Row:
    if len(indicator.quarters) != 4 or len(indicator.assessments) != 4:
        raise invalid_data(
            year, f"'{indicator.code}' göstergesinin dört çeyrek değeri ve değerlendirmesi olmalı"
        )
    row = _plain(indicator, position, exclude=("quarters", "assessments"))
    for i in range(4):
        row[f"q{i + 1}"] = indicator.quarters[i]
        row[f"assessment{i + 1}"] = indicator.assessments[i]
    return row


def _personnel_rows(records: list[PersonnelRecord]) -> tuple[list[Row], list[Row]]:
    record_rows: list[Row] = []
    count_rows: list[Row] = []
    for position, record in enumerate(records):
        record_rows.append({"position": position, "unit": record.unit})
        for category in t.PERSONNEL_CATEGORIES:
            values: dict[str, int] = getattr(record, category)
            for place, (key, value) in enumerate(values.items()):
                count_rows.append(
                    {
                        "position": place,
                        "unit": record.unit,
                        "category": category,
                        "key": key,
                        "value": value,
                    }
                )
    return record_rows, count_rows


def _goal_rows(goals: list[Goal]) -> tuple[list[Row], list[Row]]:
    goal_rows = [_plain(g, i, exclude=("responsible_units",)) for i, g in enumerate(goals)]
    unit_rows = [
        {"position": place, "goal": goal.code, "unit": unit}
        for goal in goals
        for place, unit in enumerate(goal.responsible_units)
    ]
    return goal_rows, unit_rows


def rows_from_report(report: ReportYear) -> dict[str, list[Row]]:
    """Every table's rows for ``report``, in list order (without report_year_id)."""
    year = report.year

    def listed(items: list[Any]) -> list[Row]:
        return [_plain(item, i) for i, item in enumerate(items)]

    personnel_records, personnel_counts = _personnel_rows(report.personnel)
    goals, goal_units = _goal_rows(report.goals)
    rows: dict[str, list[Row]] = {
        "institution": [_plain(report.institution, 0)],
        "unit": listed(report.units),
        "physical_resource": listed(report.physical_resources),
        "it_item": listed(report.it_items),
        "it_count": listed(report.it_counts),
        "personnel_record": personnel_records,
        "personnel_count": personnel_counts,
        "economic_code": listed(report.economic_codes),
        "budget_line": listed(report.budget_lines),
        "spending_year": listed(report.spending_history),
        "program": listed(report.programs),
        "subprogram": listed(report.subprograms),
        "activity": listed(report.activities),
        "unit_spending": listed(report.unit_spending),
        "indicator": [_indicator_row(x, i, year) for i, x in enumerate(report.indicators)],
        "aim": listed(report.aims),
        "goal": goals,
        "goal_responsible_unit": goal_units,
        "goal_indicator": listed(report.goal_indicators),
        "narrative": [
            {"position": i, "key": key, "text": text}
            for i, (key, text) in enumerate(report.narratives.items())
        ],
        "declaration": listed(report.declarations),
        "year_settings": [_plain(report.settings, 0)],
    }
    return rows


# --- rows -> domain ---------------------------------------------------------------------------


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _build(cls: type[T], row: Mapping[str, Any], exclude: Iterable[str] = ()) -> T:
    skip = set(exclude)
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in skip:
            continue
        value = row[_COLUMN.get(f.name, f.name)]
        hint = hints[f.name]
        if isinstance(hint, type) and issubclass(hint, Enum) and value is not None:
            value = hint(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def report_from_rows(year: int, rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> ReportYear:
    """Rebuild the ReportYear from its rows (each table's rows sorted by position)."""
    institution_rows = rows["institution"]
    if not institution_rows:
        raise InvalidDataError(f"{year} yılının idare bilgileri veritabanında eksik.")

    personnel: dict[str, PersonnelRecord] = {
        r["unit"]: PersonnelRecord(unit=r["unit"]) for r in rows["personnel_record"]
    }
    for r in rows["personnel_count"]:
        getattr(personnel[r["unit"]], r["category"])[r["key"]] = r["value"]

    responsible: dict[str, list[str]] = {}
    for r in rows["goal_responsible_unit"]:
        responsible.setdefault(r["goal"], []).append(r["unit"])
    goals = [_build(Goal, r, exclude=("responsible_units",)) for r in rows["goal"]]
    for goal in goals:
        goal.responsible_units = responsible.get(goal.code, [])

    indicators = []
    for r in rows["indicator"]:
        indicator = _build(Indicator, r, exclude=("quarters", "assessments"))
        indicator.quarters = [r[f"q{i}"] for i in range(1, 5)]
        indicator.assessments = [r[f"assessment{i}"] for i in range(1, 5)]
        indicators.append(indicator)

    return ReportYear(
        year=year,
        institution=_build(Institution, institution_rows[0]),
        units=[_build(Unit, r) for r in rows["unit"]],
        physical_resources=[_build(PhysicalResource, r) for r in rows["physical_resource"]],
        it_items=[_build(ITItem, r) for r in rows["it_item"]],
        it_counts=[_build(ITCount, r) for r in rows["it_count"]],
        personnel=list(personnel.values()),
        economic_codes=[_build(EconomicCode, r) for r in rows["economic_code"]],
        budget_lines=[_build(BudgetLine, r) for r in rows["budget_line"]],
        spending_history=[_build(SpendingYear, r) for r in rows["spending_year"]],
        programs=[_build(Program, r) for r in rows["program"]],
        subprograms=[_build(SubProgram, r) for r in rows["subprogram"]],
        activities=[_build(Activity, r) for r in rows["activity"]],
        unit_spending=[_build(UnitSpending, r) for r in rows["unit_spending"]],
        indicators=indicators,
        aims=[_build(StrategicAim, r) for r in rows["aim"]],
        goals=goals,
        goal_indicators=[_build(GoalIndicator, r) for r in rows["goal_indicator"]],
        narratives={r["key"]: r["text"] for r in rows["narrative"]},
        declarations=[_build(Declaration, r) for r in rows["declaration"]],
        settings=(_build(YearSettings, rows["year_settings"][0]) if rows.get("year_settings")
                  else YearSettings()),
    )
