"""The PDF as it is printed: numbers whole, pages filled, no stranded heading, true metadata,
a readable file mode (issue 14)."""

from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from faaliyet_desktop.domain import derived
from faaliyet_desktop.domain.numbers import format_number
from faaliyet_desktop.report import build_report

from .conftest import build_bytes, read_pdf

needs_poppler = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdftoppm")),
                                   reason="poppler-utils not installed")


def layout_text(data: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                          check=True).stdout.decode("utf-8")


# --- numbers are never broken inside a cell -----------------------------------------------
def huge_report(sample):
    """The sample with amounts at the import limit (10^13 TL) and one of 10^15 TL, so the
    totals of Tables 7, 9, 10, 11 and 13 go beyond 10^15."""
    r = copy.deepcopy(sample)
    big = Decimal("9876543210987")  # 13 digits
    for i, b in enumerate(r.budget_lines):
        b.kbo = big + i
        if b.added is not None:
            b.added = big - 7 * i
        if b.deducted is not None:
            b.deducted = Decimal("1234567890123") + i
        if b.spending is not None:
            b.spending = big - 3 * i
    r.budget_lines[0].kbo = Decimal(10) ** 15
    for i, a in enumerate(r.activities):
        a.kbo, a.total_appropriation, a.realisation = big + i, big + 2 * i, big - i
    for i, u in enumerate(r.unit_spending):
        u.kbo, u.total_appropriation, u.realisation = big + i, Decimal(10) ** 15 + i, big - i
    return r


def amounts(report) -> set[str]:
    """Every amount of Tables 7, 9, 10, 11 and 13, as printed."""
    y = report.year
    out: set[object] = set()
    for old, new in ((y - 1, y), (y, y + 1)):
        for row in derived.comparison_rows(report, old, new):
            out |= {row.old, row.new}
    rows = derived.budget_rows(report, y)
    for row in rows + [derived.budget_total(rows)]:
        out |= {row.kbo, row.added, row.deducted, row.total_appropriation, row.spending,
                row.remaining}
    for row in derived.activity_rows(report) + derived.unit_spending_rows(report):
        out |= {row.kbo, row.total_appropriation, row.realisation}
    return {format_number(v) for v in out if v is not None}  # type: ignore[arg-type]


@needs_poppler
def test_amounts_up_to_10_to_the_15_stay_on_one_line(sample_report):
    report = huge_report(sample_report)
    wanted = amounts(report)
    assert any(len(a) >= len("1.000.000.000.000.000") for a in wanted)  # totals beyond 10^15
    text = layout_text(build_bytes(report))
    lines = text.splitlines()
    broken = sorted(a for a in wanted if not any(a in ln for ln in lines))
    assert not broken, broken


# --- metadata date and file mode -----------------------------------------------------------
def test_metadata_dates_are_the_reports_own_date(report_pdf, sample_report):
    meta = report_pdf.reader.metadata
    ek1 = next(d for d in sample_report.declarations if d.key == "ek1")
    assert ek1.date == "Şubat 2025"
    assert meta["/CreationDate"].startswith("D:20250201000000")
    assert meta["/ModDate"] == meta["/CreationDate"]


def test_metadata_date_follows_the_signature_and_stays_reproducible(sample_report):
    from faaliyet_desktop.report.builder import parse_month_year

    r = copy.deepcopy(sample_report)
    for d in r.declarations:
        d.date = "Mart 2025"
    first = build_bytes(r)
    assert read_pdf(first).reader.metadata["/CreationDate"].startswith("D:20250301")
    assert build_bytes(r) == first  # same data, same bytes
    for d in r.declarations:
        d.date = ""
    assert read_pdf(build_bytes(r)).reader.metadata["/CreationDate"].startswith(
        f"D:{r.year + 1}0101")
    assert parse_month_year("28 Aralık 2024").isoformat() == "2024-12-28"
    assert parse_month_year("ŞUBAT 2025").isoformat() == "2025-02-01"
    assert parse_month_year("02.2025").isoformat() == "2025-02-01"
    assert parse_month_year("yakında") is None


def test_unit_report_carries_the_institution_reports_date(unit_pdf):
    assert unit_pdf.reader.metadata["/CreationDate"].startswith("D:20250201")


@pytest.mark.skipif(os.name != "posix", reason="Windows has no umask or POSIX file modes")
@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077])
def test_written_file_respects_the_umask(sample_report, tmp_path, mask):
    old = os.umask(mask)
    try:
        build_report(sample_report, tmp_path / "r.pdf", unit="IL06")
    finally:
        os.umask(old)
    assert (tmp_path / "r.pdf").stat().st_mode & 0o777 == 0o666 & ~mask


# --- near-empty pages ----------------------------------------------------------------------
CM = 72 / 2.54


def page_fill(data: bytes, tmp_path: Path, dpi: int = 20) -> list[float]:
    """How far down its body each page is inked: (lowest inked pixel row − top of the body) /
    body height, where the body is the page between the top margin (2,0 cm) and the bottom
    margin (1,8 cm) — the running header and the page number lie outside it. A row is inked
    when a pixel is darker than mid-grey (160 of 255) in a ``pdftoppm -gray`` rendering."""
    from PIL import Image

    pdf = tmp_path / "fill.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(tmp_path / "p")],
                   check=True)
    out = []
    for f in sorted(tmp_path.glob("p-*.pgm"), key=lambda p: int(p.stem.split("-")[1])):
        im = Image.open(f)
        w, h = im.size
        s = dpi / 72
        top, bottom = int(2.0 * CM * s), h - int(1.8 * CM * s)
        px = im.load()
        low = next((y for y in range(bottom - 1, top - 1, -1)
                    if any(px[x, y] < 160 for x in range(w))), None)
        out.append(0.0 if low is None else (low - top) / (bottom - top))
    return out


def chapter_starts(reader) -> set[int]:
    return {reader.get_destination_page_number(it) + 1 for it in reader.outline
            if not isinstance(it, list)}


@needs_poppler
def test_no_page_is_left_near_empty(report_pdf, tmp_path):
    """No page but the cover, a chapter's last page (the page before a top-level outline
    entry) and the last page is less than 40 % filled."""
    pdf = report_pdf
    fills = page_fill(pdf.data, tmp_path)
    assert len(fills) == len(pdf.pages)
    starts = chapter_starts(pdf.reader)
    exempt = {1, len(fills)} | {p - 1 for p in starts}
    low = {n: round(f, 2) for n, f in enumerate(fills, 1) if n not in exempt and f < 0.4}
    assert not low, low


# --- headings are never stranded -----------------------------------------------------------
def placed_flowables(report, **kw) -> list[tuple[int, str, str]]:
    """(page, kind, text) of every flowable in the order it was placed."""
    from faaliyet_desktop.report import template

    log: list[tuple[int, str, str]] = []
    original = template.ReportDocTemplate.afterFlowable

    def spy(self, flowable):
        kind = "heading" if template.is_heading(flowable) else type(flowable).__name__
        if not isinstance(flowable, template.ActionFlowable):
            text = getattr(flowable, "outline_text", "") or getattr(flowable, "text", "")
            log.append((self.page, kind, str(text)[:60]))
        original(self, flowable)

    template.ReportDocTemplate.afterFlowable = spy
    try:
        build_bytes(report, **kw)
    finally:
        template.ReportDocTemplate.afterFlowable = original
    return log


@pytest.mark.parametrize("unit", [None, "YGM"])
def test_no_heading_is_the_last_flowable_on_its_page(sample_report, unit):
    log = placed_flowables(sample_report, unit=unit)
    last_on_page: dict[int, tuple[str, str]] = {}
    for page, kind, text in log:
        if kind not in ("Spacer", "TocPlaceholder", "LandscapeFloat"):
            last_on_page[page] = (kind, text)
    stranded = {p: t for p, (k, t) in last_on_page.items() if k == "heading"}
    assert not stranded, stranded
    assert sum(1 for _, k, _ in log if k == "heading") > 30  # the spy saw the headings


def test_a_heading_near_the_foot_of_a_page_moves_to_the_next(sample_report):
    """A long narrative pushes every later heading down the page: for none of the offsets
    is a heading left as the last flowable of its page."""
    for extra in range(0, 12, 3):
        r = copy.deepcopy(sample_report)
        r.narratives["strategic_plan"] = (r.narratives.get("strategic_plan") or "") + (
            "\n\n" + "Ek açıklama satırı. " * 12) * extra
        log = placed_flowables(r)
        last: dict[int, str] = {}
        for page, kind, _ in log:
            if kind not in ("Spacer", "TocPlaceholder"):
                last[page] = kind
        assert "heading" not in last.values(), extra


# --- what "—" and "…" mean -----------------------------------------------------------------
@needs_poppler
def test_every_table_with_a_mark_has_its_legend(report_pdf):
    text = layout_text(report_pdf.data)
    assert "— : payda sıfır ya da tanımsız" in text and "… : girilmedi" in text
    from faaliyet_desktop.report.builder import build_story, make_context
    from faaliyet_desktop.report.flow import LEGEND

    def walk(flowables):
        for i, f in enumerate(flowables):
            inner = getattr(f, "_content", None)
            if isinstance(inner, list):
                yield from walk(inner)
            if getattr(f, "marks", None):
                nxt = flowables[i + 1] if i + 1 < len(flowables) else None
                yield f.marks, getattr(nxt, "text", "")

    found = list(walk(build_story(make_context(report_pdf_sample(report_pdf)))))
    assert found
    for marks, legend in found:
        for m in marks:
            assert LEGEND[m] in legend.replace("&amp;", "&")


def report_pdf_sample(_pdf):
    from faaliyet_desktop.sample import load_sample

    return load_sample()


@needs_poppler
def test_not_entered_and_undefined_are_told_apart(sample_report):
    """Form-4: no year-end entered → "…"; a reported 0 → "0"; a target of 0 → status "—"."""
    from faaliyet_desktop.domain.model import Aggregation

    r = copy.deepcopy(sample_report)
    ind = next(i for i in r.indicators if i.code == "GY.GYH.F4-1")
    assert ind.in_form4 and not ind.in_form3 and ind.target == 120000
    assert ind.typed_year_end == 0  # the seed's reported 0 (the sample keeps it)
    assert re.search(r"120\.000\s+0\s+Ulaşılamadı", layout_text(build_bytes(r)))
    ind.aggregation, ind.typed_year_end = Aggregation.TYPED, None  # not entered
    assert re.search(r"120\.000\s+…\s+…\s*\n", layout_text(build_bytes(r)))
    ind.typed_year_end = Decimal(0)
    ind.target = Decimal(0)
    assert re.search(r"\n\s+0\s+0\s+—\s*\n", layout_text(build_bytes(r)))


@needs_poppler
def test_form3_quarters_share_one_precision(report_pdf):
    text = layout_text(report_pdf.data)
    line = next(ln for ln in text.splitlines() if "228,14" in ln)
    assert "139,80" in line and "64,32" in line and "175,00" in line


@needs_poppler
def test_percent_pgs_print_percent_values(report_pdf):
    text = layout_text(report_pdf.data)
    lines = text.splitlines()
    at = next(n for n, ln in enumerate(lines) if ln.startswith("PG6.1.1"))
    row = " ".join(lines[at:at + 3])  # the name may wrap; the figures stand on one line
    assert re.search(r"%50\s+%0\s+%5\s+%3,33\s+%66,60", row), row


# --- details -------------------------------------------------------------------------------
def _outline(reader) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def walk(items, depth):
        for it in items:
            if isinstance(it, list):
                walk(it, depth + 1)
            else:
                out.append((depth, it.title))

    walk(reader.outline, 0)
    return out


def test_form3_and_form4_bookmarks_are_siblings_under_i(report_pdf):
    entries = _outline(report_pdf.reader)
    depth_i = next(d for d, t in entries if t.startswith("i. Alt Program Hedef"))
    tables = [(d, t) for d, t in entries if t.startswith(("Tablo 15.", "Tablo 16."))]
    assert len(tables) == 3
    assert {d for d, _ in tables} == {depth_i + 1}
    # the seed's order: Göçmenlere Yönelik Hizmetler, then Düzensiz Göç, then Form-4
    assert [t.rsplit(" – ", 1)[-1] for _, t in tables[:2]] == [
        "Göçmenlere Yönelik Hizmetler", "Düzensiz Göç"]
    assert any(t.startswith("ii. Performans Denetim") for _, t in entries)


@needs_poppler
def test_table11_provincial_row_is_labelled_from_its_units(report_pdf, sample_report):
    text = layout_text(report_pdf.data)
    assert re.search(r"İL GÖÇ İDARESİ MÜDÜRLÜKLERİ\s+7\.555\.523\.000", text)
    table11 = text.split("Tablo 11.")[1].split("Tablo 12.")[0]
    assert "TAŞRA TEŞKİLATI " not in table11
    assert "DAİRE BAŞKANLIKLARI" not in table11  # a genel müdürlük keeps its name
    assert re.search(r"YABANCILAR GENEL MÜDÜRLÜĞÜ\s+32\.319\.000", table11)
    r = copy.deepcopy(sample_report)  # a unit's own name when its sub-units have rows
    from faaliyet_desktop.domain.model import UnitSpending

    r.unit_spending += [UnitSpending(unit="IL06", kbo=Decimal(5), total_appropriation=Decimal(5),
                                     realisation=Decimal(5), order=99)]
    text = layout_text(build_bytes(r))
    assert re.search(r"TAŞRA TEŞKİLATI\s+7\.555\.523\.000", text)


def test_total_rows_are_bold_throughout(sample_report):
    from faaliyet_desktop.report.builder import build_story, make_context
    from faaliyet_desktop.report.fonts import COND_BOLD

    def tables(flowables):
        for f in flowables:
            inner = getattr(f, "_content", None)
            if isinstance(inner, list):
                yield from tables(inner)
            if hasattr(f, "_cellvalues"):
                yield f

    checked = 0
    for t in tables(build_story(make_context(sample_report))):
        for row in t._cellvalues:
            label = next((getattr(c, "text", "") for c in row[:2] if getattr(c, "text", "")),
                         "")
            if label in ("Toplam", "Genel Toplam", "GENEL TOPLAM", "TOPLAM"):
                fonts = {c.style.fontName for c in row if getattr(c, "text", "")}
                assert fonts == {COND_BOLD}, (label, fonts)
                checked += 1
    assert checked >= 10


@pytest.mark.parametrize("unit", [None, "YGM", "TASRA", "MERKEZ", "DGM"])
def test_organisation_chart_stays_in_the_text_block(sample_report, unit):
    from faaliyet_desktop.report.builder import make_context
    from faaliyet_desktop.report.charts import column_count, org_chart
    from faaliyet_desktop.report.context import LANDSCAPE_W, PORTRAIT_H, PORTRAIT_W

    report = make_context(sample_report, unit).report
    width = PORTRAIT_W if column_count(report) <= 4 else LANDSCAPE_W
    x0, _, x1, _ = org_chart(report, width, PORTRAIT_H * 0.8).getBounds()
    assert x0 >= 0 and x1 <= width + 0.01, (x0, x1, width)


def test_organisation_chart_shows_every_scope(sample_report):
    from faaliyet_desktop.report.charts import org_chart
    from faaliyet_desktop.report.context import LANDSCAPE_W, PORTRAIT_H

    d = org_chart(sample_report, LANDSCAPE_W, PORTRAIT_H)
    texts = {s.text for s in _strings(d)}
    assert {"Merkez Teşkilatı", "Taşra Teşkilatı", "Yurt Dışı Teşkilatı"} <= texts


def _strings(node):
    from reportlab.graphics.shapes import String

    for c in getattr(node, "contents", []):
        if isinstance(c, String):
            yield c
        yield from _strings(c)


def test_figure_2_labels_are_level_and_a_units_axis_is_readable(sample_report):
    from faaliyet_desktop.report.charts import RateBar, spending_chart

    d = spending_chart([RateBar("2024 (%63,13)", Decimal(6391700), Decimal(4035397))], 440)
    chart = next(c for c in d.contents if hasattr(c, "barLabels"))
    assert chart.barLabels.angle == 0
    ticks = [chart.valueAxis.labelTextFormat(v) for v in (0, 2, 4, 6)]
    assert len(set(ticks)) == 4  # not a column of "0"
    assert "Milyon TL" in {s.text for s in _strings(d)}
    top_label = chart.y + chart.height  # the axis leaves room for the labels above the bars
    assert top_label + 12 < d.height


# --- Turkish hyphenation -------------------------------------------------------------------
@pytest.mark.parametrize(("word", "syllables"), [
    ("performans", "per-for-mans"), ("Türkçe", "Türk-çe"), ("kardeş", "kar-deş"),
    ("program", "prog-ram"), ("stratejik", "stra-te-jik"),
    ("göstergelerinin", "gös-ter-ge-le-ri-nin"), ("Başkanlığımız", "Baş-kan-lı-ğı-mız"),
    ("şiir", "şi-ir"), ("elektrik", "elekt-rik"), ("İstanbul", "İs-tan-bul"),
])
def test_turkish_break_points(word, syllables):
    from faaliyet_desktop.report.hyphen import break_points, hyphenate_tr

    p = break_points(word)
    assert "-".join(word[i:j] for i, j in zip([0, *p], [*p, len(word)], strict=True)) == \
        syllables
    heads = [h for h, _ in hyphenate_tr(word)]
    assert heads == sorted(heads, key=len, reverse=True)  # longest head first
    assert all(len(h) >= 2 and len(word) - len(h) >= 2 for h in heads)
    assert break_points("6458") == [] and break_points("e-İkamet") == []


def test_justified_lines_do_not_gape(sample_report):
    """Every line of the narratives but a paragraph's last is justified with word gaps of at
    most 3 spaces (4,6 spaces without hyphenation in the sample's foreword)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from faaliyet_desktop.report.context import PORTRAIT_W
    from faaliyet_desktop.report.flow import narrative

    widest = 0.0
    lines = 0
    for text in sample_report.narratives.values():
        for p in narrative(text, sample_report):
            p.wrap(PORTRAIT_W, 10_000)
            space = stringWidth(" ", p.style.fontName, p.style.fontSize)
            for extra, words in (ln[:2] for ln in p.blPara.lines[:-1]):
                if len(words) > 1:
                    widest = max(widest, (space + extra / (len(words) - 1)) / space)
                    lines += 1
    assert lines > 100
    assert widest <= 3.0, widest
