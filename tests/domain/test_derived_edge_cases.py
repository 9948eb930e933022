"""The edge-case decisions of DOMAIN.md, one test each."""

from decimal import Decimal as D

import pytest

from faaliyet_desktop.domain import derived
from faaliyet_desktop.domain.model import (
    Aggregation,
    BudgetLine,
    Goal,
    GoalIndicator,
    Indicator,
    Institution,
    PersonnelRecord,
    ReportYear,
    Status,
    Unit,
    UnitKind,
)
from faaliyet_desktop.domain.numbers import format_percent


def pg(a, b, c, weight="100", code="PG1"):
    return GoalIndicator(code=code, goal="H1", name="x", weight=D(weight),
                         baseline=None if a is None else D(a), target=None if b is None else D(b),
                         actual=None if c is None else D(c))


@pytest.mark.parametrize(
    ("a", "b", "c", "expected"),
    [
        ("200000", "405000", "444434", D(1)),  # above target → 100 %
        ("100", "200", "150", D("0.5")),
        ("100", "200", "50", D(0)),  # C on the wrong side of A → 0 %
        ("100", "50", "75", D("0.5")),  # a goal to decrease: B below A
        ("100", "50", "120", D(0)),  # decreasing goal, C moved the wrong way
        ("100", "100", "150", None),  # B = A → undefined
        (None, "100", "150", None),
    ],
)
def test_pg_performance(a, b, c, expected):
    assert derived.pg_performance(pg(a, b, c)) == expected


def test_goal_performance_counts_undefined_as_zero():
    goal = Goal(code="H1", aim="A1", text="t")
    pgs = [pg("0", "100", "100", "60", "P1"), pg("5", "5", "9", "40", "P2")]
    assert derived.goal_performance(goal, pgs) == D("0.6")


def test_goal_performance_uses_weights_even_if_they_do_not_sum_to_100():
    goal = Goal(code="H1", aim="A1", text="t")
    pgs = [pg("0", "100", "100", "40", "P1"), pg("0", "10", "10", "40", "P2")]
    assert derived.goal_performance(goal, pgs) == D("0.8")


@pytest.mark.parametrize(
    ("year_end", "target", "status"),
    [
        ("79.999", "100", Status.NOT_REACHED),
        ("80", "100", Status.PARTIAL),
        ("99.9999", "100", Status.PARTIAL),  # shown %99,99 — never %100 when not reached
        ("100", "100", Status.REACHED),
        ("100.0001", "100", Status.EXCEEDED),  # shown %100,00 but status from the exact ratio
        ("-1.31", "5", Status.NOT_REACHED),
    ],
)
def test_status_from_exact_ratio(year_end, target, status):
    r = derived.ratio(D(year_end), D(target))
    assert derived.status_of(r) == status


def test_displayed_100_means_reached():
    r = derived.percent(D("99.9999"), D("100"))
    assert format_percent(r, 2) == "%99,99"
    assert format_percent(derived.percent(D("100.0001"), D("100")), 2) == "%100,00"


def test_zero_denominator_is_undefined():
    assert derived.percent(D(5), D(0)) is None
    assert derived.ratio(D(0), D(0)) is None
    assert format_percent(derived.percent(D(5), D(0))) == "—"
    assert derived.increase_percent(D(0), D(10)) is None


def ind(agg, quarters, typed=None, target="10"):
    return Indicator(code="I", subprogram="S", name="n", target=D(target),
                     quarters=[None if q is None else D(q) for q in quarters],
                     aggregation=agg, typed_year_end=None if typed is None else D(typed))


@pytest.mark.parametrize(
    ("agg", "quarters", "typed", "year_end"),
    [
        (Aggregation.SUM, ["371527", "324473", "529737", "651532"], None, D("1877269")),
        (Aggregation.LAST, ["1009440", "974165", "902660", "913719"], None, D("913719")),
        (Aggregation.LAST, ["5", "7", None, None], None, D(7)),  # mid-year: last entered
        (Aggregation.AVERAGE, ["100", "90", "80", "70"], None, D(85)),
        (Aggregation.TYPED, ["13.95", "24.56", "18.91", "16.67"], "18.99", D("18.99")),
        (Aggregation.SUM, [None, None, None, None], None, None),
        (Aggregation.SUM, ["-3.17", "-0.21", "0.22", "1.85"], None, D("-1.31")),
    ],
)
def test_year_end_by_aggregation(agg, quarters, typed, year_end):
    assert derived.year_end_value(ind(agg, quarters, typed)) == year_end


def test_indicator_without_data_has_no_status():
    i = ind(Aggregation.SUM, [None] * 4)
    assert derived.indicator_status(i) is None


def test_indicator_zero_target_has_no_ratio():
    i = ind(Aggregation.SUM, ["1", "2", None, None], target="0")
    assert derived.realisation_ratio(i) is None


def test_budget_line_formulas():
    line = BudgetLine(2024, "6", D("345000000"), D("5884689329"), D("1491058316"),
                      D("3332055088"))
    assert derived.total_appropriation(line) == D("4738631013")
    assert derived.remaining(line) == D("1406575925")
    assert format_percent(derived.realisation_percent(line)) == "%70,31"


def tree_report(personnel):
    units = [
        Unit("K", "Kurum", UnitKind.INSTITUTION),
        Unit("MERKEZ", "Merkez", UnitKind.SCOPE, "K"),
        Unit("TASRA", "Taşra", UnitKind.SCOPE, "K"),
        Unit("IL01", "Adana", UnitKind.PROVINCIAL, "TASRA"),
        Unit("IL02", "Adıyaman", UnitKind.PROVINCIAL, "TASRA"),
    ]
    return ReportYear(2024, Institution("X"), units=units, personnel=personnel)


def test_rollup_sums_units_and_uses_typed_aggregates():
    r = tree_report([
        PersonnelRecord("MERKEZ", employment={"dolu_kadro": 10}),
        PersonnelRecord("IL01", employment={"dolu_kadro": 3}),
        PersonnelRecord("IL02", employment={"dolu_kadro": 4}),
    ])
    t = derived.personnel_table(r, "employment")
    assert t.value("TASRA", "dolu_kadro") == 7
    assert t.value("K", "dolu_kadro") == 17
    assert t.value("K", "sozlesmeli") is None  # nothing entered is not zero
    assert t.row_total("K") == 17
    assert not t.conflicts


def test_rollup_conflict_when_typed_and_units_disagree():
    r = tree_report([
        PersonnelRecord("TASRA", employment={"dolu_kadro": 8}),
        PersonnelRecord("IL01", employment={"dolu_kadro": 3}),
        PersonnelRecord("IL02", employment={"dolu_kadro": 4}),
    ])
    t = derived.personnel_table(r, "employment")
    assert t.value("TASRA", "dolu_kadro") == 8  # the typed figure is what was reported
    assert [(c.unit, c.typed, c.from_children) for _, c in t.conflicts] == [("TASRA", 8, 7)]


def test_comparison_increase():
    r = ReportYear(2024, Institution("X"), budget_lines=[
        BudgetLine(2023, "7", D("25600000")), BudgetLine(2024, "7", D("24000000"))])
    rows = derived.comparison_rows(r, 2023, 2024)
    assert rows[0].increase_pct == D("-6.25")
    assert rows[-1].code == "TOPLAM"
