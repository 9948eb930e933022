"""Dosya → Yedek Al / Yedekten Geri Yükle: the dialog lists, confirms and restores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QDialog, QMessageBox

from faaliyet_desktop.services import Workspace
from faaliyet_desktop.ui import backup_dialog

pytestmark = pytest.mark.gui


class Boxes:
    """QMessageBox calls, recorded; questions answered with ``answer``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Any) -> None:
        self.shown: list[tuple[str, str]] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind))
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: (self.shown.append(("question", a[2])), answer)[1])

    def _record(self, kind: str) -> Any:
        def show(parent: Any, title: str, text: str, *rest: Any) -> Any:
            self.shown.append((kind, text))
            return QMessageBox.StandardButton.Ok
        return show


def _pick_first(monkeypatch: pytest.MonkeyPatch, seen: list[int]) -> None:
    def exec_(self: backup_dialog.RestoreDialog) -> int:
        seen.append(self.table.rowCount())
        self.table.selectRow(0)
        assert self.restore.isEnabled()
        self.accept_selected()
        return int(QDialog.DialogCode.Accepted)
    monkeypatch.setattr(backup_dialog.RestoreDialog, "exec", exec_)


def test_backup_now_then_restore_it(qtbot: Any, db_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    with Workspace.open(db_path) as ws:
        backup_dialog.run_backup_now(None, ws)
        assert boxes.shown[-1][0] == "information"
        assert "Yedek" in boxes.shown[-1][1] or "yedeği" in boxes.shown[-1][1]
        report = ws.load(2024)
        report.it_counts[0].count = 8080
        ws.save(report)
        rows: list[int] = []
        _pick_first(monkeypatch, rows)
        assert backup_dialog.run_restore_dialog(None, ws) is True
        assert rows and rows[0] >= 1
        assert ws.load(2024).it_counts[0].count != 8080
        assert [kind for kind, _ in boxes.shown[-2:]] == ["question", "information"]


def test_restore_declined_changes_nothing(qtbot: Any, db_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    Boxes(monkeypatch, QMessageBox.StandardButton.No)
    with Workspace.open(db_path) as ws:
        ws.backup()
        report = ws.load(2024)
        report.it_counts[0].count = 8080
        ws.save(report)
        _pick_first(monkeypatch, [])
        assert backup_dialog.run_restore_dialog(None, ws) is False
        assert ws.load(2024).it_counts[0].count == 8080


def test_dialog_lists_backups_with_date_size_and_years(qtbot: Any, db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        ws.backup()
        dialog = backup_dialog.RestoreDialog(None, ws)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == len(ws.backups()) >= 1
        texts = [dialog.table.item(0, c).text() for c in range(4)]
        assert texts[2].endswith("KB") and "2024" in texts[3]
        assert not dialog.restore.isEnabled()


def test_read_only_workspace_cannot_restore(qtbot: Any, db_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    with Workspace.open(db_path) as first, Workspace.open(db_path) as second:
        assert not first.readonly and second.readonly
        assert backup_dialog.run_restore_dialog(None, second) is False
        assert boxes.shown[-1][0] == "warning"
        assert "Salt okunur" in boxes.shown[-1][1]
