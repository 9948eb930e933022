"""Benchmark: build the PDF report — the 2024 sample and the 81-unit dataset — against bare
ReportLab rendering the same content.

Targets (2-core machine): the 2024 report under 2 s, within 1.5× of the baseline, peak RSS
under 300 MB. The baseline lays out exactly the report's paragraphs, tables and figures
(same fonts, same column widths, same page sizes, so about the same pages) with plain
ReportLab: one ``build`` with bare page templates — no header/footer, outline, table of
contents, status colours or watermark. Each measurement runs in a fresh child process (data
loading, font registration and story preparation are set up before the clock starts), so its
peak RSS (``ru_maxrss``) is its own. Medians of ``--runs`` runs.

    python benchmarks/report_build.py [--runs 5] [--scenarios 2024,81,81u]

Scenarios: ``2024`` (the sample institution report), ``81`` (the institution report of the
81-unit dataset from report_dataset.py), ``81u`` (all 81 provincial unit reports of that
dataset, one after another). Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIME_BUDGET_S = 2.0
RATIO_BUDGET = 1.5
MEMORY_BUDGET_MB = 300.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _data(scenario: str):  # type: ignore[no-untyped-def]
    from faaliyet_desktop.sample import load_sample

    report = load_sample()
    if scenario in ("81", "81u"):
        sys.path.insert(0, str(HERE))
        from report_dataset import eighty_one_units

        report = eighty_one_units(report)
    return report


def _units(report) -> list[str]:  # type: ignore[no-untyped-def]
    from faaliyet_desktop.domain.model import UnitKind

    return [u.code for u in report.units if u.kind == UnitKind.PROVINCIAL]


# --- bare ReportLab: the same content, none of the report's machinery ------------------------
def bare_story(story):  # type: ignore[no-untyped-def]
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        NextPageTemplate,
        PageBreak,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    def cellcopy(c):  # type: ignore[no-untyped-def]
        if isinstance(c, Paragraph):
            return Paragraph(c.text, c.style)
        if isinstance(c, (list, tuple)):
            return [cellcopy(x) for x in c]
        return c

    from faaliyet_desktop.report.template import LandscapeFloat

    out = []
    for f in story:
        if isinstance(f, LandscapeFloat):  # the same figure on a landscape page of its own
            out += [NextPageTemplate("landscape"), PageBreak(), *bare_story(f.content),
                    NextPageTemplate("portrait"), PageBreak()]
        elif isinstance(f, KeepTogether):
            out += bare_story(f._content)
        elif isinstance(f, Paragraph):
            out.append(Paragraph(f.text, f.style, bulletText=f.bulletText))
        elif isinstance(f, Table):
            t = Table([[cellcopy(c) for c in row] for row in f._cellvalues],
                      colWidths=f._colWidths, repeatRows=f.repeatRows)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#888888"),
                                   ("FONTNAME", (0, 0), (-1, -1), "DejaVuSansCondensed")]))
            out.append(t)
        elif isinstance(f, Drawing):
            out.append(f)
        elif isinstance(f, NextPageTemplate):
            out.append(NextPageTemplate(f.action[1]))
        elif isinstance(f, PageBreak):
            out.append(PageBreak())
        elif isinstance(f, CondPageBreak):
            out.append(CondPageBreak(f.height))
        elif isinstance(f, Spacer):
            out.append(Spacer(f.width, f.height))
        else:  # the contents placeholder: a page of nothing
            out.append(Spacer(1, 1))
    return out


def bare_build(story, out) -> None:  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from faaliyet_desktop.report.builder import pdf_settings
    from faaliyet_desktop.report.template import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X

    doc = BaseDocTemplate(out, pagesize=A4, invariant=1, pageCompression=1)
    pw, ph = A4
    lw, lh = landscape(A4)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, pw - 2 * MARGIN_X, ph - MARGIN_TOP - MARGIN_BOTTOM)
    lframe = Frame(MARGIN_X * 0.8, MARGIN_BOTTOM, lw - 1.6 * MARGIN_X,
                   lh - MARGIN_TOP - MARGIN_BOTTOM)
    doc.addPageTemplates([PageTemplate("cover", [frame], pagesize=A4),
                          PageTemplate("portrait", [frame], pagesize=A4),
                          PageTemplate("landscape", [lframe], pagesize=landscape(A4))])
    with pdf_settings():  # the same output settings as the report
        doc.build(story)


def _pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


# --- one measurement in this (child) process ---------------------------------------------------
def child(mode: str, scenario: str) -> dict[str, float]:
    from faaliyet_desktop.report import build_report
    from faaliyet_desktop.report.builder import build_story, make_context
    from faaliyet_desktop.report.fonts import register_fonts

    register_fonts()
    report = _data(scenario)
    units = _units(report) if scenario == "81u" else [None]
    pages = 0
    if mode == "ours":
        t0 = time.perf_counter()
        for unit in units:
            buf = io.BytesIO()
            build_report(report, buf, unit=unit)
            pages += _pages(buf.getvalue())
        seconds = time.perf_counter() - t0
    else:
        stories = [bare_story(build_story(make_context(report, u))) for u in units]
        t0 = time.perf_counter()
        for story in stories:
            buf = io.BytesIO()
            bare_build(story, buf)
            pages += _pages(buf.getvalue())
        seconds = time.perf_counter() - t0
    return {"seconds": seconds, "peak_mb": _peak_mb(), "pages": pages}


def run_child(mode: str, scenario: str) -> dict[str, float]:
    res = subprocess.run([sys.executable, __file__, "--child", mode, scenario],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scenarios", default="2024,81",
                    help="comma-separated: 2024, 81, 81u (81u takes about 30 s a run)")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "SCENARIO"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    ok = True
    print(f"{'scenario':9} {'pages':>11} {'ours s':>8} {'bare s':>8} {'ratio':>6} "
          f"{'ours MB':>8} {'bare MB':>8}")
    for scenario in args.scenarios.split(","):
        ours, bare = [], []
        for _ in range(args.runs):  # alternate, so a busy moment hurts both alike
            ours.append(run_child("ours", scenario))
            bare.append(run_child("bare", scenario))
        t_o = statistics.median(r["seconds"] for r in ours)
        t_b = statistics.median(r["seconds"] for r in bare)
        m_o = max(r["peak_mb"] for r in ours)
        m_b = max(r["peak_mb"] for r in bare)
        ratio = t_o / t_b
        print(f"{scenario:9} {int(ours[0]['pages']):>5}/{int(bare[0]['pages']):<5} "
              f"{t_o:8.2f} {t_b:8.2f} {ratio:6.2f} {m_o:8.0f} {m_b:8.0f}")
        if scenario == "2024":
            ok &= t_o < TIME_BUDGET_S
        ok &= ratio <= RATIO_BUDGET and m_o < MEMORY_BUDGET_MB
    print(f"targets: 2024 under {TIME_BUDGET_S:g} s; ratio ≤ {RATIO_BUDGET:g}; "
          f"peak RSS under {MEMORY_BUDGET_MB:g} MB — {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
