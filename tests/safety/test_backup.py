"""Backups: online copy, rotation, round trip, refusal of what is not our backup, CLI."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from faaliyet_desktop import cli
from faaliyet_desktop.domain.summary import dump
from faaliyet_desktop.services import Workspace
from faaliyet_desktop.storage import StorageError, backup
from faaliyet_desktop.storage.backup import BackupRefusedError

YEAR = 2024


def _figures(path: Path) -> object:
    with Workspace.open(path, readonly_if_busy=False) as ws:
        return {y: dump(ws.load(y)) for y in ws.years()}


def _change(ws: Workspace, value: int) -> None:
    report = ws.load(YEAR)
    report.it_counts[0].count = value
    ws.save(report)


def test_round_trip_while_the_workspace_is_open(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        before = _figures_of(ws)
        taken = ws.backup()
        assert taken.path.parent == backup.backup_dir(db_path)
        _change(ws, 4242)
        assert _figures_of(ws) != before
        aside = ws.restore(taken.path)  # closes, replaces and reopens the database
        assert _figures_of(ws) == before
        assert aside is not None and aside.reason == "geri-yukleme"
        # the state the restore replaced is itself a backup
        assert 4242 in [c.count for c in _load_backup(aside.path).it_counts]
        _change(ws, 7)  # still the writer, still usable
    assert sqlite3.connect(db_path).execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def _figures_of(ws: Workspace) -> object:
    return {y: dump(ws.load(y)) for y in ws.years()}


def _load_backup(path: Path):  # type: ignore[no-untyped-def]
    from faaliyet_desktop.storage import open_database

    with open_database(path, readonly=True) as database:
        return database.load_year(YEAR)


def test_backup_is_a_self_contained_checked_file(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        _change(ws, 99)  # in the -wal, not yet in the main file
        info = ws.backup()
    assert not Path(str(info.path) + "-wal").exists()
    connection = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    assert 99 in [c.count for c in _load_backup(info.path).it_counts]
    assert backup.list_backups(db_path)[0].path == info.path
    assert backup.list_backups(db_path)[0].years == (YEAR,)


def test_daily_backup_on_open_once_a_day(db_path: Path) -> None:
    Workspace.open(db_path).close()
    Workspace.open(db_path).close()
    daily = [b for b in backup.list_backups(db_path) if b.reason == "gunluk"]
    assert len(daily) == 1


def test_rotation_keeps_the_last_ten_and_one_per_month(tmp_path: Path) -> None:
    folder = tmp_path / "yedekler"
    folder.mkdir()
    start = dt.datetime(2025, 1, 1, 9)
    for day in range(0, 120, 3):  # 40 backups over four months
        when = start + dt.timedelta(days=day)
        (folder / f"f-{when:%Y%m%d-%H%M%S}-gunluk.sqlite").write_bytes(b"x")
    (folder / "baska-20250101-090000-gunluk.sqlite").write_bytes(b"x")  # another database's
    removed = backup.prune(folder, "f")
    kept = sorted(p.name for p in folder.iterdir())
    assert len(removed) == 40 - len(kept) + 1
    assert "baska-20250101-090000-gunluk.sqlite" in kept
    ours = sorted(n for n in kept if n.startswith("f-"))
    months = {n[2:8] for n in ours}
    assert months == {"202501", "202502", "202503", "202504"}
    assert len(ours) == 10 + len(months - {n[2:8] for n in ours[-10:]})
    assert ours[-10:] == sorted(f"f-{start + dt.timedelta(days=d):%Y%m%d-%H%M%S}-gunluk.sqlite"
                                for d in range(0, 120, 3))[-10:]


def test_backup_before_migration_goes_to_the_backup_folder(tmp_path: Path) -> None:
    from alembic import command

    from faaliyet_desktop.storage.migrate import alembic_config

    path = tmp_path / "eski.sqlite"
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, "0001")
    Workspace.open(path).close()
    reasons = [b.reason for b in backup.list_backups(path)]
    assert reasons == ["guncelleme-0001"]


def test_backup_before_import(db_path: Path, tmp_path: Path) -> None:
    from faaliyet_desktop.exchange.export import export_template
    from faaliyet_desktop.exchange.service import apply_plan, dry_run, signing_key
    from faaliyet_desktop.exchange.synthetic import fill_template, province_values

    with Workspace.open(db_path) as ws:
        report = ws.load(YEAR)
        export_template(report, tmp_path / "t.xlsx", "IL06", key=signing_key(ws))
        fill_template(tmp_path / "t.xlsx", tmp_path / "f.xlsx", report,
                      province_values("IL06", 5), unit="IL06")
        before = _figures_of(ws)
        results = apply_plan(ws, dry_run(ws, YEAR, [tmp_path / "f.xlsx"]))
        assert [r.applied for r in results] == [True]
    (taken,) = [b for b in backup.list_backups(db_path) if b.reason == "ice-aktarma"]
    restored = tmp_path / "eski.sqlite"
    shutil.copyfile(taken.path, restored)
    assert _figures(restored) == before


# --- refusals -------------------------------------------------------------------------------


def _foreign(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.execute("INSERT INTO notes (text) VALUES ('başka program')")
    connection.commit()
    connection.close()
    return path


def _newer(seed: Path, path: Path) -> Path:
    shutil.copyfile(seed, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    return path


def _corrupt(seed: Path, path: Path) -> Path:
    data = bytearray(seed.read_bytes())
    for offset in range(8192, len(data), 4096):  # scribble over every page after the second
        data[offset + 100: offset + 400] = os.urandom(300)
    path.write_bytes(bytes(data))
    return path


def _empty_sqlite(path: Path) -> Path:
    sqlite3.connect(path).close()
    path.write_bytes(b"")
    return path


BAD = {
    "metin": lambda seed, p: (p.write_text("bu bir yedek değil", encoding="utf-8"), p)[1],
    "bos": lambda seed, p: _empty_sqlite(p),
    "yabanci": lambda seed, p: _foreign(p),
    "yeni-surum": lambda seed, p: _newer(seed, p),
    "bozuk": lambda seed, p: _corrupt(seed, p),
    "yok": lambda seed, p: p,
}


@pytest.mark.parametrize("kind", list(BAD))
def test_what_is_not_our_backup_is_refused_and_nothing_changes(kind: str, seed_db: Path,
                                                               db_path: Path,
                                                               tmp_path: Path) -> None:
    bad = BAD[kind](seed_db, tmp_path / f"{kind}.sqlite")
    with Workspace.open(db_path) as ws:
        _change(ws, 31)
        before = _figures_of(ws)
        backups_before = [b.path for b in ws.backups()]
        with pytest.raises(BackupRefusedError) as refused:
            ws.restore(bad)
        assert "geri yüklenemez" in refused.value.message
        assert "dokunulmadı" in refused.value.message
        assert _figures_of(ws) == before
        assert [b.path for b in ws.backups()] == backups_before
    if kind == "yeni-surum":
        assert "daha yeni" in refused.value.message


def test_restore_is_refused_while_another_connection_has_the_file(db_path: Path,
                                                                  tmp_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        good = ws.backup(tmp_path / "iyi.sqlite").path
    other = sqlite3.connect(db_path)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM report_year").fetchall()  # a reader in the middle
    try:
        before = db_path.read_bytes()
        with pytest.raises(StorageError, match="başka bir pencerede"):
            backup.restore_database(db_path, good)
        assert db_path.read_bytes() == before
    finally:
        other.close()


# --- command line ---------------------------------------------------------------------------


def test_cli_backup_and_restore(db_path: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "elle.sqlite"
    assert cli.main(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    assert "Yedek alındı" in capsys.readouterr().out
    before = _figures(db_path)
    with Workspace.open(db_path) as ws:
        _change(ws, 555)
    assert cli.main(["restore", "--db", str(db_path), str(out), "--yes"]) == 0
    printed = capsys.readouterr().out
    assert "Geri yüklendi" in printed and "Önceki hali yedeklendi" in printed
    assert _figures(db_path) == before
    assert cli.main(["backup", "--db", str(db_path)]) == 0
    assert str(backup.backup_dir(db_path)) in capsys.readouterr().out


def test_cli_restore_without_a_terminal_and_without_yes_refuses(db_path: Path,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "elle.sqlite"
    assert cli.main(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    before = db_path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from faaliyet_desktop.cli import main; "
         "sys.exit(main(sys.argv[1:]))", "restore", "--db", str(db_path), str(out)],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "--yes" in result.stderr
    assert db_path.read_bytes() == before


def test_cli_restore_asks_and_stops_on_no(db_path: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "elle.sqlite"
    assert cli.main(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "h")
    before = db_path.read_bytes()
    assert cli.main(["restore", "--db", str(db_path), str(out)]) == 1
    assert "Vazgeçildi" in capsys.readouterr().out
    assert db_path.read_bytes() == before


def test_cli_restore_refuses_a_foreign_file(db_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    bad = _foreign(tmp_path / "yabanci.sqlite")
    before = db_path.read_bytes()
    assert cli.main(["restore", "--db", str(db_path), str(bad), "--yes"]) == 2
    assert "geri yüklenemez" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_rotation_never_deletes_the_backup_just_restored(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        for _ in range(backup.KEEP_LAST + 2):
            ws.backup()
        oldest = ws.backups()[-1]  # the next one rotation would delete
        for _ in range(3):
            ws.restore(oldest.path)  # each restore adds a backup of the replaced state
            assert oldest.path.exists()
        assert len(ws.backups()) == backup.KEEP_LAST + 1
