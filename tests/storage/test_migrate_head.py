"""The head revision is read from the migration files' names, without Alembic; it must be
the head Alembic itself finds, and a database behind it is still upgraded on open."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from faaliyet_desktop.storage import open_database
from faaliyet_desktop.storage.migrate import alembic_config, head_revision, known_revisions


def test_head_from_file_names_is_alembics_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {s.revision for s in script.walk_revisions()}


def test_alembic_is_imported_only_for_a_database_behind(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    open_database(path).close()
    def code(db: Path) -> str:
        return ("import sys\n"
                "from faaliyet_desktop.storage import open_database\n"
                f"open_database({str(db)!r}).close()\n"
                "print('ALEMBIC', 'alembic' in sys.modules)\n")

    up_to_date = subprocess.run([sys.executable, "-c", code(path)], capture_output=True,
                                text=True, timeout=300)
    assert "ALEMBIC False" in up_to_date.stdout, up_to_date.stderr
    old = tmp_path / "old.sqlite"
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{old}")
    command.upgrade(config, sorted(known_revisions())[-2])  # one revision behind
    behind = subprocess.run([sys.executable, "-c", code(old)], capture_output=True, text=True,
                            timeout=300)
    assert "ALEMBIC True" in behind.stdout, behind.stderr
    with sqlite3.connect(old) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
    connection.close()
