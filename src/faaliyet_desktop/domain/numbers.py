"""Turkish number format: ``1.234.567``, ``94,21``, ``%94,21``; parsing typed input; Turkish casing.

One module formats every figure the application shows (GUI, Excel, PDF, CLI).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from decimal import (
    ROUND_DOWN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    InvalidOperation,
    getcontext,
    localcontext,
)

DASH = "—"  # shown where a figure is undefined (zero denominator, no data)


class NumberFormatError(ValueError):
    """Typed text is not a number in Turkish format. ``str(exc)`` is a Turkish message."""


def _group(digits: str) -> str:
    out: list[str] = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return ".".join(out)


def format_number(value: Decimal | int | None, decimals: int = 0, *, trim: bool = False) -> str:
    """Round half-up to ``decimals`` places and write it the Turkish way.

    ``trim`` drops trailing zeros of the fraction (``1,5`` rather than ``1,50``).
    """
    if value is None:
        return DASH
    d = Decimal(value)
    with _room_for(d, decimals):
        q = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) if decimals else (
            d.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        )
    sign = "-" if q < 0 else ""
    text = f"{abs(q):f}"
    whole, _, frac = text.partition(".")
    if trim:
        frac = frac.rstrip("0")
    if sign and whole.strip("0") == "" and frac.strip("0") == "":
        sign = ""  # no "-0"
    return sign + _group(whole) + ("," + frac if frac else "")


def format_value(value: Decimal | int | None, max_decimals: int = 2) -> str:
    """An indicator value as people write it: integers plain, fractions up to ``max_decimals``."""
    return format_number(value, max_decimals, trim=True)


def truncate(value: Decimal, decimals: int) -> Decimal:
    """Cut toward zero at ``decimals`` places (``99,999`` → ``99,99``)."""
    with _room_for(value, decimals):
        return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_DOWN)


def _room_for(value: Decimal, decimals: int) -> AbstractContextManager[Context]:
    """A decimal context precise enough to quantize ``value`` (the default 28 digits raise
    InvalidOperation for a 27-digit amount shown with two decimals)."""
    digits = max(value.adjusted() + 1, 1) + decimals + 1 if value.is_finite() else 0
    return localcontext(prec=max(getcontext().prec, digits))


def format_percent(percent: Decimal | None, decimals: int = 2) -> str:
    """``percent`` is already ×100. Truncated toward zero (DOMAIN.md), percent sign first."""
    if percent is None:
        return DASH
    t = truncate(percent, decimals)
    body = format_number(abs(t), decimals)
    return ("-%" if t < 0 else "%") + body


def parse_number(text: str, *, allow_negative: bool = True, integer: bool = False) -> Decimal:
    """Read a number typed in Turkish format; refuse anything that could be mis-read.

    Accepted: ``1234``, ``1.234``, ``1.234.567``, ``1234,5``, ``1.234,56``, ``-3,17``, ``%12,5``.
    Refused: ``1,234.5`` (English), ``1.5`` (dot as decimal separator), ``1.23`` (bad grouping),
    letters, empty text.
    """
    raw = text
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    if s.startswith("%"):
        s = s[1:]
    elif s.endswith("%"):
        s = s[:-1]
    if s in ("", "-", "+"):
        raise NumberFormatError("Sayı girilmedi.")
    negative = s.startswith("-")
    if s[0] in "+-":
        s = s[1:]
    if "." in s and "," in s and s.rfind(".") > s.rfind(","):
        raise NumberFormatError(
            f"'{raw}' İngilizce biçimde görünüyor; binlik ayırıcı nokta, ondalık ayırıcı virgül "
            "olmalı (ör. 1.234,5)."
        )
    whole, _, frac = s.partition(",")
    if "," in frac:
        raise NumberFormatError(f"'{raw}' birden çok virgül içeriyor.")
    if "." in whole:
        groups = whole.split(".")
        if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            raise NumberFormatError(
                f"'{raw}' okunamadı: nokta yalnızca binlik ayırıcıdır (ör. 1.234.567); "
                "ondalık için virgül kullanın (ör. 1,5)."
            )
        whole = "".join(groups)
    if not whole.isdigit() or (frac and not frac.isdigit()):
        raise NumberFormatError(f"'{raw}' bir sayı değil.")
    try:
        value = Decimal(whole + ("." + frac if frac else ""))
    except InvalidOperation as exc:  # pragma: no cover - guarded by isdigit above
        raise NumberFormatError(f"'{raw}' bir sayı değil.") from exc
    if negative:
        value = -value
    if integer and value != value.to_integral_value():
        raise NumberFormatError(f"'{raw}': tam sayı bekleniyor.")
    if not allow_negative and value < 0:
        raise NumberFormatError(f"'{raw}': negatif değer girilemez.")
    return value


_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def tr_upper(text: str) -> str:
    """Turkish upper case: ``i`` → ``İ``, ``ı`` → ``I`` (``str.upper`` is not Turkish-aware)."""
    return text.translate(_UPPER).upper()


def tr_lower(text: str) -> str:
    """Turkish lower case: ``I`` → ``ı``, ``İ`` → ``i``."""
    return text.translate(_LOWER).lower()
