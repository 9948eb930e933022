"""Chapter III.B forms: Table 14 (programs, alt programs), Table 15 (Form-3 indicators with
quarters), Table 16 (Form-4)."""

from __future__ import annotations

from typing import Any

from ...domain import derived
from ...domain.model import (
    MEASURE_UNITS,
    Aggregation,
    Indicator,
    Program,
    ReportYear,
    SubProgram,
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
from ..i18n import QT_TRANSLATE_NOOP, tr_domain
from .strategic_tables import direction_choices

# --- Table 14 -----------------------------------------------------------------------------


def _new_program(report: ReportYear, ctx: Context, selected: str | None) -> Program:
    return Program(unique_code((p.code for p in report.programs), "P"),
                   QT_TRANSLATE_NOOP("Columns", "Yeni program"),
                   max((p.order for p in report.programs), default=0) + 1)


PROGRAMS = TableSpec(
    "subprograms", QT_TRANSLATE_NOOP("Tables", "Programlar"),
    [Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"), get=attr("code"), width=90),
     Column("name", QT_TRANSLATE_NOOP("Columns", "Program"), get=attr("name"),
            set=attr_setter("programs", "code", "name"))],
    lambda report, ctx: [Row(p.code, p) for p in sorted_items(report.programs, "code")],
    ops=ListOps("programs", "code", _new_program),
    stretch="name",
)


def _program_choices(report: ReportYear) -> list[tuple[Any, str]]:
    return [(p.code, f"{p.code} {p.name}") for p in sorted_items(report.programs, "code")]


def _subprogram_choices(report: ReportYear) -> list[tuple[Any, str]]:
    return [(s.code, s.name) for s in sorted_items(report.subprograms, "code")]


def _new_subprogram(report: ReportYear, ctx: Context, selected: str | None) -> SubProgram:
    sel = next((s for s in report.subprograms if s.code == selected), None)
    program = sel.program if sel else (report.programs[0].code if report.programs else "")
    return SubProgram(unique_code((s.code for s in report.subprograms), f"{program}.AP"),
                      program, QT_TRANSLATE_NOOP("Columns", "Yeni alt program"),
                      order=max((s.order for s in report.subprograms), default=0) + 1)


def _sub(field_name: str) -> Any:
    return attr_setter("subprograms", "code", field_name)


SUBPROGRAMS = TableSpec(
    "subprograms", QT_TRANSLATE_NOOP("Tables", "Tablo 14. Programlar, Alt Programlar ve "
                                     "Alt Program Hedefleri"),
    [
        Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"), get=attr("code"), width=90),
        Column("program", QT_TRANSLATE_NOOP("Columns", "Program"), Kind.CHOICE,
               get=attr("program"), set=_sub("program"), choices=_program_choices,
               width=210),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Alt program"), get=attr("name"),
               set=_sub("name"), width=250),
        Column("objective", QT_TRANSLATE_NOOP("Columns", "Alt program hedefi (Form-3 başlığı)"),
               get=attr("objective"), set=lambda r, k, v: _sub("objective")(r, k, v or ""),
               width=300),
        Column("targets", QT_TRANSLATE_NOOP("Columns", "Alt program hedefleri (; ile ayırın)"),
               Kind.LINES, get=attr("targets"), set=_sub("targets"), width=330),
        Column("aims", QT_TRANSLATE_NOOP("Columns", "Stratejik amaçlar"), Kind.LINES,
               get=attr("aims"), set=_sub("aims"), width=140),
    ],
    lambda report, ctx: [Row(s.code, s) for s in sorted_items(report.subprograms, "code")],
    ops=ListOps("subprograms", "code", _new_subprogram),
    stretch="targets",
)

# --- Form-3 ----------------------------------------------------------------------------------
AGGREGATION_LABELS = {
    Aggregation.SUM: QT_TRANSLATE_NOOP("Columns", "Toplam (akış)"),
    Aggregation.LAST: QT_TRANSLATE_NOOP("Columns", "Son çeyrek (stok)"),
    Aggregation.AVERAGE: QT_TRANSLATE_NOOP("Columns", "Ortalama"),
    Aggregation.TYPED: QT_TRANSLATE_NOOP("Columns", "Elle girilir"),
}


def _aggregation_choices(report: ReportYear) -> list[tuple[Any, str]]:
    from PySide6.QtCore import QCoreApplication

    return [(k, QCoreApplication.translate("Columns", v)) for k, v in AGGREGATION_LABELS.items()]


def _measure_choices(report: ReportYear) -> list[tuple[Any, str]]:
    return [(m, tr_domain(m)) for m in MEASURE_UNITS]


def form3_order(report: ReportYear) -> list[Indicator]:
    sub_order = {s.code: (s.order, s.code) for s in report.subprograms}
    return sorted(report.indicators,
                  key=lambda i: (sub_order.get(i.subprogram, (999, i.subprogram)), i.order,
                                 i.code))


def _form3_rows(report: ReportYear, ctx: Context) -> list[Row]:
    return [Row(i.code, i, extra={"result": derived.indicator_result(i, report.settings)})
            for i in form3_order(report) if i.in_form3]


def _ind(field_name: str) -> Any:
    return attr_setter("indicators", "code", field_name)


def _quarter_setter(q: int) -> Any:
    def setter(report: ReportYear, key: str, value: Any) -> None:
        ind = next(i for i in report.indicators if i.code == key)
        quarters = list(ind.quarters)
        quarters[q] = value
        ind.quarters = quarters
    return setter


def _text_setter(field_name: str) -> Any:
    return lambda r, k, v: _ind(field_name)(r, k, v or "")


def _new_indicator(report: ReportYear, ctx: Context, selected: str | None) -> Indicator:
    sel = next((i for i in report.indicators if i.code == selected), None)
    sub = sel.subprogram if sel else (report.subprograms[0].code if report.subprograms else "")
    siblings = [i for i in report.indicators if i.subprogram == sub]
    return Indicator(unique_code((i.code for i in report.indicators), f"{sub}."), sub,
                     QT_TRANSLATE_NOOP("Columns", "Yeni gösterge"),
                     order=max((i.order for i in siblings), default=0) + 1,
                     form4_order=max((i.form4_order for i in report.indicators),
                                     default=0) + 1)


def _result(name: str) -> Any:
    return lambda row: getattr(row.extra["result"], name)


def _provisional_text(row: Row) -> str:
    from PySide6.QtCore import QCoreApplication

    res = row.extra["result"]
    if not res.provisional:
        return ""
    text = ("Geçici (onaylandı)" if row.obj.provisional_confirmed
            else "Geçici: çeyrek eksik")
    return QCoreApplication.translate("Columns", text)


PROVISIONAL_TEXTS = (QT_TRANSLATE_NOOP("Columns", "Geçici (onaylandı)"),
                     QT_TRANSLATE_NOOP("Columns", "Geçici: çeyrek eksik"))


QUARTER_HEADERS = [QT_TRANSLATE_NOOP("Columns", "1. Çeyrek"),
                   QT_TRANSLATE_NOOP("Columns", "2. Çeyrek"),
                   QT_TRANSLATE_NOOP("Columns", "3. Çeyrek"),
                   QT_TRANSLATE_NOOP("Columns", "4. Çeyrek")]

FORM3 = TableSpec(
    "form3", QT_TRANSLATE_NOOP("Tables", "Tablo 15. Form-3: Performans Göstergelerinin "
                               "Çeyreklik İzlenmesi"),
    [
        Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"), get=attr("code"), width=95),
        Column("subprogram", QT_TRANSLATE_NOOP("Columns", "Alt program"), Kind.CHOICE,
               get=attr("subprogram"), set=_ind("subprogram"), choices=_subprogram_choices,
               width=180),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Performans göstergesi"), get=attr("name"),
               set=_ind("name"), width=300),
        Column("measure", QT_TRANSLATE_NOOP("Columns", "Ölçü"), Kind.CHOICE,
               get=attr("measure"), set=_ind("measure"), choices=_measure_choices, width=70),
        Column("direction", QT_TRANSLATE_NOOP("Columns", "Yön"), Kind.CHOICE,
               get=attr("direction"), set=_ind("direction"), choices=direction_choices,
               width=80, tooltip=QT_TRANSLATE_NOOP("Columns", "Artan: oran = yıl sonu / hedef; "
                                                   "azalan (düşük değer iyidir): oran = hedef / "
                                                   "yıl sonu, yıl sonu 0 ise Aşıldı.")),
        Column("previous_year", QT_TRANSLATE_NOOP("Columns", "Önceki yıl"), Kind.INT,
               get=attr("previous_year"), set=_ind("previous_year"), width=80),
        Column("previous_value", QT_TRANSLATE_NOOP("Columns", "Önceki değer"), Kind.DECIMAL,
               get=attr("previous_value"), set=_ind("previous_value"), width=105),
        Column("target", QT_TRANSLATE_NOOP("Columns", "Hedef"), Kind.DECIMAL,
               get=attr("target"), set=_ind("target"), width=100),
        Column("year_end_estimate", QT_TRANSLATE_NOOP("Columns", "Yıl sonu tahmini"),
               Kind.DECIMAL, get=attr("year_end_estimate"), set=_ind("year_end_estimate"),
               width=105),
        *[Column(f"q{q + 1}", QUARTER_HEADERS[q], Kind.DECIMAL,
                 get=lambda r, q=q: r.obj.quarters[q], set=_quarter_setter(q), width=100,
                 check_keys=("quarters",) if q == 3 else ())
          for q in range(4)],
        Column("aggregation", QT_TRANSLATE_NOOP("Columns", "Yıl sonu kuralı"), Kind.CHOICE,
               get=attr("aggregation"), set=_ind("aggregation"),
               choices=_aggregation_choices, width=130),
        Column("typed_year_end", QT_TRANSLATE_NOOP("Columns", "Yıl sonu (elle)"), Kind.DECIMAL,
               get=attr("typed_year_end"), set=_ind("typed_year_end"),
               editable_if=lambda r: r.obj.aggregation == Aggregation.TYPED, width=100,
               tooltip=QT_TRANSLATE_NOOP("Columns", "Yalnız yıl sonu kuralı 'Elle girilir' "
                                         "olan göstergelerde yazılır.")),
        Column("year_end", QT_TRANSLATE_NOOP("Columns", "Yıl sonu değeri"), Kind.DECIMAL,
               get=_result("year_end"), derived=True, width=110,
               tooltip=QT_TRANSLATE_NOOP("Columns", "Bir çeyrek boşsa değer geçicidir (italik, "
                                         "işaretli); durumu onaylanana kadar raporda "
                                         "gösterilmez.")),
        Column("ratio_pct", QT_TRANSLATE_NOOP("Columns", "Gerçekleşme oranı"), Kind.PERCENT,
               get=_result("ratio_pct"), derived=True, decimals=2, width=115),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Durum"), Kind.STATUS,
               get=_result("status"), derived=True, width=120),
        Column("provisional", QT_TRANSLATE_NOOP("Columns", "Kesinlik"), get=_provisional_text,
               derived=True, width=140),
        Column("provisional_confirmed", QT_TRANSLATE_NOOP("Columns", "Geçici değeri onayla"),
               Kind.BOOL, get=attr("provisional_confirmed"), set=_ind("provisional_confirmed"),
               editable_if=lambda r: r.extra["result"].provisional, width=90,
               tooltip=QT_TRANSLATE_NOOP("Columns", "Eksik çeyrekle hesaplanan yıl sonu "
                                         "değerinin durumu, yalnız bir kişi onaylarsa nihai "
                                         "raporda gösterilir.")),
        Column("deviation_reason", QT_TRANSLATE_NOOP("Columns", "Sapmanın nedeni"),
               get=attr("deviation_reason"), set=_text_setter("deviation_reason"), width=260),
    ],
    _form3_rows,
    ops=ListOps("indicators", "code", _new_indicator,
                siblings=lambda a, b: a.subprogram == b.subprogram),
    note=QT_TRANSLATE_NOOP("Tables", "Yıl sonu değeri göstergenin kuralına göre hesaplanır; "
                           "oran = yıl sonu / hedef (azalan göstergede hedef / yıl sonu). Boş "
                           "çeyrek değeri geçici yapar. Çeyrek değerlendirmelerini alttaki "
                           "alanlara yazın."),
)

# --- Form-4 ----------------------------------------------------------------------------------


def _form4_rows(report: ReportYear, ctx: Context) -> list[Row]:
    inds = sorted(report.indicators, key=lambda i: (not i.in_form4, i.form4_order, i.code))
    return [Row(i.code, i, extra={"result": derived.indicator_result(i, report.settings)})
            for i in inds]


FORM4 = TableSpec(
    "form4", QT_TRANSLATE_NOOP("Tables", "Tablo 16. Form-4: Performans Programı Sonuçları"),
    [
        Column("in_form4", QT_TRANSLATE_NOOP("Columns", "Form-4'te"), Kind.BOOL,
               get=attr("in_form4"), set=_ind("in_form4"), width=80),
        Column("in_form3", QT_TRANSLATE_NOOP("Columns", "Form-3'te"), Kind.BOOL,
               get=attr("in_form3"), set=_ind("in_form3"), width=80),
        Column("form4_order", QT_TRANSLATE_NOOP("Columns", "Sıra"), Kind.INT,
               get=attr("form4_order"), set=lambda r, k, v: _ind("form4_order")(r, k, v or 0),
               width=60),
        Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"), get=attr("code"), width=95),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Performans göstergesi"),
               get=attr("name"), width=420),
        Column("target", QT_TRANSLATE_NOOP("Columns", "Hedef"), Kind.DECIMAL,
               get=attr("target"), derived=True, width=110),
        Column("year_end", QT_TRANSLATE_NOOP("Columns", "Yıl sonu değeri"), Kind.DECIMAL,
               get=_result("year_end"), derived=True, width=120),
        Column("typed_year_end", QT_TRANSLATE_NOOP("Columns", "Yıl sonu (Form-3'te yoksa)"),
               Kind.DECIMAL, get=attr("typed_year_end"), set=_ind("typed_year_end"),
               editable_if=lambda r: not r.obj.in_form3, width=130,
               tooltip=QT_TRANSLATE_NOOP("Columns", "Form-3'te izlenmeyen göstergenin yıl "
                                         "sonu değeri; 0 bir değerdir, boş 'girilmedi'dir.")),
        Column("ratio_pct", QT_TRANSLATE_NOOP("Columns", "Gerçekleşme oranı"), Kind.PERCENT,
               get=_result("ratio_pct"), derived=True, decimals=2, width=120),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Durum"), Kind.STATUS,
               get=_result("status"), derived=True, width=130),
    ],
    _form4_rows,
    note=QT_TRANSLATE_NOOP("Tables", "Form-4 değerleri Form-3'ten gelir. Burada yalnız hangi "
                           "göstergelerin hangi formda yer aldığı ve Form-4 sırası seçilir."),
    stretch="name",
)

SUBPROGRAM_CODE_UNIQUE = unique_in("subprograms", "code")
