"""Benchmark: start-up of the read-only commands (``years``, ``check``, ``dump``, ``history``)
as whole processes, against a bare process that only imports ``sqlalchemy.orm`` and ``sqlite3``
(the baseline, measured in the same run, paired: one baseline run before every command run).

Target: each command's median at most 1.3× the baseline's median.

    python benchmarks/cli_start.py [--runs 7]

The database is the 2024 sample, created (and migrated) before timing, so every timed run
opens an up-to-date file. Exit code 1 when a ratio exceeds the target.
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
BASELINE = "import sqlalchemy.orm, sqlite3"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict[str, str], cpu: list[float]) -> float:
    """Wall seconds of one whole process; its CPU seconds are appended to ``cpu``."""
    before = _children_cpu()
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    cpu.append(_children_cpu() - before)
    return wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules are cached
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "faaliyet.sqlite")
        cli = [sys.executable, "-m", "faaliyet_desktop.cli", "--db", db]
        subprocess.run(cli + ["years"], env=env, check=True, stdout=subprocess.DEVNULL)
        commands = {
            "years": ["years"],
            "check --year 2024": ["check", "--year", "2024"],
            "dump --year 2024": ["dump", "--year", "2024"],
            "history --year 2024": ["history", "--year", "2024", "--limit", "5"],
        }
        for argv in commands.values():  # warm-up: compile and cache the modules once
            subprocess.run(cli + argv, env=env, check=False, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        base: list[float] = []
        base_cpu: list[float] = []
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, argv in commands.items():
                base.append(timed([sys.executable, "-c", BASELINE], env, base_cpu))
                times[name].append(timed(cli + argv, env, cpus[name]))
    b, bc = statistics.median(base), statistics.median(base_cpu)
    print(f"baseline ({BASELINE}): median {b * 1000:.0f} ms wall, {bc * 1000:.0f} ms CPU, "
          f"{len(base)} runs")
    worst = 0.0
    for name, samples in times.items():
        m, c = statistics.median(samples), statistics.median(cpus[name])
        worst = max(worst, m / b)
        print(f"faaliyet {name:22} median {m * 1000:5.0f} ms wall ×{m / b:.2f}   "
              f"{c * 1000:5.0f} ms CPU ×{c / bc:.2f}   (target ≤ ×{TARGET})")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
