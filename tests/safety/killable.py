"""A child process that imports, or saves, until it is killed: the kill tests' victim.

Run as ``python killable.py``. It loads the application once and then, for each JSON command
on stdin, forks a worker (cheap: everything is imported already) that does the work on a
database and prints its progress on stdout, one line per step. The kill points are reached
deterministically, never by timing: the worker counts *events* — every SQL statement sent
through SQLAlchemy, every commit, every ``os.replace`` and ``os.fsync`` — and at the event the
test asked for it prints ``AT <n>`` and stops itself (SIGSTOP), so the test's SIGKILL lands
exactly there, in the middle of the work. Commands (``stop_at`` 0 = run to the end):

``{"op": "plan", "seed": DB, "files": [...]}``  dry run of the files against ``DB`` (kept)
``{"op": "import", "db": DB, "stop_at": K}``     a worker applies the kept plan to ``DB``
``{"op": "save", "db": DB, "count": N, ...}``    a worker saves the year N times
``{"op": "restore", "db": DB, "files": [A, B], "count": N, ...}``  restores A, B, A ...
``{"op": "reap", "pid": PID}``                    wait for a worker; replies its status

A worker prints ``PID <pid>``, then ``STEP <i>`` before step i, ``AT <k>`` where it stops for
the kill, or ``DONE <events>`` when it finished (the count lets the test choose kill points).
"""

from __future__ import annotations

import json
import os
import signal
import sys
from typing import Any

from killing import mark  # beside this script
from sqlalchemy import event
from sqlalchemy.engine import Engine

from faaliyet_desktop.exchange.service import apply_plan, dry_run
from faaliyet_desktop.services import Workspace

YEAR = 2024


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


class KillPoints:
    """Counts the worker's events and stops the worker at event ``stop_at`` (0: never)."""

    def __init__(self, stop_at: int) -> None:
        self.stop_at = stop_at
        self.count = 0

    def hit(self, *_args: Any, **_kwargs: Any) -> None:
        self.count += 1
        if self.count == self.stop_at:
            say(f"AT {self.count}")
            os.kill(os.getpid(), signal.SIGSTOP)  # the test kills us here, and only here

    def install(self) -> None:
        event.listen(Engine, "before_cursor_execute", self.hit)
        event.listen(Engine, "commit", self.hit)
        for name in ("replace", "fsync"):
            original = getattr(os, name)

            def wrapped(*args: Any, _original: Any = original, **kwargs: Any) -> Any:
                self.hit()
                return _original(*args, **kwargs)

            setattr(os, name, wrapped)


def work_import(db: str, plan: Any) -> None:
    with Workspace.open(db, readonly_if_busy=False) as ws:
        def progress(i: int, n: int, name: str) -> None:
            if i < n:
                say(f"STEP {i}")
        apply_plan(ws, plan, progress=progress)


def work_save(db: str, count: int) -> None:
    with Workspace.open(db, readonly_if_busy=False) as ws:
        report = ws.load(YEAR)
        for i in range(1, count + 1):
            mark(report, i)
            say(f"STEP {i}")
            ws.save(report)


def work_restore(db: str, files: list[str], count: int) -> None:
    with Workspace.open(db, readonly_if_busy=False) as ws:
        for i in range(1, count + 1):
            say(f"STEP {i}")
            ws.restore(files[i % len(files)])


def main() -> None:
    plan = None
    for line in sys.stdin:
        command = json.loads(line)
        op = command["op"]
        if op == "plan":
            with Workspace.open(command["seed"]) as ws:
                plan = dry_run(ws, YEAR, command["files"])
            say(json.dumps({"ready": [f.name for f in plan.files if f.can_apply]}))
        elif op in ("import", "save", "restore"):
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    say(f"PID {os.getpid()}")
                    points = KillPoints(int(command.get("stop_at", 0)))
                    points.install()
                    if op == "import":
                        work_import(command["db"], plan)
                    elif op == "restore":
                        work_restore(command["db"], command["files"], int(command["count"]))
                    else:
                        work_save(command["db"], int(command["count"]))
                    say(f"DONE {points.count}")
                except BaseException as exc:  # reported, then the worker ends
                    say(f"ERROR {type(exc).__name__}: {exc}")
                    code = 1
                os._exit(code)
        elif op == "reap":
            _, status = os.waitpid(int(command["pid"]), 0)
            say(json.dumps({"status": status}))
        elif op == "quit":
            break


if __name__ == "__main__":
    main()
