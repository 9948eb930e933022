"""Fuzzing the Turkish numbers and the derived figures: any input, a result or a clear error."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from faaliyet_desktop.domain import derived
from faaliyet_desktop.domain.model import BudgetLine, Goal, GoalIndicator, Status
from faaliyet_desktop.domain.numbers import (
    DASH,
    NumberFormatError,
    format_number,
    format_percent,
    parse_number,
)

from .counts import COUNTS

TYPED = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="0123456789.,-+% \u00a0", max_size=20),
    st.from_regex(r"\A-?\d{1,3}(\.\d{3}){0,4}(,\d{1,6})?\Z"),
)
AMOUNTS = st.decimals(min_value=Decimal("-1e26"), max_value=Decimal("1e26"), places=2,
                      allow_nan=False, allow_infinity=False)
# beyond any real figure, but within the 28 significant digits of Python's default context
ANY_FINITE = st.decimals(allow_nan=False, allow_infinity=False, min_value=Decimal("-1e24"),
                         max_value=Decimal("1e24"))
OPTIONAL = st.none() | ANY_FINITE


def _ambiguous(text: str) -> bool:
    """The parser's stated ambiguity: ``2,000`` (one comma, three digits after it, 1-3 before
    it not starting with 0, no dot) reads 2000 in English and 2 in Turkish."""
    whole, _, frac = text.lstrip("-%").partition(",")
    return "." not in whole and len(frac) == 3 and len(whole) <= 3 and not whole.startswith("0")


def _count(name: str) -> None:
    COUNTS[f"fuzzed inputs ({name})"] += 1
    COUNTS["fuzzed inputs (total)"] += 1


@given(TYPED, st.booleans(), st.booleans())
def test_parse_gives_a_number_or_a_turkish_error(text: str, negative: bool,
                                                 integer: bool) -> None:
    _count("numbers")
    try:
        value = parse_number(text, allow_negative=negative, integer=integer)
    except NumberFormatError as exc:
        assert str(exc)  # a message for the user
        return
    assert value.is_finite()
    assert negative or value >= 0
    assert not integer or value == value.to_integral_value()


@given(AMOUNTS, st.integers(0, 4))
def test_format_then_parse_gives_the_rounded_value_back(value: Decimal, decimals: int) -> None:
    _count("numbers")
    text = format_number(value, decimals)
    assert "." not in text.split(",")[0] or all(len(g) == 3 for g in text.lstrip("-")
                                                 .split(",")[0].split(".")[1:])
    with localcontext(prec=100):
        rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if _ambiguous(text):
        with pytest.raises(NumberFormatError, match="iki türlü"):
            parse_number(text)
        return
    assert parse_number(text) == rounded


@given(OPTIONAL, st.integers(0, 3))
def test_percent_is_truncated_toward_zero_with_the_sign_first(value: Decimal | None,
                                                              decimals: int) -> None:
    _count("numbers")
    text = format_percent(value, decimals)
    if value is None:
        assert text == DASH
        return
    assert text.startswith(("%", "-%"))
    with localcontext(prec=100):
        cut = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_DOWN)
    if _ambiguous(text):
        with pytest.raises(NumberFormatError, match="iki türlü"):
            parse_number(text.replace("%", ""))
        return
    assert parse_number(text.replace("%", "")) == cut


@given(OPTIONAL, OPTIONAL)
def test_ratio_percent_and_status_are_defined_or_none(a: Decimal | None,
                                                       b: Decimal | None) -> None:
    _count("derived")
    r = derived.ratio(a, b)
    if a is None or b is None or b == 0:
        assert r is None and derived.percent(a, b) is None
        assert derived.status_of(r) is None
        return
    assert r is not None
    with localcontext(prec=100):
        assert abs(r * b - a) <= abs(a) * Decimal("1e-30")  # exact to 40 digits
    status = derived.status_of(r)
    expected = (Status.NOT_REACHED if r < Decimal("0.8") else Status.PARTIAL if r < 1
                else Status.REACHED if r == 1 else Status.EXCEEDED)
    assert status == expected
    inc = derived.increase_percent(b, a)
    assert inc is not None and inc == derived.percent(a - b, b)


@given(AMOUNTS, st.none() | AMOUNTS, st.none() | AMOUNTS, st.none() | AMOUNTS)
def test_budget_identities(kbo: Decimal, added: Decimal | None, deducted: Decimal | None,
                           spending: Decimal | None) -> None:
    _count("derived")
    line = BudgetLine(2024, "01", kbo, added, deducted, spending)
    total = derived.total_appropriation(line)
    assert total == kbo + (added or 0) - (deducted or 0)
    assert derived.remaining(line) == total - (spending or 0)
    pct = derived.realisation_percent(line)
    assert (pct is None) == (total == 0)


@given(st.lists(st.tuples(st.decimals(0, 100, places=2), OPTIONAL, OPTIONAL, OPTIONAL),
                max_size=6))
def test_goal_performance_stays_within_its_weights(pgs: list[tuple[Decimal, Decimal | None,
                                                                   Decimal | None,
                                                                   Decimal | None]]) -> None:
    _count("derived")
    indicators = [GoalIndicator(f"PG{i}", "H1", "x", w, a, b, c)
                  for i, (w, a, b, c) in enumerate(pgs)]
    for pg in indicators:
        perf = derived.pg_performance(pg)
        undefined = None in (pg.baseline, pg.target, pg.actual) or pg.baseline == pg.target
        assert (perf is None) == undefined
        assert perf is None or 0 <= perf <= 1
    score = derived.goal_performance(Goal("H1", "A1", "hedef"), indicators)
    assert 0 <= score <= sum((pg.weight for pg in indicators), Decimal(0)) / 100
