"""Chapter II and III.B.3 forms: strategic aims and goals (Table 6), Table 17 goals and their
performance indicators (weights, A, B, C, performance)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...domain import derived, numbers
from ...domain.model import (
    Direction,
    Goal,
    GoalIndicator,
    PGType,
    ReportYear,
    StrategicAim,
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
)
from ..i18n import QT_TRANSLATE_NOOP

HUNDRED = Decimal(100)


def _new_aim(report: ReportYear, ctx: Context, selected: str | None) -> StrategicAim:
    return StrategicAim(unique_code((a.code for a in report.aims), "A"),
                        QT_TRANSLATE_NOOP("Columns", "Yeni amaç"),
                        order=max((a.order for a in report.aims), default=0) + 1)


def _text(list_attr: str, field_name: str) -> Any:
    s = attr_setter(list_attr, "code", field_name)
    return lambda r, k, v: s(r, k, v or "")


AIMS = TableSpec(
    "goals", QT_TRANSLATE_NOOP("Tables", "Stratejik Amaçlar"),
    [
        Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"), get=attr("code"), width=70),
        Column("short_title", QT_TRANSLATE_NOOP("Columns", "Kısa başlık (Tablo 6)"),
               get=attr("short_title"), set=_text("aims", "short_title"), width=300),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Amaç (Tablo 17 başlığı)"),
               get=attr("title"), set=_text("aims", "title")),
    ],
    lambda report, ctx: [Row(a.code, a) for a in sorted_items(report.aims, "code")],
    ops=ListOps("aims", "code", _new_aim),
    stretch="title",
)


def _aim_choices(report: ReportYear) -> list[tuple[Any, str]]:
    return [(a.code, f"{a.code} {a.short_title or a.title}"[:60])
            for a in sorted_items(report.aims, "code")]


def goal_order(report: ReportYear) -> list[Goal]:
    aim_order = {a.code: (a.order, a.code) for a in report.aims}
    return sorted(report.goals, key=lambda g: (aim_order.get(g.aim, (999, g.aim)), g.order,
                                               g.code))


def _new_goal(report: ReportYear, ctx: Context, selected: str | None) -> Goal:
    sel = next((g for g in report.goals if g.code == selected), None)
    aim = sel.aim if sel else (report.aims[0].code if report.aims else "")
    n = aim[1:] if aim.startswith("A") else aim
    siblings = [g for g in report.goals if g.aim == aim]
    return Goal(unique_code((g.code for g in report.goals), f"H{n}."), aim,
                QT_TRANSLATE_NOOP("Columns", "Yeni hedef"),
                order=max((g.order for g in siblings), default=0) + 1)


GOALS6 = TableSpec(
    "goals", QT_TRANSLATE_NOOP("Tables", "Tablo 6. İdarenin Amaç ve Hedefleri"),
    [
        Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"), get=attr("code"), width=70),
        Column("aim", QT_TRANSLATE_NOOP("Columns", "Amaç"), Kind.CHOICE, get=attr("aim"),
               set=attr_setter("goals", "code", "aim"), choices=_aim_choices, width=260),
        Column("text", QT_TRANSLATE_NOOP("Columns", "Hedef"), get=attr("text"),
               set=_text("goals", "text")),
    ],
    lambda report, ctx: [Row(g.code, g) for g in goal_order(report)],
    ops=ListOps("goals", "code", _new_goal, siblings=lambda a, b: a.aim == b.aim),
    stretch="text",
)

# --- Table 17 --------------------------------------------------------------------------------


def _goal17_rows(report: ReportYear, ctx: Context) -> list[Row]:
    rows = []
    for g in goal_order(report):
        pgs = derived.goal_indicators_of(report, g.code)
        rows.append(Row(g.code, g, extra={
            "weight_sum": derived.weight_sum(report, g.code) if pgs else None,
            "performance": derived.goal_performance(g, pgs) * HUNDRED if pgs else None,
        }))
    return rows


def _set_units(report: ReportYear, key: str, value: Any) -> None:
    attr_setter("goals", "code", "responsible_units")(report, key, list(value or []))


GOALS17 = TableSpec(
    "strategic", QT_TRANSLATE_NOOP("Tables", "Tablo 17. Hedefler: Sorumlular, Sapmalar, "
                                   "Performans"),
    [
        Column("code", QT_TRANSLATE_NOOP("Columns", "Hedef"), get=attr("code"), width=70),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Başlık"), get=attr("title"),
               set=_text("goals", "title"), width=300),
        Column("responsible_units", QT_TRANSLATE_NOOP("Columns", "Sorumlu birimler (kod; kod)"),
               Kind.LINES, get=attr("responsible_units"), set=_set_units, width=200),
        Column("weight_sum", QT_TRANSLATE_NOOP("Columns", "Ağırlık toplamı"), Kind.PERCENT,
               get=lambda r: r.extra["weight_sum"], derived=True, decimals=0, width=110,
               check_keys=("weight",)),
        Column("performance", QT_TRANSLATE_NOOP("Columns", "Hedef performansı"), Kind.PERCENT,
               get=lambda r: r.extra["performance"], derived=True, decimals=0, width=130),
        Column("deviation_reason", QT_TRANSLATE_NOOP("Columns", "Sapmanın nedeni"),
               get=attr("deviation_reason"), set=_text("goals", "deviation_reason"),
               width=300),
        Column("measures", QT_TRANSLATE_NOOP("Columns", "Alınan tedbirler"),
               get=attr("measures"), set=_text("goals", "measures"), width=300),
    ],
    _goal17_rows,
    note=QT_TRANSLATE_NOOP("Tables", "Hedef performansı = Σ ağırlık × gösterge performansı; "
                           "hedefleri Tablo 6'da ekleyin."),
)


def _pg_rows(report: ReportYear, ctx: Context) -> list[Row]:
    rows = []
    for g in goal_order(report):
        for pg in derived.goal_indicators_of(report, g.code):
            perf = derived.pg_performance(pg)
            rows.append(Row(pg.code, pg, extra={
                "performance": None if perf is None else perf * HUNDRED}))
    known = {g.code for g in report.goals}
    rows += [Row(pg.code, pg, extra={"performance": None})
             for pg in report.goal_indicators if pg.goal not in known]
    return rows


def _goal_choices(report: ReportYear) -> list[tuple[Any, str]]:
    return [(g.code, g.code) for g in goal_order(report)]


def _form3_choices(report: ReportYear) -> list[tuple[Any, str]]:
    return [(None, "—")] + [(i.code, i.code) for i in report.indicators]


def _new_pg(report: ReportYear, ctx: Context, selected: str | None) -> GoalIndicator:
    sel = next((p for p in report.goal_indicators if p.code == selected), None)
    goal = sel.goal if sel else (report.goals[0].code if report.goals else "")
    n = goal[1:] if goal.startswith("H") else goal
    siblings = [p for p in report.goal_indicators if p.goal == goal]
    return GoalIndicator(unique_code((p.code for p in report.goal_indicators), f"PG{n}."),
                         goal, QT_TRANSLATE_NOOP("Columns", "Yeni gösterge"), Decimal(0),
                         order=max((p.order for p in siblings), default=0) + 1)


def _pg(field_name: str) -> Any:
    return attr_setter("goal_indicators", "code", field_name)


DIRECTION_LABELS = {
    Direction.ARTAN: QT_TRANSLATE_NOOP("Columns", "Artan"),
    Direction.AZALAN: QT_TRANSLATE_NOOP("Columns", "Azalan"),
}
PG_TYPE_LABELS = {
    PGType.YILLIK: QT_TRANSLATE_NOOP("Columns", "Yıllık"),
    PGType.KUMULATIF: QT_TRANSLATE_NOOP("Columns", "Kümülatif"),
    PGType.DUZEY: QT_TRANSLATE_NOOP("Columns", "Düzey"),
}


def direction_choices(report: ReportYear) -> list[tuple[Any, str]]:
    from PySide6.QtCore import QCoreApplication

    return [(k, QCoreApplication.translate("Columns", v)) for k, v in DIRECTION_LABELS.items()]


def _pg_type_choices(report: ReportYear) -> list[tuple[Any, str]]:
    from PySide6.QtCore import QCoreApplication

    return [(k, QCoreApplication.translate("Columns", v)) for k, v in PG_TYPE_LABELS.items()]


PG17 = TableSpec(
    "strategic", QT_TRANSLATE_NOOP("Tables", "Tablo 17. Performans Göstergeleri (A, B, C)"),
    [
        Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"), get=attr("code"), width=85),
        Column("goal", QT_TRANSLATE_NOOP("Columns", "Hedef"), Kind.CHOICE, get=attr("goal"),
               set=_pg("goal"), choices=_goal_choices, width=90),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Performans göstergesi"), get=attr("name"),
               set=_pg("name"), width=300),
        Column("weight", QT_TRANSLATE_NOOP("Columns", "Hedefe etkisi (%)"), Kind.DECIMAL,
               get=attr("weight"), set=lambda r, k, v: _pg("weight")(r, k, v or Decimal(0)),
               rule=numbers.WEIGHT, width=115),
        Column("baseline", QT_TRANSLATE_NOOP("Columns", "Başlangıç (A)"), Kind.DECIMAL,
               get=attr("baseline"), set=_pg("baseline"), width=110),
        Column("target", QT_TRANSLATE_NOOP("Columns", "Hedef (B)"), Kind.DECIMAL,
               get=attr("target"), set=_pg("target"), width=105),
        Column("actual", QT_TRANSLATE_NOOP("Columns", "Gerçekleşme (C)"), Kind.DECIMAL,
               get=attr("actual"), set=_pg("actual"), width=120),
        Column("performance", QT_TRANSLATE_NOOP("Columns", "Performans"), Kind.PERCENT,
               get=lambda r: r.extra["performance"], derived=True, decimals=0, width=105,
               tooltip=QT_TRANSLATE_NOOP("Columns", "(C − A) / (B − A), %0–%100 arasında")),
        Column("form3_indicator", QT_TRANSLATE_NOOP("Columns", "Form-3 göstergesi"),
               Kind.CHOICE, get=attr("form3_indicator"), set=_pg("form3_indicator"),
               choices=_form3_choices, width=120),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Gösterge türü"), Kind.CHOICE,
               get=attr("kind"), set=_pg("kind"), choices=_pg_type_choices, width=105,
               tooltip=QT_TRANSLATE_NOOP("Columns", "Yıllık: B ve C yılın kendi değeri; "
                                         "kümülatif: plan başından sayılır, A'yı içerir (Form-3 "
                                         "ile B − A, C − A karşılaştırılır); düzey: bir stok "
                                         "değeri.")),
        Column("direction", QT_TRANSLATE_NOOP("Columns", "Yön"), Kind.CHOICE,
               get=attr("direction"), set=_pg("direction"), choices=direction_choices,
               width=85, tooltip=QT_TRANSLATE_NOOP("Columns", "Artan: yüksek değer iyidir; "
                                                   "azalan: düşük değer iyidir (B < A).")),
    ],
    _pg_rows,
    ops=ListOps("goal_indicators", "code", _new_pg, siblings=lambda a, b: a.goal == b.goal),
    note=QT_TRANSLATE_NOOP("Tables", "Gösterge performansı = (C − A) / (B − A), %0 ile %100 "
                           "arasında; B = A ise tanımsızdır (—). Dört değerlendirmeyi alttaki "
                           "alanlara yazın."),
)
