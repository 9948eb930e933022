"""Building blocks of the story: headings that land in the outline and the table of contents,
narrative text (paragraphs and "- " lists), captions, and data tables that repeat their header
and never split a row."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape, unescape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.model import ReportYear
from ..domain.numbers import DASH, format_number, format_percent, format_value
from ..domain.placeholders import render
from .styles import base_table_style, style

# --- what a table shows where it has no figure ---------------------------------------------
NOT_ENTERED = "…"  # the value was not entered (the statistical "data not available")
UNDEFINED = DASH  # "—": the figure is undefined, e.g. a percentage of a zero (DOMAIN.md)
LEGEND = {UNDEFINED: "— : payda sıfır ya da tanımsız", NOT_ENTERED: "… : girilmedi"}


def amount(v: Decimal | int | None) -> str:
    """An amount or a count; an empty field is "not entered", never a dash."""
    return NOT_ENTERED if v is None else format_number(v)


def value(v: Decimal | int | None, decimals: int | None = None) -> str:
    """An indicator value: as written (up to two decimals), or with exactly ``decimals``."""
    if v is None:
        return NOT_ENTERED
    return format_value(v) if decimals is None else format_number(v, decimals)


def percent(p: Decimal | None, decimals: int, *inputs: object) -> str:
    """A derived percentage; when there is none, "not entered" if one of the ``inputs`` it is
    computed from was not entered, else "undefined" (a zero denominator)."""
    if p is None:
        return NOT_ENTERED if any(i is None for i in inputs) else UNDEFINED
    return format_percent(p, decimals)


def shared_decimals(values: Sequence[Decimal | None], most: int = 2) -> int:
    """The one precision for a row of values: the most decimals any of them needs (≤ most),
    so "139,80" stands beside "228,14" rather than "139,8"."""
    need = 0
    for v in values:
        if v is None or not v.is_finite():
            continue
        t = format_value(v, most)
        need = max(need, len(t.partition(",")[2]))
    return need


class Para(Paragraph):
    """A Paragraph that remembers its last layout: tables and KeepTogether wrap the same cell at
    the same width several times; the line breaking is done once per width."""

    _layout: tuple[Any, ...] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        c = self._layout
        if c is not None and c[0] == availWidth:
            self.width, self.height, self.blPara, self._wrapWidths = c[1:]
            return self.width, self.height
        w, h = super().wrap(availWidth, availHeight)
        self._layout = (availWidth, self.width, self.height, self.blPara, self._wrapWidths)
        return w, h


class Heading(Para):
    """A section heading: bookmarked in the outline; in the table of contents when ``toc``."""

    def __init__(self, text: str, level: int, key: str, *, style_name: str | None = None,
                 toc: bool = True, outline_text: str | None = None) -> None:
        super().__init__(escape(text), style(style_name or f"h{min(level, 3)}"))
        self.outline_level = level
        self.outline_key = key
        self.outline_text = outline_text or text
        self.toc = toc


class Caption(Para):
    """A table or figure caption ("Tablo 9. ..."): bookmarked one level below its section."""

    def __init__(self, text: str, key: str) -> None:
        super().__init__(escape(text), style("caption"))
        self.outline_level = 99  # clamped to one below the last heading
        self.is_caption = True
        self.outline_key = key
        self.outline_text = text
        self.toc = False


def para(text: str, style_name: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped, so user text can hold <, > and &)."""
    return Para(escape(text), style(style_name))


def cell(text: str | None, style_name: str = "cell") -> Paragraph:
    return Para(escape(text or ""), style(style_name))


def narrative(text: str | None, report: ReportYear) -> list[Flowable]:
    """Narrative markup → flowables: blank-line separated paragraphs; "- " lines are list items.

    Placeholders ({{personnel_total}} ...) are rendered with the live figures first.
    """
    if not text or not text.strip():
        return []
    out: list[Flowable] = []
    for block in render(text, report).replace("\r\n", "\n").split("\n\n"):
        buf: list[str] = []
        for ln in (x.strip() for x in block.split("\n")):
            if not ln:
                continue
            if ln.startswith("- "):
                if buf:
                    out.append(para(" ".join(buf)))
                    buf = []
                out.append(Para(escape(ln[2:].strip()), style("bullet"), bulletText="•"))
            else:
                buf.append(ln)
        if buf:
            out.append(para(" ".join(buf)))
    return out


def spacer(h: float = 6) -> Spacer:
    return Spacer(1, h)


def data_table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float], *,
               header_rows: int = 1, extra: Sequence[tuple[Any, ...]] = (),
               h_align: str = "CENTER") -> Table:
    """A table whose header rows repeat on every page and whose rows never split.

    ``col_widths`` are the wanted widths; they are corrected so that no number and no word
    breaks inside a cell (see :func:`fit_columns`).
    """
    cells = [list(r) for r in rows]
    widths = fit_columns(cells, list(col_widths), header_rows, extra)
    t = Table(cells, colWidths=widths, repeatRows=header_rows, hAlign=h_align, splitByRow=1,
              splitInRow=0)
    t.setStyle(TableStyle(base_table_style(header_rows) + list(extra)))
    t.marks = _marks(cells)  # type: ignore[attr-defined]
    return t


def _plain(text: str) -> str:
    return (unescape(text) if "&" in text else text).strip()


def _marks(rows: list[list[Any]]) -> list[str]:
    """The no-figure marks the table shows, in LEGEND order."""
    seen: set[str] = set()

    def visit(c: Any) -> None:
        if isinstance(c, (list, tuple)):
            for x in c:
                visit(x)
        elif isinstance(c, Paragraph):
            text = _plain(c.text)
            if text in LEGEND:
                seen.add(text)

    for row in rows:
        for c in row:
            visit(c)
    return [m for m in LEGEND if m in seen]


def with_legends(flowables: list[Flowable]) -> list[Flowable]:
    """Put a legend under every table that shows "—" or "…" (tables inside KeepTogether
    included), saying which is which."""
    out: list[Flowable] = []
    for f in flowables:
        inner = getattr(f, "_content", None)
        if isinstance(inner, list):
            f._content = with_legends(inner)  # type: ignore[attr-defined]
        out.append(f)
        marks = getattr(f, "marks", None)
        if marks:
            out.append(Para(escape(";   ".join(LEGEND[m] for m in marks)), style("legend")))
    return out


NUMBER = re.compile(r"-?%?-?[0-9][0-9.,]*|—|-?%-?[0-9][0-9.,]*")
CELL_PAD = 3 + 3 + 1.5  # left and right padding of base_table_style, and a little air
FONT_STEPS = (1.0, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64)


WIDE_COLUMN = 110.0  # points: no word of a text cell is that long, so it is not measured


def _needs(c: Any, wide: bool = False) -> tuple[float, float]:
    """(width the cell's text needs on one line when it is a number, else 0; width of its
    longest word — not measured in a ``wide`` column). Lists of paragraphs count by their
    widest member."""
    if isinstance(c, (list, tuple)):
        pairs = [_needs(x, wide) for x in c]
        return (max((p[0] for p in pairs), default=0.0), max((p[1] for p in pairs), default=0.0))
    if not isinstance(c, Paragraph):
        return 0.0, 0.0
    text = _plain(c.text)
    st = c.style
    if NUMBER.fullmatch(text):
        return stringWidth(text, st.fontName, st.fontSize), 0.0
    if wide:
        return 0.0, 0.0
    words = text.split()
    longest = max(words, key=len, default="")
    return 0.0, stringWidth(longest, st.fontName, st.fontSize)


def _spanned(extra: Sequence[tuple[Any, ...]]) -> set[tuple[int, int]]:
    """Cells covered by a SPAN that reaches over more than one column (their width is shared)."""
    out: set[tuple[int, int]] = set()
    for cmd in extra:
        if cmd[0] == "SPAN":
            (c0, r0), (c1, _) = cmd[1], cmd[2]
            if c0 != c1:
                out.add((r0, c0))
    return out


def fit_columns(rows: list[list[Any]], widths: list[float], header_rows: int,
                extra: Sequence[tuple[Any, ...]] = ()) -> list[float]:
    """Widths from content: every number stays on one line, and no word is cut.

    A column too narrow for its widest number (or word) takes the room it lacks from the
    columns with slack, in proportion to their slack; the total width is unchanged. When the
    table cannot fit at its font size, every cell's font is stepped down (``FONT_STEPS``) until
    it does — a number is never broken. ``rows`` is changed in place when the font steps down.
    """
    n = len(widths)
    if not rows or not n:
        return widths
    spanned = _spanned(extra)
    num = [0.0] * n
    word = [0.0] * n
    wide = [w >= WIDE_COLUMN for w in widths]
    for r, row in enumerate(rows):
        for c, cell_ in enumerate(row[:n]):
            if (r, c) in spanned:
                continue
            a, b = _needs(cell_, wide[c])
            if r < header_rows:
                a = 0.0  # header labels wrap between words
            num[c] = max(num[c], a)
            word[c] = max(word[c], b)
    total = sum(widths)
    for k in FONT_STEPS:
        need = [max(a, b) * k + CELL_PAD if max(a, b) else 0.0 for a, b in zip(num, word,
                                                                                strict=True)]
        if sum(need) <= total:
            break
    if k == 1.0 and all(w >= nd for w, nd in zip(widths, need, strict=True)):
        return widths
    lack = sum(max(0.0, nd - w) for w, nd in zip(widths, need, strict=True))
    slack = [max(0.0, w - nd) for w, nd in zip(widths, need, strict=True)]
    room = sum(slack)
    out = [max(w, nd) for w, nd in zip(widths, need, strict=True)]
    if room > 0:
        take = min(1.0, lack / room)
        out = [o - s * take if s > 0 else o for o, s in zip(out, slack, strict=True)]
    if k < 1.0:
        for row in rows:
            for c, cell_ in enumerate(row):
                row[c] = _scaled(cell_, k)
    return out


_scaled_styles: dict[tuple[str, float], ParagraphStyle] = {}


def _scaled(c: Any, k: float) -> Any:
    if isinstance(c, (list, tuple)):
        return [_scaled(x, k) for x in c]
    if not isinstance(c, Paragraph):
        return c
    key = (c.style.name, k)
    st = _scaled_styles.get(key)
    if st is None:
        st = ParagraphStyle(f"{c.style.name}@{k}", parent=c.style,
                            fontSize=c.style.fontSize * k, leading=c.style.leading * k)
        _scaled_styles[key] = st
    return Para(c.text, st, bulletText=c.bulletText)


def text_width(texts: Sequence[str], style_name: str, pad: float = 7.0) -> float:
    """Width a column needs to show every text on one line (numbers must never wrap)."""
    st = style(style_name)
    return max((stringWidth(t, st.fontName, st.fontSize) for t in texts), default=0) + pad


def head_cells(labels: Sequence[str], style_name: str = "head") -> list[Paragraph]:
    return [cell(x, style_name) for x in labels]


def bg(row: int, color: colors.Color | str, col0: int = 0, col1: int = -1) -> tuple[Any, ...]:
    c = colors.HexColor(color) if isinstance(color, str) else color
    return ("BACKGROUND", (col0, row), (col1, row), c)
