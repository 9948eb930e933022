"""SIGKILL in the middle of an import of many files and of many saves: nothing half-written.

A child process (``killable.py``) imports 8 provinces' workbooks, or saves the year again and
again; it is killed at random points chosen among the work's own events (an SQL statement, a
commit, a file replace or fsync), where it stops itself for the kill — so every kill lands
mid-work whatever the machine's load, never by timing. The database is then reopened
(the dead owner's lock is cleared) and must pass ``PRAGMA integrity_check`` and hold each
file's figures, and each save's, entirely or not at all.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from . import killing
from .counts import COUNTS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")

IMPORT_POINTS = 10
SAVE_POINTS = 10
SAVES = 12


@pytest.fixture(scope="module")
def victim() -> Iterator[killing.Victim]:
    child = killing.Victim()
    yield child
    child.close()


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], Any]:
    return killing.prepare_import(tmp_path_factory.mktemp("workbooks"), 8)


def test_kill_during_import_of_many_files(victim: killing.Victim, workbooks: Any,
                                          tmp_path: Path) -> None:
    seed, files, expected = workbooks
    assert len(victim.plan(seed, files)) == len(files)
    tally = killing.Tally()
    killing.kill_imports(victim, seed, files, expected, tmp_path, IMPORT_POINTS,
                         random.Random(7), tally)
    COUNTS["kill points tried (import)"] += tally.tried
    COUNTS["kill points survived (import)"] += tally.survived
    print("\n".join(tally.notes))
    assert tally.tried == IMPORT_POINTS, tally.notes  # every kill point is reached
    assert tally.survived == tally.tried, tally.notes


def test_kill_during_saves(victim: killing.Victim, seed_db: Path, tmp_path: Path) -> None:
    tally = killing.Tally()
    killing.kill_saves(victim, seed_db, tmp_path, SAVE_POINTS, SAVES, random.Random(11), tally)
    COUNTS["kill points tried (save)"] += tally.tried
    COUNTS["kill points survived (save)"] += tally.survived
    assert tally.tried == SAVE_POINTS, tally.notes
    assert tally.survived == tally.tried, tally.notes


def test_killed_owner_leaves_a_lock_that_the_next_open_clears(victim: killing.Victim,
                                                             seed_db: Path,
                                                             tmp_path: Path) -> None:
    from faaliyet_desktop.services import Workspace
    from faaliyet_desktop.storage.lock import holder, lock_path

    db = killing.fresh_copy(seed_db, tmp_path)
    killed, last, _ = victim.run("save", db, 40, count=50)  # the 40th event: mid-work
    assert killed and last >= 1
    assert lock_path(db).exists()  # kill -9 gave it no chance to remove its lock file
    assert holder(db) is None  # ... but nobody holds it
    with Workspace.open(db, readonly_if_busy=False) as ws:
        assert not ws.readonly
        assert ws._lock is not None and ws._lock.took_over is not None  # the dead owner
    assert not lock_path(db).exists()


def test_kill_during_restores(victim: killing.Victim, seed_db: Path, tmp_path: Path) -> None:
    backups = killing.prepare_restore(seed_db, tmp_path / "yedekler")
    tally = killing.Tally()
    killing.kill_restores(victim, seed_db, backups, tmp_path, 5, 4, random.Random(5), tally)
    COUNTS["kill points tried (restore)"] += tally.tried
    COUNTS["kill points survived (restore)"] += tally.survived
    assert tally.tried == 5, tally.notes
    assert tally.survived == tally.tried, tally.notes
