"""Scale figures: a database of 10 years, at 1× and 10× the sample (10×: 1,243 units, 220
Form-3 indicators, 520 goal indicators), timed in one process (medians of ``--runs``):

- open: open the database and load the newest year (what the GUI does before its first page);
- year switch: load another year;
- check: every cross-table rule on one year;
- report: the PDF of one year (institution report);
- edit: autosave of one edited cell (the GUI's save path, see benchmarks/autosave.py).

Not a pass/fail benchmark: it prints the table the README quotes.

    python benchmarks/scale.py [--years 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # this checkout's code

from scale_data import tenfold

from faaliyet_desktop.domain.checks import run_checks
from faaliyet_desktop.report.builder import build_report
from faaliyet_desktop.sample import load_sample
from faaliyet_desktop.services import Workspace
from faaliyet_desktop.storage.history import ChangeSource


def median_s(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def figures(factor: int, years: int, runs: int, folder: Path) -> dict[str, float]:
    db = folder / f"x{factor}.sqlite"
    base = load_sample() if factor == 1 else tenfold(load_sample())
    with Workspace.open(db) as ws:
        for year in range(2024 - years + 1, 2025):
            if year not in ws.years():
                ws.save(replace(base, year=year), source=ChangeSource.IMPORTED)
    newest, other = 2024, 2024 - years + 1

    def open_() -> None:
        with Workspace.open(db) as ws:
            ws.load(newest)

    out = {"open": median_s(open_, runs)}
    with Workspace.open(db) as ws:
        report = ws.load(newest)
        out["year switch"] = median_s(lambda: ws.load(other), runs)
        out["check"] = median_s(lambda: run_checks(report), runs)
        out["report"] = median_s(lambda: build_report(report, folder / "r.pdf"), runs)
        report = ws.load(newest)
        line = next(b for b in report.budget_lines if b.fiscal_year == newest)
        n = [0]

        def edit() -> None:
            n[0] += 1
            line.spending = (line.spending or 0) + n[0]
            ws.note_edits(report, {("budget", f"{newest}:{line.code}")})
            ws.save(report)

        edit()  # the first save after a load encodes that table's base
        out["edit"] = median_s(edit, max(runs, 9))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        one = figures(1, args.years, args.runs, Path(folder))
        ten = figures(10, args.years, args.runs, Path(folder))
    print(f"{args.years} years in the database | 1× sample | 10× sample | growth")
    print("---|---|---|---")
    def shown(seconds: float) -> str:
        return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"

    for key in one:
        a, b = one[key], ten[key]
        print(f"{key} | {shown(a)} | {shown(b)} | ×{b / a:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
