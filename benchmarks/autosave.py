"""Benchmark: autosave of one edited cell, on the sample and on ten times the sample.

Each round edits one figure or text of a different report table (Table 1, 2, 3–5, 9, Form 3,
a narrative) and saves it the way the GUI's autosave does: the document names the edited
(table, row) and only those fields are written, with their history row, in one transaction.
The baseline, measured in the same run on the same edits, is the whole-year save (build every
row of the year, read every table back, three-way diff), which is what every autosave did
before and what imports, restores and carry-forward still use.

Target: median ≤ 5 ms on the sample, ≤ 10 ms on ten times the sample. The CPU time of the
save is printed too: on a machine shared with other work the wall time is mostly waiting for
the processor (a commit also waits for the disk: SQLite's WAL is synced on every commit).

    python benchmarks/autosave.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # this checkout's code

from scale_data import tenfold

from faaliyet_desktop.domain.model import ReportYear
from faaliyet_desktop.sample import load_sample
from faaliyet_desktop.services import Workspace
from faaliyet_desktop.storage.history import ChangeSource

TARGETS_MS = {"sample": 5.0, "10x": 10.0}
Edit = Callable[[ReportYear, int], tuple[str, str]]


def _edits(report: ReportYear) -> list[Edit]:
    """Edits as the GUI makes them; each returns the (table, row) it touched."""
    physical = report.physical_resources[0]
    line = next(b for b in report.budget_lines if b.fiscal_year == report.year)
    indicator = report.indicators[len(report.indicators) // 2]
    record = report.personnel[len(report.personnel) // 2]
    category = next(c for c in ("gender", "employment", "education") if getattr(record, c))
    count = report.it_counts[len(report.it_counts) // 2]
    narrative = next(iter(report.narratives))

    def table1(r: ReportYear, n: int) -> tuple[str, str]:
        physical.count = 100 + n
        return "physical", physical.key

    def table2(r: ReportYear, n: int) -> tuple[str, str]:
        count.count = 3 + n
        return "it", count.unit

    def table3_5(r: ReportYear, n: int) -> tuple[str, str]:
        values = getattr(record, category)
        values[next(iter(values))] = 10 + n
        return f"personnel_{category}", record.unit

    def table9(r: ReportYear, n: int) -> tuple[str, str]:
        line.spending = Decimal(1_000_000 + n)
        return "budget", f"{line.fiscal_year}:{line.code}"

    def form3(r: ReportYear, n: int) -> tuple[str, str]:
        indicator.quarters[0] = Decimal(50 + n)
        return "form3", indicator.code

    def text(r: ReportYear, n: int) -> tuple[str, str]:
        r.narratives[narrative] = f"Metin, sürüm {n}."
        return "narrative", narrative

    return [table1, table2, table3_5, table9, form3, text]


def measure(report: ReportYear, folder: Path, rounds: int
            ) -> tuple[list[float], list[float], list[float]]:
    """Wall seconds of the cell saves, their CPU seconds, wall seconds of whole-year saves."""
    db = folder / "faaliyet.sqlite"
    with Workspace.open(db) as ws:  # a new database starts with the sample
        if len(report.units) != len(ws.load(report.year).units):
            ws.save(report, source=ChangeSource.IMPORTED)
    cells: list[float] = []
    cpu: list[float] = []
    whole: list[float] = []
    with Workspace.open(db) as ws:
        loaded = ws.load(report.year)
        edits = _edits(loaded)
        ws.note_edits(loaded, set())
        ws.save(loaded)  # the first save encodes the loaded base
        n = 0
        for _ in range(rounds):
            for edit in edits:
                n += 1
                where = edit(loaded, n)
                ws.note_edits(loaded, {where})
                start, start_cpu = time.perf_counter(), time.process_time()
                ws.save(loaded)
                cells.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
        for _ in range(rounds):
            for edit in edits:
                n += 1
                edit(loaded, n)
                start = time.perf_counter()
                ws.database.save_year(loaded)  # the whole-year save, as before
                whole.append(time.perf_counter() - start)
        assert ws.load(report.year) == loaded
    return cells, cpu, whole


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    worst = 0.0
    for name, report in (("sample", load_sample()), ("10x", tenfold(load_sample()))):
        with tempfile.TemporaryDirectory() as folder:
            cells, cpu, whole = measure(report, Path(folder), args.rounds)
        c, w = statistics.median(cells) * 1000, statistics.median(whole) * 1000
        p = statistics.median(cpu) * 1000
        worst = max(worst, c / TARGETS_MS[name])
        print(f"{name:6} ({len(report.units)} units, {len(report.indicators)} indicators, "
              f"{len(report.goal_indicators)} PGs): one cell {c:5.1f} ms median "
              f"({p:.1f} ms CPU; target ≤ {TARGETS_MS[name]:.0f} ms); whole-year save "
              f"{w:7.1f} ms (×{w / c:.0f}); {len(cells)} edits")
    return 0 if worst <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
