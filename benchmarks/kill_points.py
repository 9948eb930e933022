"""Kill points: SIGKILL an import of many workbooks and a series of saves at many points.

The test suite (tests/safety/test_kill.py) tries about twenty; this script tries as many as
asked and prints how many kill points were tried and how many survived (the reopened
database passes ``PRAGMA integrity_check`` and holds each file's, and each save's, figures
entirely or not at all). A kill that came after the work had finished is not counted.

    python benchmarks/kill_points.py [--imports 100] [--saves 100] [--restores 30] [--files 12]

Exit code 1 when any kill point did not survive.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "safety"))

import killing  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--imports", type=int, default=100)
    parser.add_argument("--saves", type=int, default=100)
    parser.add_argument("--restores", type=int, default=30)
    parser.add_argument("--files", type=int, default=12)
    parser.add_argument("--count", type=int, default=20, help="saves per run")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        seed, files, expected = killing.prepare_import(work / "data", args.files)
        victim = killing.Victim()
        try:
            victim.plan(seed, files)
            imports, saves, restores = killing.Tally(), killing.Tally(), killing.Tally()
            killing.kill_imports(victim, seed, files, expected, work / "imports", args.imports,
                                 rng, imports)
            killing.kill_saves(victim, seed, work / "saves", args.saves, args.count, rng, saves)
            backups = killing.prepare_restore(seed, work / "backups")
            killing.kill_restores(victim, seed, backups, work / "restores", args.restores, 5,
                                  rng, restores)
        finally:
            victim.close()
    for line in imports.notes + saves.notes + restores.notes:
        if "integrity" in line:
            print("FAILED", line)
    print(f"import of {args.files} workbooks: {imports.tried} kill points tried, "
          f"{imports.survived} survived ({imports.finished_first} finished before the kill)")
    print(f"{args.count} saves: {saves.tried} kill points tried, {saves.survived} survived "
          f"({saves.finished_first} finished before the kill)")
    print(f"5 restores: {restores.tried} kill points tried, {restores.survived} survived "
          f"({restores.finished_first} finished before the kill)")
    total_tried = imports.tried + saves.tried + restores.tried
    total_ok = imports.survived + saves.survived + restores.survived
    print(f"total: {total_tried} tried, {total_ok} survived "
          f"({time.perf_counter() - start:.0f} s)")
    return 0 if total_ok == total_tried else 1


if __name__ == "__main__":
    raise SystemExit(main())
