"""Deleting a year: confirmation, a backup first, never the last year; the window moves to
the latest remaining year and never saves the deleted one back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from faaliyet_desktop.services import Workspace


def test_workspace_deletes_a_year_after_a_backup(db_path):
    with Workspace.open(db_path) as ws:
        first = ws.years()[-1]
        ws.new_year(first, first + 1)
        info = ws.delete_year(first + 1)
        assert first + 1 not in ws.years()
        assert info is not None and info.path.exists() and info.reason_tr == "yıl silme öncesi"
        with pytest.raises(ValueError, match="yok"):
            ws.delete_year(first + 1)
        if len(ws.years()) == 1:
            with pytest.raises(ValueError, match="tek yıl"):
                ws.delete_year(first)


def test_year_menu_deletes_the_open_year(qtbot, window, monkeypatch):
    year = window.doc.year
    assert window.create_year(year + 1)
    assert window.doc.year == year + 1
    answers = [QMessageBox.StandardButton.No]
    asked = []

    def warning(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers[0]

    monkeypatch.setattr(QMessageBox, "warning", warning)
    window.delete_year_action.trigger()
    assert asked and str(year + 1) in asked[0] and "yedeği" in asked[0]
    assert year + 1 in window.workspace.years()
    answers[0] = QMessageBox.StandardButton.Yes
    assert window.delete_year()
    assert year + 1 not in window.workspace.years()
    assert window.doc.year == year
    assert str(year + 1) not in [window.year_combo.itemText(i)
                                 for i in range(window.year_combo.count())]
    window.save_now()
    assert year + 1 not in window.workspace.years()  # not saved back
