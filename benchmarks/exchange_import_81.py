"""Benchmark: import 81 filled provincial workbooks (dry run + apply).

Budget: under 10 s wall time and under 300 MB peak memory on a 2-core machine (median of
several runs). Baseline measured in the same run: a bare openpyxl read (read-only, every
cell of every sheet) of the same 81 files. Each measurement runs in a fresh child process, so
its peak RSS (``ru_maxrss``) is its own; the import's reader processes (one per core) are
added at the largest one's peak each. On a shared machine the absolute times vary with the
load; the ratio to the baseline measured alongside is the steadier figure.

    python benchmarks/exchange_import_81.py [--runs 5]

Exit code 1 when the median exceeds the budget.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIME_BUDGET_S = 10.0
MEMORY_BUDGET_MB = 300.0
YEAR = 2024


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _cpu_s() -> float:
    """CPU seconds of this process and its finished children (less load-sensitive than wall)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def prepare(folder: Path) -> tuple[Path, list[Path]]:
    """A database with the 2024 sample, and each province's template filled by the province."""
    from faaliyet_desktop.exchange.export import export_template
    from faaliyet_desktop.exchange.service import signing_key
    from faaliyet_desktop.exchange.synthetic import (
        fill_template,
        province_values,
        provincial_units,
    )
    from faaliyet_desktop.services import Workspace

    db = folder / "seed.sqlite"
    with Workspace.open(db) as ws:
        report = ws.load(YEAR)
        key = signing_key(ws)
    units = provincial_units(report)
    assert len(units) == 81, len(units)
    files = []
    for code in units:
        template = folder / f"sablon_{code}.xlsx"
        export_template(report, template, code, key=key)
        filled = folder / "gelen" / f"{code}_2024.xlsx"
        filled.parent.mkdir(exist_ok=True)
        fill_template(template, filled, report, province_values(code), unit=code)
        files.append(filled)
    return db, files


def child_baseline(files: list[Path]) -> dict[str, float]:
    import openpyxl

    c0 = _cpu_s()
    t0 = time.perf_counter()
    cells = 0
    for path in files:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells += len(row)
        wb.close()
    return {"seconds": time.perf_counter() - t0, "peak_mb": _peak_mb(), "cells": cells,
            "cpu_s": _cpu_s() - c0}


def child_import(db: Path, files: list[Path]) -> dict[str, float]:
    from faaliyet_desktop.exchange.parallel import worker_count
    from faaliyet_desktop.exchange.service import apply_plan, dry_run
    from faaliyet_desktop.services import Workspace

    c0 = _cpu_s()
    t0 = time.perf_counter()
    with Workspace.open(db) as ws:
        plan = dry_run(ws, YEAR, files)
        t1 = time.perf_counter()
        results = apply_plan(ws, plan)
    t2 = time.perf_counter()
    ready = sum(1 for f in plan.files if f.can_apply)
    applied = sum(1 for r in results if r.applied)
    assert ready == applied == len(files), (ready, applied, [f.message for f in plan.files])
    workers = worker_count(len(files))
    # reader processes run beside this one: count each at the largest one's peak
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    peak = _peak_mb() + (children * workers if workers > 1 else 0)
    return {"seconds": t2 - t0, "dry_run_s": t1 - t0, "apply_s": t2 - t1,
            "peak_mb": peak, "values": sum(r.values for r in results), "workers": workers,
            "cpu_s": _cpu_s() - c0}


def run_child(mode: str, folder: Path, db: Path | None = None) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", mode, str(folder)]
    if db is not None:
        cmd.append(str(db))
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{res.stdout}\n{res.stderr}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, folder = args.child[0], Path(args.child[1])
        files = sorted((folder / "gelen").glob("*.xlsx"))
        if mode == "baseline":
            out = child_baseline(files)
        else:
            out = child_import(Path(args.child[2]), files)
        print(json.dumps(out))
        return 0

    with tempfile.TemporaryDirectory(prefix="faaliyet_bench_") as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        seed, files = prepare(folder)
        print(f"hazırlık: 81 il şablonu dışa aktarıldı ve dolduruldu ({time.perf_counter() - t:.1f}"
              f" s; toplam {sum(f.stat().st_size for f in files) // 1024} KB); çekirdek sayısı: "
              f"{os.cpu_count()}")
        base, imp = [], []
        for i in range(args.runs):
            base.append(run_child("baseline", folder))
            db = folder / f"run{i}.sqlite"
            shutil.copy(seed, db)
            imp.append(run_child("import", folder, db))
            print(f"  tur {i + 1}: openpyxl okuma {base[-1]['seconds']:.2f} s / "
                  f"{base[-1]['peak_mb']:.0f} MB; içe aktarma {imp[-1]['seconds']:.2f} s "
                  f"(deneme {imp[-1]['dry_run_s']:.2f} + uygulama {imp[-1]['apply_s']:.2f}) / "
                  f"{imp[-1]['peak_mb']:.0f} MB")
    med = {k: statistics.median(r[k] for r in imp) for k in ("seconds", "dry_run_s", "apply_s",
                                                            "peak_mb", "cpu_s")}
    bmed = {k: statistics.median(r[k] for r in base) for k in ("seconds", "peak_mb", "cpu_s")}
    ok = med["seconds"] < TIME_BUDGET_S and med["peak_mb"] < MEMORY_BUDGET_MB
    print(f"medyan ({args.runs} tur), 81 dosya, {int(imp[0]['values'])} değer, "
          f"{int(imp[0]['workers'])} okuma süreci:")
    print(f"  içe aktarma (deneme + uygulama): {med['seconds']:.2f} s (deneme "
          f"{med['dry_run_s']:.2f} s, uygulama {med['apply_s']:.2f} s), en yüksek bellek "
          f"{med['peak_mb']:.0f} MB")
    print(f"  temel çizgi (yalın openpyxl okuma): {bmed['seconds']:.2f} s, en yüksek bellek "
          f"{bmed['peak_mb']:.0f} MB")
    print(f"  işlemci süresi: içe aktarma {med['cpu_s']:.2f} s, temel çizgi {bmed['cpu_s']:.2f} s")
    print(f"  oran: süre ×{med['seconds'] / bmed['seconds']:.1f}, işlemci "
          f"×{med['cpu_s'] / bmed['cpu_s']:.1f}, bellek ×{med['peak_mb'] / bmed['peak_mb']:.1f}")
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1):
        print(f"  not: makine yüklü (yük ortalaması {load:.1f}, {os.cpu_count()} çekirdek); "
              "mutlak süreler şişer, oranlar daha güvenilirdir.")
    print(f"  bütçe: < {TIME_BUDGET_S:.0f} s ve < {MEMORY_BUDGET_MB:.0f} MB → "
          f"{'GEÇTİ' if ok else 'AŞILDI'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
