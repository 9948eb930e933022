"""History shows labels, not internal keys: "Ankara İl Göç İdaresi Müdürlüğü (IL06)",
"Dolu Kadro", not "IL06", "dolu_kadro"."""

from __future__ import annotations

from helpers import grid_of, type_cell

from faaliyet_desktop.ui.history_view import COL_FIELD, COL_ROW, CellHistoryDialog


def test_change_log_and_cell_history_name_units_and_fields(qtbot, window):
    grid = grid_of(window, "personnel_employment")
    unit = next(u for u in window.doc.report.units if u.code.startswith("IL"))
    type_cell(qtbot, grid, unit.code, "dolu_kadro", "321")
    window.save_now()
    window.show_changelog()
    model = window.changelog_dock.widget().model
    rows = [(model.index(r, COL_ROW).data(), model.index(r, COL_FIELD).data())
            for r in range(model.rowCount())]
    assert (f"{unit.name} ({unit.code})", "Dolu Kadro") in rows
    dialog = CellHistoryDialog(window.workspace, window.doc.year, "personnel_employment",
                               unit.code, "dolu_kadro", window)
    qtbot.addWidget(dialog)
    assert unit.name in dialog.windowTitle() and "Dolu Kadro" in dialog.windowTitle()
    assert "dolu_kadro" not in dialog.windowTitle()
