"""Benchmark: ``faaliyet report --year 2024`` as a whole process, against a bare ReportLab
process making a PDF of the same page count (the baseline, measured in the same run).

The baseline process imports ``sqlalchemy.orm`` (what reading a database costs at least),
registers the same DejaVu fonts (Turkish text needs them; the fonts ship with the app) and
builds, with plain ReportLab in one pass, a document of comparable tables (paragraph cells, a
repeated header row) after a table of contents, sized to the report's page count.
Runs are paired (baseline, report, baseline, report ...); medians of wall and CPU time.

Target: the report at most 1.3× the baseline.

    python benchmarks/report_process.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.3
ROOT = Path(__file__).resolve().parents[1]

BASELINE = r'''
import sys
import sqlalchemy.orm
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

fonts, out, sections = sys.argv[1], sys.argv[2], int(sys.argv[3])
for name, file in (("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"),
                   ("SI", "DejaVuSans-Oblique.ttf"), ("C", "DejaVuSansCondensed.ttf"),
                   ("CB", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, f"{fonts}/{file}"))
body = ParagraphStyle("b", fontName="S", fontSize=9, leading=11)
cell = ParagraphStyle("c", fontName="C", fontSize=7.5, leading=9)
head = ParagraphStyle("h", fontName="SB", fontSize=13, leading=16)


toc = Table([[Paragraph(f"{s + 1}. Bölüm: Faaliyet bilgileri ve değerlendirmeler", body),
               str(s + 2)] for s in range(sections)], colWidths=[14 * cm, 1.5 * cm])
story = [Paragraph("İçindekiler", head), toc, PageBreak()]
for s in range(sections):
    story.append(Paragraph(f"{s + 1}. Bölüm: Faaliyet bilgileri ve değerlendirmeler", head))
    story.append(Paragraph("Gösterge değerleri, hedefler ve gerçekleşmeler aşağıdadır. " * 6,
                           body))
    rows = [[Paragraph(h, cell) for h in ("Kod", "Gösterge", "Hedef", "Ç1", "Ç2", "Ç3",
                                          "Ç4", "Yıl sonu", "Durum")]]
    for r in range(24):  # about the report's density: some 55 paragraphs a page
        rows.append([f"PG{s}.{r}", Paragraph(f"Yabancılara yönelik uyum eğitimi sayısı {r}",
                                             cell),
                     "1.250.000", "312.500", "298.114", "301.733", "315.020", "1.227.367",
                     Paragraph("Kısmen Ulaşıldı", cell)])
    table = Table(rows, repeatRows=1, colWidths=[1.6 * cm, 5.4 * cm] + [1.4 * cm] * 7)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(table)
SimpleDocTemplate(out, pagesize=A4).build(story)  # one pass: the contents are known
'''


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    cpu, start = _cpu(), time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, _cpu() - cpu


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    fonts = str(ROOT / "resources" / "fonts")
    with tempfile.TemporaryDirectory() as folder:
        db, pdf, bare = (Path(folder) / n for n in ("f.sqlite", "r.pdf", "b.pdf"))
        report = [sys.executable, "-m", "faaliyet_desktop.cli", "--db", str(db), "report",
                  "--year", "2024", "--out", str(pdf)]
        subprocess.run(report, env=env, check=True, capture_output=True)  # creates the db
        target_pages = pages(pdf)
        sections = target_pages
        for _ in range(8):  # the baseline's size: as many pages as the report
            baseline = [sys.executable, "-c", BASELINE, fonts, str(bare), str(sections)]
            subprocess.run(baseline, env=env, check=True)
            made = pages(bare)
            if made == target_pages:
                break
            sections = max(1, round(sections * target_pages / made))
        base, mine, base_cpu, mine_cpu = [], [], [], []
        for _ in range(args.runs):
            w, c = timed(baseline, env)
            base.append(w)
            base_cpu.append(c)
            w, c = timed(report, env)
            mine.append(w)
            mine_cpu.append(c)
        b, m = statistics.median(base), statistics.median(mine)
        bc, mc = statistics.median(base_cpu), statistics.median(mine_cpu)
        print(f"baseline (sqlalchemy.orm + bare ReportLab, {pages(bare)} pages with a table "
              f"of contents): {b * 1000:.0f} ms wall, {bc * 1000:.0f} ms CPU")
        print(f"faaliyet report --year 2024 ({target_pages} pages): {m * 1000:.0f} ms wall "
              f"×{m / b:.2f}, {mc * 1000:.0f} ms CPU ×{mc / bc:.2f} (target ≤ ×{TARGET})")
    return 0 if m / b <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
