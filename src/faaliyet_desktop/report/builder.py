"""build_report: the institution report or a unit report as one PDF, deterministically.

The story is assembled from one module per chapter (``chapters/``); ReportLab's ``multiBuild``
lays it out until the table of contents' page numbers are stable. The same data gives a
byte-identical file (invariant mode: a fixed document id; the dates are the report's own
date, see :func:`report_date`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.platypus import Flowable

from .. import __version__
from ..domain.acknowledgements import Acknowledged
from ..domain.model import ReportYear
from ..domain.numbers import tr_lower
from .chapters import acknowledged as acknowledged_annex
from .chapters import aims, capacity, finance, front, general, performance
from .context import Ctx
from .flow import with_legends
from .fonts import register_fonts
from .scope import restrict
from .template import ReportCancelled, ReportDocTemplate
from .toc import TocPlaceholder

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def build_story(ctx: Ctx, acknowledged: Sequence[Acknowledged] = ()) -> list[Flowable]:
    body: list[Flowable] = []
    body += front.foreword(ctx)
    body += general.build(ctx)
    body += aims.build(ctx)
    body += finance.build(ctx)
    body += performance.build(ctx)
    body += capacity.build(ctx)
    body += front.annexes(ctx)
    body += acknowledged_annex.build(ctx, acknowledged)
    body = with_legends(body)
    return front.cover(ctx) + front.contents(ctx, body) + body


def make_context(report: ReportYear, unit: str | None = None) -> Ctx:
    if unit is None:
        return Ctx(report)
    restricted, scope = restrict(report, unit)
    return Ctx(restricted, scope)


def build_report(report: ReportYear, out: str | Path | BinaryIO, *, unit: str | None = None,
                 draft: bool = False, progress: Progress | None = None,
                 cancel: Cancel | None = None, acknowledged: Sequence[Acknowledged] = ()
                 ) -> None:
    """Write the PDF of ``report`` (or of the unit ``unit``) to ``out``.

    ``progress(done, total)`` is called as the layout advances; ``cancel()`` returning True
    stops the build with :class:`ReportCancelled` and leaves no file behind. ``draft`` puts a
    "TASLAK" watermark on every page. Raises :class:`~.scope.UnknownUnitError` for an unknown
    unit code. ``acknowledged``: findings accepted with a reason, listed in an annex.
    """
    register_fonts()
    stamp = report_date(report)  # from the full data: a unit report keeps the same date
    ctx = make_context(report, unit)
    story = build_story(ctx, acknowledged)
    for f in story:
        f._story_item = True  # type: ignore[attr-defined]
    n = len(story)
    expected_passes = 1 if any(isinstance(f, TocPlaceholder) for f in story) else 2
    state = {"done": 0}

    def step() -> None:
        if cancel is not None and cancel():
            raise ReportCancelled("Rapor oluşturma iptal edildi.")
        state["done"] += 1
        if progress is not None:
            total = n * expected_passes
            progress(min(state["done"], total - 1), total)

    if isinstance(out, (str, Path)):
        target = Path(out)
        fd, tmp = tempfile.mkstemp(prefix=".rapor-", suffix=".pdf", dir=target.parent or ".")
        os.close(fd)
        try:
            _build(ctx, story, tmp, draft, step, stamp)
            os.chmod(tmp, 0o666 & ~_umask())  # as open() would create it, not mkstemp's 0600
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    else:
        _build(ctx, story, out, draft, step, stamp)
    if progress is not None:
        progress(n * expected_passes, n * expected_passes)


@contextmanager
def pdf_settings() -> Iterator[None]:
    """Binary (not ASCII85) compressed streams: smaller files, and much faster without
    ReportLab's optional C accelerator. Restored afterwards (ReportLab keeps it globally)."""
    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


def _umask() -> int:
    """The process umask (read by setting it, then restoring it at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def report_date(report: ReportYear) -> date:
    """The report's own date, for CreationDate/ModDate: the month of the EK-1 signature
    ("Şubat 2025" → 1 February 2025), else of any annex signature, else 1 January of the year
    after the report year (a report is made once its year has ended). The same data gives
    the same date, so the same bytes."""
    decls = sorted(report.declarations, key=lambda d: d.key)
    for d in decls:
        parsed = parse_month_year(d.date)
        if parsed is not None:
            return parsed
    return date(report.year + 1, 1, 1)


def parse_month_year(text: str) -> date | None:
    """"Şubat 2025" / "28 Şubat 2025" / "02.2025" → the date (first of the month when no day)."""
    words = tr_lower(text or "").replace(".", " ").replace("/", " ").split()
    nums = [int(w) for w in words if w.isdigit()]
    years = [n for n in nums if 1900 <= n <= 2999]
    if not years:
        return None
    month = next((MONTHS.index(w) + 1 for w in words if w in MONTHS), None)
    small = [n for n in nums if n < 100]
    if month is None:
        month = small[-1] if small and 1 <= small[-1] <= 12 else None
        small = small[:-1]
    if month is None:
        return None
    day = small[0] if small and 1 <= small[0] <= 31 else 1
    try:
        return date(years[0], month, day)
    except ValueError:
        return date(years[0], month, 1)


MONTHS = ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
          "ekim", "kasım", "aralık")


def _build(ctx: Ctx, story: list[Flowable], out: str | BinaryIO, draft: bool,
           step: Callable[[], None], stamp: date) -> None:
    kind = "Birim Faaliyet Raporu" if ctx.is_unit else "İdare Faaliyet Raporu"
    doc = ReportDocTemplate(
        out, header_text=ctx.header_text, draft=draft, step=step,
        title=f"{ctx.institution} – {ctx.title}", author=ctx.institution,
        subject=f"{ctx.year} Yılı {kind}" + (" (TASLAK)" if draft else ""),
        creator=f"Faaliyet Desktop {__version__}", producer="Faaliyet Desktop (ReportLab)",
        keywords=["faaliyet raporu", str(ctx.year), ctx.institution],
        lang="tr-TR", invariant=1, initialFontName="DejaVuSans", pageCompression=1,
        stamp=stamp,
    )
    placeholder = next((f for f in story if isinstance(f, TocPlaceholder)), None)
    with pdf_settings():
        if placeholder is not None:
            doc.toc_placeholder = placeholder
            doc.build(story)
        else:
            doc.multiBuild(story, maxPasses=6)
