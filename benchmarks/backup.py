"""Benchmark: an online backup of the sample database vs a plain file copy (the baseline).

The backup is what the application takes before an import, a migration, a restore and once a
day on open: SQLite's online backup API into a temporary file, quick_check, fsync, rename,
rotation. The baseline, measured in the same run on the same file, is ``shutil.copyfile``
(no consistency guarantee while the database is open, no check, no fsync). Also: a restore
(validate, back up the current file, copy, fsync, replace).

    python benchmarks/backup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    from faaliyet_desktop.services import Workspace
    from faaliyet_desktop.storage import backup

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "faaliyet.sqlite"
        Workspace.open(db).close()  # the 2024 sample
        copies, synced, backups, restores = [], [], [], []
        with Workspace.open(db) as ws:  # open, as in the application (WAL, lock held)
            for i in range(args.runs):
                start = time.perf_counter()
                shutil.copyfile(db, Path(folder) / f"kopya{i}.sqlite")
                copies.append(time.perf_counter() - start)
                start = time.perf_counter()
                shutil.copyfile(db, Path(folder) / f"kopya{i}-fsync.sqlite")
                with open(Path(folder) / f"kopya{i}-fsync.sqlite", "rb+") as handle:
                    os.fsync(handle.fileno())
                synced.append(time.perf_counter() - start)
                start = time.perf_counter()
                info = backup.create_backup(db, "elle")
                backups.append(time.perf_counter() - start)
            for _ in range(args.runs):
                start = time.perf_counter()
                ws.restore(info.path)
                restores.append(time.perf_counter() - start)
        size = info.size
    print(f"sample database: {db.name}, backup file {backup.size_text(size)} ({size} bytes)")
    print(f"online backup (median of {args.runs}): {median_ms(backups)}")
    print(f"plain file copy, baseline (median of {args.runs}): {median_ms(copies)}")
    print(f"plain file copy + fsync (median of {args.runs}): {median_ms(synced)}")
    print(f"ratio backup / copy: {statistics.median(backups) / statistics.median(copies):.1f}x")
    print(f"restore incl. backup of the current file and reopen (median of {args.runs}): "
          f"{median_ms(restores)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
