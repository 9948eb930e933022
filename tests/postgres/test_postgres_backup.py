"""Shared PostgreSQL mode and file backups: no lock file, no file backup; imports still go in."""

from __future__ import annotations

from pathlib import Path

import pytest

from faaliyet_desktop.cli import main
from faaliyet_desktop.exchange.export import export_template
from faaliyet_desktop.exchange.service import apply_plan, dry_run, signing_key
from faaliyet_desktop.exchange.synthetic import fill_template, province_values
from faaliyet_desktop.services import Workspace
from faaliyet_desktop.storage.backup import BackupRefusedError


def test_backup_and_restore_are_refused_and_imports_need_no_file_backup(
        pg_sample_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(pg_sample_url) as ws:
        assert not ws.readonly and ws.lock_info is None
        assert ws.backups() == []
        with pytest.raises(BackupRefusedError, match="sunucu"):
            ws.backup()
        with pytest.raises(BackupRefusedError, match="sunucu"):
            ws.restore(tmp_path / "yedek.sqlite")
        report = ws.load(2024)
        export_template(report, tmp_path / "s.xlsx", "IL06", key=signing_key(ws))
        fill_template(tmp_path / "s.xlsx", tmp_path / "f.xlsx", report,
                      province_values("IL06", 3), unit="IL06")
        (result,) = apply_plan(ws, dry_run(ws, 2024, [tmp_path / "f.xlsx"]))
        assert result.applied, result.message
    assert main(["restore", "--db", pg_sample_url, str(tmp_path / "f.xlsx"), "--yes"]) == 2
    assert "sunucu" in capsys.readouterr().err
    assert main(["backup", "--db", pg_sample_url]) == 2
    assert "sunucu" in capsys.readouterr().err
    assert list(tmp_path.glob("*.lock")) == []
