"""The table of contents in one layout pass.

ReportLab's usual way (``multiBuild``) lays the whole report out twice, the second time with
the page numbers found by the first. When the contents fit on one page — they do for any
realistic report — the page numbers do not depend on them, so one pass is enough: the contents
page holds a placeholder that shows a PDF form XObject, and the form is drawn after the last
page, when every heading's page is known. The entries' links are set on the contents page at
once (the positions of the rows do not depend on the page numbers). A contents list longer than
one page falls back to ``multiBuild``.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from .fonts import SANS
from .styles import style

FORM_NAME = "FaaliyetTOC"
Entry = tuple[int, str, int, str | None]  # level, text, page, bookmark key


def make_toc(entries: list[Entry] | None = None) -> TableOfContents:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [style("toc0"), style("toc1"), style("toc2")]
    toc.tableStyle = TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    if entries is not None:
        toc._lastEntries = [(lv, escape(t), p, k) for lv, t, p, k in entries]
    return toc


def measure(entries: list[tuple[int, str]], width: float, height: float) -> float:
    """Height of the contents with the widest page numbers, on a scratch canvas."""
    toc = make_toc([(lv, t, 999, None) for lv, t in entries])
    return toc.wrapOn(Canvas(io.BytesIO()), width, height)[1]


class TocPlaceholder(Flowable):
    """Takes the rest of the contents page; shows the form drawn at the end of the build."""

    def __init__(self, entries: list[tuple[int, str, str]]) -> None:
        super().__init__()
        self.entries = entries  # level, text, key
        self.size = (0.0, 0.0)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.size = (aw, ah)
        return aw, ah

    def draw(self) -> None:
        aw, ah = self.size
        toc = make_toc([(lv, t, 999, None) for lv, t, _ in self.entries])
        toc.wrapOn(self.canv, aw, ah)
        heights = toc._table._rowHeights
        rows = toc._table._cellvalues
        y = ah
        keys = iter(k for _, _, k in self.entries)
        for row, h in zip(rows, heights, strict=True):
            cell = row[0][0] if isinstance(row[0], (list, tuple)) else row[0]
            if not isinstance(cell, Spacer):
                key = next(keys)
                self.canv.linkRect("", key, (0, y - h, aw, y), relative=1, thickness=0)
            y -= h
        self.canv.doForm(FORM_NAME)

    def draw_form(self, canv: Canvas, pages: dict[str, int]) -> None:
        """Define the form with the real page numbers (called once the last page is done)."""
        aw, ah = self.size
        toc = make_toc([(lv, t, pages.get(k, 0), None) for lv, t, k in self.entries])
        canv.beginForm(FORM_NAME, 0, 0, aw, ah)
        _, th = toc.wrapOn(canv, aw, ah)
        toc.drawOn(canv, 0, ah - th)
        canv.endForm()
