"""Cell converters: ``clean(cell value) -> domain value`` and ``render(value) -> cell value``.

A converter refuses anything it cannot read without guessing; the refusal is a
:class:`CellError` with a Turkish message that says what was expected. Text cells holding
numbers are read with :func:`faaliyet_desktop.domain.numbers.read_number` under the figure's
:class:`~faaliyet_desktop.domain.numbers.NumberRule` (the grid and paste use the same parser and
the same limits), which refuses ambiguous input (``1,234.5``, ``1.5``, ``2,000``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..domain.numbers import (
    AMOUNT,
    COUNT,
    NumberFormatError,
    NumberRule,
    format_value,
    read_number,
)

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
    """A head-count or item count: a whole number from 0 to the rule's maximum."""

    rule: NumberRule = COUNT

    @property
    def maximum(self) -> int:
        return int(self.rule.maximum)

    @property
    def allow_negative(self) -> bool:
        return self.rule.allow_negative

    def clean(self, value: Any) -> int | None:
        number = _checked(value, self.rule)
        return None if number is None else int(number)

    def display(self, value: Any) -> str:
        return "(boş)" if value is None else format_value(value)


@dataclass(frozen=True)
class Amount(Converter):
    """An amount (TL) or an indicator value: a decimal within the rule's limits."""

    rule: NumberRule = AMOUNT

    @property
    def maximum(self) -> Decimal:
        return self.rule.maximum

    @property
    def decimals(self) -> int:
        return self.rule.decimals

    @property
    def allow_negative(self) -> bool:
        return self.rule.allow_negative

    def clean(self, value: Any) -> Decimal | None:
        return _checked(value, self.rule)

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


def _checked(value: Any, rule: NumberRule) -> Decimal | None:
    """A cell value under ``rule``: None for a blank cell, the exact Decimal to store, or a
    CellError. Text goes through the domain parser (the grid's and paste's parser too)."""
    if _is_blank(value):
        return None
    if isinstance(value, str) and not value.strip().startswith("#"):
        try:
            return read_number(value, rule)
        except NumberFormatError as exc:
            raise CellError(str(exc)) from exc
    number = _number(value)
    try:
        return rule.check(number, _show(value))
    except NumberFormatError as exc:
        raise CellError(str(exc)) from exc


def _number(value: Any) -> Decimal:
    """A non-text cell value as an exact Decimal: numbers as stored."""
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
    if isinstance(value, str):  # "#DEĞER!", "#N/A": an Excel error value
        raise CellError(f"sayı bekleniyor, hata değeri {_show(value)} bulundu")
    raise CellError(f"sayı bekleniyor, {_show(value)} bulundu")


def safe_text(value: str) -> bool:
    """True when ``value`` does not start like a formula (it can be written as is)."""
    return not value.startswith(FORMULA_PREFIXES)
