"""Every derived figure of the report, computed once, exactly, with Decimal.

Forms, Excel export, the PDF report, the dump and the checks all call these functions; no
other module computes a total, a percentage, a status or a performance.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, localcontext

from .model import (
    EDUCATION_LEVELS,
    EMPLOYMENT_TYPES,
    GENDERS,
    Activity,
    Aggregation,
    BudgetLine,
    Direction,
    Goal,
    GoalIndicator,
    Indicator,
    ReportYear,
    Scope,
    Status,
    UnitSpending,
    YearSettings,
)
from .numbers import format_value

ZERO = Decimal(0)
HUNDRED = Decimal(100)


# --- elementary formulas ------------------------------------------------------------------
def ratio(numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    """numerator / denominator, exact to 40 digits; None when undefined (zero denominator)."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 40
        return Decimal(numerator) / Decimal(denominator)


def percent(numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    """numerator / denominator × 100; None when the denominator is 0 (shown as ``—``)."""
    r = ratio(numerator, denominator)
    return None if r is None else r * HUNDRED


def increase_percent(old: Decimal | None, new: Decimal | None) -> Decimal | None:
    """(new − old) / old × 100 (Tables 7, 13)."""
    if old is None or new is None:
        return None
    return percent(new - old, old)


DEFAULT_SETTINGS = YearSettings()


def status_of(ratio_value: Decimal | None, settings: YearSettings | None = None
              ) -> Status | None:
    """Status from the exact ratio (not a rounded one) and the year's thresholds
    (defaults: < 80 %, < 100 %, = 100 %, > 100 %)."""
    if ratio_value is None:
        return None
    s = settings or DEFAULT_SETTINGS
    pct = ratio_value * HUNDRED
    if pct < s.partial_pct:
        return Status.NOT_REACHED
    if pct < s.reached_pct:
        return Status.PARTIAL
    if pct == s.reached_pct:
        return Status.REACHED
    return Status.EXCEEDED


def total(values: Iterable[Decimal | int | None]) -> Decimal | None:
    """Sum of the entered values; None when nothing is entered."""
    present = [Decimal(v) for v in values if v is not None]
    return sum(present, ZERO) if present else None


# --- budget (Tables 7-9, 12, 13, Şekil 2) -------------------------------------------------
def total_appropriation(line: BudgetLine) -> Decimal:
    """Toplam ödenek = KBÖ + eklenen − düşülen."""
    return line.kbo + (line.added or ZERO) - (line.deducted or ZERO)


def remaining(line: BudgetLine) -> Decimal:
    """Kalan = toplam ödenek − harcama."""
    return total_appropriation(line) - (line.spending or ZERO)


def realisation_percent(line: BudgetLine) -> Decimal | None:
    """Gerçekleşme % = harcama / toplam ödenek × 100."""
    return percent(line.spending or ZERO, total_appropriation(line))


@dataclass(frozen=True)
class BudgetRow:
    code: str
    name: str
    kbo: Decimal
    added: Decimal
    deducted: Decimal
    total_appropriation: Decimal
    spending: Decimal
    remaining: Decimal
    realisation_pct: Decimal | None
    share_pct: Decimal | None  # of the year's KBÖ total (Table 8)


@dataclass(frozen=True)
class ComparisonRow:
    code: str
    name: str
    old: Decimal | None
    new: Decimal | None
    increase_pct: Decimal | None


def budget_rows(report: ReportYear, fiscal_year: int) -> list[BudgetRow]:
    names = {c.code: c.name for c in report.economic_codes}
    lines = report.budget(fiscal_year)
    kbo_total = sum((b.kbo for b in lines), ZERO)
    return [
        BudgetRow(
            code=b.code,
            name=names.get(b.code, b.code),
            kbo=b.kbo,
            added=b.added or ZERO,
            deducted=b.deducted or ZERO,
            total_appropriation=total_appropriation(b),
            spending=b.spending or ZERO,
            remaining=remaining(b),
            realisation_pct=realisation_percent(b),
            share_pct=percent(b.kbo, kbo_total),
        )
        for b in lines
    ]


def budget_total(rows: list[BudgetRow], code: str = "TOPLAM") -> BudgetRow:
    kbo = sum((r.kbo for r in rows), ZERO)
    tot = sum((r.total_appropriation for r in rows), ZERO)
    spend = sum((r.spending for r in rows), ZERO)
    return BudgetRow(
        code=code,
        name="Toplam",
        kbo=kbo,
        added=sum((r.added for r in rows), ZERO),
        deducted=sum((r.deducted for r in rows), ZERO),
        total_appropriation=tot,
        spending=spend,
        remaining=tot - spend,
        realisation_pct=percent(spend, tot),
        share_pct=percent(kbo, kbo) if kbo else None,
    )


def comparison_rows(report: ReportYear, old_year: int, new_year: int) -> list[ComparisonRow]:
    """Tables 7 and 13: KBÖ of two fiscal years per economic code, with the increase."""
    old = {b.code: b.kbo for b in report.budget(old_year)}
    new = {b.code: b.kbo for b in report.budget(new_year)}
    codes = [c.code for c in sorted(report.economic_codes, key=lambda c: (c.order, c.code))]
    codes += sorted((set(old) | set(new)) - set(codes))
    names = {c.code: c.name for c in report.economic_codes}
    rows = [
        ComparisonRow(c, names.get(c, c), old.get(c), new.get(c),
                      increase_percent(old.get(c), new.get(c)))
        for c in codes
        if c in old or c in new
    ]
    o, n = total(r.old for r in rows), total(r.new for r in rows)
    rows.append(ComparisonRow("TOPLAM", "Toplam", o, n, increase_percent(o, n)))
    return rows


@dataclass(frozen=True)
class SpendingRate:
    year: int
    total_appropriation: Decimal
    spending: Decimal
    rate_pct: Decimal | None


def spending_rates(report: ReportYear) -> list[SpendingRate]:
    """Şekil 2: spending / total appropriation per year."""
    return [
        SpendingRate(s.year, s.total_appropriation, s.spending,
                     percent(s.spending, s.total_appropriation))
        for s in sorted(report.spending_history, key=lambda s: s.year)
    ]


# --- programs and units (Tables 10, 11) ---------------------------------------------------
@dataclass(frozen=True)
class SpendingRow:
    """A row of Table 10 or 11: level 0 = program / grand total, 1 = alt program, 2 = activity.
    A figure is None when nothing below it is entered (not entered is not 0)."""

    key: str
    name: str
    level: int
    kbo: Decimal | None
    total_appropriation: Decimal | None
    realisation: Decimal | None
    pct_of_kbo: Decimal | None
    pct_of_total: Decimal | None


def _spending_row(key: str, name: str, level: int, kbo: Decimal | None,
                  tot: Decimal | None, real: Decimal | None) -> SpendingRow:
    return SpendingRow(key, name, level, kbo, tot, real, percent(real, kbo), percent(real, tot))


def _sums(rows: Iterable[SpendingRow | Activity | UnitSpending]
          ) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    items = list(rows)
    return (total(r.kbo for r in items), total(r.total_appropriation for r in items),
            total(r.realisation for r in items))


def activity_rows(report: ReportYear) -> list[SpendingRow]:
    """Table 10: program → alt program → activity, with roll-ups and the grand total last."""
    rows: list[SpendingRow] = []
    program_rows: list[SpendingRow] = []
    for prog in sorted(report.programs, key=lambda p: (p.order, p.code)):
        subs = sorted((s for s in report.subprograms if s.program == prog.code),
                      key=lambda s: (s.order, s.code))
        sub_rows: list[SpendingRow] = []
        sub_totals: list[SpendingRow] = []
        for sub in subs:
            acts = sorted((a for a in report.activities if a.subprogram == sub.code),
                          key=lambda a: (a.order, a.code))
            sub_row = _spending_row(sub.code, sub.name, 1, *_sums(acts))
            sub_totals.append(sub_row)
            sub_rows.append(sub_row)
            sub_rows.extend(_spending_row(a.code, a.name, 2, a.kbo, a.total_appropriation,
                                          a.realisation) for a in acts)
        prog_row = _spending_row(prog.code, prog.name, 0, *_sums(sub_totals))
        program_rows.append(prog_row)
        rows.append(prog_row)
        rows.extend(sub_rows)
    rows.append(_spending_row("GENEL_TOPLAM", "Genel Toplam", 0, *_sums(program_rows)))
    return rows


def unit_spending_rows(report: ReportYear) -> list[SpendingRow]:
    """Table 11: one row per spending unit and the grand total last."""
    names = {u.code: u.name for u in report.units}
    rows = [
        _spending_row(us.unit, names.get(us.unit, us.unit), 1, us.kbo, us.total_appropriation,
                      us.realisation)
        for us in sorted(report.unit_spending, key=lambda u: (u.order, u.unit))
    ]
    rows.append(_spending_row("GENEL_TOPLAM", "Genel Toplam", 0, *_sums(rows)))
    return rows


# --- unit tree roll-up (Tables 2-5) -------------------------------------------------------
@dataclass(frozen=True)
class RollupConflict:
    unit: str
    typed: Decimal
    from_children: Decimal


def rollup(report: ReportYear, typed: Mapping[str, Decimal | int | None]
           ) -> tuple[dict[str, Decimal | None], list[RollupConflict]]:
    """Values for every unit of the tree: a unit's own typed value where it has one, else the
    sum of its children's values (None where nothing below is entered). Where both a typed
    value and children's data exist and disagree, a conflict is reported (typed value wins)."""
    children: dict[str | None, list[str]] = {}
    for u in report.units:
        children.setdefault(u.parent, []).append(u.code)
    result: dict[str, Decimal | None] = {}
    conflicts: list[RollupConflict] = []

    def visit(code: str) -> Decimal | None:
        below = [visit(c) for c in children.get(code, [])]
        from_children = total(below)
        own = typed.get(code)
        value: Decimal | None
        if own is not None:
            value = Decimal(own)
            if from_children is not None and from_children != value:
                conflicts.append(RollupConflict(code, value, from_children))
        else:
            value = from_children
        result[code] = value
        return value

    for root in children.get(None, []):
        visit(root)
    for code, v in typed.items():  # values of units missing from the tree still count as typed
        result.setdefault(code, None if v is None else Decimal(v))
    return result, conflicts


PERSONNEL_GROUPS: dict[str, dict[str, str]] = {
    "employment": EMPLOYMENT_TYPES,
    "gender": GENDERS,
    "education": EDUCATION_LEVELS,
}


@dataclass
class PersonnelTable:
    """Tables 3/4/5 for a unit tree: per unit, per category, rolled up; row totals."""

    group: str
    values: dict[str, dict[str, Decimal | None]] = field(default_factory=dict)  # cat → unit → v
    conflicts: list[tuple[str, RollupConflict]] = field(default_factory=list)

    def value(self, unit: str, category: str) -> Decimal | None:
        return self.values.get(category, {}).get(unit)

    def row_total(self, unit: str) -> Decimal | None:
        return total(self.value(unit, c) for c in PERSONNEL_GROUPS[self.group])


def personnel_table(report: ReportYear, group: str) -> PersonnelTable:
    table = PersonnelTable(group)
    for cat in PERSONNEL_GROUPS[group]:
        typed = {p.unit: getattr(p, group).get(cat) for p in report.personnel
                 if cat in getattr(p, group)}
        values, conflicts = rollup(report, typed)
        table.values[cat] = values
        table.conflicts.extend((cat, c) for c in conflicts)
    return table


def scope_codes(report: ReportYear) -> dict[str, str]:
    """Codes of the rows Tables 3-5 print: Merkez, Taşra and the institution total."""
    out: dict[str, str] = {}
    for scope in Scope:
        u = report.scope_unit(scope)
        if u:
            out[scope.value] = u.code
    root = report.root_unit()
    if root:
        out["toplam"] = root.code
    return out


def it_totals(report: ReportYear) -> dict[str, dict[str, Decimal | None]]:
    """Table 2: item → unit → count, rolled up the unit tree."""
    out = {}
    for item in report.it_items:
        typed = {c.unit: Decimal(c.count) for c in report.it_counts if c.item == item.code}
        out[item.code], _ = rollup(report, typed)
    return out


def it_conflicts(report: ReportYear) -> list[tuple[str, RollupConflict]]:
    found: list[tuple[str, RollupConflict]] = []
    for item in report.it_items:
        typed = {c.unit: Decimal(c.count) for c in report.it_counts if c.item == item.code}
        found.extend((item.code, c) for c in rollup(report, typed)[1])
    return found


# --- Form-3 / Form-4 (Tables 15, 16) ------------------------------------------------------
def _typed_year_end(ind: Indicator) -> bool:
    """The year-end value is typed: a pooled ratio, or a Form-4-only indicator (no quarters)."""
    return ind.aggregation == Aggregation.TYPED or not ind.in_form3


def year_end_value(ind: Indicator) -> Decimal | None:
    """Year-end value by the indicator's aggregation rule; None when nothing is entered."""
    if _typed_year_end(ind):
        return ind.typed_year_end
    entered = [q for q in ind.quarters if q is not None]
    if not entered:
        return None
    if ind.aggregation == Aggregation.SUM:
        return sum(entered, ZERO)
    if ind.aggregation == Aggregation.LAST:
        return entered[-1]
    with localcontext() as ctx:
        ctx.prec = 40
        return sum(entered, ZERO) / len(entered)


def is_provisional(ind: Indicator) -> bool:
    """A year-end value exists but a quarter of a Form-3 indicator is empty: the value is
    provisional (sum/average of fewer quarters, an earlier quarter as 'last', or a pooled
    figure typed before the year's monitoring is complete)."""
    if not ind.in_form3 or year_end_value(ind) is None:
        return False
    return any(q is None for q in ind.quarters)


def _ratio_and_status(ind: Indicator, settings: YearSettings | None
                      ) -> tuple[Decimal | None, Status | None]:
    ye, target = year_end_value(ind), ind.target
    if ind.direction == Direction.AZALAN:
        if ye is None or target is None:
            return None, None
        if ye == 0:  # nothing left of what should decrease: the best possible outcome
            return None, (Status.REACHED if target == 0 else Status.EXCEEDED)
        r = ratio(target, ye)
    else:
        r = ratio(ye, target)
    return r, status_of(r, settings)


def realisation_ratio(ind: Indicator) -> Decimal | None:
    """Direction-aware ratio (a fraction; 1 = 100 %): year-end / target for ``artan``,
    target / year-end for ``azalan``; None when undefined (shown as ``—``)."""
    return _ratio_and_status(ind, None)[0]


def indicator_status(ind: Indicator, settings: YearSettings | None = None) -> Status | None:
    """The status the report prints: None while the year-end is provisional and unconfirmed."""
    return indicator_result(ind, settings).final_status


@dataclass(frozen=True)
class IndicatorResult:
    code: str
    year_end: Decimal | None
    ratio_pct: Decimal | None
    status: Status | None  # from the figures as they stand (provisional or not)
    provisional: bool = False  # year-end from incomplete quarters
    final_status: Status | None = None  # status for the final report (None: not final yet)


def indicator_result(ind: Indicator, settings: YearSettings | None = None) -> IndicatorResult:
    r, st = _ratio_and_status(ind, settings)
    provisional = is_provisional(ind)
    final = st if (not provisional or ind.provisional_confirmed) else None
    return IndicatorResult(ind.code, year_end_value(ind), None if r is None else r * HUNDRED,
                           st, provisional, final)


def status_legend(settings: YearSettings | None = None) -> str:
    """The status thresholds of the year as one Turkish line (the report's legend)."""
    s = settings or DEFAULT_SETTINGS
    lo, hi = format_value(s.partial_pct), format_value(s.reached_pct)
    return (f"Gerçekleşme durumu: oran < %{lo} Ulaşılamadı; %{lo} ≤ oran < %{hi} Kısmen "
            f"Ulaşıldı; oran = %{hi} Ulaşıldı; oran > %{hi} Aşıldı. Azalan göstergelerde oran "
            f"= hedef / yıl sonu. Çeyreği eksik yıl sonu değerlerinin durumu onaylanana kadar "
            f"\"geçici\" yazılır. Hedeften sapma ve %{format_value(s.overshoot_pct)} "
            f"üzerindeki aşım için neden yazılır.")


def deviation_reason_required(ind: Indicator, settings: YearSettings | None = None) -> bool:
    """5018 art. 41: a miss (Ulaşılamadı, Kısmen Ulaşıldı) or an overshoot above the year's
    limit (default 120 %) needs a reason. An azalan indicator brought to 0 counts as above."""
    s = settings or DEFAULT_SETTINGS
    r, st = _ratio_and_status(ind, s)
    if st in (Status.NOT_REACHED, Status.PARTIAL):
        return True
    if st == Status.EXCEEDED:
        return r is None or r * HUNDRED > s.overshoot_pct
    return False


# --- Table 17 ----------------------------------------------------------------------------
def pg_performance(pg: GoalIndicator) -> Decimal | None:
    """(C − A) / (B − A) clamped to 0..1. None when B = A or a value is missing."""
    a, b, c = pg.baseline, pg.target, pg.actual
    if a is None or b is None or c is None or b == a:
        return None
    r = ratio(c - a, b - a)
    assert r is not None
    return min(max(r, ZERO), Decimal(1))


def goal_performance(goal: Goal, indicators: Iterable[GoalIndicator]) -> Decimal:
    """Σ weight × PG performance (as a fraction); an undefined PG counts as 0."""
    score = ZERO
    for pg in indicators:
        if pg.goal != goal.code:
            continue
        perf = pg_performance(pg)
        score += (pg.weight / HUNDRED) * (perf if perf is not None else ZERO)
    return score


def goal_indicators_of(report: ReportYear, goal_code: str) -> list[GoalIndicator]:
    return sorted((g for g in report.goal_indicators if g.goal == goal_code),
                  key=lambda g: (g.order, g.code))


def weight_sum(report: ReportYear, goal_code: str) -> Decimal:
    return sum((pg.weight for pg in report.goal_indicators if pg.goal == goal_code), ZERO)
