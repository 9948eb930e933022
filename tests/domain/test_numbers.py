"""Turkish number format, parsing that never mis-reads, Turkish casing."""

from decimal import Decimal

import pytest

from faaliyet_desktop.domain.numbers import (
    DASH,
    NumberFormatError,
    format_number,
    format_percent,
    format_value,
    parse_number,
    tr_lower,
    tr_upper,
)


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (Decimal("1234567"), 0, "1.234.567"),
        (Decimal("999"), 0, "999"),
        (Decimal("0"), 0, "0"),
        (Decimal("-1234.5"), 0, "-1.235"),  # half-up, away from zero
        (Decimal("1234.5"), 0, "1.235"),
        (Decimal("1234.4"), 0, "1.234"),
        (Decimal("138188839.455"), 2, "138.188.839,46"),
        (Decimal("-0.4"), 0, "0"),  # never "-0"
        (None, 0, DASH),
    ],
)
def test_format_number(value, decimals, text):
    assert format_number(value, decimals) == text


@pytest.mark.parametrize(
    ("percent", "decimals", "text"),
    [
        (Decimal("94.2139"), 2, "%94,21"),
        (Decimal("99.999"), 2, "%99,99"),  # truncated: %100 only when reached
        (Decimal("99.999"), 0, "%99"),
        (Decimal("100"), 0, "%100"),
        (Decimal("-26.2"), 0, "-%26"),
        (Decimal("-6.25"), 2, "-%6,25"),
        (Decimal("1399.7"), 0, "%1.399"),
        (None, 2, DASH),
    ],
)
def test_format_percent_truncates(percent, decimals, text):
    assert format_percent(percent, decimals) == text


def test_format_value_trims():
    assert format_value(Decimal("1.5000")) == "1,5"
    assert format_value(Decimal("-1.31")) == "-1,31"
    assert format_value(Decimal("913719")) == "913.719"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234", "1234"),
        ("1.234", "1234"),
        ("1.234.567", "1234567"),
        ("1234,5", "1234.5"),
        ("1.234,5", "1234.5"),
        ("-3,17", "-3.17"),
        ("%94,21", "94.21"),
        (" 12 345 ", "12345"),
    ],
)
def test_parse_turkish(text, value):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1,234.5", "1.5", "1.23", "12a", "", "1,2,3", "abc", "1..2"])
def test_parse_refuses_what_could_be_misread(text):
    with pytest.raises(NumberFormatError) as exc:
        parse_number(text)
    assert str(exc.value)  # a Turkish message


def test_parse_english_format_names_the_fix():
    with pytest.raises(NumberFormatError, match="virgül"):
        parse_number("1,234.5")


def test_parse_constraints():
    with pytest.raises(NumberFormatError, match="negatif"):
        parse_number("-5", allow_negative=False)
    with pytest.raises(NumberFormatError, match="tam sayı"):
        parse_number("5,5", integer=True)


def test_turkish_casing():
    assert tr_upper("insan kaynakları") == "İNSAN KAYNAKLARI"
    assert tr_upper("iç kontrol ılık") == "İÇ KONTROL ILIK"
    assert tr_lower("İZMİR IĞDIR") == "izmir ığdır"
    assert "i".upper() == "I"  # why tr_upper exists
