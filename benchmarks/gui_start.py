"""Benchmark: GUI start from source, process start to the first painted main window, warm
(page cache kept), against a bare PySide6 process that shows an empty QMainWindow (the
baseline, same measurement, same run). Reuses packaging/startup_time.py's run (the
``FAALIYET_SHOWN`` hook of packaging/entry_gui.py); ``--cold`` also drops the page cache
before every run (root only; it slows down everything else on the machine).

Targets: warm ≤ 0.7 s, cold ≤ 1.2 s.

    python benchmarks/gui_start.py [--runs 5] [--cold]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import startup_time  # noqa: E402

BARE = r'''
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"FAALIYET_SHOWN {time.time():.6f}", file=sys.stderr, flush=True)
            os._exit(0)
        return False
first = First()
app.installEventFilter(first)
win = QMainWindow()
win.setCentralWidget(QLabel("Faaliyet Desktop"))
win.resize(1400, 900)
win.show()
app.exec()
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="faaliyet-gui-start-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "FAALIYET_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "cfg"), XDG_CACHE_HOME=str(home / "cache"),
               FAALIYET_STARTUP_TIMING="exit",
               PYTHONPATH=str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", ""))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules are cached
    app = [sys.executable, str(ROOT / "packaging" / "entry_gui.py"), "--db",
           str(home / "data" / "faaliyet.sqlite")]
    bare = [sys.executable, "-c", BARE]
    xvfb = None
    if not os.environ.get("DISPLAY") and shutil.which("Xvfb"):
        display = f":{80 + os.getpid() % 9}"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten",
                                 "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    elif not os.environ.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    try:
        startup_time.one_run(app, env)  # creates the database with the sample
        modes = [("warm", False)] + ([("cold", True)] if args.cold else [])
        for label, cold in modes:
            base, mine, cpus = [], [], []
            for _ in range(args.runs):
                if cold and not startup_time.drop_caches():
                    print("cold: needs root (page cache not dropped)")
                    break
                base.append(startup_time.one_run(bare, env))
                if cold:
                    startup_time.drop_caches()
                mine.append(startup_time.one_run(app, env))
                cpus.append(startup_time.MARKS["cpu"][-1])
            if not mine:
                continue
            b, m = statistics.median(base), statistics.median(mine)
            cpu = statistics.median(cpus)
            target = 1.2 if cold else 0.7
            print(f"{label}: first paint {m:.2f} s median (target ≤ {target} s; CPU to the "
                  f"paint {cpu:.2f} s); bare PySide6 window {b:.2f} s (×{m / b:.2f})")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
