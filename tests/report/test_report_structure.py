"""Outline, table of contents, fonts, metadata, determinism, layout guarantees."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess

import pytest

from faaliyet_desktop.report import ReportCancelled, UnknownUnitError, build_report

from .conftest import build_bytes, read_pdf


def _outline(reader):
    out = []

    def walk(items, depth):
        for it in items:
            if isinstance(it, list):
                walk(it, depth + 1)
            else:
                out.append((depth, it.title, reader.get_destination_page_number(it) + 1))

    walk(reader.outline, 0)
    return out


def test_outline_has_the_chapters_nested(report_pdf):
    entries = _outline(report_pdf.reader)
    top = [t for d, t, _ in entries if d == 0]
    assert top[:3] == ["BAŞKAN SUNUŞU", "YÖNETİCİ ÖZETİ", "I. GENEL BİLGİLER"]
    assert "EKLER" in top and "V. ÖNERİ ve TEDBİRLER" in top
    titles = {t for _, t, _ in entries}
    assert "Tablo 9. 2024 Yılı Bütçe Gerçekleşme Durumu" in titles
    depth = dict((t, d) for d, t, _ in entries)
    assert depth["Misyonumuz"] == depth["Vizyonumuz"] == 2


def test_outline_points_at_the_heading_pages(report_pdf):
    for _, title, page in _outline(report_pdf.reader):
        text = re.sub(r"\s+", " ", report_pdf.pages[page - 1])
        assert title.split(" – ")[0][:30] in text, (title, page)


def _toc_lines(report_pdf, page: int) -> dict[str, int]:
    """Title → printed page number, from the contents page laid out as text."""
    printed: dict[str, int] = {}
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), "-",
                               "-"], input=report_pdf.data, capture_output=True,
                              check=True).stdout.decode("utf-8")
        for line in text.splitlines():
            m = re.match(r"\s*(.+?)[\s.]*\s\.?(\d+)\s*$", line)
            if m and "." in line[m.end(1):]:
                printed[m.group(1).strip()] = int(m.group(2))
        return printed
    # pypdf reads the dot leader and number of an entry before its title
    lines = [ln.strip() for ln in report_pdf.pages[page - 1].splitlines()]
    for prev, line in itertools.pairwise(lines):
        m = re.search(r"\.\s*(\d+)$", prev)
        if m:
            printed[line] = int(m.group(1))
    return printed


def test_table_of_contents_page_numbers_match_the_headings(report_pdf):
    toc_page = report_pdf.pages_with("İÇİNDEKİLER")[0]
    printed = _toc_lines(report_pdf, toc_page)
    entries = [(t, p) for d, t, p in _outline(report_pdf.reader) if d <= 2]
    checked = 0
    for title, page in entries:
        if title not in printed:
            continue
        assert printed[title] == page, (title, printed[title], page)
        assert " ".join(title.split()) in " ".join(report_pdf.pages[page - 1].split())
        checked += 1
    assert checked >= 25, printed


def test_fonts_are_embedded_dejavu(report_pdf):
    seen = set()
    for page in report_pdf.reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if font.get("/Subtype") == "/Type1" and "/FontDescriptor" not in font:
                pytest.fail(f"non-embedded font {font.get('/BaseFont')}")
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            desc = desc.get_object()
            assert "/FontFile2" in desc, font.get("/BaseFont")
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSansCondensed"} <= seen


def test_metadata(report_pdf):
    meta = report_pdf.reader.metadata
    assert meta.title == "Göç İdaresi Başkanlığı – 2024 Yılı İdare Faaliyet Raporu"
    assert meta.author == "Göç İdaresi Başkanlığı"
    assert "Faaliyet Raporu" in meta.subject
    assert report_pdf.reader.trailer["/Root"]["/Lang"] == "tr-TR"


def test_header_and_footer_on_every_page_but_the_cover(report_pdf):
    for n, text in enumerate(report_pdf.pages[1:], 2):
        assert "2024 Yılı İdare Faaliyet Raporu" in text
        assert re.search(rf"(^|\n)\s*{n}\s*(\n|$)", text), n


def test_wide_tables_are_on_landscape_pages(report_pdf):
    for n in report_pdf.pages_with("Tablo 15."):
        box = report_pdf.reader.pages[n - 1].mediabox
        assert box.width > box.height


def test_table_header_repeats_when_a_table_spans_pages(sample_report):
    from faaliyet_desktop.domain.model import UnitSpending

    report = sample_report.__class__(**{**sample_report.__dict__})
    report.unit_spending = [UnitSpending(unit=u.code, kbo=1000, total_appropriation=900,
                                         realisation=800, order=i)
                            for i, u in enumerate(sample_report.units) if u.parent == "TASRA"]
    pdf = read_pdf(build_bytes(report, unit="TASRA"))
    spanned = pdf.pages_with("ADANA İL GÖÇ İDARESİ MÜDÜRLÜĞÜ") + pdf.pages_with(
        "ZONGULDAK İL GÖÇ İDARESİ MÜDÜRLÜĞÜ")
    assert spanned[-1] - spanned[0] >= 1  # 81 rows span pages ...
    for n in range(spanned[0], spanned[-1] + 1):  # ... and every page repeats the header
        assert "KURUMSAL SINIFLANDIRMA" in pdf.pages[n - 1]


def test_long_contents_fall_back_to_multibuild(sample_report, monkeypatch):
    from faaliyet_desktop.report import toc

    monkeypatch.setattr(toc, "measure", lambda entries, w, h: h + 1)
    pdf = read_pdf(build_bytes(sample_report, unit="YGM"))
    printed = _toc_lines(pdf, 2)
    outline = {t: p for d, t, p in _outline(pdf.reader) if d <= 2}
    assert printed and all(outline[t] == p for t, p in printed.items() if t in outline)


def test_two_builds_are_byte_identical(report_pdf, sample_report):
    assert build_bytes(sample_report) == report_pdf.data


def test_draft_unit_report(unit_pdf):
    assert all("TASLAK" in t for t in unit_pdf.pages)
    meta = unit_pdf.reader.metadata
    assert meta.title.endswith("Yabancılar Genel Müdürlüğü 2024 Yılı Birim Faaliyet Raporu")
    cover = unit_pdf.pages[0]
    assert "YABANCILAR GENEL MÜDÜRLÜĞÜ" in cover and "BİRİM FAALİYET RAPORU" in cover
    body = " ".join(unit_pdf.pages)
    assert "H1.1 Performansı" in body and "H2.1 Performansı" not in body
    assert "YABANCILAR GENEL MÜDÜRLÜĞÜ" in body  # its Table 11 row
    assert "Tablo 9." not in body  # no per-code budget for a unit
    assert "EK-1" not in body


def test_unknown_unit_is_refused(sample_report):
    with pytest.raises(UnknownUnitError):
        build_report(sample_report, "/nonexistent/x.pdf", unit="YOK")


def test_cancel_leaves_no_file(sample_report, tmp_path):
    out = tmp_path / "r.pdf"
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(ReportCancelled):
        build_report(sample_report, out, cancel=cancel)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_progress_reaches_the_end(sample_report, tmp_path):
    seen: list[tuple[int, int]] = []
    build_report(sample_report, tmp_path / "p.pdf", unit="IL06",
                 progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
