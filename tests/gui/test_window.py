"""The window around the forms: rows, texts and placeholders, checks, years, units, storage
errors, settings, --smoke."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import cell, findings_text, grid_of, text, type_cell
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from faaliyet_desktop.domain.checks import Location
from faaliyet_desktop.ui.main_window import MainWindow
from faaliyet_desktop.ui.navigation import all_pages


def test_models_pass_qtmodeltester(qtmodeltester, window):
    for page_id, _title in all_pages():
        for grid in window.show_page(page_id).grids():
            qtmodeltester.check(grid.model)
    qtmodeltester.check(window.checks.model)


def test_add_remove_reorder_rows_with_undo(qtbot, window):
    grid = grid_of(window, "physical")
    keys = [r.key for r in grid.model.rows()]
    grid.select(keys[0], None)
    assert grid.move_row(1)
    assert [r.key for r in grid.model.rows()][:2] == [keys[1], keys[0]]
    new = grid.add_row()
    assert new is not None and grid.model.rows()[-1].key == new
    type_cell(qtbot, grid, new, "name", "Arşiv Odası")
    type_cell(qtbot, grid, new, "count", "3")
    assert text(grid, new, "name") == "Arşiv Odası"
    grid.select(keys[1], None)
    assert grid.remove_row()
    assert keys[1] not in [r.key for r in grid.model.rows()]
    for _ in range(5):
        window.undo_action.trigger()
    assert [r.key for r in grid.model.rows()] == keys


def test_activity_row_added_under_selected_subprogram(window):
    grid = grid_of(window, "activities")
    act = window.doc.report.activities[0]
    grid.select(act.subprogram, None)
    key = grid.add_row()
    assert key is not None
    new = next(a for a in window.doc.report.activities if a.code == key)
    assert new.subprogram == act.subprogram
    grid.select("GENEL_TOPLAM", None)
    assert not grid.remove_row()  # a derived row cannot be removed
    assert grid.error.isVisible()


def test_narrative_placeholder_shows_live_figure(qtbot, window):
    page = window.show_page("narrative:human_resources")
    original = window.doc.report.narratives["human_resources"]
    editor = page.editor
    editor.edit.setFocus()
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.edit, " Toplam personel: ")
    editor.insert_placeholder("personnel_total")
    qtbot.waitUntil(lambda: window.doc.report.narratives["human_resources"].endswith(
        "Toplam personel: {{personnel_total}}"))
    assert "Toplam personel: 14.052" in editor.preview.toPlainText()
    # the figure follows the table
    type_cell(qtbot, grid_of(window, "personnel_employment"), "MERKEZ", "dolu_kadro", "400")
    page = window.show_page("narrative:human_resources")
    assert "Toplam personel: 14.053" in page.editor.preview.toPlainText()
    # undo the table edit, then the text
    window.undo_action.trigger()
    window.show_page("narrative:human_resources")
    assert "Toplam personel: 14.052" in page.editor.preview.toPlainText()
    window.undo_action.trigger()
    assert window.doc.report.narratives["human_resources"] == original
    assert page.editor.edit.toPlainText() == original


def test_narrative_list_toggle(qtbot, window):
    page = window.show_page("narrative:vision")
    page.editor.edit.setPlainText("Birinci\nİkinci")
    page.editor.edit.selectAll()
    page.editor.toggle_list()
    assert page.editor.edit.toPlainText() == "- Birinci\n- İkinci"
    assert "<li>" in page.editor.preview.toHtml() or "Birinci" in page.editor.preview.toHtml()
    page.flush()
    assert window.doc.report.narratives["vision"] == "- Birinci\n- İkinci"


def test_declaration_fields_are_saved(qtbot, window, db_path):
    page = window.show_page("declaration:ek1")
    place = page.findChild(type(page.bindings[0].editor), "decl_place")
    place.setFocus()
    place.selectAll()
    place.insert("İzmir")  # QTest cannot synthesise key events for Turkish letters
    qtbot.keyClick(place, Qt.Key.Key_Return)
    assert next(d for d in window.doc.report.declarations if d.key == "ek1").place == "İzmir"
    qtbot.waitUntil(lambda: window.doc.saved)  # autosave on the next turn of the loop


def test_double_click_on_a_finding_jumps_to_the_cell(qtbot, window):
    model = window.checks.model
    row = next(i for i, f in enumerate(model.findings()) if f.rule == "agirlik-toplam")
    finding = model.finding(row)
    index = model.index(row, 2)
    window.checks.view.scrollTo(index)
    rect = window.checks.view.visualRect(index)
    qtbot.mouseClick(window.checks.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.checks.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=rect.center())
    page = window.current_page()
    assert page.page_id == "strategic"
    grid = page.grids()[0]
    current = grid.view.currentIndex()
    assert grid.model.row(current.row()).key == finding.location.row
    assert grid.spec.columns[current.column()].key == "weight_sum"


@pytest.mark.parametrize("loc,page_id", [
    (Location("personnel_gender", "MERKEZ"), "personnel_gender"),
    (Location("budget", "2023:1"), "budget7"),
    (Location("budget", "2025:1", "kbo"), "budget13"),
    (Location("narrative", "mission"), "narrative:mission"),
    (Location("declaration", "ek2"), "declaration:ek2"),
    (Location("form4", "GY.GYH.1"), "form4"),
])
def test_go_to_every_kind_of_location(window, loc, page_id):
    assert window.go_to(loc)
    assert window.current_page().page_id == page_id


def test_unit_filter_restricts_unit_tables(window):
    grid = grid_of(window, "personnel_employment")
    n_all = grid.model.rowCount()
    window.set_unit("TASRA")
    keys = [r.key for r in grid.model.rows()]
    assert keys[0] == "TASRA" and "MERKEZ" not in keys and len(keys) < n_all
    assert text(grid, "TASRA", "total") == "13.053"
    us = grid_of(window, "unit_spending")
    assert all(r.key in window.ctx.units or r.total for r in us.model.rows())
    window.set_unit(None)
    assert grid_of(window, "personnel_employment").model.rowCount() == n_all


def test_new_year_from_the_last_one(qtbot, window, monkeypatch):
    assert window.create_year(2025)
    assert window.doc.year == 2025
    assert [window.year_combo.itemData(i) for i in range(window.year_combo.count())] == [
        2024, 2025]
    grid = grid_of(window, "form3")
    ind = next(i for i in window.doc.report.indicators if i.in_form3)
    assert text(grid, ind.code, "q1") == ""
    assert text(grid, ind.code, "previous_year") == "2024"
    type_cell(qtbot, grid, ind.code, "q1", "5")
    window.open_year(2024)
    assert text(grid_of(window, "form3"), ind.code, "q1") != "5"
    window.open_year(2025)
    assert text(grid_of(window, "form3"), ind.code, "q1") == "5"
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    assert not window.create_year(2025)


def test_window_state_and_year_are_remembered(qtbot, workspace, settings):
    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    win.show_page("form3")
    win.close()
    assert settings.value("lastYear") is not None
    assert settings.value("geometry") is not None
    win2 = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win2)
    assert win2.current_page().page_id == "form3"


def test_menus_are_turkish(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert [t.replace("&", "") for t in titles] == ["Dosya", "Düzen", "Yıl", "Görünüm", "Yardım"]
    assert all("&" in t for t in titles)  # Alt+letter mnemonics
    assert "2024" in window.windowTitle()


def test_unopenable_database_offers_a_new_one(qtbot, tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QFileDialog

    from faaliyet_desktop.app import open_workspace_interactive

    bad = tmp_path / "bozuk.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    assert open_workspace_interactive(bad, interactive=False) is None

    seen: list[str] = []

    def fake_exec(box):
        seen.append(box.text())
        box_buttons = box.buttons()
        target = next(b for b in box_buttons if "Yeni" in b.text())
        box._clicked = target
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._clicked)
    fresh = tmp_path / "yeni.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    ws = open_workspace_interactive(bad, interactive=True)
    assert ws is not None and Path(ws.path) == fresh
    assert seen and "veritabanı" in seen[0].lower()
    ws.close()


def test_smoke_command_exits_zero(tmp_path, db_path):
    """``faaliyet-desktop --smoke`` (here on a copy of the already seeded sample database)."""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    res = subprocess.run([sys.executable, "-m", "faaliyet_desktop.app", "--smoke",
                          "--db", str(db_path)],
                         capture_output=True, text=True, timeout=120, env=env)
    assert res.returncode == 0, res.stderr
    assert "sayfa gezildi" in res.stdout


def test_settings_isolated(settings):
    assert isinstance(settings, QSettings)


def test_findings_text_helper(window):
    assert findings_text(window)
    assert cell(grid_of(window, "physical"), window.doc.report.physical_resources[0].key,
                "count").isValid()


def test_english_is_selectable(qtbot, workspace, settings):
    from faaliyet_desktop.ui.i18n import install_translator

    assert install_translator("en") == "en"
    try:
        win = MainWindow(workspace, settings=settings)
        qtbot.addWidget(win)
        titles = [a.text() for a in win.menuBar().actions()]
        assert [t.replace("&", "") for t in titles] == ["File", "Edit", "Year", "View", "Help"]
        grid = grid_of(win, "form3")
        headers = [grid.model.headerData(i, Qt.Orientation.Horizontal)
                   for i in range(grid.model.columnCount())]
        assert "Status" in headers and "Target" in headers
        ind = next(i for i in win.doc.report.indicators if i.in_form3)
        assert text(grid, ind.code, "status") in ("Not reached", "Partly reached", "Reached",
                                                  "Exceeded", "—")
        win.close()
    finally:
        install_translator("tr")


def test_undo_shows_the_cell_it_changes(qtbot, window):
    grid = grid_of(window, "physical")
    key = window.doc.report.physical_resources[2].key
    type_cell(qtbot, grid, key, "count", "99")
    window.show_page("narrative:foreword")
    window.undo_action.trigger()
    page = window.current_page()
    assert page.page_id == "physical"
    current = page.grids()[0].view.currentIndex()
    assert page.grids()[0].model.row(current.row()).key == key


def test_closing_while_typing_a_text_loses_nothing(qtbot, window, db_path, settings):
    from faaliyet_desktop.services import Workspace

    page = window.show_page("narrative:mission")
    page.editor.edit.setFocus()
    page.editor.edit.moveCursor(page.editor.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.editor.edit, " Son cumle.")
    assert page.editor.binding.timer.isActive()  # not committed yet: closing must do it
    window.close()
    window.workspace.close()
    with Workspace.open(db_path, create=False) as ws:
        assert ws.load(window.doc.year).narratives["mission"].endswith(" Son cumle.")


def test_a_failed_save_is_shown_and_retried(qtbot, window, monkeypatch):
    from faaliyet_desktop.storage import ReadOnlyDatabaseError

    real_save = window.workspace.save

    def failing(report):
        raise ReadOnlyDatabaseError("Dosya salt okunur; değişiklik kaydedilemedi.")

    monkeypatch.setattr(window.workspace, "save", failing)
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: boxes.append(a[2]))
    grid = grid_of(window, "physical")
    key = window.doc.report.physical_resources[0].key
    type_cell(qtbot, grid, key, "count", "5")
    qtbot.waitUntil(lambda: "KAYDEDİLEMEDİ" in window.save_label.text())
    assert "salt okunur" in window.save_label.toolTip()
    assert "*" in window.windowTitle()
    assert len(boxes) == 1 and "salt okunur" in boxes[0]
    monkeypatch.setattr(window.workspace, "save", real_save)
    assert window.save_now()
    assert "kaydedildi" in window.save_label.text()


def test_consolidation_dock_follows_the_year(qtbot, window):
    window.consolidation_action.trigger()
    assert window.consolidation_dock is not None and window.consolidation_dock.isVisible()
    assert window.create_year(2025)
    window.open_year(2024)


def test_second_window_on_a_busy_database_is_read_only(qtbot, window, db_path, settings):
    from faaliyet_desktop.services import Workspace

    with Workspace.open(db_path) as other:
        assert other.readonly  # the one-writer lock: a second open reads only
        win2 = MainWindow(other, settings=settings)
        qtbot.addWidget(win2)
        grid = grid_of(win2, "physical")
        index = cell(grid, win2.doc.report.physical_resources[0].key, "count")
        assert not grid.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not grid.model.setData(index, "7")
        assert "Salt okunur" in win2.save_label.text()
        assert not grid.buttons["add"].isEnabled()
        page = win2.show_page("narrative:mission")
        assert page.editor.edit.isReadOnly()
        win2.close()


def test_backup_menu_entries_exist(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Yedek Al" in texts and "Yedekten Geri Yükle…" in texts


def test_ctrl_z_in_a_text_editor_takes_back_the_typing(qtbot, window):
    from PySide6.QtGui import QKeySequence

    page = window.show_page("narrative:vision")
    original = window.doc.report.narratives["vision"]
    edit = page.editor.edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " ek")
    assert window.undo_action.isEnabled()
    qtbot.keySequence(edit, QKeySequence(QKeySequence.StandardKey.Undo))
    assert window.doc.report.narratives["vision"] == original
    assert edit.toPlainText() == original
    qtbot.keySequence(edit, QKeySequence(QKeySequence.StandardKey.Redo))
    assert window.doc.report.narratives["vision"] == original + " ek"


def test_cell_history_and_change_log(qtbot, window, monkeypatch):
    from faaliyet_desktop.ui import history_view as hv
    grid = grid_of(window, "form3")
    ind = next(i for i in window.doc.report.indicators if i.in_form3)
    type_cell(qtbot, grid, ind.code, "q2", "123")
    qtbot.waitUntil(lambda: window.doc.saved)
    assert grid.history_location(cell(grid, ind.code, "q2")) == ("form3", ind.code, "q2")
    assert grid.history_location(cell(grid, ind.code, "status")) is None
    changes = window.workspace.history(window.doc.year, "form3", ind.code, "q2")
    assert changes and changes[-1].new == "123"
    shown = []
    monkeypatch.setattr(hv, "show_cell_history", lambda *a: shown.append(a[3:]))
    grid.show_history(("form3", ind.code, "q2"))
    assert shown == [("form3", ind.code, "q2")]
    g7 = grid_of(window, "budget7")
    assert g7.history_location(cell(g7, "1", "old")) == ("budget", f"{window.doc.year - 1}:1",
                                                         "kbo")
    window.changelog_action.trigger()
    assert window.changelog_dock is not None and window.changelog_dock.isVisible()


def test_checks_panel_filters(window):
    everything = window.checks.model.rowCount()
    window.checks.errors_only.setChecked(True)
    errors = window.checks.model.rowCount()
    assert 0 < errors < everything
    window.checks.errors_only.setChecked(False)
    window.show_page("form4")
    window.checks.this_page.setChecked(True)
    shown = [window.checks.model.finding(i) for i in range(window.checks.model.rowCount())]
    assert shown and all("form4" in {f.location.table, *(r.table for r in f.related)}
                         for f in shown)
    window.checks.this_page.setChecked(False)
    assert window.checks.model.rowCount() == everything
