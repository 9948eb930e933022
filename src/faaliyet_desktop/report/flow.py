"""Building blocks of the story: headings that land in the outline and the table of contents,
narrative text (paragraphs and "- " lists), captions, and data tables that repeat their header
and never split a row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.model import ReportYear
from ..domain.placeholders import render
from .styles import base_table_style, style


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
    """A table whose header rows repeat on every page and whose rows never split."""
    t = Table([list(r) for r in rows], colWidths=list(col_widths), repeatRows=header_rows,
              hAlign=h_align, splitByRow=1, splitInRow=0)
    t.setStyle(TableStyle(base_table_style(header_rows) + list(extra)))
    return t


def text_width(texts: Sequence[str], style_name: str, pad: float = 7.0) -> float:
    """Width a column needs to show every text on one line (numbers must never wrap)."""
    st = style(style_name)
    return max((stringWidth(t, st.fontName, st.fontSize) for t in texts), default=0) + pad


def head_cells(labels: Sequence[str], style_name: str = "head") -> list[Paragraph]:
    return [cell(x, style_name) for x in labels]


def bg(row: int, color: colors.Color | str, col0: int = 0, col1: int = -1) -> tuple[Any, ...]:
    c = colors.HexColor(color) if isinstance(color, str) else color
    return ("BACKGROUND", (col0, row), (col1, row), c)
