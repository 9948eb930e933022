"""Cold start of the bundle: from exec to the main window shown, median of several runs.

    python3 packaging/startup_time.py [--runs 7] [--exe dist/faaliyet-desktop/faaliyet-desktop]

"Shown" is the first paint event of the main window (or a widget in it): the moment pixels of
the window are drawn. packaging/entry_gui.py prints ``FAALIYET_SHOWN <unix time>`` then, when
FAALIYET_STARTUP_TIMING is set, and exits at once with ``exit``. The clock starts just before
the process is spawned, so the figure includes the bootloader, Python start, imports, opening
the database and building the window. Each run is a new process on the same database (created
with the sample by a first, separately reported run) in a fresh per-user folder; with root rights
the page cache is dropped before every run (a true cold start, as after a reboot), and the warm
figure (cache kept) is measured too. The CPU time (user + system) the process used until the paint
is printed as well: it is what the start costs when the machine is busy with other work. Runs
under Xvfb (xcb, a real X window) when Xvfb is installed and no DISPLAY is set, else with the
offscreen platform. Standard library only.
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


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


MARKS: dict[str, list[float]] = {}


def one_run(cmd: list[str], env: dict[str, str], timeout: float = 120) -> float:
    t0 = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    shown = None
    assert proc.stderr is not None
    deadline = t0 + timeout
    for line in proc.stderr:
        if line.startswith("FAALIYET_MARK "):
            _, name, stamp = line.split()
            MARKS.setdefault(name, []).append(float(stamp) - t0)
        if line.startswith("FAALIYET_SHOWN "):
            shown = float(line.split()[1])
            break
        if time.time() > deadline:
            break
    if shown is not None:
        # CPU time (user + system) of the process until it exits at the first paint: unlike the
        # wall clock, it hardly grows when other work shares the machine
        proc.stderr.close()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        MARKS.setdefault("cpu", []).append(usage.ru_utime + usage.ru_stime)
    else:
        proc.kill()
        proc.wait()
    if shown is None:
        raise SystemExit(f"startup_time: no FAALIYET_SHOWN from {cmd} (exit {proc.returncode})")
    return shown - t0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--exe", type=Path,
                   default=ROOT / "dist" / "faaliyet-desktop" / "faaliyet-desktop")
    p.add_argument("--python", default=None,
                   help="time the unfrozen app with this interpreter instead (for comparison)")
    args = p.parse_args()

    cmd = ([args.python, str(ROOT / "packaging" / "entry_gui.py")] if args.python
           else [str(args.exe)])
    home = Path(tempfile.mkdtemp(prefix="faaliyet-startup-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "FAALIYET_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "cfg"),
               XDG_CACHE_HOME=str(home / "cache"), FAALIYET_STARTUP_TIMING="exit")
    db = home / "data" / "faaliyet.sqlite"
    cmd += ["--db", str(db)]

    xvfb = None
    if not os.environ.get("DISPLAY") and shutil.which("Xvfb"):
        display = f":{90 + os.getpid() % 9}"
        xvfb = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
    elif not os.environ.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    platform = env.get("QT_QPA_PLATFORM", "xcb (DISPLAY)")
    try:
        cold_ok = drop_caches()
        first = one_run(cmd, env)
        print(f"first start (creates the database with the sample{', cold' if cold_ok else ''}): "
              f"{first:.2f} s")
        results: dict[str, list[float]] = {}
        for label, cold in (("cold (page cache dropped)", True), ("warm", False)):
            if cold and not cold_ok:
                continue
            runs = []
            for _ in range(args.runs):
                if cold:
                    drop_caches()
                runs.append(one_run(cmd, env))
            results[label] = runs
            phases = {k: statistics.median(v[-len(runs):]) for k, v in MARKS.items()}
            print(f"{label}: median {statistics.median(runs):.2f} s over {len(runs)} runs "
                  f"(min {min(runs):.2f}, max {max(runs):.2f}): "
                  + " ".join(f"{r:.2f}" for r in runs))
            if "python" in phases and "qapp" in phases:
                print(f"  medians: Python up {phases['python']:.2f} s, QApplication "
                      f"{phases['qapp']:.2f} s, window painted {statistics.median(runs):.2f} s; "
                      f"CPU time to the paint {phases['cpu']:.2f} s")
        print(f"platform: {platform}; command: {' '.join(cmd[:-2])}")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
