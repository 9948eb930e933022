"""The tables a template carries, declared as data: sheet, caption, columns, rows, get/put.

Columns come in three roles: ``input`` (unlocked, validated, read back on import), ``info``
(locked context such as an indicator's target) and ``derived`` (an Excel formula so the unit
sees totals in Excel; the value the application shows comes from :mod:`domain.derived`).
Layout of every sheet: row 1 caption, row 2 headers, data from row 3; column A the row's
natural key ("Kod"), column B its name, then the columns below in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..domain import derived, numbers
from ..domain.model import (
    EDUCATION_LEVELS,
    EMPLOYMENT_TYPES,
    GENDERS,
    MEASURE_UNITS,
    STATUS_LABELS_TR,
    Activity,
    Aggregation,
    BudgetLine,
    Direction,
    ITCount,
    PersonnelRecord,
    ReportYear,
    Status,
    UnitKind,
    UnitSpending,
)
from ..domain.numbers import truncate
from .converters import Amount, Choice, Converter, Count, Text

HEADER_ROW = 2
FIRST_DATA_ROW = 3
FIRST_VALUE_COLUMN = 3  # C
TOTAL_KEY = "TOPLAM"

FMT_COUNT = "#,##0"
FMT_AMOUNT = "#,##0.##"
FMT_PERCENT = '"%"#,##0.00'
FMT_PERCENT0 = '"%"#,##0'


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    role: str  # "input" | "info" | "derived"
    converter: Converter | None = None
    width: int = 14
    number_format: str | None = None
    # derived: formula text from {column key: letter} and the row number
    formula: Callable[[dict[str, str], int], str] | None = None
    # input only for some rows (Form-3 typed year-end); elsewhere the cell is locked and blank
    applies: Callable[[ReportYear, str], bool] | None = None
    summed: bool = False  # the total row holds SUM() of this column

    @property
    def is_input(self) -> bool:
        return self.role == "input"


@dataclass(frozen=True)
class TableSpec:
    key: str  # a domain.checks.TABLES key
    sheet: str  # sheet name (≤ 31 characters)
    caption: Callable[[int], str]
    columns: tuple[Column, ...]
    rows: Callable[[ReportYear, str | None], list[tuple[str, str, int]]]  # key, label, depth
    get: Callable[[ReportYear, str], dict[str, Any] | None]  # None: the row does not exist
    put: Callable[[ReportYear, str, dict[str, Any]], None]
    derived: Callable[[ReportYear, str], dict[str, Any]]  # the derived columns' true values
    unit_table: bool  # offered in a unit's template
    total_row: bool = False
    key_header: str = "Kod"
    label_header: str = "Ad"
    required: tuple[str, ...] = ()  # input columns that cannot be blank on an existing row
    info: Callable[[ReportYear, str], dict[str, Any]] = field(default=lambda r, k: {})

    def input_columns(self) -> list[Column]:
        return [c for c in self.columns if c.is_input]


# --- rows -----------------------------------------------------------------------------------
def unit_rows(report: ReportYear, unit: str | None) -> list[tuple[str, str, int]]:
    """Units in tree order: the whole tree, or ``unit`` and everything below it."""
    out: list[tuple[str, str, int]] = []

    def visit(code: str, depth: int) -> None:
        u = report.unit(code)
        if u is None:
            return
        out.append((u.code, u.name, depth))
        for child in report.children(code):
            visit(child.code, depth + 1)

    if unit is None:
        for root in report.children(None):
            visit(root.code, 0)
    else:
        visit(unit, 0)
    return out


# Units that send templates and may be spending units (not the institution or a scope node).
REPORTING_KINDS = (UnitKind.PROVINCIAL, UnitKind.DEPARTMENT, UnitKind.GENERAL_DIRECTORATE,
                   UnitKind.CENTRE)


def _spending_unit_rows(report: ReportYear, unit: str | None) -> list[tuple[str, str, int]]:
    """Table 11 rows follow the organisation (structure), never the data: every unit but the
    institution itself (Taşra may be one spending unit), so a row added by one import does
    not change the institution template."""
    rows = unit_rows(report, unit)
    if unit is not None:
        return rows
    kinds = {u.code: u.kind for u in report.units}
    return [(code, name, 0) for code, name, _depth in rows
            if kinds[code] != UnitKind.INSTITUTION]


def _institution_only(func: Callable[[ReportYear], list[tuple[str, str, int]]]
                      ) -> Callable[[ReportYear, str | None], list[tuple[str, str, int]]]:
    def rows(report: ReportYear, unit: str | None) -> list[tuple[str, str, int]]:
        return func(report) if unit is None else []
    return rows


# --- formulas -------------------------------------------------------------------------------
def _sum_of(keys: list[str]) -> Callable[[dict[str, str], int], str]:
    def formula(letters: dict[str, str], r: int) -> str:
        rng = f"{letters[keys[0]]}{r}:{letters[keys[-1]]}{r}"
        return f'=IF(COUNT({rng})=0,"",SUM({rng}))'
    return formula


def _pct(num: str, den: str, decimals: int) -> Callable[[dict[str, str], int], str]:
    def formula(letters: dict[str, str], r: int) -> str:
        n, d = f"{letters[num]}{r}", f"{letters[den]}{r}"
        return f'=IF(N({d})=0,"—",TRUNC(N({n})/{d}*100,{decimals}))'
    return formula


def _trunc_pct(value: Decimal | None, decimals: int) -> Decimal | str:
    return "—" if value is None else truncate(value, decimals)


# --- personnel (Tables 3-5) -----------------------------------------------------------------
def _personnel(group: str, labels: dict[str, str], key: str, sheet: str,
               caption: str) -> TableSpec:
    cats = list(labels)

    def get(report: ReportYear, unit: str) -> dict[str, Any] | None:
        rec = report.personnel_of(unit)
        if rec is None:
            return None if report.unit(unit) is None else dict.fromkeys(cats)
        values = getattr(rec, group)
        return {c: values.get(c) for c in cats}

    def put(report: ReportYear, unit: str, values: dict[str, Any]) -> None:
        rec = report.personnel_of(unit)
        if rec is None:
            rec = PersonnelRecord(unit=unit)
            report.personnel.append(rec)
        target: dict[str, int] = getattr(rec, group)
        for c in cats:  # keep the category order of the model
            if c in values:
                if values[c] is None:
                    target.pop(c, None)
                else:
                    target[c] = values[c]
        ordered = {c: target[c] for c in cats if c in target}
        ordered.update({k: v for k, v in target.items() if k not in ordered})
        target.clear()
        target.update(ordered)
        if not (rec.employment or rec.gender or rec.education):
            report.personnel.remove(rec)  # nothing entered: no record (as before an import)

    def derived_values(report: ReportYear, unit: str) -> dict[str, Any]:
        values = get(report, unit) or {}
        return {"toplam": derived.total(values.get(c) for c in cats)}

    columns = tuple(
        Column(c, label, "input", Count(numbers.HEAD_COUNT), 13, FMT_COUNT) for c, label in
        labels.items()
    ) + (Column("toplam", "Toplam", "derived", None, 12, FMT_COUNT, _sum_of(cats)),)
    return TableSpec(key, sheet, lambda y: caption.format(year=y), columns, unit_rows, get, put,
                     derived_values, unit_table=True, label_header="Birim")


# --- IT inventory (Table 2) -----------------------------------------------------------------
IT_MAX = int(numbers.COUNT.maximum)


def _it_spec(report: ReportYear) -> TableSpec:
    items = [(i.code, i.name) for i in sorted(report.it_items, key=lambda i: (i.order, i.code))]
    codes = [c for c, _ in items]

    def get(r: ReportYear, unit: str) -> dict[str, Any] | None:
        if r.unit(unit) is None:
            return None
        have = {c.item: c.count for c in r.it_counts if c.unit == unit}
        return {c: have.get(c) for c in codes}

    def put(r: ReportYear, unit: str, values: dict[str, Any]) -> None:
        for item, v in values.items():
            existing = next((c for c in r.it_counts if c.unit == unit and c.item == item), None)
            if v is None:
                if existing is not None:
                    r.it_counts.remove(existing)
            elif existing is None:
                r.it_counts.append(ITCount(unit=unit, item=item, count=v))
            else:
                existing.count = v

    def derived_values(r: ReportYear, unit: str) -> dict[str, Any]:
        values = get(r, unit) or {}
        return {"toplam": derived.total(values.get(c) for c in codes)}

    columns = tuple(Column(c, name, "input", Count(numbers.COUNT), 13, FMT_COUNT)
                    for c, name in items)
    if codes:
        columns += (Column("toplam", "Toplam", "derived", None, 12, FMT_COUNT, _sum_of(codes)),)
    return TableSpec("it", "Tablo 2 BT Envanteri",
                     lambda y: "Tablo 2. Bilgi Teknolojileri Envanteri", columns, unit_rows, get,
                     put, derived_values, unit_table=True, label_header="Birim")


# --- spending of units (Table 11) and activities (Table 10) ---------------------------------
AMOUNT = Amount()
_SPENDING_FIELDS = ("kbo", "total_appropriation", "realisation")


def _spending_columns() -> tuple[Column, ...]:
    return (
        Column("kbo", "KBÖ (TL)", "input", AMOUNT, 18, FMT_AMOUNT, summed=True),
        Column("total_appropriation", "Yıl Sonu Toplam Ödenek (TL)", "input", AMOUNT, 18,
               FMT_AMOUNT, summed=True),
        Column("realisation", "Gerçekleşme (TL)", "input", AMOUNT, 18, FMT_AMOUNT, summed=True),
        Column("pct_kbo", "Gerçekleşme / KBÖ", "derived", None, 13, FMT_PERCENT0,
               _pct("realisation", "kbo", 0)),
        Column("pct_total", "Gerçekleşme / Toplam Ödenek", "derived", None, 13, FMT_PERCENT0,
               _pct("realisation", "total_appropriation", 0)),
    )


def _spending_derived(rows: Callable[[ReportYear], list[derived.SpendingRow]]
                      ) -> Callable[[ReportYear, str], dict[str, Any]]:
    def values(report: ReportYear, key: str) -> dict[str, Any]:
        want = "GENEL_TOPLAM" if key == TOTAL_KEY else key
        row = next((r for r in rows(report) if r.key == want), None)
        if row is None:
            return {"pct_kbo": "—", "pct_total": "—"}
        return {"pct_kbo": _trunc_pct(row.pct_of_kbo, 0),
                "pct_total": _trunc_pct(row.pct_of_total, 0)}
    return values


def _unit_spending_spec() -> TableSpec:
    def get(r: ReportYear, unit: str) -> dict[str, Any] | None:
        s = next((x for x in r.unit_spending if x.unit == unit), None)
        return None if s is None else {f: getattr(s, f) for f in _SPENDING_FIELDS}

    def put(r: ReportYear, unit: str, values: dict[str, Any]) -> None:
        s = next((x for x in r.unit_spending if x.unit == unit), None)
        if all(values.get(f) is None for f in _SPENDING_FIELDS) and set(values) >= set(
                _SPENDING_FIELDS):
            if s is not None:  # undoing a new row removes it
                r.unit_spending.remove(s)
            return
        if s is None:
            s = UnitSpending(unit=unit, order=max((x.order for x in r.unit_spending), default=0)
                             + 1)
            r.unit_spending.append(s)
        for f, v in values.items():
            setattr(s, f, v)

    return TableSpec("unit_spending", "Tablo 11 Birim Harcama",
                     lambda y: "Tablo 11. Birim Düzeyinde Ödenek ve Harcama Verileri",
                     _spending_columns(), _spending_unit_rows, get, put,
                     _spending_derived(derived.unit_spending_rows), unit_table=True,
                     total_row=True, label_header="Harcama Birimi", required=_SPENDING_FIELDS)


def _activity_rows(report: ReportYear) -> list[tuple[str, str, int]]:
    out = []
    for row in derived.activity_rows(report):
        if row.level == 2:
            out.append((row.key, row.name, 0))
    return out


def _activities_spec() -> TableSpec:
    def get(r: ReportYear, code: str) -> dict[str, Any] | None:
        a = next((x for x in r.activities if x.code == code), None)
        return None if a is None else {f: getattr(a, f) for f in _SPENDING_FIELDS}

    def put(r: ReportYear, code: str, values: dict[str, Any]) -> None:
        a: Activity | None = next((x for x in r.activities if x.code == code), None)
        if a is None:  # rows come from the database's own activities
            raise KeyError(code)
        for f, v in values.items():
            setattr(a, f, v)

    def info(r: ReportYear, code: str) -> dict[str, Any]:
        a = next((x for x in r.activities if x.code == code), None)
        return {"subprogram": a.subprogram if a else ""}

    columns = (Column("subprogram", "Alt Program", "info", None, 12),) + _spending_columns()
    return TableSpec("activities", "Tablo 10 Faaliyet",
                     lambda y: "Tablo 10. Faaliyet Düzeyinde Ödenek ve Harcama Verileri",
                     columns, _institution_only(_activity_rows), get, put,
                     _spending_derived(derived.activity_rows), unit_table=False, total_row=True,
                     label_header="Faaliyet", required=_SPENDING_FIELDS, info=info)


# --- budget (Table 9) -----------------------------------------------------------------------
def _budget_spec() -> TableSpec:
    def rows(report: ReportYear, unit: str | None) -> list[tuple[str, str, int]]:
        if unit is not None:
            return []
        return [(c.code, c.name, 0)  # the economic codes (structure), not the lines (data)
                for c in sorted(report.economic_codes, key=lambda c: (c.order, c.code))]

    def get(r: ReportYear, code: str) -> dict[str, Any] | None:
        b = next((x for x in r.budget(r.year) if x.code == code), None)
        if b is None:
            return None
        return {"kbo": b.kbo, "added": b.added, "deducted": b.deducted, "spending": b.spending}

    def put(r: ReportYear, code: str, values: dict[str, Any]) -> None:
        b = next((x for x in r.budget(r.year) if x.code == code), None)
        fields = ("kbo", "added", "deducted", "spending")
        if set(values) >= set(fields) and all(values[f] is None for f in fields):
            if b is not None:  # undoing a new row removes it
                r.budget_lines.remove(b)
            return
        if b is None:
            b = BudgetLine(fiscal_year=r.year, code=code, kbo=Decimal(0))
            r.budget_lines.append(b)
        for f, v in values.items():
            setattr(b, f, v)

    def derived_values(r: ReportYear, code: str) -> dict[str, Any]:
        rows_ = derived.budget_rows(r, r.year)
        row = derived.budget_total(rows_) if code == TOTAL_KEY else next(
            (x for x in rows_ if x.code == code), None)
        if row is None:
            return {}
        return {"total": row.total_appropriation, "remaining": row.remaining,
                "pct": _trunc_pct(row.realisation_pct, 2)}

    def f_total(L: dict[str, str], r: int) -> str:
        return f"=N({L['kbo']}{r})+N({L['added']}{r})-N({L['deducted']}{r})"

    def f_remaining(L: dict[str, str], r: int) -> str:
        return f"={L['total']}{r}-N({L['spending']}{r})"

    columns = (
        Column("kbo", "KBÖ (TL)", "input", AMOUNT, 18, FMT_AMOUNT, summed=True),
        Column("added", "Eklenen Ödenek (TL)", "input", AMOUNT, 18, FMT_AMOUNT, summed=True),
        Column("deducted", "Düşülen Ödenek (TL)", "input", AMOUNT, 18, FMT_AMOUNT, summed=True),
        Column("total", "Toplam Ödenek (TL)", "derived", None, 18, FMT_AMOUNT, f_total),
        Column("spending", "Harcama (TL)", "input", AMOUNT, 18, FMT_AMOUNT, summed=True),
        Column("remaining", "Kalan Ödenek (TL)", "derived", None, 18, FMT_AMOUNT, f_remaining),
        Column("pct", "Gerçekleşme Oranı", "derived", None, 13, FMT_PERCENT,
               _pct("spending", "total", 2)),
    )
    return TableSpec("budget", "Tablo 9 Bütçe",
                     lambda y: f"Tablo 9. {y} Yılı Bütçe Gerçekleşme Durumu", columns, rows, get,
                     put, derived_values, unit_table=False, total_row=True,
                     key_header="Ekonomik Kod", label_header="Açıklama", required=("kbo",))


# --- Form-3 (Table 15) ----------------------------------------------------------------------
AGGREGATION_LABELS = {
    Aggregation.SUM: "Toplam",
    Aggregation.LAST: "Son Çeyrek",
    Aggregation.AVERAGE: "Ortalama",
    Aggregation.TYPED: "Elle Girilir",
}
INDICATOR_VALUE = Amount(numbers.INDICATOR_VALUE)
DIRECTION_LABELS = {Direction.ARTAN: "Artan", Direction.AZALAN: "Azalan"}


def _form3_spec(report: ReportYear | None = None) -> TableSpec:
    settings = report.settings if report is not None else derived.DEFAULT_SETTINGS
    def rows(report: ReportYear, unit: str | None) -> list[tuple[str, str, int]]:
        if unit is not None:
            return []
        inds = sorted((i for i in report.indicators if i.in_form3),
                      key=lambda i: (i.order, i.code))
        return [(i.code, i.name, 0) for i in inds]

    def get(r: ReportYear, code: str) -> dict[str, Any] | None:
        i = r.indicator(code)
        if i is None:
            return None
        out: dict[str, Any] = {"measure": i.measure}
        for n in range(4):
            out[f"q{n + 1}"] = i.quarters[n] if n < len(i.quarters) else None
        out["typed_year_end"] = i.typed_year_end
        for n in range(4):
            out[f"assessment{n + 1}"] = i.assessments[n] if n < len(i.assessments) else ""
        out["deviation_reason"] = i.deviation_reason
        return out

    def put(r: ReportYear, code: str, values: dict[str, Any]) -> None:
        i = r.indicator(code)
        if i is None:
            raise KeyError(code)
        quarters = list(i.quarters) + [None] * (4 - len(i.quarters))
        assessments = list(i.assessments) + [""] * (4 - len(i.assessments))
        for k, v in values.items():
            if k.startswith("q") and k[1:].isdigit():
                quarters[int(k[1:]) - 1] = v
            elif k.startswith("assessment"):
                assessments[int(k[len("assessment"):]) - 1] = v
            else:
                setattr(i, k, v)
        i.quarters = quarters
        i.assessments = assessments

    def info(r: ReportYear, code: str) -> dict[str, Any]:
        i = r.indicator(code)
        if i is None:
            return {}
        return {"subprogram": i.subprogram, "target": i.target,
                "direction": DIRECTION_LABELS[i.direction],
                "aggregation": AGGREGATION_LABELS[i.aggregation]}

    def derived_values(r: ReportYear, code: str) -> dict[str, Any]:
        i = r.indicator(code)
        if i is None:
            return {}
        res = derived.indicator_result(i, r.settings)
        return {"year_end": "" if res.year_end is None else res.year_end,
                "ratio": "" if res.ratio_pct is None else truncate(res.ratio_pct, 2),
                "status": STATUS_LABELS_TR[res.status] if res.status else ""}

    def is_typed(r: ReportYear, code: str) -> bool:
        i = r.indicator(code)
        return i is not None and i.aggregation == Aggregation.TYPED

    def f_year_end(L: dict[str, str], r: int) -> str:
        q = [f"{L[f'q{n}']}{r}" for n in range(1, 5)]
        rng = f"{q[0]}:{q[3]}"
        agg, typed = f"{L['aggregation']}{r}", f"{L['typed_year_end']}{r}"
        last = f'IF({q[3]}<>"",{q[3]},IF({q[2]}<>"",{q[2]},IF({q[1]}<>"",{q[1]},{q[0]})))'
        return (f'=IF({agg}="{AGGREGATION_LABELS[Aggregation.TYPED]}",'
                f'IF({typed}="","",{typed}),IF(COUNT({rng})=0,"",'
                f'IF({agg}="{AGGREGATION_LABELS[Aggregation.LAST]}",{last},'
                f'IF({agg}="{AGGREGATION_LABELS[Aggregation.AVERAGE]}",AVERAGE({rng}),'
                f'SUM({rng})))))')

    azalan = DIRECTION_LABELS[Direction.AZALAN]

    def f_ratio(L: dict[str, str], r: int) -> str:
        # artan: year-end / target; azalan: target / year-end (— when the year-end is 0)
        ye, t, d = f"{L['year_end']}{r}", f"{L['target']}{r}", f"{L['direction']}{r}"
        return (f'=IF({ye}="","",IF({d}="{azalan}",IF(N({ye})=0,"",TRUNC({t}/{ye}*100,2)),'
                f'IF(N({t})=0,"",TRUNC({ye}/{t}*100,2))))')

    def f_status(L: dict[str, str], r: int) -> str:
        ye, t, d = f"{L['year_end']}{r}", f"{L['target']}{r}", f"{L['direction']}{r}"
        s = STATUS_LABELS_TR
        low, full = settings.partial_pct / 100, settings.reached_pct / 100
        # the exact ratio, as in domain.derived (the shown ratio is truncated)
        q = f'IF({d}="{azalan}",{t}/{ye},{ye}/{t})'
        by_ratio = (f'IF({q}<{low},"{s[Status.NOT_REACHED]}",IF({q}<{full},'
                    f'"{s[Status.PARTIAL]}",IF({q}={full},"{s[Status.REACHED]}",'
                    f'"{s[Status.EXCEEDED]}")))')
        zero_azalan = (f'IF(N({t})=0,"{s[Status.REACHED]}","{s[Status.EXCEEDED]}")')
        return (f'=IF({ye}="","",IF({d}="{azalan}",IF(N({ye})=0,{zero_azalan},{by_ratio}),'
                f'IF(N({t})=0,"",{by_ratio})))')

    value_fmt = "#,##0.####"
    columns = (
        Column("subprogram", "Alt Program", "info", None, 11),
        Column("measure", "Ölçü Birimi", "input", Choice(choices=MEASURE_UNITS), 11),
        Column("target", "Hedef", "info", None, 14, value_fmt),
        Column("direction", "Yön", "info", None, 9),
        Column("aggregation", "Yıl Sonu Hesabı", "info", None, 13),
        *(Column(f"q{n}", f"{n}. Çeyrek", "input", INDICATOR_VALUE, 13, value_fmt)
          for n in range(1, 5)),
        Column("typed_year_end", "Yıl Sonu (elle)", "input", INDICATOR_VALUE, 13, value_fmt,
               applies=is_typed),
        Column("year_end", "Yıl Sonu Değeri", "derived", None, 14, value_fmt, f_year_end),
        Column("ratio", "Gerçekleşme Oranı", "derived", None, 13, FMT_PERCENT, f_ratio),
        Column("status", "Durum", "derived", None, 15, None, f_status),
        *(Column(f"assessment{n}", f"{n}. Çeyrek Değerlendirmesi", "input", Text(), 40)
          for n in range(1, 5)),
        Column("deviation_reason", "Sapmanın Nedeni", "input", Text(), 40),
    )
    return TableSpec("form3", "Tablo 15 Form-3",
                     lambda y: "Tablo 15. Performans Göstergesi Gerçekleşmeleri İzleme Formu "
                               "(3 Aylık/Form-3)",
                     columns, rows, get, put, derived_values, unit_table=False,
                     key_header="Gösterge Kodu", label_header="Performans Göstergesi",
                     required=("measure",), info=info)


# --- the catalogue --------------------------------------------------------------------------
TABLE_ORDER = ("it", "personnel_employment", "personnel_gender", "personnel_education",
               "budget", "activities", "unit_spending", "form3")
UNIT_TABLES = ("it", "personnel_employment", "personnel_gender", "personnel_education",
               "unit_spending")
TABLE_TITLES = {
    "it": "Tablo 2 – Bilgi Teknolojileri Envanteri",
    "personnel_employment": "Tablo 3 – Personel (İstihdam Şekli)",
    "personnel_gender": "Tablo 4 – Personel (Cinsiyet)",
    "personnel_education": "Tablo 5 – Personel (Öğrenim Durumu)",
    "budget": "Tablo 9 – Bütçe Gerçekleşme",
    "activities": "Tablo 10 – Faaliyet Düzeyinde Harcama",
    "unit_spending": "Tablo 11 – Birim Düzeyinde Harcama",
    "form3": "Tablo 15 – Form-3 Gösterge Gerçekleşmeleri",
}


def table_specs(report: ReportYear) -> dict[str, TableSpec]:
    """Every table a template can hold, keyed and ordered as :data:`TABLE_ORDER`."""
    specs = {
        "it": _it_spec(report),
        "personnel_employment": _personnel(
            "employment", EMPLOYMENT_TYPES, "personnel_employment", "Tablo 3 Personel",
            "Tablo 3. {year} Yılı Personel Sayıları (İstihdam Şekline Göre)"),
        "personnel_gender": _personnel(
            "gender", GENDERS, "personnel_gender", "Tablo 4 Cinsiyet",
            "Tablo 4. {year} Yılı Cinsiyet Durumuna Göre Personel Dağılımı"),
        "personnel_education": _personnel(
            "education", EDUCATION_LEVELS, "personnel_education", "Tablo 5 Öğrenim",
            "Tablo 5. {year} Yılı Öğrenim Durumuna Göre Personel Dağılımı"),
        "budget": _budget_spec(),
        "activities": _activities_spec(),
        "unit_spending": _unit_spending_spec(),
        "form3": _form3_spec(report),
    }
    return {k: specs[k] for k in TABLE_ORDER}


def default_tables(unit: str | None) -> tuple[str, ...]:
    return UNIT_TABLES if unit is not None else TABLE_ORDER
