"""Turkish number format: ``1.234.567``, ``94,21``, ``%94,21``; parsing typed input; Turkish casing.

One module formats every figure the application shows (GUI, Excel, PDF, CLI).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from decimal import (
    ROUND_DOWN,
    ROUND_HALF_UP,
    Context,
    Decimal,
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


_DIGITS = frozenset("0123456789")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})
_FORM = ("yalnız rakam, binlik ayırıcı olarak nokta ve ondalık ayırıcı olarak virgül "
         "kullanın (ör. 1.000 ya da 12,5)")


def _all_digits(text: str) -> bool:
    return bool(text) and all(ch in _DIGITS for ch in text)


def _grouped(whole: str, sep: str) -> str | None:
    """``whole`` without its thousands separators, or None when the grouping is not 1-3
    digits followed by groups of exactly three."""
    groups = whole.split(sep)
    if not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:]):
        return None
    joined = "".join(groups)
    return joined if _all_digits(joined) else None


def _ambiguous(raw: str, whole: str, frac: str) -> NumberFormatError:
    english = _group(whole + frac)
    kept = frac.rstrip("0")
    turkish = whole + ("," + kept if kept else "") if kept != frac else whole + "," + frac + "0"
    return NumberFormatError(
        f"'{raw}' iki türlü okunabilir: İngilizce yazımda {english} (virgül binlik ayırıcı), "
        f"Türkçe yazımda {whole},{frac} (virgül ondalık ayırıcı). Kastettiğiniz değeri "
        f"{english} ya da {turkish} olarak yazın.")


def _read(text: str, *, percent_ok: bool = True) -> Decimal:
    """The syntax of a typed number (see :func:`parse_number`), without any range rule."""
    raw = text.strip()
    s = raw.translate(_SPACES)
    if s.startswith("%") or s.endswith("%"):
        if not percent_ok:
            raise NumberFormatError(
                f"'{raw}': bu alana yüzde işareti (%) yazılmaz; yalnız sayıyı yazın.")
        s = (s[1:] if s.startswith("%") else s[:-1]).strip()
    if s in ("", "-", "+"):
        raise NumberFormatError("Sayı girilmedi.")
    negative = s.startswith("-")
    if s[0] in "+-":
        s = s[1:].strip()
    if "." in s and "," in s and s.rfind(".") > s.rfind(","):
        raise NumberFormatError(
            f"'{raw}' İngilizce biçimde görünüyor; binlik ayırıcı nokta, ondalık ayırıcı virgül "
            "olmalı (ör. 1.234,5).")
    whole, _, frac = s.partition(",")
    if "," in frac:
        raise NumberFormatError(
            f"'{raw}' birden çok virgül içeriyor; binlik ayırıcı nokta, ondalık ayırıcı tek bir "
            "virgül olmalı (ör. 1.234.567,5).")
    if frac and not _all_digits(frac):
        raise NumberFormatError(f"'{raw}' bir sayı değil; {_FORM}.")
    if "." in whole and " " in whole:
        raise NumberFormatError(
            f"'{raw}' okunamadı: binlik ayırıcı olarak ya nokta ya boşluk kullanın, ikisini "
            "birden değil (ör. 1.234.567).")
    if "." in whole or " " in whole:
        sep = "." if "." in whole else " "
        digits = _grouped(whole, sep)
        if digits is None:
            if sep == "." and all(_all_digits(g) for g in whole.split(".")):
                raise NumberFormatError(
                    f"'{raw}' okunamadı: nokta yalnızca binlik ayırıcıdır (ör. 1.234.567); "
                    "ondalık için virgül kullanın (ör. 1,5).")
            if sep == " " and all(_all_digits(g) for g in whole.split(" ")):
                raise NumberFormatError(
                    f"'{raw}' okunamadı: boşluk yalnızca binlik ayırıcı olabilir "
                    "(ör. 1 234 ya da 1.234); rakamları bitişik yazın.")
            raise NumberFormatError(f"'{raw}' bir sayı değil; {_FORM}.")
        whole = digits
    elif not _all_digits(whole):
        raise NumberFormatError(f"'{raw}' bir sayı değil; {_FORM}.")
    elif frac and len(frac) == 3 and len(whole) <= 3 and not whole.startswith("0"):
        raise _ambiguous(raw, whole, frac)
    value = Decimal(whole + ("." + frac if frac else ""))
    return -value if negative else value


def _decimals(value: Decimal) -> int:
    """Places after the comma, trailing zeros not counted (exact: no context rounding)."""
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    places = -exponent
    for d in reversed(digits):
        if places <= 0 or d != 0:
            break
        places -= 1
    return max(places, 0)


def _canonical(value: Decimal) -> Decimal:
    """``12`` for ``12,00``, ``12.5`` for ``12,50``; exact (no context rounding)."""
    places = _decimals(value)
    if places == 0:
        return Decimal(int(value))
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    cut = -exponent - places
    return Decimal((sign, digits[:len(digits) - cut] if cut else digits, exponent + cut))


@dataclass(frozen=True)
class NumberRule:
    """What one kind of figure may hold: the same rule for typing, pasting and importing.

    ``noun`` names the figure in messages ("negatif tutar girilemez"); ``maximum`` bounds the
    absolute value; ``decimals`` is the most places after the comma (0: a whole number);
    ``minimum`` (when set: a year) bounds the value from below, and the message names the
    range written plainly (``1900 ile 2100``); ``percent_ok``: a ``%`` sign may be typed.
    """

    noun: str
    maximum: Decimal
    decimals: int = 0
    allow_negative: bool = False
    minimum: Decimal | None = None
    percent_ok: bool = False

    def check(self, value: Decimal, shown: str) -> Decimal:
        """``value`` (read from ``shown``) as it is stored, or a NumberFormatError."""
        if not value.is_finite():
            raise NumberFormatError(f"sayı bekleniyor, {shown} bulundu")
        places = _decimals(value)
        if self.decimals == 0 and places:
            raise NumberFormatError(
                f"tam sayı bekleniyor, {shown} bulundu; küsuratsız bir sayı yazın")
        if value < 0 and not self.allow_negative:
            raise NumberFormatError(
                f"negatif {self.noun} girilemez ({shown}); 0 ya da daha büyük bir değer yazın")
        if self.minimum is not None and not self.minimum <= value <= self.maximum:
            raise NumberFormatError(
                f"{shown} geçerli bir {self.noun} değil; {self.minimum} ile {self.maximum} "
                "arasında olmalı")
        if abs(value) > self.maximum:
            raise NumberFormatError(
                f"{format_value(value, max(places, 2))} olağan dışı büyük; en çok "
                f"{format_value(self.maximum)} olabilir")
        if places > self.decimals:
            raise NumberFormatError(
                f"en çok {self.decimals} ondalık basamak girilebilir, {shown} bulundu")
        return _canonical(value)


# The limits of every kind of figure (typing, pasting, the Excel import and the CLI).
COUNT = NumberRule("sayı", Decimal(1_000_000))  # items, IT inventory, physical resources
HEAD_COUNT = NumberRule("sayı", Decimal(100_000))  # personnel (Tables 3-5)
YEAR = NumberRule("yıl", Decimal(2100), minimum=Decimal(1900))
AMOUNT = NumberRule("tutar", Decimal("1e13"), 2)  # TL (kuruş), m²
INDICATOR_VALUE = NumberRule("değer", Decimal("1e13"), 4, allow_negative=True,
                             percent_ok=True)  # indicator values (Form-3, Table 17)
WEIGHT = NumberRule("ağırlık", Decimal(100), 2, percent_ok=True)  # a PG's share of its goal


def read_number(text: str, rule: NumberRule) -> Decimal:
    """Typed text → the exact Decimal to store under ``rule``, or a NumberFormatError whose
    message (Turkish) says what to write instead. The syntax is :func:`parse_number`'s."""
    value = _read(text, percent_ok=rule.percent_ok)
    return rule.check(value, f"'{text.strip()}'")


def editable_text(value: Decimal | int) -> str:
    """A stored value as the editor shows it: read back by :func:`read_number` to the same
    value (``1,1250`` rather than the ambiguous ``1,125``)."""
    d = Decimal(value)
    places = max(_decimals(d), 0)
    text = format_number(d, places)
    whole, _, frac = text.lstrip("-").partition(",")
    if len(frac) == 3 and "." not in whole and not whole.startswith("0"):
        text += "0"
    return text


def parse_number(text: str, *, allow_negative: bool = True, integer: bool = False) -> Decimal:
    """Read a number typed in Turkish format; refuse anything that could be mis-read.

    The rule (the same everywhere: grid, paste, Excel text cells, CLI import):

    * Accepted: ``1234``, ``1.234``, ``1.234.567``, ``1 234`` (a space, no-break space or
      narrow no-break space groups thousands like the dot), ``1234,5``, ``1.234,56``,
      ``-3,17``, ``+7``, ``%12,5`` / ``12,5%`` (where percentages are allowed), ``0,125``,
      ``1234,567``. Surrounding blanks are ignored.
    * Thousands groups (dot or space, never both) are 1-3 digits then groups of exactly 3.
    * Ambiguous, refused: no dot, no space, one comma, 1-3 digits before it not starting with
      0, and exactly 3 digits after it (``2,000``, ``1,500``, ``12,500``): English reads a
      thousands separator, Turkish a decimal comma. The message names both readings and asks
      for ``2.000`` or ``2`` (``1.500`` or ``1,5``; ``1,1250`` for one and 125 thousandths).
    * Refused: English ``1,234.5``; ``1.5`` and ``1.23`` (a dot is only a thousands
      separator); ``1e3``; letters; digits of other scripts; ``1,234,567``; ``12 5``;
      empty text.
    """
    value = _read(text)
    if integer and _decimals(value):
        raise NumberFormatError(f"'{text.strip()}': tam sayı bekleniyor.")
    if not allow_negative and value < 0:
        raise NumberFormatError(f"'{text.strip()}': negatif değer girilemez.")
    return value


_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def tr_upper(text: str) -> str:
    """Turkish upper case: ``i`` → ``İ``, ``ı`` → ``I`` (``str.upper`` is not Turkish-aware)."""
    return text.translate(_UPPER).upper()


def tr_lower(text: str) -> str:
    """Turkish lower case: ``I`` → ``ı``, ``İ`` → ``i``."""
    return text.translate(_LOWER).lower()
