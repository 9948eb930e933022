"""The history dialog and the change-log widget (offscreen Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from faaliyet_desktop.services import Workspace

pytestmark = pytest.mark.gui

YEAR = 2024


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(db_path)
    yield ws
    ws.close()


def _edit(ws: Workspace, kbo: str, user: str = "ayse") -> None:
    report = ws.load(YEAR)
    line = next(b for b in report.budget(YEAR) if b.code == "1")
    line.kbo = Decimal(kbo)
    ws.database.save_year(report, user=user)


def test_cell_history_dialog(qtbot, qtmodeltester, workspace: Workspace,  # type: ignore[no-untyped-def]
                             monkeypatch: pytest.MonkeyPatch) -> None:
    from faaliyet_desktop.ui import history_view
    from faaliyet_desktop.ui.history_view import (
        COL_NEW,
        COL_OLD,
        COL_SOURCE,
        COL_USER,
        CellHistoryDialog,
    )

    _edit(workspace, "1000")
    _edit(workspace, "1000.5", "mehmet")
    dialog = CellHistoryDialog(workspace, YEAR, "budget", "2024:1", "kbo")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    m = dialog.model
    rows = [[m.index(r, c).data() for c in (COL_USER, COL_OLD, COL_NEW)]
            for r in range(m.rowCount())]
    assert rows[-2:] == [["ayse", "7.111.020.000", "1.000"], ["mehmet", "1.000", "1.000,5"]]
    assert m.index(0, COL_SOURCE).data() == "örnek veri"
    assert "3 değişiklik" in dialog.status.text()
    assert "Tablo 9" in dialog.windowTitle() and "KBÖ" in dialog.windowTitle()
    shown: list[CellHistoryDialog] = []
    monkeypatch.setattr(CellHistoryDialog, "exec", lambda self: shown.append(self) or 0)
    history_view.show_cell_history(None, workspace, YEAR, "budget", "2024:9", "kbo")
    assert shown and shown[0].model.rowCount() == 0
    assert "kayıtlı bir değişiklik yok" in shown[0].status.text()


def test_change_log_widget_filters_and_audit(qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                             workspace: Workspace) -> None:
    from faaliyet_desktop.ui.history_view import COL_TABLE, COL_USER, ChangeLogWidget

    widget = ChangeLogWidget(workspace, YEAR)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    total = widget.model.rowCount()
    assert total == len(workspace.change_log(YEAR)) > 100
    at = widget.table_filter.findData("budget")
    widget.table_filter.setCurrentIndex(at)
    assert 0 < widget.model.rowCount() < total
    assert {widget.model.index(r, COL_TABLE).data() for r in range(widget.model.rowCount())} \
        == {"Tablo 9"}
    workspace.record_check_run(YEAR, [])
    _edit(workspace, "42", "mehmet")
    widget.after_clean.setChecked(True)  # refreshes
    assert widget.model.rowCount() == 1
    assert widget.model.index(0, COL_USER).data() == "mehmet"
    assert widget.status.text().startswith("Son hatasız denetim:")
    assert widget.selected_table() == "budget"  # the filter survives a refresh
    widget.after_clean.setChecked(False)
    widget.table_filter.setCurrentIndex(0)
    assert widget.model.rowCount() == total + 1
    assert widget.model.index(0, COL_USER).data() == "mehmet"  # newest first
