"""One writer: a second instance is told who holds the database and reads it only."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from faaliyet_desktop import cli
from faaliyet_desktop.services import Workspace
from faaliyet_desktop.storage.lock import DatabaseInUseError, acquire, holder, lock_path

HOLD = """
import sys
from faaliyet_desktop.services import Workspace
ws = Workspace.open(sys.argv[1])
print("OPEN", ws.readonly, flush=True)
sys.stdin.readline()
ws.close()
print("CLOSED", flush=True)
"""


class Holder:
    """Another process that opens the database and keeps it open."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().split() == ["OPEN", "False"]

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "CLOSED"
        self.finish()

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL; TerminateProcess on Windows: no clean-up either way
        self.finish()

    def finish(self) -> None:
        self.proc.wait(30)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def other(db_path: Path) -> Iterator[Holder]:
    held = Holder(db_path)
    yield held
    if held.proc.poll() is None:
        held.kill()


def test_second_instance_is_told_who_holds_it_and_reads_only(other: Holder,
                                                             db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        assert ws.readonly
        owner = ws.lock_info
        assert owner is not None and ws.owner == owner
        assert owner.pid == other.proc.pid
        assert owner.host == socket.gethostname()
        assert owner.user and owner.since
        message = ws.readonly_message
        assert message is not None and str(other.proc.pid) in message
        assert ws.years() == [2024]  # reading works
        report = ws.load(2024)
        with pytest.raises(DatabaseInUseError) as busy:
            ws.save(report)
        assert str(other.proc.pid) in busy.value.message
        assert "kullanılıyor" in busy.value.message
    with pytest.raises(DatabaseInUseError):
        Workspace.open(db_path, readonly_if_busy=False)
    other.close()
    assert not lock_path(db_path).exists()
    with Workspace.open(db_path) as ws:
        assert not ws.readonly and ws.lock_info is None


def test_kill_9_the_first_and_the_next_open_clears_the_stale_lock(other: Holder,
                                                                  db_path: Path) -> None:
    assert holder(db_path) is not None
    other.kill()
    assert lock_path(db_path).exists()
    assert holder(db_path) is None  # nobody holds the advisory lock any more
    with Workspace.open(db_path) as ws:
        assert not ws.readonly
        assert ws._lock is not None and ws._lock.took_over is not None
        assert ws._lock.took_over.pid == other.proc.pid
        report = ws.load(2024)
        ws.save(report)
        mine = json.loads(lock_path(db_path).read_text())
        assert mine["pid"] == os.getpid()


def test_cli_write_commands_refuse_read_commands_proceed(other: Holder, db_path: Path,
                                                         tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    db = ["--db", str(db_path)]
    assert cli.main(["years", *db]) == 0
    assert capsys.readouterr().out.split() == ["2024"]
    assert cli.main(["new-year", *db, "--from", "2024", "--year", "2025"]) == 2
    err = capsys.readouterr().err
    assert str(other.proc.pid) in err and "kullanılıyor" in err
    assert cli.main(["backup", *db, "--out", str(tmp_path / "y.sqlite")]) == 0  # reads only
    capsys.readouterr()
    assert cli.main(["restore", *db, str(tmp_path / "y.sqlite"), "--yes"]) == 2
    assert str(other.proc.pid) in capsys.readouterr().err
    assert cli.main(["import", *db, str(tmp_path / "yok.xlsx")]) == 2
    assert str(other.proc.pid) in capsys.readouterr().err
    other.close()
    assert cli.main(["new-year", *db, "--from", "2024", "--year", "2025"]) == 0


def test_stale_lock_of_a_dead_process_on_this_host_is_cleared(db_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    lock_path(db_path).write_text(json.dumps({"user": "ayse", "host": socket.gethostname(),
                                              "pid": pid, "since": "2025-01-01 09:00:00"}))
    assert holder(db_path) is None
    with Workspace.open(db_path) as ws:
        assert not ws.readonly
        assert ws._lock is not None and ws._lock.took_over is not None
        assert ws._lock.took_over.user == "ayse"


def test_garbage_lock_file_is_cleared(db_path: Path) -> None:
    lock_path(db_path).write_bytes(b"\x00\x01 yarim")
    with Workspace.open(db_path) as ws:
        assert not ws.readonly


def test_same_process_twice_is_a_second_instance(db_path: Path) -> None:
    with acquire(db_path) as first:
        with pytest.raises(DatabaseInUseError) as busy:
            acquire(db_path)
        assert busy.value.owner == first.owner
    assert not lock_path(db_path).exists()
    with acquire(db_path):
        pass


def test_import_into_a_read_only_workspace_is_refused_with_the_holder(other: Holder,
                                                                     db_path: Path,
                                                                     tmp_path: Path) -> None:
    from faaliyet_desktop.exchange.export import export_template
    from faaliyet_desktop.exchange.service import apply_plan, dry_run, signing_key
    from faaliyet_desktop.exchange.synthetic import fill_template, province_values

    with Workspace.open(db_path) as ws:
        assert ws.readonly
        report = ws.load(2024)
        export_template(report, tmp_path / "s.xlsx", "IL06", key=signing_key(ws))
        fill_template(tmp_path / "s.xlsx", tmp_path / "f.xlsx", report,
                      province_values("IL06", 9), unit="IL06")
        plan = dry_run(ws, 2024, [tmp_path / "f.xlsx"])  # a preview reads only
        (result,) = apply_plan(ws, plan)
        assert not result.applied and str(other.proc.pid) in result.message
        assert ws.load(2024) == report
