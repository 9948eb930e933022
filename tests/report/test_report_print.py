"""The PDF as it is printed: numbers whole, pages filled, no stranded heading, true metadata,
a readable file mode (issue 14)."""

from __future__ import annotations

import copy
import io
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


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077])
def test_written_file_respects_the_umask(sample_report, tmp_path, mask):
    old = os.umask(mask)
    try:
        build_report(sample_report, tmp_path / "r.pdf", unit="IL06")
    finally:
        os.umask(old)
    assert (tmp_path / "r.pdf").stat().st_mode & 0o777 == 0o666 & ~mask
