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


# --- one parser, one rule per kind of figure (issue 10) -------------------------------------
from faaliyet_desktop.domain.numbers import (  # noqa: E402
    AMOUNT,
    COUNT,
    HEAD_COUNT,
    INDICATOR_VALUE,
    WEIGHT,
    YEAR,
    NumberRule,
    editable_text,
    read_number,
)


@pytest.mark.parametrize("text", ["2,000", "1,000", "1,500", "12,500", "-1,250", "%1,125",
                                  " 999,999 "])
def test_english_thousands_are_ambiguous_and_refused(text):
    with pytest.raises(NumberFormatError, match="iki türlü okunabilir") as exc:
        parse_number(text)
    for rule in (COUNT, AMOUNT, INDICATOR_VALUE):
        fragment = "yüzde" if "%" in text and not rule.percent_ok else "iki türlü okunabilir"
        with pytest.raises(NumberFormatError, match=fragment):
            read_number(text, rule)
    message = str(exc.value)
    assert text.strip() in message


def test_the_ambiguity_message_names_both_readings():
    with pytest.raises(NumberFormatError) as exc:
        parse_number("2,000")
    assert "2.000" in str(exc.value) and " 2 " in str(exc.value) + " "
    with pytest.raises(NumberFormatError) as exc:
        parse_number("1,500")
    assert "1.500" in str(exc.value) and "1,5" in str(exc.value)


@pytest.mark.parametrize(("text", "value"), [
    ("0,125", "0.125"),  # a leading zero group is never English grouping
    ("1234,567", "1234.567"),  # four digits before the comma: no English grouping
    ("1.234,567", "1234.567"),  # a dot makes it Turkish
    ("1,25", "1.25"),
    ("1,2500", "1.25"),
    ("1 234", "1234"),  # a space groups thousands, like the dot
    ("12 345 678", "12345678"),
    ("1\u00a0234,5", "1234.5"),
    ("1\u202f234", "1234"),
    ("+7", "7"),
])
def test_unambiguous_forms_are_read(text, value):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1e3", "1E3", "12 5", "1 23", "1.234 567", "1,5 0", "١٢",
                                  "²", "0x10", "1_000", "inf", "NaN", "−5", "1,234,567"])
def test_other_misreadable_forms_are_refused(text):
    with pytest.raises(NumberFormatError) as exc:
        parse_number(text)
    assert str(exc.value)


def test_scientific_notation_says_what_to_write():
    with pytest.raises(NumberFormatError, match="bir sayı değil") as exc:
        parse_number("1e3")
    assert "1.000" in str(exc.value)  # an example of the right form


@pytest.mark.parametrize(("text", "rule", "fragment"), [
    ("12,5", HEAD_COUNT, "tam sayı bekleniyor"),
    ("-100", HEAD_COUNT, "negatif sayı girilemez"),
    ("-100", AMOUNT, "negatif tutar girilemez"),
    ("100001", HEAD_COUNT, "olağan dışı büyük"),
    ("1000001", COUNT, "olağan dışı büyük"),
    ("12345678901234567890", COUNT, "olağan dışı büyük"),
    ("12345678901234567890", AMOUNT, "olağan dışı büyük"),
    ("12345678901234567890", INDICATOR_VALUE, "olağan dışı büyük"),
    ("10.000.000.000.001", AMOUNT, "olağan dışı büyük"),
    ("1,234", AMOUNT, "iki türlü"),
    ("1,2345", AMOUNT, "en çok 2 ondalık"),
    ("1,23456", INDICATOR_VALUE, "en çok 4 ondalık"),
    ("100,01", WEIGHT, "olağan dışı büyük"),
    ("%5", COUNT, "yüzde"),
    ("1800", YEAR, "1900 ile 2100 arasında"),
    ("2200", YEAR, "1900 ile 2100 arasında"),
    ("", COUNT, "girilmedi"),
])
def test_rules_refuse_with_a_reason(text, rule, fragment):
    with pytest.raises(NumberFormatError, match=fragment):
        read_number(text, rule)


def test_the_limits_are_data_in_the_domain():
    assert (COUNT.maximum, COUNT.decimals, COUNT.allow_negative) == (1_000_000, 0, False)
    assert (HEAD_COUNT.maximum, HEAD_COUNT.decimals) == (100_000, 0)
    assert (AMOUNT.maximum, AMOUNT.decimals, AMOUNT.allow_negative) == (Decimal("1e13"), 2,
                                                                        False)
    assert (INDICATOR_VALUE.maximum, INDICATOR_VALUE.decimals,
            INDICATOR_VALUE.allow_negative) == (Decimal("1e13"), 4, True)
    assert isinstance(COUNT, NumberRule)


@pytest.mark.parametrize(("text", "rule", "value"), [
    ("1.234", COUNT, Decimal(1234)),
    ("1 234", HEAD_COUNT, Decimal(1234)),
    ("12,50", AMOUNT, Decimal("12.5")),
    ("12,00", AMOUNT, Decimal(12)),
    ("10.000.000.000.000", AMOUNT, Decimal("1e13")),
    ("-3,17", INDICATOR_VALUE, Decimal("-3.17")),
    ("%94,2100", INDICATOR_VALUE, Decimal("94.21")),
    ("1,00000000000000000000000000000000", INDICATOR_VALUE, Decimal(1)),
])
def test_rules_store_exactly_what_was_meant(text, rule, value):
    got = read_number(text, rule)
    assert got == value
    assert got.as_tuple().exponent == value.normalize().as_tuple().exponent or \
        got == got.to_integral_value()


def test_more_digits_than_decimal_precision_are_not_rounded_into_range():
    # 30 significant digits: rounding to 28 would make this 1 (and accept it)
    with pytest.raises(NumberFormatError, match="ondalık"):
        read_number("1,00000000000000000000000000001", INDICATOR_VALUE)


@pytest.mark.parametrize("value", [Decimal("1.125"), Decimal("12.5"), Decimal(2000),
                                   Decimal("-0.125"), Decimal("1234.567"), Decimal("0.0001")])
def test_editable_text_reads_back_to_the_same_value(value):
    text = editable_text(value)
    assert read_number(text, INDICATOR_VALUE) == value
