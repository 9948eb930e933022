"""Figures drawn with reportlab.graphics: Şekil 1 (organisation chart from the unit tree) and
Şekil 2 (total appropriation, spending and spending rate by year)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..domain.model import ReportYear, Unit
from ..domain.numbers import format_number, format_value
from .fonts import COND, COND_BOLD, register_fonts
from .styles import PRIMARY, SUBTOTAL_BG, TOTAL_BG

BOX_FONT = 6.6
BOX_LEAD = 7.8
PAD = 3.0
COLLAPSE_OVER = 12  # more leaves than this under one node are summarised ("81 İl ...")


@dataclass
class _Column:
    header: Unit | None
    items: list[str] = field(default_factory=list)


def _summarise(units: list[Unit]) -> list[str]:
    """Many sibling units → "81 İl Göç İdaresi Müdürlüğü" (the count and the common name end)."""
    if len(units) <= COLLAPSE_OVER:
        return [u.name for u in units]
    by_kind: dict[str, list[Unit]] = {}
    for u in units:
        by_kind.setdefault(u.kind.value, []).append(u)
    out = []
    for group in by_kind.values():
        words = [u.name.split() for u in group]
        common: list[str] = []
        for i in range(1, min(len(w) for w in words) + 1):
            tail = {tuple(w[-i:]) for w in words}
            if len(tail) != 1:
                break
            common = list(next(iter(tail)))
        label = " ".join(common) if common else "birim"
        out.append(f"{len(group)} {label}" if len(group) > 1 else group[0].name)
    return out


def _columns(report: ReportYear, node: Unit) -> list[_Column]:
    kids = report.children(node.code)
    if not kids:
        return [_Column(None, [])]
    if len(kids) > COLLAPSE_OVER and not any(report.children(k.code) for k in kids):
        return [_Column(None, _summarise(kids))]
    cols = [_Column(k, _summarise(report.children(k.code))) for k in kids
            if report.children(k.code)]
    leaves = [k for k in kids if not report.children(k.code)]
    if leaves:
        cols.append(_Column(None, _summarise(leaves)))
    return cols


def column_count(report: ReportYear) -> int:
    """How many columns the organisation chart of ``report`` needs."""
    root = report.root_unit()
    if root is None:
        return 0
    level1 = report.children(root.code)
    if len(level1) > COLLAPSE_OVER and not any(report.children(n.code) for n in level1):
        return len(_summarise(level1))
    return sum(len(_columns(report, n)) for n in level1)


def _lines(text: str, width: float, bold: bool = False) -> list[str]:
    return simpleSplit(text, COND_BOLD if bold else COND, BOX_FONT, width - 2 * PAD) or [""]


def _box(d: Group, x: float, top: float, w: float, lines: list[str], *, fill: colors.Color,
         bold: bool = False, fg: colors.Color = colors.black) -> float:
    h = len(lines) * BOX_LEAD + 2 * PAD
    d.add(Rect(x, top - h, w, h, fillColor=fill, strokeColor=PRIMARY, strokeWidth=0.6))
    for i, ln in enumerate(lines):
        d.add(String(x + w / 2, top - PAD - (i + 1) * BOX_LEAD + 1.8, ln,
                     fontName=COND_BOLD if bold else COND, fontSize=BOX_FONT, fillColor=fg,
                     textAnchor="middle"))
    return h


def org_chart(report: ReportYear, width: float, max_height: float) -> Drawing:
    """Organisation chart of the tree under the report's root unit, scaled to fit."""
    register_fonts()
    root = report.root_unit()
    if root is None:
        return Drawing(width, 10)
    level1 = report.children(root.code)
    if len(level1) > COLLAPSE_OVER and not any(report.children(n.code) for n in level1):
        # many leaves right under the root (a unit report of the provincial organisation):
        # one box per kind, "81 İl Göç İdaresi Müdürlüğü", rather than 81 slivers
        level1 = [Unit(f"{root.code}#{i}", text, n.kind, root.code)
                  for i, (text, n) in enumerate(zip(_summarise(level1), level1, strict=False))]
        return _draw(report, root, level1, width, max_height, leaves=True)
    return _draw(report, root, level1, width, max_height)


def _draw(report: ReportYear, root: Unit, level1: list[Unit], width: float, max_height: float,
          leaves: bool = False) -> Drawing:
    groups = [(n, [_Column(None, [])] if leaves else _columns(report, n)) for n in level1]
    ncols = max(1, sum(len(c) for _, c in groups))
    gap = 6.0
    col_w = min(130.0, (width - gap * (ncols - 1)) / ncols)
    total_w = ncols * col_w + gap * (ncols - 1)
    x0 = (width - total_w) / 2
    line = dict(strokeColor=PRIMARY, strokeWidth=0.6)
    # heights first (top-down coordinates), then draw onto a tall drawing and crop
    root_w = min(total_w, 220.0)
    root_lines = _lines(root.name, root_w, True)
    root_h = len(root_lines) * BOX_LEAD + 2 * PAD
    l1_lines = {}
    ci = 0
    spans = []
    for n, cols in groups:
        span_w = len(cols) * col_w + gap * (len(cols) - 1)
        bw = min(span_w, max(col_w, 160.0))
        l1_lines[n.code] = _lines(n.name, bw, True)
        spans.append((n, cols, x0 + ci * (col_w + gap), span_w, bw))
        ci += len(cols)
    l1_h = max((len(v) for v in l1_lines.values()), default=1) * BOX_LEAD + 2 * PAD
    hdr_h = max((len(_lines(c.header.name, col_w, True)) for _, cols in groups for c in cols
                 if c.header), default=0) * BOX_LEAD + 2 * PAD
    vgap = 14.0
    big = 4000.0
    d = Group()
    top = big
    rx = (width - root_w) / 2
    _box(d, rx, top, root_w, root_lines, fill=PRIMARY, bold=True, fg=colors.white)
    y_bus1 = top - root_h - vgap / 2
    y_l1 = top - root_h - vgap
    if spans:
        d.add(Line(width / 2, top - root_h, width / 2, y_bus1, **line))
        centres = [sx + sw / 2 for _, _, sx, sw, _ in spans]
        d.add(Line(min(centres), y_bus1, max(centres), y_bus1, **line))
    bottom = top - root_h
    for n, cols, sx, sw, bw in spans:
        cx = sx + sw / 2
        d.add(Line(cx, y_bus1, cx, y_l1, **line))
        _box(d, cx - bw / 2, y_l1, bw, l1_lines[n.code], fill=TOTAL_BG, bold=True)
        y_after_l1 = y_l1 - l1_h
        bottom = min(bottom, y_after_l1)
        has_cols = any(c.header or c.items for c in cols)
        if not has_cols:
            continue
        y_bus2 = y_after_l1 - vgap / 2
        y_cols = y_after_l1 - vgap
        col_centres = [sx + i * (col_w + gap) + col_w / 2 for i in range(len(cols))]
        d.add(Line(cx, y_after_l1, cx, y_bus2, **line))
        d.add(Line(min(col_centres + [cx]), y_bus2, max(col_centres + [cx]), y_bus2, **line))
        for i, col in enumerate(cols):
            x = sx + i * (col_w + gap)
            d.add(Line(col_centres[i], y_bus2, col_centres[i], y_cols, **line))
            y = y_cols
            if col.header is not None:
                _box(d, x, y, col_w, _lines(col.header.name, col_w, True), fill=SUBTOTAL_BG,
                     bold=True)
                y -= hdr_h
                stem_top = y
            else:
                stem_top = y
            item_x = x + 8
            item_w = col_w - 8
            y_first = y
            last_mid = None
            for j, item in enumerate(col.items):
                y -= 4 if (j or col.header is not None) else 0
                h = _box(d, item_x, y, item_w, _lines(item, item_w), fill=colors.white)
                last_mid = y - h / 2
                d.add(Line(x + 3, last_mid, item_x, last_mid, **line))
                y -= h
            if last_mid is not None and (col.header is not None or y_first != stem_top):
                d.add(Line(x + 3, stem_top, x + 3, last_mid, **line))
            elif last_mid is not None:
                d.add(Line(x + 3, y_first, x + 3, last_mid, **line))
            bottom = min(bottom, y)
    used = top - bottom + 2
    scale = min(1.0, max_height / used)
    d.transform = (scale, 0, 0, scale, width * (1 - scale) / 2, -(big - used) * scale)
    out = Drawing(width, used * scale, initialFontName=COND)
    out.add(d)
    return out


@dataclass(frozen=True)
class RateBar:
    label: str  # "2024 (%94,21)"
    total_appropriation: Decimal
    spending: Decimal


SCALES = ((Decimal(10) ** 9, "Milyar TL"), (Decimal(10) ** 6, "Milyon TL"),
          (Decimal(10) ** 3, "Bin TL"), (Decimal(1), "TL"))


def chart_scale(top: Decimal) -> tuple[Decimal, str]:
    """The unit of the value axis: the largest of milyar/milyon/bin TL below ``top``, so a
    unit's few million TL do not read as ticks of "0" milyar."""
    return next(((d, name) for d, name in SCALES if top >= d), SCALES[-1])


def tick_label(v: float) -> str:
    """A value-axis tick as people write it: "0", "2,5", "40" (no run of equal "0" ticks)."""
    return format_value(Decimal(str(round(v, 2))))


def spending_chart(bars: list[RateBar], width: float, height: float = 230) -> Drawing:
    """Şekil 2: grouped bars (total appropriation, spending) per year, rate in the labels.

    The full amounts stand level above the bars, in a size that fits the bar's width; the
    axis unit sits above the value axis; the axis leaves room above the highest label."""
    register_fonts()
    d = Drawing(width, height, initialFontName=COND)
    ch = VerticalBarChart()
    ch.x, ch.y = 45, 45
    ch.width, ch.height = width - 60, height - 80
    top_amount = max([b.total_appropriation for b in bars] + [b.spending for b in bars]
                     + [Decimal(1)])
    div, unit = chart_scale(top_amount)
    ch.data = [[float(b.total_appropriation / div) for b in bars],
               [float(b.spending / div) for b in bars]]
    ch.categoryAxis.categoryNames = [b.label for b in bars]
    ch.categoryAxis.labels.fontName = COND_BOLD
    ch.categoryAxis.labels.fontSize = 8
    ch.categoryAxis.labels.dy = -4
    ch.valueAxis.valueMin = 0
    top = float(top_amount / div) or 1.0
    ch.valueAxis.valueMax = top * 1.12
    ch.valueAxis.labels.fontName = COND
    ch.valueAxis.labels.fontSize = 7
    ch.valueAxis.labelTextFormat = tick_label
    ch.bars[0].fillColor = colors.HexColor("#8FA8D6")
    ch.bars[1].fillColor = PRIMARY
    ch.barSpacing = 2
    ch.groupSpacing = 10
    labels = [[format_number(b.total_appropriation) for b in bars],
              [format_number(b.spending) for b in bars]]
    # bar width as VerticalBarChart lays it out: each group holds two bars (barWidth 10
    # each), the spacing between them and a group spacing, scaled to the group's width
    group = ch.width / max(1, len(bars))
    bar_w = group * 10 / (2 * 10 + ch.barSpacing + ch.groupSpacing)
    widest = max(stringWidth(t, COND, 6.5) for row in labels for t in row)
    ch.barLabels.fontName = COND
    ch.barLabels.fontSize = max(4.0, min(6.5, 6.5 * (bar_w + ch.barSpacing) / widest))
    ch.barLabels.angle = 0
    ch.barLabels.boxAnchor = "s"
    ch.barLabels.nudge = 2
    ch.barLabelFormat = "values"
    ch.barLabelArray = labels
    d.add(ch)
    d.add(String(ch.x - 4, ch.y + ch.height + 8, unit, fontName=COND, fontSize=7,
                 textAnchor="middle"))
    leg = Legend()
    leg.x, leg.y = width / 2 - 80, 14
    leg.dx, leg.dy = 8, 8
    leg.fontName, leg.fontSize = COND, 8
    leg.columnMaximum = 1
    leg.deltax = 90
    leg.alignment = "right"
    leg.colorNamePairs = [(ch.bars[0].fillColor, "Toplam Ödenek"), (PRIMARY, "Harcama")]
    d.add(leg)
    return d
