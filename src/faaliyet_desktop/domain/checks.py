"""Cross-table rules that keep the report consistent with itself, declared as data.

Each rule has an id, a severity and a function that yields findings. A finding names the
table, the row and both figures in Turkish, and carries a location the GUI can jump to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from . import derived
from .model import (
    DIRECTION_LABELS_TR,
    EDUCATION_LEVELS,
    EMPLOYMENT_TYPES,
    GENDERS,
    NARRATIVE_SECTIONS,
    PG_TYPE_LABELS_TR,
    STATUS_LABELS_TR,
    Activity,
    Direction,
    PGType,
    ReportYear,
    Status,
    UnitSpending,
)
from .numbers import format_number, format_percent, format_value
from .placeholders import unknown_in


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


SEVERITY_LABELS_TR = {Severity.ERROR: "HATA", Severity.WARNING: "UYARI"}

# Table keys the GUI knows, with the name a reader knows them by.
TABLES: dict[str, str] = {
    "units": "Örgüt Yapısı",
    "physical": "Tablo 1",
    "it": "Tablo 2",
    "personnel_employment": "Tablo 3",
    "personnel_gender": "Tablo 4",
    "personnel_education": "Tablo 5",
    "goals": "Tablo 6",
    "spending_history": "Şekil 2",
    "budget": "Tablo 9",
    "activities": "Tablo 10",
    "unit_spending": "Tablo 11",
    "subprograms": "Tablo 14",
    "form3": "Tablo 15 (Form-3)",
    "form4": "Tablo 16 (Form-4)",
    "strategic": "Tablo 17",
    "narrative": "Metin",
    "declaration": "Ekler",
}


@dataclass(frozen=True)
class Location:
    table: str  # a TABLES key
    row: str | None = None  # the row's natural key (unit code, indicator code ...)
    column: str | None = None  # the field name


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    location: Location
    message: str  # Turkish, names the table, row and figures
    related: tuple[Location, ...] = ()  # other cells taking part in the finding

    def __str__(self) -> str:
        return f"{SEVERITY_LABELS_TR[self.severity]} [{self.rule}] {self.message}"


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    description: str  # Turkish: what the rule asks for
    check: Callable[[Rule, ReportYear], Iterator[Finding]]

    def finding(self, location: Location, message: str,
                related: tuple[Location, ...] = ()) -> Finding:
        return Finding(self.id, self.severity, location, message, related)


def _n(v: Decimal | None) -> str:
    return format_number(v)


def _unit_name(report: ReportYear, code: str) -> str:
    u = report.unit(code)
    return u.name if u else code


# --- "not entered" (a new year's carried structure) -----------------------------------------
def form3_entered(report: ReportYear) -> bool:
    """Some Form-3/Form-4 result of the year is entered (a quarter or a typed year-end)."""
    return any(derived.year_end_value(i) is not None for i in report.indicators)


def table17_entered(report: ReportYear) -> bool:
    """Some Table 17 actual (C) of the year is entered."""
    return any(pg.actual is not None for pg in report.goal_indicators)


def _spending_entered(items: Sequence[Activity | UnitSpending]) -> bool:
    return any(x.kbo is not None or x.total_appropriation is not None
               or x.realisation is not None for x in items)


def _not_entered(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    """One note per table whose figures for the year are not entered yet (a new year made by
    new-year starts so); the table's other rules wait until its figures are entered."""
    y = report.year
    if any(i.in_form3 for i in report.indicators) and not form3_entered(report):
        yield rule.finding(Location("form3"), f"Tablo 15 (Form-3): {y} yılı çeyrek değerleri "
                           "henüz girilmemiş; Form-3 ve Form-4 denetimleri değerler girilince "
                           "yapılır.")
    if report.goal_indicators and not table17_entered(report):
        yield rule.finding(Location("strategic"), f"Tablo 17: {y} yılı gerçekleşme değerleri "
                           "(C) henüz girilmemiş; Tablo 17 denetimleri değerler girilince "
                           "yapılır.")
    if report.activities and not _spending_entered(report.activities):
        yield rule.finding(Location("activities"), f"Tablo 10: {y} yılı ödenek ve harcama "
                           "değerleri henüz girilmemiş.")
    if report.unit_spending and not _spending_entered(report.unit_spending):
        yield rule.finding(Location("unit_spending"), f"Tablo 11: {y} yılı ödenek ve harcama "
                           "değerleri henüz girilmemiş.")


# --- personnel -----------------------------------------------------------------------------
def _subtree(report: ReportYear, code: str) -> list[str]:
    out, todo = [], [code]
    while todo:
        c = todo.pop()
        out.append(c)
        todo.extend(u.code for u in report.units if u.parent == c)
    return out


def _personnel_totals_agree(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    """Compare a scope only where Table 4/5 cover the same units as Table 3 (the seed gives
    gender and education for Merkez only: the institution row is then not comparable)."""
    emp = derived.personnel_table(report, "employment")
    entered = {p.unit for p in report.personnel if p.employment}
    for group, table_key, table_name in (("gender", "personnel_gender", "Tablo 4"),
                                         ("education", "personnel_education", "Tablo 5")):
        other = derived.personnel_table(report, group)
        for _scope, code in derived.scope_codes(report).items():
            t3, tx = emp.row_total(code), other.row_total(code)
            if tx is None or t3 is None or t3 == tx:
                continue
            if any(other.row_total(u) is None for u in _subtree(report, code) if u in entered):
                continue
            yield rule.finding(
                Location(table_key, code),
                f"{table_name} toplamı ({_n(tx)}) Tablo 3 toplamına ({_n(t3)}) eşit değil: "
                f"{_unit_name(report, code)}.",
                (Location("personnel_employment", code),),
            )


def _rollup_conflicts(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    labels = {"employment": EMPLOYMENT_TYPES, "gender": GENDERS, "education": EDUCATION_LEVELS}
    tables = {"employment": "Tablo 3", "gender": "Tablo 4", "education": "Tablo 5"}
    for group in derived.PERSONNEL_GROUPS:
        for cat, c in derived.personnel_table(report, group).conflicts:
            yield rule.finding(
                Location(f"personnel_{group}", c.unit, cat),
                f"{tables[group]}, {_unit_name(report, c.unit)}, {labels[group][cat]}: girilen "
                f"değer {_n(c.typed)}, alt birimlerin toplamı {_n(c.from_children)}.",
            )
    names = {i.code: i.name for i in report.it_items}
    for item, c in derived.it_conflicts(report):
        yield rule.finding(
            Location("it", c.unit, item),
            f"Tablo 2, {_unit_name(report, c.unit)}, {names.get(item, item)}: girilen değer "
            f"{_n(c.typed)}, alt birimlerin toplamı {_n(c.from_children)}.",
        )


def _no_negative_counts(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    for p in report.personnel:
        for group in derived.PERSONNEL_GROUPS:
            for cat, v in getattr(p, group).items():
                if v < 0:
                    yield rule.finding(Location(f"personnel_{group}", p.unit, cat),
                                       f"{_unit_name(report, p.unit)}: negatif personel sayısı "
                                       f"({v}).")
    for c in report.it_counts:
        if c.count < 0:
            yield rule.finding(Location("it", c.unit, c.item),
                               f"Tablo 2, {_unit_name(report, c.unit)}: negatif adet ({c.count}).")


# --- budget --------------------------------------------------------------------------------
def _budget_consistency(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    t9 = derived.budget_total(derived.budget_rows(report, report.year))
    t10 = derived.activity_rows(report)[-1]
    t11 = derived.unit_spending_rows(report)[-1]
    pairs = [
        ("KBÖ", t9.kbo, "Tablo 10", t10.kbo, Location("activities", None, "kbo")),
        ("toplam ödenek", t9.total_appropriation, "Tablo 10", t10.total_appropriation,
         Location("activities", None, "total_appropriation")),
        ("harcama", t9.spending, "Tablo 10", t10.realisation,
         Location("activities", None, "realisation")),
        ("KBÖ", t9.kbo, "Tablo 11", t11.kbo, Location("unit_spending", None, "kbo")),
        ("toplam ödenek", t9.total_appropriation, "Tablo 11", t11.total_appropriation,
         Location("unit_spending", None, "total_appropriation")),
        ("harcama", t9.spending, "Tablo 11", t11.realisation,
         Location("unit_spending", None, "realisation")),
    ]
    if report.activities or report.unit_spending:
        for what, v9, other, vx, loc in pairs:
            if (other == "Tablo 10" and not report.activities) or (
                other == "Tablo 11" and not report.unit_spending
            ):
                continue
            if vx is not None and v9 != vx:
                yield rule.finding(
                    loc,
                    f"{other} genel toplam {what} ({_n(vx)}) Tablo 9 toplamına ({_n(v9)}) eşit "
                    f"değil (fark {_n(vx - v9)}).",
                    (Location("budget", None, "kbo"),),
                )
    current = next((s for s in report.spending_history if s.year == report.year), None)
    if current is not None:
        for what, v9, vs, col in (("toplam ödenek", t9.total_appropriation,
                                   current.total_appropriation, "total_appropriation"),
                                  ("harcama", t9.spending, current.spending, "spending")):
            if v9 != vs:
                yield rule.finding(
                    Location("spending_history", str(report.year), col),
                    f"Şekil 2, {report.year} {what} ({_n(vs)}) Tablo 9 toplamına ({_n(v9)}) "
                    f"eşit değil.",
                    (Location("budget", None, col),),
                )


def _spending_within_appropriation(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    """Tables 10/11: realisation above the year-end total appropriation."""
    rows = [("activities", "Tablo 10", a.code, a.name, a.total_appropriation, a.realisation)
            for a in report.activities]
    rows += [("unit_spending", "Tablo 11", u.unit, _unit_name(report, u.unit),
              u.total_appropriation, u.realisation) for u in report.unit_spending]
    for table, label, key, name, tot, real in rows:
        if tot is not None and real is not None and real > tot:
            yield rule.finding(
                Location(table, key, "realisation"),
                f"{label}, {name}: gerçekleşme ({_n(real)}) yıl sonu toplam ödeneği ({_n(tot)}) "
                f"aşıyor (fark {_n(real - tot)}).",
                (Location(table, key, "total_appropriation"),),
            )


def _unit_spending_counted_once(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    """Table 11: a unit in its own row and inside an ancestor's row (a province and TAŞRA)
    is counted twice in the grand total."""
    listed = {u.unit for u in report.unit_spending}
    parents = {u.code: u.parent for u in report.units}
    for us in report.unit_spending:
        seen, up = {us.unit}, parents.get(us.unit)
        while up is not None and up not in seen:
            if up in listed:
                yield rule.finding(
                    Location("unit_spending", us.unit),
                    f"Tablo 11: {_unit_name(report, us.unit)} hem kendi satırında hem "
                    f"{_unit_name(report, up)} satırının içinde; genel toplamda iki kez "
                    f"sayılıyor. Birimi bir satırdan çıkarın.",
                    (Location("unit_spending", up),),
                )
                break
            seen.add(up)
            up = parents.get(up)


def _budget_rows_valid(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    names = {c.code: c.name for c in report.economic_codes}
    for b in report.budget_lines:
        loc = Location("budget", f"{b.fiscal_year}:{b.code}")
        label = f"{b.fiscal_year} yılı, {b.code} {names.get(b.code, '')}".strip()
        for field_name, v in (("kbo", b.kbo), ("added", b.added), ("deducted", b.deducted),
                              ("spending", b.spending)):
            if v is not None and v < 0:
                yield rule.finding(Location("budget", loc.row, field_name),
                                   f"Tablo 9, {label}: negatif tutar ({_n(v)}).")
        tot = derived.total_appropriation(b)
        if tot < 0:
            yield rule.finding(Location("budget", loc.row, "deducted"),
                               f"Tablo 9, {label}: düşülen ödenek toplam ödeneği negatif yapıyor "
                               f"({_n(tot)}).")
        elif b.spending is not None and b.spending > tot:
            yield rule.finding(Location("budget", loc.row, "spending"),
                               f"Tablo 9, {label}: harcama ({_n(b.spending)}) toplam ödeneği "
                               f"({_n(tot)}) aşıyor.")
        if b.code not in names:
            yield rule.finding(loc, f"Tablo 9: '{b.code}' tanımlı bir ekonomik kod değil.")


def _budget_years_complete(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    current = {b.code for b in report.budget(report.year)}
    for fy, table in ((report.year - 1, "Tablo 7"), (report.year + 1, "Tablo 12/13")):
        other = {b.code for b in report.budget(fy)}
        if not other:
            yield rule.finding(Location("budget", f"{fy}:"),
                               f"{table}: {fy} yılı başlangıç ödenekleri girilmemiş.")
            continue
        for code in sorted(other ^ current):
            missing_in = report.year if code not in current else fy
            yield rule.finding(
                Location("budget", f"{missing_in}:{code}"),
                f"{table}: {code} ekonomik kodu {missing_in} yılında yok; karşılaştırma "
                f"tablosunun iki sütunu farklı kodlar gösterir.",
            )


def _spending_units_known(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    known = {u.code for u in report.units}
    subs = {s.code for s in report.subprograms}
    progs = {p.code for p in report.programs}
    for us in report.unit_spending:
        if us.unit not in known:
            yield rule.finding(Location("unit_spending", us.unit),
                               f"Tablo 11: '{us.unit}' tanımlı bir birim değil.")
    for p in report.personnel:
        if p.unit not in known:
            yield rule.finding(Location("personnel_employment", p.unit),
                               f"Tablo 3: '{p.unit}' tanımlı bir birim değil.")
    for c in report.it_counts:
        if c.unit not in known:
            yield rule.finding(Location("it", c.unit, c.item),
                               f"Tablo 2: '{c.unit}' tanımlı bir birim değil.")
    for s in report.subprograms:
        if s.program not in progs:
            yield rule.finding(Location("subprograms", s.code),
                               f"Tablo 14: '{s.name}' alt programının programı ('{s.program}') "
                               f"tanımlı değil.")
    for a in report.activities:
        if a.subprogram not in subs:
            yield rule.finding(Location("activities", a.code),
                               f"Tablo 10: '{a.name}' faaliyetinin alt programı "
                               f"('{a.subprogram}') tanımlı değil.")
    for i in report.indicators:
        if i.subprogram not in subs:
            yield rule.finding(Location("form3", i.code),
                               f"Tablo 15: '{i.name}' göstergesinin alt programı "
                               f"('{i.subprogram}') tanımlı değil.")
    for g in report.goals:
        for code in g.responsible_units:
            if code not in known:
                yield rule.finding(Location("strategic", g.code, "responsible_units"),
                                   f"Tablo 17, {g.code}: sorumlu birim '{code}' tanımlı değil.")


# --- Form-3 / Form-4 -----------------------------------------------------------------------
def _form4_has_form3_data(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    if not form3_entered(report):
        return
    for ind in report.indicators:
        if not ind.in_form4:
            continue
        if not ind.in_form3 and ind.typed_year_end is not None:
            yield rule.finding(
                Location("form4", ind.code),
                f"Tablo 16 (Form-4): '{ind.name}' göstergesi Form-3'te izlenmiyor; Form-4'teki "
                f"yıl sonu değeri ({format_value(ind.typed_year_end)}) Form-3 ile "
                f"doğrulanamıyor.",
                (Location("form3", ind.code),),
            )
        elif not ind.in_form3 or derived.year_end_value(ind) is None:
            yield rule.finding(
                Location("form4", ind.code),
                f"Tablo 16 (Form-4): '{ind.name}' göstergesinin Form-3'te gerçekleşme verisi yok; "
                f"yıl sonu değeri ve durumu hesaplanamıyor.",
                (Location("form3", ind.code),),
            )


def _form3_target_present(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    for ind in report.indicators:
        if ind.in_form3 and (ind.target is None or ind.target == 0):
            yield rule.finding(
                Location("form3", ind.code, "target"),
                f"Tablo 15 (Form-3): '{ind.name}' göstergesinin hedef değeri "
                f"{'girilmemiş' if ind.target is None else 'sıfır'}; gerçekleşme oranı "
                f"hesaplanamıyor.")


def _form3_vs_table17(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    """Compare B and C with the linked Form-3 indicator by the PG's stored type: ``kümülatif``
    values count from the plan's start (compare B − A and C − A), ``yıllık`` and ``düzey``
    directly. One reading only: a mismatch is never explained away by the other."""
    if not (form3_entered(report) and table17_entered(report)):
        return
    for pg in report.goal_indicators:
        if not pg.form3_indicator:
            continue
        ind = report.indicator(pg.form3_indicator)
        if ind is None:
            yield rule.finding(Location("strategic", pg.code, "form3_indicator"),
                               f"Tablo 17, {pg.code}: bağlı Form-3 göstergesi "
                               f"'{pg.form3_indicator}' bulunamadı.")
            continue
        a = pg.baseline
        cumulative = pg.kind == PGType.KUMULATIF
        kind = PG_TYPE_LABELS_TR[pg.kind].lower()
        if cumulative and a is None:
            continue  # A missing: reported by pg-deger
        base = a if cumulative and a is not None else derived.ZERO
        if pg.target is not None and ind.target is not None and pg.target - base != ind.target:
            yield rule.finding(
                Location("strategic", pg.code, "target"),
                f"Hedef farkı: '{ind.name}' Tablo 15'te {format_value(ind.target)}, Tablo 17 "
                f"{pg.code} ({kind}) B = {format_value(pg.target)}"
                + (f", B − A = {format_value(pg.target - base)}" if cumulative else "") + ".",
                (Location("form3", ind.code, "target"),),
            )
        ye = derived.year_end_value(ind)
        if pg.actual is not None and ye is not None and pg.actual - base != ye:
            yield rule.finding(
                Location("strategic", pg.code, "actual"),
                f"Gerçekleşme farkı: '{ind.name}' Tablo 15 yıl sonu değeri {format_value(ye)}, "
                f"Tablo 17 {pg.code} ({kind}) C = {format_value(pg.actual)}"
                + (f", C − A = {format_value(pg.actual - base)}" if cumulative else "") + ".",
                (Location("form3", ind.code, "quarters"),),
            )


def _directions_agree(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    """Table 17's stored direction agrees with the linked Form-3 indicator and with B vs A."""
    for pg in report.goal_indicators:
        ind = report.indicator(pg.form3_indicator) if pg.form3_indicator else None
        if ind is not None and ind.direction != pg.direction:
            yield rule.finding(
                Location("strategic", pg.code, "direction"),
                f"Yön farkı: '{ind.name}' Tablo 15'te {DIRECTION_LABELS_TR[ind.direction]}, "
                f"Tablo 17 {pg.code} {DIRECTION_LABELS_TR[pg.direction]}.",
                (Location("form3", ind.code, "direction"),),
            )
        a, b = pg.baseline, pg.target
        if a is None or b is None or a == b:
            continue
        if (pg.direction == Direction.ARTAN) != (b > a):
            yield rule.finding(
                Location("strategic", pg.code, "direction"),
                f"Tablo 17, {pg.code}: yön {DIRECTION_LABELS_TR[pg.direction]} ama hedeflenen "
                f"değer (B = {format_value(b)}) başlangıç değerinin (A = {format_value(a)}) "
                f"{'altında' if b < a else 'üstünde'}.",
                (Location("strategic", pg.code, "target"),),
            )


def _provisional_year_ends(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    for ind in report.indicators:
        if not derived.is_provisional(ind) or ind.provisional_confirmed:
            continue
        empty = ", ".join(f"{q + 1}." for q, v in enumerate(ind.quarters) if v is None)
        yield rule.finding(
            Location("form3", ind.code, "year_end"),
            f"Tablo 15: '{ind.name}' yıl sonu değeri eksik çeyreklerle hesaplandı ({empty} "
            f"çeyrek girilmemiş); değer geçicidir. Durumu, çeyrekler girilene ya da geçici değer "
            f"onaylanana kadar nihai raporda gösterilmez.",
            (Location("form3", ind.code, "quarters"),),
        )


def _form3_reason_given(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    """A miss, or an overshoot above the year's limit, needs a reason: the deviation reason or
    a quarter's assessment. Form-4-only indicators are reported by form4-veri instead."""
    settings = report.settings
    for ind in report.indicators:
        if not ind.in_form3 or not derived.deviation_reason_required(ind, settings):
            continue
        if ind.deviation_reason.strip() or any(a.strip() for a in ind.assessments):
            continue
        res = derived.indicator_result(ind, settings)
        st = res.status
        assert st is not None
        what = ("hedefin altında" if st in (Status.NOT_REACHED, Status.PARTIAL) else
                f"hedefi %{format_value(settings.overshoot_pct)} sınırının üstünde aşmış")
        yield rule.finding(
            Location("form3", ind.code, "deviation_reason"),
            f"Tablo 15: '{ind.name}' {what} ({STATUS_LABELS_TR[st]}"
            + (f", {format_percent(res.ratio_pct, 2)}" if res.ratio_pct is not None else "")
            + ") ama sapmanın nedeni ve değerlendirme yazılmamış (5018 s. Kanun md. 41).",
        )


# --- strategic plan (Tables 6, 17) ---------------------------------------------------------
def _weights_sum_to_100(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    if not table17_entered(report):
        return
    for goal in report.goals:
        pgs = derived.goal_indicators_of(report, goal.code)
        if not pgs:
            continue
        s = derived.weight_sum(report, goal.code)
        if s != 100:
            yield rule.finding(
                Location("strategic", goal.code, "weight"),
                f"Tablo 17, {goal.code}: performans göstergelerinin hedefe etkileri toplamı "
                f"%{format_value(s)}, %100 olmalı.",
                tuple(Location("strategic", pg.code, "weight") for pg in pgs),
            )


def _goals_have_indicators(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    aims = {a.code for a in report.aims}
    for goal in report.goals:
        if goal.aim not in aims:
            yield rule.finding(Location("goals", goal.code),
                               f"Tablo 6: {goal.code} hedefinin amacı ('{goal.aim}') "
                               "tanımlı değil.")
        if not derived.goal_indicators_of(report, goal.code):
            yield rule.finding(
                Location("strategic", goal.code),
                f"Tablo 6'daki {goal.code} hedefinin Tablo 17'de performans göstergesi yok.")
    goals = {g.code for g in report.goals}
    for pg in report.goal_indicators:
        if pg.goal not in goals:
            yield rule.finding(Location("strategic", pg.code),
                               f"Tablo 17: {pg.code} göstergesinin hedefi ('{pg.goal}') Tablo 6'da "
                               f"yok.")


_STOPWORDS = frozenset({"ve", "ile", "bir", "için", "olarak", "başta", "olmak", "üzere",
                        "veya", "da", "de", "bu", "ya"})
_TR_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def _stems(text: str) -> set[str]:
    """Content words of a goal text, cut to their first five letters (a crude Turkish stem:
    'geliştirilmesi' and 'geliştirmek' meet), without stop words and punctuation."""
    words = re.findall(r"\w+", text.translate(_TR_LOWER).lower())
    return {w[:5] for w in words if w not in _STOPWORDS and not w.isdigit()}


def goal_texts_agree(table6: str, table17: str) -> bool:
    """The two wordings name the same goal: at least half of the shorter one's content words
    (by stem) occur in the other. Case, punctuation, word order and the grammatical form
    ('geliştirilmesi' / 'geliştirmek') do not count as a difference."""
    a, b = _stems(table6), _stems(table17)
    if not a or not b:
        return True
    return len(a & b) * 2 >= min(len(a), len(b))


def _goal_texts_match(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    if not table17_entered(report):
        return
    for goal in report.goals:
        if goal.text.strip() and goal.title.strip() and not goal_texts_agree(goal.text,
                                                                             goal.title):
            yield rule.finding(
                Location("strategic", goal.code, "title"),
                f"Hedef metni farkı: {goal.code} Tablo 6'da '{goal.text}', Tablo 17'de "
                f"'{goal.title}'. Aynı hedef iki tabloda farklı anlatılıyor.",
                (Location("goals", goal.code, "text"),),
            )


def _b_equals_a(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    if not table17_entered(report):
        return
    for pg in report.goal_indicators:
        if pg.baseline is not None and pg.baseline == pg.target:
            yield rule.finding(
                Location("strategic", pg.code, "target"),
                f"Tablo 17, {pg.code}: hedeflenen değer (B = {format_value(pg.target)}) başlangıç "
                f"değerine (A) eşit; performans tanımsız (—), hedef puanında 0 sayıldı. "
                f"Göstergeyi gözden geçirin.",
                (Location("strategic", pg.code, "baseline"),),
            )


def _pg_values_present(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    if not table17_entered(report):
        return
    for pg in report.goal_indicators:
        missing = [n for n, v in (("A", pg.baseline), ("B", pg.target), ("C", pg.actual))
                   if v is None]
        if missing:
            yield rule.finding(Location("strategic", pg.code, "actual"),
                               f"Tablo 17, {pg.code}: {', '.join(missing)} değeri girilmemiş; "
                               f"performans hesaplanamıyor.")


def _goal_reason_given(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    if not table17_entered(report):
        return
    for goal in report.goals:
        pgs = derived.goal_indicators_of(report, goal.code)
        if not pgs:
            continue
        score = derived.goal_performance(goal, pgs)
        if score < 1 and not goal.deviation_reason.strip():
            yield rule.finding(
                Location("strategic", goal.code, "deviation_reason"),
                f"Tablo 17, {goal.code}: hedef performansı {format_percent(score * 100, 0)}, "
                f"ama hedefe ilişkin sapmanın nedeni yazılmamış (5018 s. Kanun md. 41).",
            )


# --- texts -----------------------------------------------------------------------------------
def _placeholders_known(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    texts: list[tuple[Location, str, str]] = [
        (Location("narrative", k), NARRATIVE_SECTIONS.get(k, k), t)
        for k, t in report.narratives.items()
    ]
    texts += [(Location("declaration", d.key), d.title, d.text) for d in report.declarations]
    for loc, title, text in texts:
        for name in unknown_in(text):
            yield rule.finding(loc, f"'{title}' metninde bilinmeyen yer tutucu: {{{{{name}}}}}.")


def _narratives_present(rule: Rule, report: ReportYear) -> Iterator[Finding]:
    for key, title in NARRATIVE_SECTIONS.items():
        if not report.narratives.get(key, "").strip():
            yield rule.finding(Location("narrative", key), f"'{title}' bölümü boş.")
    missing: list[tuple[str, str]] = []
    unsigned: list[tuple[str, str]] = []
    for key, title in (("ek1", "EK-1 İç Kontrol Güvence Beyanı"),
                       ("ek2", "EK-2 Mali Hizmetler Birim Yöneticisinin Beyanı")):
        d = next((x for x in report.declarations if x.key == key), None)
        if d is None or not d.text.strip():
            missing.append((key, title))
        elif not (d.signer_name.strip() and d.place.strip() and d.date.strip()):
            unsigned.append((key, title))
    parts = []  # one finding for the annexes (a new year's annexes all lack their date)
    if missing:
        parts.append(" ve ".join(t for _k, t in missing) + " girilmemiş")
    if unsigned:
        parts.append(" ve ".join(t for _k, t in unsigned) + ": imzalayan, yer veya tarih eksik")
    if parts:
        keys = [k for k, _t in missing + unsigned]
        yield rule.finding(Location("declaration", keys[0]), "; ".join(parts) + ".",
                           tuple(Location("declaration", k) for k in keys[1:]))


E, W = Severity.ERROR, Severity.WARNING

RULES: tuple[Rule, ...] = (
    Rule("personel-toplam", E, "Tablo 4 ve Tablo 5 toplamları aynı kapsamın Tablo 3 toplamına "
         "eşit olmalı.", _personnel_totals_agree),
    Rule("birim-toplam", E, "Girilen üst birim değeri, alt birimler de girildiyse onların "
         "toplamına eşit olmalı.", _rollup_conflicts),
    Rule("negatif-sayi", E, "Personel ve envanter sayıları negatif olamaz.", _no_negative_counts),
    Rule("butce-tutarlilik", E, "Tablo 9 toplamları Tablo 10, Tablo 11 ve Şekil 2'deki cari yıl "
         "değerlerine eşit olmalı.", _budget_consistency),
    Rule("harcama-odenek", E, "Tablo 10 ve 11'de gerçekleşme yıl sonu toplam ödeneği "
         "aşmamalı.", _spending_within_appropriation),
    Rule("birim-mukerrer", E, "Tablo 11'de bir birim hem kendi satırında hem üst biriminin "
         "satırında sayılmamalı.", _unit_spending_counted_once),
    Rule("butce-satir", E, "Ödenek ve harcama tutarları geçerli olmalı.", _budget_rows_valid),
    Rule("butce-yillar", W, "Önceki ve sonraki yıl ödenekleri aynı ekonomik kodlarla girilmeli.",
         _budget_years_complete),
    Rule("tanimsiz-referans", E, "Satırlar tanımlı birim, program ve alt programlara bağlı "
         "olmalı.", _spending_units_known),
    Rule("form4-veri", E, "Form-4'teki her göstergenin Form-3'te gerçekleşme verisi olmalı.",
         _form4_has_form3_data),
    Rule("form3-hedef", W, "Form-3 göstergelerinin hedef değeri girilmeli.", _form3_target_present),
    Rule("form3-tablo17", E, "Form-3 ve Tablo 17'de yer alan aynı göstergenin hedefi ve "
         "gerçekleşmesi aynı olmalı.", _form3_vs_table17),
    Rule("gosterge-yonu", E, "Tablo 17 göstergesinin yönü bağlı Form-3 göstergesinin yönüyle "
         "ve B ile A'nın sırasıyla uyumlu olmalı.", _directions_agree),
    Rule("form3-sapma", W, "Hedefin altında kalan ya da aşım sınırının üstünde aşan göstergeler "
         "için sapmanın nedeni yazılmalı.", _form3_reason_given),
    Rule("gecici-deger", W, "Eksik çeyreklerle hesaplanan yıl sonu değerleri geçicidir; "
         "çeyrekler girilmeli ya da geçici değer onaylanmalı.", _provisional_year_ends),
    Rule("agirlik-toplam", E, "Her hedefte gösterge ağırlıklarının toplamı %100 olmalı.",
         _weights_sum_to_100),
    Rule("hedef-gosterge", W, "Tablo 6 ve Tablo 17 aynı hedefleri listelemeli.",
         _goals_have_indicators),
    Rule("hedef-metni", W, "Aynı hedef Tablo 6 ve Tablo 17'de aynı anlamda yazılmalı.",
         _goal_texts_match),
    Rule("b-esit-a", W, "Tablo 17'de hedeflenen değer (B) başlangıç değerine (A) eşit olmamalı.",
         _b_equals_a),
    Rule("pg-deger", W, "Tablo 17 göstergelerinin A, B ve C değerleri girilmeli.",
         _pg_values_present),
    Rule("hedef-sapma", W, "Performansı %100'ün altında kalan hedefler için sapmanın nedeni "
         "yazılmalı.", _goal_reason_given),
    Rule("yer-tutucu", E, "Metinlerdeki yer tutucular tanımlı olmalı.", _placeholders_known),
    Rule("metin-eksik", W, "Raporun tüm metin bölümleri ve ekleri doldurulmalı.",
         _narratives_present),
    Rule("girilmemis", W, "Yılın değerleri girilmemiş tablolar için tek bir not verilir.",
         _not_entered),
)


def run_checks(report: ReportYear, rules: tuple[Rule, ...] = RULES) -> list[Finding]:
    """All findings for a report year, errors first, in rule order."""
    findings = [f for rule in rules for f in rule.check(rule, report)]
    return sorted(findings, key=lambda f: 0 if f.severity == Severity.ERROR else 1)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == Severity.ERROR for f in findings)
