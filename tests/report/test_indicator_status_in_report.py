"""Issue 12 in the PDF: a provisional year-end prints no status until confirmed, statuses
follow the year's thresholds, and the legend under Form-4 states them."""

from __future__ import annotations

import re
from decimal import Decimal

from faaliyet_desktop.domain.model import YearSettings
from faaliyet_desktop.sample import load_sample

from .conftest import build_bytes, read_pdf


def _form4_line(pdf, start: str) -> str:
    page = pdf.pages[pdf.page_of("Tablo 16. Performans Göstergesi Sonuçları") - 1]
    text = re.sub(r"\s+", " ", page)
    i = text.index(start)
    return text[i:i + 120]


def test_provisional_status_and_thresholds_in_the_report():
    report = load_sample()
    report.settings = YearSettings(Decimal(97), Decimal(100), Decimal(140))
    permits = next(i for i in report.indicators if i.name == "Aktif ikamet izni sayısı")
    permits.quarters[3] = None  # year-end 902.660 (Q3) is provisional
    pdf = read_pdf(build_bytes(report))
    line = _form4_line(pdf, "Aktif ikamet izni sayısı 950.000")
    assert "902.660 geçici" in line and "Ulaşıldı" not in line.split("902.660")[1][:20]
    legend = re.sub(r"\s+", " ", "".join(pdf.pages))
    assert "oran < %97 Ulaşılamadı" in legend and "%140" in legend
    # confirmed: its status is printed, by the year's thresholds (902.660 / 950.000 = 95 %)
    permits.provisional_confirmed = True
    line = _form4_line(read_pdf(build_bytes(report)), "Aktif ikamet izni sayısı 950.000")
    assert "902.660 Ulaşılamadı" in line


def test_table17_rows_name_the_stored_type(report_pdf):
    text = re.sub(r"\s+", " ", "".join(report_pdf.pages))
    assert "(kümülatif)" in text and "(yıllık)" in text and "(düzey)" in text
