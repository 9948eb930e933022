"""Page templates of the report: cover, portrait and landscape pages with header, footer and
the optional "TASLAK" watermark; headings go to the PDF outline and the table of contents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .fonts import SANS, SANS_BOLD
from .styles import GRID, PRIMARY, WATERMARK

MARGIN_X = 1.8 * cm
MARGIN_TOP = 2.0 * cm
MARGIN_BOTTOM = 1.8 * cm


class _Stamp:
    """What ReportLab reads from its TimeStamp for the info dates: a fixed UTC midnight."""

    def __init__(self, day: date) -> None:
        moment = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
        self.t = moment.timestamp()
        self.lt = moment.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


class ReportCancelled(Exception):
    """The user cancelled the build; no file is left behind."""


class ReportDocTemplate(BaseDocTemplate):
    """A4 document with 'cover', 'portrait' and 'landscape' page templates."""

    def __init__(self, out: Any, *, header_text: str, draft: bool,
                 step: Callable[[], None] | None = None, stamp: date | None = None,
                 **kw: Any) -> None:
        self.stamp = stamp
        super().__init__(out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kw)
        self.header_text = header_text
        self.draft = draft
        self._step = step
        self._levels: list[int] = []
        self.toc_pages: dict[str, int] = {}
        self.toc_placeholder: Any = None  # a toc.TocPlaceholder in the one-pass build
        pw, ph = A4
        lw, lh = landscape(A4)
        self.addPageTemplates([
            PageTemplate("cover", [Frame(MARGIN_X, MARGIN_BOTTOM, pw - 2 * MARGIN_X,
                                         ph - MARGIN_TOP - MARGIN_BOTTOM, id="cover")],
                         onPage=self._cover_page, pagesize=A4),
            PageTemplate("portrait", [Frame(MARGIN_X, MARGIN_BOTTOM, pw - 2 * MARGIN_X,
                                            ph - MARGIN_TOP - MARGIN_BOTTOM, id="p")],
                         onPage=self._page, pagesize=A4),
            PageTemplate("landscape", [Frame(MARGIN_X * 0.8, MARGIN_BOTTOM,
                                             lw - 1.6 * MARGIN_X,
                                             lh - MARGIN_TOP - MARGIN_BOTTOM, id="l")],
                         onPage=self._page, pagesize=landscape(A4)),
        ])

    # --- page decoration ------------------------------------------------------------------
    def _watermark(self, c: Canvas, w: float, h: float) -> None:
        if not self.draft:
            return
        c.saveState()
        c.setFillColor(WATERMARK)
        c.setFillAlpha(0.16)
        c.setFont(SANS_BOLD, 110)
        c.translate(w / 2, h / 2)
        c.rotate(45 if h > w else 30)
        c.drawCentredString(0, -38, "TASLAK")
        c.restoreState()

    def _cover_page(self, c: Canvas, doc: BaseDocTemplate) -> None:
        w, h = c._pagesize
        self._watermark(c, w, h)
        c.saveState()
        c.setStrokeColor(PRIMARY)
        c.setLineWidth(3)
        c.rect(1.2 * cm, 1.2 * cm, w - 2.4 * cm, h - 2.4 * cm)
        c.setLineWidth(0.8)
        c.rect(1.4 * cm, 1.4 * cm, w - 2.8 * cm, h - 2.8 * cm)
        c.restoreState()

    def _page(self, c: Canvas, doc: BaseDocTemplate) -> None:
        w, h = c._pagesize
        self._watermark(c, w, h)
        left = self.pageTemplate.frames[0]._x1
        right = w - left
        c.saveState()
        c.setFont(SANS, 7.5)
        c.setFillColor(PRIMARY)
        c.drawString(left, h - 1.25 * cm, self.header_text)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.line(left, h - 1.4 * cm, right, h - 1.4 * cm)
        c.line(left, 1.3 * cm, right, 1.3 * cm)
        c.setFont(SANS, 8)
        c.drawCentredString(w / 2, 0.85 * cm, str(doc.page))
        c.restoreState()

    # --- outline, table of contents, progress -----------------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:
        if self._step is not None and getattr(flowable, "_story_item", False):
            self._step()
        wanted = getattr(flowable, "outline_level", None)
        if wanted is None:
            return
        # nest by the requested levels: an entry sits under the nearest entry of a smaller
        # requested level, so a skipped level never breaks the outline
        while self._levels and self._levels[-1] >= wanted:
            self._levels.pop()
        level = len(self._levels)
        if not getattr(flowable, "is_caption", False):
            self._levels.append(wanted)  # captions never become parents of later entries
        key = flowable.outline_key  # type: ignore[attr-defined]
        c = self.canv
        c.bookmarkPage(key)
        c.addOutlineEntry(flowable.outline_text, key, level=level,  # type: ignore[attr-defined]
                          closed=level >= 1)
        if getattr(flowable, "toc", False):
            self.toc_pages[key] = self.page
            self.notify("TOCEntry", (level, escape(flowable.outline_text),  # type: ignore[attr-defined]
                                     self.page, key))

    def _endBuild(self) -> None:
        """Finish the last page, then draw the one-pass contents form before saving."""
        save = getattr(self, "_doSave", 1)
        self._doSave = 0
        try:
            super()._endBuild()
        finally:
            self._doSave = save
        if self.toc_placeholder is not None:
            self.toc_placeholder.draw_form(self.canv, self.toc_pages)
        if save:
            self.canv.save()

    def beforeDocument(self) -> None:
        if self.stamp is not None:  # CreationDate/ModDate: the report's date, not 2000-01-01
            self.canv._doc._timeStamp = _Stamp(self.stamp)
        self._levels = []
        self.toc_pages = {}
        self.canv.showOutline()
