"""Page templates of the report: cover, portrait and landscape pages with header, footer and
the optional "TASLAK" watermark; headings go to the PDF outline and the table of contents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
)
from reportlab.platypus.doctemplate import ActionFlowable

from .fonts import SANS, SANS_BOLD
from .styles import GRID, PRIMARY, WATERMARK

MARGIN_X = 1.8 * cm
MARGIN_TOP = 2.0 * cm
MARGIN_BOTTOM = 1.8 * cm


class _Stamp:
    """What ReportLab reads from its TimeStamp for the info dates: a fixed UTC midnight."""

    def __init__(self, day: date) -> None:
        moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
        self.t = moment.timestamp()
        self.lt = moment.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


class ReportCancelled(Exception):
    """The user cancelled the build; no file is left behind."""


class LandscapeFloat(Flowable):
    """Content for a landscape page of its own (a wide figure), placed where the current
    portrait page ends rather than where it stands in the story: the text after it fills the
    page first, so the page before the landscape page is not left near-empty."""

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.content = content

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def is_heading(f: Flowable) -> bool:
    """A heading or caption: it must stand above its content, never last on a page."""
    return getattr(f, "outline_level", None) is not None or getattr(f, "is_label", False)


MIN_LINES = 2  # a heading is followed on its page by at least two lines of its content


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
        self._floats: list[LandscapeFloat] = []
        self._story: list[Flowable] = []
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

    # --- landscape floats and headings kept with their content ------------------------------
    def handle_flowable(self, flowables: list[Flowable]) -> None:
        self._story = flowables
        f = flowables[0] if flowables else None
        if isinstance(f, LandscapeFloat):
            del flowables[0]
            self._floats.append(f)
            return
        super().handle_flowable(flowables)

    def handle_pageEnd(self) -> None:
        """A portrait page ends: the pending landscape floats come next, each on its page."""
        if self._floats and self.pageTemplate.id == "portrait":
            content: list[Flowable] = []
            for fl in self._floats:
                content += fl.content + [PageBreak()]
            self._floats = []
            nxt = self.pageTemplates[self._nextPageTemplateIndex].id if getattr(
                self, "_nextPageTemplateIndex", None) is not None else "portrait"
            self.handle_nextPageTemplate("landscape")
            self._story[0:0] = content[:-1] + [NextPageTemplate(nxt), PageBreak()]
        super().handle_pageEnd()

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        """A heading that would end the page, with its content on the next, starts the next
        page instead (keepWithNext alone lets nested KeepTogethers strand a heading)."""
        f = flowables[0] if flowables else None
        if f is None or not is_heading(f) or getattr(self.frame, "_atTop", 1):
            return
        frame = self.frame
        avail = frame._y - frame._y1p
        need = self._lead_height(flowables, frame._getAvailableWidth(), frame._height)
        if need > avail:
            flowables.insert(0, _FrameBreak())

    def _lead_height(self, flowables: list[Flowable], width: float, full: float) -> float:
        """Height of the headings at the front of ``flowables`` and the first lines of what
        follows them."""
        total = 0.0
        for f in flowables:
            if isinstance(f, ActionFlowable) or isinstance(f, LandscapeFloat):
                return total
            if is_heading(f) or getattr(f, "getKeepWithNext", lambda: 0)():
                total += _height(f, width, full) + f.getSpaceBefore()
                continue
            return total + _first_lines(f, width, full)
        return total

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

    def afterFlowable_log(self, flowable: Flowable) -> None:
        """Hook for tests: called with every flowable placed (after afterFlowable)."""

    def beforeDocument(self) -> None:
        if self.stamp is not None:  # CreationDate/ModDate: the report's date, not 2000-01-01
            self.canv._doc._timeStamp = _Stamp(self.stamp)
        self._levels = []
        self._floats = []
        self.toc_pages = {}
        self.canv.showOutline()


class _FrameBreak(ActionFlowable):
    def __init__(self) -> None:
        super().__init__(("frameEnd", 0))


def _height(f: Flowable, width: float, full: float) -> float:
    _, h = f.wrap(width, full)
    return float(h) + f.getSpaceAfter()


def _first_lines(f: Flowable, width: float, full: float) -> float:
    """The least of ``f`` that must share the page with the heading above it."""
    if isinstance(f, KeepTogether):
        parts = list(f._content)
        h = sum(_height(x, width, full) for x in parts if not isinstance(x, ActionFlowable))
        return h if h <= full else (_first_lines(parts[0], width, full) if parts else 0.0)
    if isinstance(f, Table):  # its header rows and first body row, measured cell by cell
        total = 0.0
        for row in f._cellvalues[: f.repeatRows + 1]:
            total += max((_cell_height(c, w) for c, w in zip(row, f._colWidths, strict=False)),
                         default=0.0) + ROW_PAD
        return total
    if isinstance(f, Paragraph):
        h = _height(f, width, full)
        return min(h, MIN_LINES * f.style.leading + f.style.spaceBefore)
    try:
        return _height(f, width, full)
    except Exception:  # a flowable that cannot be measured here is not kept with
        return 0.0


ROW_PAD = 2 + 2.5  # top and bottom padding of the data tables (styles.base_table_style)
CELL_PAD = 3 + 3


def _cell_height(c: object, col_width: float | None) -> float:
    if isinstance(c, (list, tuple)):
        return sum(_cell_height(x, col_width) for x in c)
    if isinstance(c, Flowable) and col_width:
        return float(c.wrap(col_width - CELL_PAD, 10_000)[1])
    return 0.0
