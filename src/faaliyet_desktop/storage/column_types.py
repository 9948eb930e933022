"""Column types that keep domain values exact: decimals as text, string lists as JSON text."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from sqlalchemy import Dialect, Text
from sqlalchemy.types import TypeDecorator


def canonical_decimal(value: Any) -> str:
    """The stored text of a decimal: ``str(Decimal)``, which round-trips exactly.

    Accepts Decimal and int; floats (inexact) and non-finite values are refused.
    """
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise ValueError(f"Decimal bekleniyordu, {type(value).__name__} bulundu: {value!r}")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"sonlu bir sayı bekleniyordu: {value!r}")
    return str(number)


def dump_string_list(value: Any) -> str:
    """The stored JSON text of a list of strings."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"metin listesi bekleniyordu: {value!r}")
    return json.dumps(value, ensure_ascii=False)


class DecimalText(TypeDecorator[Decimal]):
    """A ``Decimal`` stored as its exact decimal string (SQLite's NUMERIC would go via float)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return canonical_decimal(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value)

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


class StringList(TypeDecorator[list[str]]):
    """A list of strings stored as a JSON array (readable Turkish, order kept)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return dump_string_list(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> list[str] | None:
        if value is None:
            return None
        loaded = json.loads(value)
        if not isinstance(loaded, list):
            raise ValueError(f"metin listesi bekleniyordu: {value!r}")
        return [str(v) for v in loaded]

    @property
    def python_type(self) -> type[list[str]]:
        return list
