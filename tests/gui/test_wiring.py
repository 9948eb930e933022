"""Wiring of the window to the history, the check runs and storage errors."""

from __future__ import annotations

import pytest
from helpers import cell, grid_of, type_cell

from faaliyet_desktop.ui import history_view


def _history_action(menu):
    return next(a for a in menu.actions() if a.objectName() == "cellHistory")


@pytest.fixture
def shown(monkeypatch):
    calls: list[tuple[str, str, str]] = []
    monkeypatch.setattr(history_view, "show_cell_history",
                        lambda parent, ws, year, table, row, field:
                        calls.append((table, row, field)))
    return calls


def test_grid_cell_menu_opens_its_history(window, shown):
    year = window.doc.year
    grid = grid_of(window, "budget9")
    menu = grid.context_menu(cell(grid, f"{year}:1", "kbo"))
    assert _history_action(menu).text() == "Değişiklik Geçmişi…"
    _history_action(menu).trigger()
    assert shown == [("budget", f"{year}:1", "kbo")]
    total = grid.context_menu(cell(grid, "TOPLAM", "kbo"))
    assert not [a for a in total.actions() if a.objectName() == "cellHistory"]


def test_text_editor_menus_open_their_history(window, shown):
    page = window.show_page("narrative:vision")
    _history_action(page.editor.binding.context_menu()).trigger()
    page = window.show_page("declaration:ek1")
    signer = next(b for b in page.bindings if b.column == "signer_name")
    _history_action(signer.context_menu()).trigger()
    _history_action(page.editor.binding.context_menu()).trigger()
    assert shown == [("narrative", "vision", "text"), ("declaration", "ek1", "signer_name"),
                     ("declaration", "ek1", "text")]


def test_text_history_names_what_the_log_records(qtbot, window):
    page = window.show_page("narrative:vision")
    page.editor.edit.setPlainText("Yeni vizyon")
    page.flush()
    window.save_now()
    table, row, field = page.editor.binding.history_location()
    changes = window.workspace.history(window.doc.year, table, row, field)
    assert changes and changes[-1].new == "Yeni vizyon"


def test_change_log_dock_follows_year_and_saves(qtbot, window):
    assert window.changelog_dock is None  # hidden by default
    window.changelog_action.trigger()
    dock = window.changelog_dock
    assert dock is not None and dock.isVisible()
    widget = dock.widget()
    before = widget.model.rowCount()
    grid = grid_of(window, "physical")
    type_cell(qtbot, grid, window.doc.report.physical_resources[0].key, "count", "77")
    qtbot.waitUntil(lambda: widget.model.rowCount() == before + 1)
    assert window.create_year(2025)
    assert widget.year == 2025
    window.open_year(2024)
    assert widget.year == 2024


def test_only_explicit_check_runs_are_recorded(qtbot, window, monkeypatch):
    year = window.doc.year
    runs = window.workspace.database.check_runs(year)
    grid = grid_of(window, "physical")
    type_cell(qtbot, grid, window.doc.report.physical_resources[0].key, "count", "5")
    qtbot.waitUntil(lambda: window.doc.saved)
    window.checks.run_now()  # the debounced refresh after an edit
    assert window.workspace.database.check_runs(year) == runs
    window.checks.run_button.click()
    after = window.workspace.database.check_runs(year)
    assert len(after) == len(runs) + 1
    window.check_action.trigger()
    assert len(window.workspace.database.check_runs(year)) == len(runs) + 2
    from faaliyet_desktop.ui import report_dialog

    monkeypatch.setattr(report_dialog, "run_report_dialog", lambda *a, **k: None)
    window.report_action.trigger()
    assert len(window.workspace.database.check_runs(year)) == len(runs) + 3


@pytest.fixture
def boxes(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(a[2]))
    return shown


def test_a_conflict_on_save_reloads_the_year(qtbot, window, monkeypatch, boxes):
    from faaliyet_desktop.storage import ConflictError

    year = window.doc.year
    key = window.doc.report.physical_resources[0].key
    stored = window.workspace.load(year).physical_resources[0].count
    real_save = window.workspace.save

    def conflicting(report, **kw):
        raise ConflictError("Tablo 1, satır x: başka bir kullanıcı değiştirdi (çakışma).")

    monkeypatch.setattr(window.workspace, "save", conflicting)
    old_doc = window.doc
    grid = grid_of(window, "physical")
    type_cell(qtbot, grid, key, "count", "999")
    qtbot.waitUntil(lambda: window.doc is not old_doc)
    assert len(boxes) == 1 and "çakışma" in boxes[0] and "Geri alma" in boxes[0]
    assert window.doc.report.physical_resources[0].count == stored
    assert window.doc.undo_stack.count() == 0 and window.doc.saved
    assert not window.undo_action.isEnabled()
    monkeypatch.setattr(window.workspace, "save", real_save)
    assert window.save_now()
    assert window.workspace.load(year).physical_resources[0].count == stored


def test_import_reloads_before_any_further_save(qtbot, window, monkeypatch):
    from faaliyet_desktop.ui import exchange_dialogs

    year = window.doc.year
    key = window.doc.report.physical_resources[0].key

    def fake_import(parent, workspace, y):
        imported = workspace.load(y)
        imported.physical_resources[0].count = 4242
        workspace.save(imported)
        return True

    monkeypatch.setattr(exchange_dialogs, "run_import_dialog", fake_import)
    window.import_action.trigger()
    assert window.doc.report.physical_resources[0].count == 4242
    assert grid_of(window, "physical").model.rowCount() > 0
    type_cell(qtbot, grid_of(window, "physical"), window.doc.report.physical_resources[1].key,
              "count", "3")
    assert window.save_now()
    stored = window.workspace.load(year).physical_resources
    assert stored[0].key == key and stored[0].count == 4242 and stored[1].count == 3


def test_restore_reloads_the_year(qtbot, window, monkeypatch):
    from faaliyet_desktop.ui import backup_dialog

    year = window.doc.year

    def fake_restore(parent, workspace):
        restored = workspace.load(year)
        restored.physical_resources[0].count = 31
        workspace.save(restored)
        return True

    monkeypatch.setattr(backup_dialog, "run_restore_dialog", fake_restore)
    window.restore_action.trigger()
    assert window.doc.report.physical_resources[0].count == 31
    window.flush()
    assert window.workspace.load(year).physical_resources[0].count == 31


def test_reopening_the_database_closes_the_old_workspace_first(qtbot, window, db_path,
                                                               boxes):
    old = window.workspace
    window._open_path(db_path, create=False)
    assert window.workspace is not old
    assert not window.workspace.readonly
    assert not boxes
    grid = grid_of(window, "physical")
    type_cell(qtbot, grid, window.doc.report.physical_resources[0].key, "count", "12")
    assert window.save_now()
    window.workspace.close()  # the fixture closes the first one


def test_first_check_run_waits_for_the_event_loop(qtbot, workspace, settings):
    from faaliyet_desktop.ui.main_window import MainWindow

    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    assert not win.checks.ran and win.checks.findings() == []
    win.show()
    qtbot.waitUntil(lambda: win.checks.ran)
    assert win.checks.findings()


def test_an_import_from_the_consolidation_dock_reloads_the_year(qtbot, window):
    window.consolidation_action.trigger()
    widget = window.consolidation_dock.widget()
    year = window.doc.year
    imported = window.workspace.load(year)
    imported.physical_resources[0].count = 808
    window.workspace.save(imported)
    widget.data_changed.emit()
    assert window.doc.report.physical_resources[0].count == 808
    window.flush()
    assert window.workspace.load(year).physical_resources[0].count == 808
