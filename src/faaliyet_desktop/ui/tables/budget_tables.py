"""Chapter III.A forms: economic codes, Şekil 2, Tables 7, 8/9, 12/13 (budget by economic
code and year), Table 10 (program/activity spending), Table 11 (unit spending)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from ...domain import derived
from ...domain.model import (
    Activity,
    BudgetLine,
    EconomicCode,
    ReportYear,
    SpendingYear,
    UnitSpending,
)
from ..columns import (
    Column,
    Context,
    Kind,
    ListOps,
    Row,
    TableSpec,
    attr,
    attr_setter,
    sorted_items,
    unique_code,
    unique_in,
)
from ..i18n import QT_TRANSLATE_NOOP
from .general_tables import unit_tree

ZERO = Decimal(0)

# --- economic codes -----------------------------------------------------------------------


def _new_code(report: ReportYear, ctx: Context, selected: str | None) -> EconomicCode:
    taken = {c.code for c in report.economic_codes}
    n = 1
    while str(n) in taken:
        n += 1
    return EconomicCode(str(n), QT_TRANSLATE_NOOP("Columns", "Yeni ekonomik kod"),
                        max((c.order for c in report.economic_codes), default=0) + 1)


def _code_lines(report: ReportYear, code: EconomicCode) -> dict[str, list[Any]]:
    have = {(b.fiscal_year, b.code) for b in report.budget_lines}
    new = [BudgetLine(fy, code.code, ZERO) for fy in (report.year - 1, report.year,
                                                       report.year + 1)
           if (fy, code.code) not in have]
    return {"budget_lines": report.budget_lines + new}


ECONOMIC_CODES = TableSpec(
    "budget", QT_TRANSLATE_NOOP("Tables", "Ekonomik Kodlar (I. Düzey)"),
    [Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"), get=attr("code"), width=90),
     Column("name", QT_TRANSLATE_NOOP("Columns", "Ekonomik sınıflandırma"), get=attr("name"),
            set=attr_setter("economic_codes", "code", "name"))],
    lambda report, ctx: [Row(c.code, c) for c in sorted_items(report.economic_codes, "code")],
    ops=ListOps("economic_codes", "code", _new_code,
                also_add=_code_lines,
                also_remove=lambda report, code: {
                    "budget_lines": [b for b in report.budget_lines if b.code != code.code]}),
    note=QT_TRANSLATE_NOOP("Tables", "Yeni kod, önceki, cari ve sonraki yıl için sıfır "
                           "ödenekle eklenir; silinen kodun tüm yıllardaki satırları silinir."),
    stretch="name",
)

# --- budget lines: setter by "fiscal_year:code" ------------------------------------------------


def budget_setter(field_name: str) -> Any:
    def setter(report: ReportYear, key: str, value: Any) -> None:
        fy_text, _, code = key.partition(":")
        fy = int(fy_text)
        line = next((b for b in report.budget_lines
                     if b.fiscal_year == fy and b.code == code), None)
        if line is None:
            if value is None:
                return
            line = BudgetLine(fy, code, ZERO)
            report.budget_lines.append(line)
        if field_name == "kbo":
            line.kbo = ZERO if value is None else value
        else:
            setattr(line, field_name, value)
    return setter


def _line_raw(report_getter: str) -> Any:
    return lambda row: row.extra.get(report_getter)


def _budget9_rows(report: ReportYear, ctx: Context) -> list[Row]:
    lines = {b.code: b for b in report.budget(report.year)}
    rows = [Row(f"{report.year}:{r.code}", r,
                extra={"line": lines.get(r.code)})
            for r in derived.budget_rows(report, report.year)]
    total = derived.budget_total([r.obj for r in rows])
    rows.append(Row("TOPLAM", total, total=True))
    return rows


def _line_field(name: str) -> Any:
    return lambda row: getattr(row.extra["line"], name) if row.extra.get("line") else None


BUDGET9 = TableSpec(
    "budget", QT_TRANSLATE_NOOP("Tables", "Tablo 8–9. Bütçe Gerçekleşme Durumu (Cari Yıl)"),
    [
        Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"),
               get=lambda r: "" if r.total else r.obj.code, width=50),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Ekonomik sınıflandırma"),
               get=attr("name"), width=175),
        Column("kbo", QT_TRANSLATE_NOOP("Columns", "KBÖ"), Kind.AMOUNT,
               get=attr("kbo"), set=budget_setter("kbo"), width=150,
               tooltip=QT_TRANSLATE_NOOP("Columns", "Kanunla verilen başlangıç ödeneği")),
        Column("added", QT_TRANSLATE_NOOP("Columns", "Eklenen"), Kind.AMOUNT,
               get=attr("added"), raw=_line_field("added"), set=budget_setter("added"),
               width=140),
        Column("deducted", QT_TRANSLATE_NOOP("Columns", "Düşülen"), Kind.AMOUNT,
               get=attr("deducted"), raw=_line_field("deducted"),
               set=budget_setter("deducted"), width=140),
        Column("total_appropriation", QT_TRANSLATE_NOOP("Columns", "Toplam ödenek"),
               Kind.AMOUNT, get=attr("total_appropriation"), derived=True, width=150),
        Column("spending", QT_TRANSLATE_NOOP("Columns", "Harcama"), Kind.AMOUNT,
               get=attr("spending"), raw=_line_field("spending"),
               set=budget_setter("spending"), width=150),
        Column("remaining", QT_TRANSLATE_NOOP("Columns", "Kalan"), Kind.AMOUNT,
               get=attr("remaining"), derived=True, width=140),
        Column("realisation_pct", QT_TRANSLATE_NOOP("Columns", "Gerçekleşme %"),
               Kind.PERCENT, get=attr("realisation_pct"), derived=True, decimals=2,
               width=105),
        Column("share_pct", QT_TRANSLATE_NOOP("Columns", "Pay %"), Kind.PERCENT,
               get=attr("share_pct"), derived=True, decimals=2, width=105,
               tooltip=QT_TRANSLATE_NOOP("Columns", "Tablo 8: kodun KBÖ toplamındaki payı")),
    ],
    _budget9_rows,
    note=QT_TRANSLATE_NOOP("Tables", "Toplam ödenek = KBÖ + eklenen − düşülen; kalan = toplam "
                           "ödenek − harcama. Ekonomik kodları 'Ekonomik Kodlar' sayfasında "
                           "ekleyin."),
)


def _comparison_spec(title: str, offset_old: int, offset_new: int, old_header: str,
                     new_header: str) -> TableSpec:
    def rows(report: ReportYear, ctx: Context) -> list[Row]:
        old_y, new_y = report.year + offset_old, report.year + offset_new
        out = []
        for r in derived.comparison_rows(report, old_y, new_y):
            if r.code == "TOPLAM":
                out.append(Row("TOPLAM", r, total=True))
            else:
                out.append(Row(r.code, r, extra={"old": f"{old_y}:{r.code}",
                                                 "new": f"{new_y}:{r.code}"}))
        return out

    def setter(which: str) -> Any:
        kbo = budget_setter("kbo")

        def set_(report: ReportYear, code: str, value: Any) -> None:
            fy = report.year + (offset_old if which == "old" else offset_new)
            kbo(report, f"{fy}:{code}", value)
        return set_

    return TableSpec(
        "budget", title,
        [
            Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"),
                   get=lambda r: "" if r.total else r.obj.code, width=60),
            Column("name", QT_TRANSLATE_NOOP("Columns", "Ekonomik sınıflandırma"),
                   get=attr("name"), width=280),
            Column("old", old_header, Kind.AMOUNT, get=attr("old"), set=setter("old"),
                   width=190),
            Column("new", new_header, Kind.AMOUNT, get=attr("new"), set=setter("new"),
                   width=190),
            Column("increase_pct", QT_TRANSLATE_NOOP("Columns", "Artış %"), Kind.PERCENT,
                   get=attr("increase_pct"), derived=True, decimals=0, width=100),
        ],
        rows,
        note=QT_TRANSLATE_NOOP("Tables", "Cari yıl sütunu Tablo 8–9 ile aynı veridir; "
                               "birinde değiştirmek diğerini de değiştirir."),
    )


BUDGET7 = _comparison_spec(
    QT_TRANSLATE_NOOP("Tables", "Tablo 7. Önceki Yıl ve Cari Yıl Başlangıç Ödenekleri"), -1, 0,
    QT_TRANSLATE_NOOP("Columns", "Önceki yıl KBÖ"), QT_TRANSLATE_NOOP("Columns", "Cari yıl KBÖ"))
BUDGET13 = _comparison_spec(
    QT_TRANSLATE_NOOP("Tables", "Tablo 12–13. Cari Yıl ve Sonraki Yıl Başlangıç Ödenekleri"),
    0, 1, QT_TRANSLATE_NOOP("Columns", "Cari yıl KBÖ"),
    QT_TRANSLATE_NOOP("Columns", "Sonraki yıl KBÖ (Tablo 12)"))

# --- Şekil 2 ------------------------------------------------------------------------------------


def _history_rows(report: ReportYear, ctx: Context) -> list[Row]:
    return [Row(str(s.year), s) for s in derived.spending_rates(report)]


def _history_setter(field_name: str) -> Any:
    def setter(report: ReportYear, key: str, value: Any) -> None:
        item = next(s for s in report.spending_history if str(s.year) == key)
        setattr(item, field_name, ZERO if value is None else value)
    return setter


def _set_history_year(report: ReportYear, key: str, value: Any) -> None:
    next(s for s in report.spending_history if str(s.year) == key).year = int(value)


def _history_year_free(report: ReportYear, key: str, value: Any) -> str | None:
    if value is None:
        return "Yıl boş bırakılamaz."
    if any(s.year == value for s in report.spending_history if str(s.year) != key):
        return f"{value} yılı zaten var."
    return None


def _new_history(report: ReportYear, ctx: Context, selected: str | None) -> SpendingYear:
    years = {s.year for s in report.spending_history}
    y = report.year
    while y in years:
        y -= 1
    return SpendingYear(y, ZERO, ZERO)


SPENDING_HISTORY = TableSpec(
    "spending_history", QT_TRANSLATE_NOOP("Tables", "Şekil 2. Yıllara Göre Bütçe Harcama Oranı"),
    [
        Column("year", QT_TRANSLATE_NOOP("Columns", "Yıl"), Kind.INT, get=attr("year"),
               set=_set_history_year, validate=_history_year_free, rekeys=True,
               width=90),
        Column("total_appropriation", QT_TRANSLATE_NOOP("Columns", "Toplam ödenek"),
               Kind.AMOUNT, get=attr("total_appropriation"),
               set=_history_setter("total_appropriation"), decimals=0, width=200),
        Column("spending", QT_TRANSLATE_NOOP("Columns", "Harcama"), Kind.AMOUNT,
               get=attr("spending"), set=_history_setter("spending"), width=200),
        Column("rate_pct", QT_TRANSLATE_NOOP("Columns", "Harcama oranı"), Kind.PERCENT,
               get=attr("rate_pct"), derived=True, decimals=2, width=130),
    ],
    _history_rows,
    ops=ListOps("spending_history", "year", _new_history),
    note=QT_TRANSLATE_NOOP("Tables", "Cari yılın değerleri Tablo 9 toplamlarına eşit "
                           "olmalıdır (denetimler karşılaştırır)."),
)

# --- Table 10 ----------------------------------------------------------------------------------


def _activity_rows(report: ReportYear, ctx: Context) -> list[Row]:
    acts = {a.code: a for a in report.activities}
    rows = []
    for r in derived.activity_rows(report):
        if r.key == "GENEL_TOPLAM":
            rows.append(Row(r.key, r, total=True))
        elif r.level == 2:
            rows.append(Row(r.key, r, level=2, extra={"activity": acts[r.key]}))
        else:
            rows.append(Row(r.key, r, level=r.level, total=True))
    return rows


def _new_activity(report: ReportYear, ctx: Context, selected: str | None) -> Activity:
    sub = None
    if selected:
        act = next((a for a in report.activities if a.code == selected), None)
        sub = act.subprogram if act else next(
            (s.code for s in report.subprograms if s.code == selected), None)
    if sub is None:
        subs = sorted_items(report.subprograms, "code")
        sub = subs[0].code if subs else ""
    siblings = [a for a in report.activities if a.subprogram == sub]
    return Activity(unique_code((a.code for a in report.activities), f"{sub}."),
                    sub, QT_TRANSLATE_NOOP("Columns", "Yeni faaliyet"),
                    order=max((a.order for a in siblings), default=0) + 1)


def _act(field_name: str) -> Any:
    return attr_setter("activities", "code", field_name)  # empty = not entered, not 0


def _editable_activity(row: Row) -> bool:
    return "activity" in row.extra


ACTIVITIES = TableSpec(
    "activities", QT_TRANSLATE_NOOP("Tables", "Tablo 10. Program, Alt Program ve Faaliyet "
                                    "Bazında Harcamalar"),
    [
        Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"),
               get=lambda r: "" if r.obj.key == "GENEL_TOPLAM" else r.obj.key, width=120),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Program / alt program / faaliyet"),
               get=attr("name"), set=attr_setter("activities", "code", "name"), width=380),
        Column("kbo", QT_TRANSLATE_NOOP("Columns", "KBÖ"), Kind.AMOUNT, get=attr("kbo"),
               set=_act("kbo"), width=150),
        Column("total_appropriation", QT_TRANSLATE_NOOP("Columns", "Yıl sonu toplam ödenek"),
               Kind.AMOUNT, get=attr("total_appropriation"), set=_act("total_appropriation"),
               width=170),
        Column("realisation", QT_TRANSLATE_NOOP("Columns", "Gerçekleşme"), Kind.AMOUNT,
               get=attr("realisation"), set=_act("realisation"), width=150),
        Column("pct_of_kbo", QT_TRANSLATE_NOOP("Columns", "Gerç./KBÖ"), Kind.PERCENT,
               get=attr("pct_of_kbo"), derived=True, width=95),
        Column("pct_of_total", QT_TRANSLATE_NOOP("Columns", "Gerç./Toplam"), Kind.PERCENT,
               get=attr("pct_of_total"), derived=True, width=105),
    ],
    _activity_rows,
    ops=ListOps("activities", "code", _new_activity,
                can_remove=_editable_activity,
                siblings=lambda a, b: a.subprogram == b.subprogram),
    note=QT_TRANSLATE_NOOP("Tables", "Program ve alt program satırları faaliyetlerin "
                           "toplamıdır. Yeni faaliyet seçili alt programın altına eklenir."),
)

# --- Table 11 ---------------------------------------------------------------------------------


def _unit_spending_rows(report: ReportYear, ctx: Context) -> list[Row]:
    scoped = report
    if ctx.units is not None:
        scoped = dataclasses.replace(
            report, unit_spending=[u for u in report.unit_spending if u.unit in ctx.units])
    rows = []
    for r in derived.unit_spending_rows(scoped):
        rows.append(Row(r.key, r, total=r.key == "GENEL_TOPLAM"))
    return rows


def _new_unit_spending(report: ReportYear, ctx: Context, selected: str | None) -> UnitSpending:
    used = {u.unit for u in report.unit_spending}
    free = [u.code for u, _d in unit_tree(report, ctx.root) if u.code not in used]
    if not free:
        raise ValueError(QT_TRANSLATE_NOOP("Tables", "Tabloya eklenecek birim kalmadı."))
    return UnitSpending(free[-1], order=max((u.order for u in report.unit_spending),
                                            default=0) + 1)


def _us(field_name: str) -> Any:
    return attr_setter("unit_spending", "unit", field_name)  # empty = not entered, not 0


def _set_spending_unit(report: ReportYear, key: str, value: Any) -> None:
    next(u for u in report.unit_spending if u.unit == key).unit = value


def _unit_choices(report: ReportYear) -> list[tuple[Any, str]]:
    return [(u.code, "  " * d + u.name) for u, d in unit_tree(report)]


UNIT_SPENDING = TableSpec(
    "unit_spending", QT_TRANSLATE_NOOP("Tables", "Tablo 11. Harcama Birimleri Bazında "
                                       "Harcamalar"),
    [
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Harcama birimi"), Kind.CHOICE,
               get=lambda r: r.obj.key, set=_set_spending_unit,
               choices=_unit_choices,
               validate=unique_in("unit_spending", "unit"), rekeys=True, width=360),
        Column("kbo", QT_TRANSLATE_NOOP("Columns", "KBÖ"), Kind.AMOUNT, get=attr("kbo"),
               set=_us("kbo"), width=160),
        Column("total_appropriation", QT_TRANSLATE_NOOP("Columns", "Yıl sonu toplam ödenek"),
               Kind.AMOUNT, get=attr("total_appropriation"), set=_us("total_appropriation"),
               width=180),
        Column("realisation", QT_TRANSLATE_NOOP("Columns", "Gerçekleşme"), Kind.AMOUNT,
               get=attr("realisation"), set=_us("realisation"), width=160),
        Column("pct_of_kbo", QT_TRANSLATE_NOOP("Columns", "Gerç./KBÖ"), Kind.PERCENT,
               get=attr("pct_of_kbo"), derived=True, width=100),
        Column("pct_of_total", QT_TRANSLATE_NOOP("Columns", "Gerç./Toplam"), Kind.PERCENT,
               get=attr("pct_of_total"), derived=True, width=110),
    ],
    _unit_spending_rows,
    ops=ListOps("unit_spending", "unit", _new_unit_spending),
    note=QT_TRANSLATE_NOOP("Tables", "Birim filtresi seçiliyse yalnız o birimin alt "
                           "birimleri ve onların toplamı gösterilir."),
)
