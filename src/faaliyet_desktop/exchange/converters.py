"""Cell converters: ``clean(cell value) -> domain value`` and ``render(value) -> cell value``.

A converter refuses anything it cannot read without guessing; the refusal is a
:class:`CellError` with a Turkish message that says what was expected. Text cells holding
numbers are read with :func:`faaliyet_desktop.domain.numbers.parse_number`, which refuses
ambiguous input (``1,234.5``, ``1.5``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.numbers import NumberFormatError, format_value, parse_number

# Characters that make a spreadsheet treat typed text as a formula (CSV/formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class CellError(ValueError):
    """A cell value that cannot be read; ``str(exc)`` is Turkish and says what was expected."""


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


@dataclass(frozen=True)
class Converter:
    """Base converter: text in, text out."""

    def clean(self, value: Any) -> Any:
        raise NotImplementedError

    def render(self, value: Any) -> Any:
        return value

    def display(self, value: Any) -> str:
        """The value as the preview shows it (Turkish format, ``boş`` for nothing)."""
        if value is None or value == "":
            return "(boş)"
        return str(value)


@dataclass(frozen=True)
class Count(Converter):
    """A head-count or item count: a whole number from 0 to ``maximum``."""

    maximum: int = 1_000_000

    def clean(self, value: Any) -> int | None:
        if _is_blank(value):
            return None
        number = _number(value, integer=True)
        if number != number.to_integral_value():
            raise CellError(f"tam sayı bekleniyor, {_show(value)} bulundu")
        if number < 0:
            raise CellError(f"negatif sayı girilemez ({_show(value)})")
        if number > self.maximum:
            raise CellError(
                f"{format_value(number)} olağan dışı büyük; en çok {format_value(self.maximum)} "
                "olabilir")
        return int(number)

    def display(self, value: Any) -> str:
        return "(boş)" if value is None else format_value(value)


@dataclass(frozen=True)
class Amount(Converter):
    """An amount (TL) or an indicator value: a decimal in 0..``maximum``, ``decimals`` places."""

    maximum: Decimal = Decimal("1e13")
    decimals: int = 2
    allow_negative: bool = False

    def clean(self, value: Any) -> Decimal | None:
        if _is_blank(value):
            return None
        number = _number(value, integer=False)
        if number < 0 and not self.allow_negative:
            raise CellError(f"negatif tutar girilemez ({_show(value)})")
        if abs(number) > self.maximum:
            raise CellError(
                f"{format_value(number)} olağan dışı büyük; en çok "
                f"{format_value(self.maximum)} olabilir")
        exponent = number.normalize().as_tuple().exponent
        if isinstance(exponent, int) and -exponent > self.decimals:
            raise CellError(
                f"en çok {self.decimals} ondalık basamak girilebilir, {_show(value)} bulundu")
        # A whole number is stored as such ("1234", not "1234.0").
        if number == number.to_integral_value():
            return Decimal(int(number))
        return number.normalize()

    def render(self, value: Any) -> Any:
        if value is None:
            return None
        d = Decimal(value)
        return int(d) if d == d.to_integral_value() else float(d)

    def display(self, value: Any) -> str:
        return "(boş)" if value is None else format_value(value, self.decimals)


@dataclass(frozen=True)
class Text(Converter):
    """Free text (an assessment, a reason); numbers typed in it are kept as text."""

    max_length: int = 20_000

    def clean(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            raise CellError("metin bekleniyor, mantıksal değer bulundu")
        if isinstance(value, (dt.date, dt.datetime, dt.time)):
            raise CellError("metin bekleniyor, tarih bulundu")
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = value if isinstance(value, str) else str(value)
        text = text.replace("\r\n", "\n").strip()
        if len(text) > self.max_length:
            raise CellError(f"metin en çok {self.max_length} karakter olabilir ({len(text)} "
                            "karakter bulundu)")
        return text

    def render(self, value: Any) -> Any:
        return value or None

    def display(self, value: Any) -> str:
        if not value:
            return "(boş)"
        return value if len(value) <= 60 else value[:57] + "…"


@dataclass(frozen=True)
class Choice(Converter):
    """One of a fixed list of labels (an Excel list validation)."""

    choices: tuple[str, ...] = ()

    def clean(self, value: Any) -> str | None:
        if _is_blank(value):
            return None
        text = str(value).strip()
        for c in self.choices:
            if text.casefold() == c.casefold():
                return c
        raise CellError(f"şunlardan biri bekleniyor: {', '.join(self.choices)}; "
                        f"{_show(value)} bulundu")


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number(value: Any, *, integer: bool) -> Decimal:
    """A cell value as an exact Decimal: numbers as stored, text in Turkish format only."""
    if isinstance(value, bool):
        raise CellError("sayı bekleniyor, mantıksal değer (DOĞRU/YANLIŞ) bulundu")
    if isinstance(value, (dt.date, dt.datetime, dt.time, dt.timedelta)):
        raise CellError("sayı bekleniyor, tarih bulundu (hücre biçimini 'Sayı' yapın)")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellError("sayı bekleniyor, geçersiz değer bulundu")
        # repr gives the shortest text that reads back as the same float: 1234.5, not ...4999
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("#"):
            raise CellError(f"sayı bekleniyor, hata değeri {_show(value)} bulundu")
        try:
            return parse_number(text, integer=integer)
        except NumberFormatError as exc:
            raise CellError(f"sayı bekleniyor: {exc}") from exc
        except InvalidOperation as exc:  # pragma: no cover - parse_number guards this
            raise CellError(f"sayı bekleniyor, {_show(value)} bulundu") from exc
    raise CellError(f"sayı bekleniyor, {_show(value)} bulundu")


def safe_text(value: str) -> bool:
    """True when ``value`` does not start like a formula (it can be written as is)."""
    return not value.startswith(FORMULA_PREFIXES)
