"""Plain-dict form of the domain model (for the sample file, dumps and tests).

Decimals travel as strings (plain notation, never an exponent) so nothing is lost, also in
``faaliyet dump``; ``to_plain(..., numbers=True)`` gives JSON numbers instead. Enums travel
as their values, bytes as base64.
"""

from __future__ import annotations

import base64
import dataclasses
import types
import typing
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

from .model import ReportYear

T = TypeVar("T")


class CodecError(ValueError):
    """A plain document does not fit the domain model."""


def to_plain(obj: Any, numbers: bool = False) -> Any:
    """Turn a dataclass tree into dicts, lists, strings and numbers."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name), numbers) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, Decimal):
        if numbers:
            return int(obj) if obj == obj.to_integral_value() else float(obj)
        return format(obj, "f")
    if isinstance(obj, bytes):
        return base64.b64encode(obj).decode("ascii")
    if isinstance(obj, dict):
        return {str(k): to_plain(v, numbers) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_plain(v, numbers) for v in obj]
    return obj


def _convert(tp: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _convert(inner[0], value, where)
    if origin is list:
        if not isinstance(value, list):
            raise CodecError(f"{where}: liste bekleniyordu")
        return [_convert(args[0], v, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise CodecError(f"{where}: sözlük bekleniyordu")
        return {k: _convert(args[1], v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_plain(tp, value, where)
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except ValueError as exc:
            raise CodecError(f"{where}: geçersiz değer {value!r}") from exc
    if tp is Decimal:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise CodecError(f"{where}: sayı bekleniyordu, {value!r} bulundu")
        try:
            return Decimal(str(value))
        except InvalidOperation as exc:
            raise CodecError(f"{where}: sayı bekleniyordu, {value!r} bulundu") from exc
    if tp is bytes:
        return base64.b64decode(value)
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise CodecError(f"{where}: tam sayı bekleniyordu, {value!r} bulundu")
        return value
    if tp is str:
        if not isinstance(value, str):
            raise CodecError(f"{where}: metin bekleniyordu, {value!r} bulundu")
        return value
    if tp is bool:
        return bool(value)
    return value


def from_plain(cls: type[T], data: Any, where: str = "") -> T:
    """Build a dataclass of type ``cls`` from its plain form; unknown keys are an error."""
    if not isinstance(data, dict):
        raise CodecError(f"{where or cls.__name__}: sözlük bekleniyordu")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(data) - names
    if unknown:
        raise CodecError(f"{where or cls.__name__}: bilinmeyen alan(lar): {sorted(unknown)}")
    kwargs = {k: _convert(hints[k], v, f"{where}.{k}" if where else k) for k, v in data.items()}
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise CodecError(f"{where or cls.__name__}: {exc}") from exc


def report_from_plain(data: Any) -> ReportYear:
    return from_plain(ReportYear, data)
