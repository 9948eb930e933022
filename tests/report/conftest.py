"""The 2024 sample report is built once per test session; tests read its text back."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from faaliyet_desktop.domain.model import ReportYear
from faaliyet_desktop.report import build_report
from faaliyet_desktop.sample import load_sample


@dataclass
class BuiltPdf:
    data: bytes
    reader: PdfReader
    pages: list[str]  # extracted text per page; pages[0] is page 1

    def pages_with(self, text: str) -> list[int]:
        """1-based numbers of the pages whose text contains ``text``."""
        return [n for n, t in enumerate(self.pages, 1) if text in t]

    def page_of(self, text: str) -> int:
        """The first page with ``text``, not counting the table of contents."""
        found = [n for n in self.pages_with(text) if "İÇİNDEKİLER" not in self.pages[n - 1]]
        assert found, f"{text!r} is on no page"
        return found[0]


def read_pdf(data: bytes) -> BuiltPdf:
    reader = PdfReader(io.BytesIO(data))
    pages = [(p.extract_text() or "") for p in reader.pages]
    return BuiltPdf(data, reader, pages)


def build_bytes(report: ReportYear, **kw: object) -> bytes:
    buf = io.BytesIO()
    build_report(report, buf, **kw)  # type: ignore[arg-type]
    return buf.getvalue()


@pytest.fixture(scope="session")
def sample_report() -> ReportYear:
    """The sample, shared by the session: tests must not change it."""
    return load_sample()


@pytest.fixture(scope="session")
def report_pdf(sample_report: ReportYear) -> BuiltPdf:
    return read_pdf(build_bytes(sample_report))


@pytest.fixture(scope="session")
def unit_pdf(sample_report: ReportYear) -> BuiltPdf:
    """The unit report of the Yabancılar Genel Müdürlüğü, as a draft."""
    return read_pdf(build_bytes(sample_report, unit="YGM", draft=True))
