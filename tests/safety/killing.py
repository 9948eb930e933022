"""Kill a worker at chosen points (SIGKILL), reopen its database, and verify it.

Shared by ``test_kill.py`` and ``benchmarks/kill_points.py``. A kill point is an event of the
work (an SQL statement, a commit, an ``os.replace`` or ``os.fsync``: see ``killable.py``), where
the worker stops itself for the SIGKILL, so no kill depends on timing; a kill point *survives*
when the reopened database passes ``PRAGMA integrity_check`` and holds each file's (each
save's) figures entirely or not at all.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
YEAR = 2024


@dataclass
class Tally:
    """Kill points tried and survived, for the issue note."""

    tried: int = 0
    survived: int = 0
    finished_first: int = 0
    notes: list[str] = field(default_factory=list)


class Victim:
    """The ``killable.py`` child process."""

    def __init__(self) -> None:
        env = dict(os.environ, FAALIYET_IMPORT_WORKERS="1", PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen([sys.executable, str(HERE / "killable.py")],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self._buffer = b""

    def send(self, command: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(command) + "\n").encode())
        self.proc.stdin.flush()

    def line(self, timeout: float = 60.0) -> str:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError("the child process did not answer")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise EOFError("the child process ended")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def plan(self, seed: Path, files: list[Path]) -> list[str]:
        self.send({"op": "plan", "seed": str(seed), "files": [str(f) for f in files]})
        return list(json.loads(self.line(300))["ready"])

    def run(self, op: str, db: Path, stop_at: int, **extra: Any) -> tuple[bool, int, int]:
        """Start ``op`` on ``db``; SIGKILL it at its event ``stop_at`` (0: let it finish).

        The worker announces the event and stops itself there, so the kill lands exactly at
        that point whatever the machine's load. Returns (killed, last step announced, events
        counted: the kill point when killed, else the work's whole count)."""
        self.send({"op": op, "db": str(db), "stop_at": stop_at, **extra})
        first = self.line()
        assert first.startswith("PID "), first
        pid = int(first.split()[1])
        killed, last, events = False, -1, 0
        while True:
            line = self.line()
            if line.startswith("STEP "):
                last = int(line.split()[1])
            elif line.startswith("AT "):
                events = int(line.split()[1])
                os.kill(pid, signal.SIGKILL)  # it is stopped (SIGSTOP) at that very point
                killed = True
                break
            elif line.startswith("DONE"):
                events = int(line.split()[1])
                break
            else:
                raise AssertionError(f"worker failed: {line}")
        self.send({"op": "reap", "pid": pid})
        while True:
            line = self.line()
            if line.startswith("{"):
                status = json.loads(line)["status"]
                break
            if line.startswith("ERROR"):
                raise AssertionError(f"worker failed: {line}")
        assert not killed or os.WIFSIGNALED(status), status
        return killed, last, events

    def events(self, op: str, db: Path, **extra: Any) -> int:
        """How many events ``op`` goes through on ``db`` (which it changes: pass a copy)."""
        killed, _, events = self.run(op, db, 0, **extra)
        assert not killed and events > 0
        return events

    def close(self) -> None:
        try:
            self.send({"op": "quit"})
            self.proc.wait(10)
        except Exception:
            self.proc.kill()
            self.proc.wait()
        finally:
            for pipe in (self.proc.stdin, self.proc.stdout):
                if pipe is not None:
                    pipe.close()


def mark(report: Any, value: int) -> None:
    """Every IT count and every employment figure of every unit becomes ``value``."""
    for count in report.it_counts:
        count.count = value
    for record in report.personnel:
        for key in list(record.employment):
            record.employment[key] = value


# --- data -------------------------------------------------------------------------------------


def prepare_import(folder: Path, count: int) -> tuple[Path, list[Path], dict[str, Any]]:
    """A database with the sample, and ``count`` provinces' filled templates."""
    from faaliyet_desktop.exchange.export import export_template
    from faaliyet_desktop.exchange.service import signing_key
    from faaliyet_desktop.exchange.synthetic import (
        fill_template,
        province_values,
        provincial_units,
    )
    from faaliyet_desktop.services import Workspace

    seed = folder / "seed.sqlite"
    with Workspace.open(seed) as ws:
        report = ws.load(YEAR)
        key = signing_key(ws)
    expected = {}
    files = []
    for code in provincial_units(report)[:count]:
        template = folder / f"sablon_{code}.xlsx"
        export_template(report, template, code, key=key)
        filled = folder / f"{code}_{YEAR}.xlsx"
        values = province_values(code, seed=3)
        fill_template(template, filled, report, values, unit=code)
        files.append(filled)
        expected[code] = values
    return seed, files, expected


def fresh_copy(seed: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "faaliyet.sqlite"
    shutil.copyfile(seed, target)
    return target


# --- verification -----------------------------------------------------------------------------


def integrity_ok(db: Path) -> bool:
    connection = sqlite3.connect(db)  # read-write: a hot journal or -wal is recovered
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    try:
        return Decimal(str(a)) == Decimal(str(b))
    except ArithmeticError:
        return str(a) == str(b)


def file_states(db: Path, original: Any, expected: dict[str, Any]) -> dict[str, str]:
    """Per unit: "new" (all its figures in), "old" (none) or "partial"; also "history"
    mismatches when figures are in without their import record or the reverse."""
    from faaliyet_desktop.exchange.service import history
    from faaliyet_desktop.exchange.specs import table_specs
    from faaliyet_desktop.services import Workspace

    with Workspace.open(db, readonly_if_busy=False) as ws:
        report = ws.load(YEAR)
        recorded = {r.unit for r in history(ws, YEAR) if r.status == "applied"}
    specs, old_specs = table_specs(report), table_specs(original)
    states = {}
    for unit, tables in expected.items():
        seen = set()
        for table, rows in tables.items():
            for row, cols in rows.items():
                now = specs[table].get(report, row) or {}
                before = old_specs[table].get(original, row) or {}
                for col, new in cols.items():
                    if _same(before.get(col), new):
                        continue
                    if _same(now.get(col), new):
                        seen.add("new")
                    elif _same(now.get(col), before.get(col)):
                        seen.add("old")
                    else:
                        seen.add("other")
        state = seen.pop() if len(seen) == 1 else "partial"
        if (state == "new") != (unit in recorded):
            state += "+history-mismatch"
        states[unit] = state
    return states


def save_state(db: Path) -> set[int]:
    """The distinct marker values of the saved year (one value: the save went in whole)."""
    from faaliyet_desktop.services import Workspace

    with Workspace.open(db, readonly_if_busy=False) as ws:
        report = ws.load(YEAR)
    values = {c.count for c in report.it_counts}
    for record in report.personnel:
        values.update(record.employment.values())
    return values


# --- the runs ---------------------------------------------------------------------------------


def kill_imports(victim: Victim, seed: Path, files: list[Path], expected: dict[str, Any],
                 work: Path, points: int, rng: random.Random, tally: Tally) -> None:
    from faaliyet_desktop.services import Workspace

    with Workspace.open(seed) as ws:
        original = ws.load(YEAR)
    total = victim.events("import", fresh_copy(seed, work / "import-count"))
    for i in range(points):
        db = fresh_copy(seed, work / f"import{i}")
        stop_at = rng.randrange(1, total + 1)
        killed, last, _ = victim.run("import", db, stop_at)
        if not killed:
            tally.finished_first += 1
            continue
        tally.tried += 1
        ok = integrity_ok(db)
        states = file_states(db, original, expected)
        good = ok and all(s in ("new", "old") for s in states.values())
        applied = sum(s == "new" for s in states.values())
        if good:
            tally.survived += 1
        else:
            tally.notes.append(f"import kill {i} (event {stop_at}/{total}): "
                               f"integrity {ok}, {states}")
        tally.notes.append(f"import: killed in file {last + 1}/{len(files)} at event "
                           f"{stop_at}/{total}, {applied} files in whole")


def kill_saves(victim: Victim, seed: Path, work: Path, points: int, count: int,
               rng: random.Random, tally: Tally) -> None:
    original = save_state(seed)
    total = victim.events("save", fresh_copy(seed, work / "save-count"), count=count)
    for i in range(points):
        db = fresh_copy(seed, work / f"save{i}")
        stop_at = rng.randrange(1, total + 1)
        killed, last, _ = victim.run("save", db, stop_at, count=count)
        if not killed:
            tally.finished_first += 1
            continue
        tally.tried += 1
        ok = integrity_ok(db)
        values = save_state(db)
        # one value everywhere: the last save announced, the one before, or (before the
        # first save committed) the sample as it was
        good = ok and ((len(values) == 1 and values <= {last, last - 1})
                       or (last <= 1 and values == original))
        if good:
            tally.survived += 1
        else:
            tally.notes.append(f"save kill {i} (save {last}, event {stop_at}/{total}): "
                               f"integrity {ok}, values {sorted(values)[:10]}")


def prepare_restore(seed: Path, folder: Path) -> list[Path]:
    """Two backups of the seed: every marker figure 1001 in one, 1002 in the other."""
    from faaliyet_desktop.services import Workspace

    db = fresh_copy(seed, folder / "kaynak")
    out = []
    with Workspace.open(db) as ws:
        for value in (1001, 1002):
            report = ws.load(YEAR)
            mark(report, value)
            ws.save(report)
            out.append(ws.backup(folder / f"yedek{value}.sqlite").path)
    return out


def kill_restores(victim: Victim, seed: Path, backups: list[Path], work: Path, points: int,
                  count: int, rng: random.Random, tally: Tally) -> None:
    """Kill a series of restores: the database is intact and is one whole state, and the
    next open leaves no temporary file behind."""
    original = save_state(seed)
    states = [original, {1001}, {1002}]
    files = [str(b) for b in backups]
    total = victim.events("restore", fresh_copy(seed, work / "restore-count"), count=count,
                          files=files)
    for i in range(points):
        db = fresh_copy(seed, work / f"restore{i}")
        stop_at = rng.randrange(1, total + 1)
        killed, last, _ = victim.run("restore", db, stop_at, count=count, files=files)
        if not killed:
            tally.finished_first += 1
            continue
        tally.tried += 1
        ok = integrity_ok(db)
        values = save_state(db)  # opens (and so cleans up) as the next instance would
        leftovers = [p.name for p in db.parent.rglob("*.tmp")]
        if ok and values in states and not leftovers:
            tally.survived += 1
        else:
            tally.notes.append(f"restore kill {i} (restore {last}, event {stop_at}/{total}): "
                               f"integrity {ok}, values {sorted(values)[:5]}, {leftovers}")
