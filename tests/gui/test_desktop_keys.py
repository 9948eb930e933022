"""The keyboard like Excel: whole rows typed with keys only, F6 between the parts of the
window, Enter on a finding, Ctrl+Y, Ctrl+F by a Turkish-folded name, Ctrl+T."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLineEdit

from faaliyet_desktop.domain.numbers import tr_lower
from faaliyet_desktop.ui.grid_keys import INPUT_FLAGS


def focus():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)


def type_keys(qtbot, text: str) -> None:
    for ch in text:
        qtbot.keyClick(focus(), ch)


def input_columns(grid, r: int) -> list[int]:
    return [c for c in range(grid.model.columnCount())
            if grid.model.index(r, c).flags() & INPUT_FLAGS]


def start(qtbot, window, page_id: str):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page(page_id)
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_F6)  # tree → the page's grid
    grid = page.grids()[0]
    assert focus() is grid.view
    return page, grid


def walk_to_row(qtbot, grid, r: int) -> None:
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(r - grid.view.currentIndex().row()):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Home)
    assert grid.view.currentIndex().row() == r


def test_keyboard_only_entry_of_a_table3_row(qtbot, window):
    _page, grid = start(qtbot, window, "personnel_employment")
    r = next(i for i, row in enumerate(grid.model.rows())
             if not row.total and len(input_columns(grid, i)) >= 4)
    key = grid.model.row(r).key
    cols = input_columns(grid, r)
    walk_to_row(qtbot, grid, r)
    press(qtbot, Qt.Key.Key_Tab)  # from the name to the first input cell
    assert grid.view.currentIndex().column() == cols[0]
    values = {}
    for n, c in enumerate(cols):
        assert grid.view.currentIndex() == grid.model.index(r, c)
        value = str(11 + n)
        if grid.view.state() == QAbstractItemView.State.EditingState:
            focus().selectAll()
        type_keys(qtbot, value)
        values[grid.spec.columns[c].key] = int(value)
        press(qtbot, Qt.Key.Key_Tab)
    # the last Tab wrapped to the first input cell of a following row
    qtbot.waitUntil(lambda: grid.view.currentIndex().row() > r)
    assert grid.view.currentIndex().column() == input_columns(
        grid, grid.view.currentIndex().row())[0]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: grid.view.state() != QAbstractItemView.State.EditingState)
    record = next(p for p in window.doc.report.personnel if p.unit == key)
    for column, value in values.items():
        assert record.employment.get(column) == value, column


def test_keyboard_only_entry_of_a_form3_row(qtbot, window):
    _page, grid = start(qtbot, window, "form3")
    r = 2
    key = grid.model.row(r).key
    walk_to_row(qtbot, grid, r)
    numeric = {"target": "250", "q1": "40", "q2": "55", "q3": "61", "q4": "70"}
    typed = {}
    press(qtbot, Qt.Key.Key_Tab)
    last = input_columns(grid, r)[-1]
    while True:
        c = grid.view.currentIndex().column()
        assert grid.view.currentIndex().row() == r
        assert grid.model.index(r, c).flags() & INPUT_FLAGS  # read-only cells are skipped
        name = grid.spec.columns[c].key
        if name in numeric:
            if grid.view.state() == QAbstractItemView.State.EditingState:
                focus().selectAll()
                type_keys(qtbot, numeric[name])
            else:
                type_keys(qtbot, numeric[name])
            typed[name] = numeric[name]
        if c == last:
            press(qtbot, Qt.Key.Key_Return)  # commit and move down
            break
        press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: grid.view.state() != QAbstractItemView.State.EditingState)
    assert set(typed) == set(numeric)
    ind = window.doc.report.indicator(key)
    assert ind.target == Decimal(250)
    assert ind.quarters == [Decimal(40), Decimal(55), Decimal(61), Decimal(70)]
    # Enter on a cell not being edited starts editing it
    grid.select(key, "q1")
    grid.view.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert grid.view.state() == QAbstractItemView.State.EditingState
    assert isinstance(focus(), QLineEdit)
    press(qtbot, Qt.Key.Key_Escape)


def test_typing_into_a_derived_cell_says_why(qtbot, window):
    _page, grid = start(qtbot, window, "form3")
    c = next(i for i, col in enumerate(grid.spec.columns) if col.derived)
    grid.view.setCurrentIndex(grid.model.index(0, c))
    type_keys(qtbot, "5")
    assert grid.error.isVisible()
    assert "hesaplanır" in grid.error.text()


def test_f6_cycles_tree_table_findings(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("physical")
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert focus() is page.grids()[0].view
    press(qtbot, Qt.Key.Key_F6)
    assert focus() is window.checks.view
    press(qtbot, Qt.Key.Key_F6)
    assert focus() is window.nav
    press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is window.checks.view
    press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is page.grids()[0].view
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_Tab)  # Tab from the tree reaches the table too
    assert focus() is page.grids()[0].view
    # a text page: F6 reaches its editor
    text_page = window.show_page("narrative:mission")
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert text_page.isAncestorOf(focus())


def test_enter_on_a_finding_jumps_like_a_double_click(qtbot, window):
    model = window.checks.model
    row = next(i for i, f in enumerate(model.findings()) if f.rule == "agirlik-toplam")
    finding = model.finding(row)
    window.activateWindow()
    window.checks.view.setFocus()
    window.checks.view.setCurrentIndex(model.index(row, 0))
    press(qtbot, Qt.Key.Key_Return)
    page = window.current_page()
    assert page.page_id == "strategic"
    grid = page.grids()[0]
    assert grid.model.row(grid.view.currentIndex().row()).key == finding.location.row


def test_ctrl_y_redoes(qtbot, window):
    from helpers import grid_of, text, type_cell

    grid = grid_of(window, "physical")
    key = window.doc.report.physical_resources[0].key
    before = text(grid, key, "count")
    type_cell(qtbot, grid, key, "count", "77")
    window.undo_action.trigger()
    assert text(grid, key, "count") == before
    window.activateWindow()
    grid.view.setFocus()
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert text(grid, key, "count") == "77"


def test_ctrl_f_finds_a_unit_by_turkish_folded_name(qtbot, window, monkeypatch):
    from faaliyet_desktop.ui import find

    seen = []

    def run(dialog):  # type the query with keys, as a person would, then press Enter
        seen.append(dialog)
        dialog.show()
        dialog.edit.setFocus()
        qtbot.keyClicks(dialog.edit, "ankara il")
        assert dialog.listing.count() > 0
        first = dialog.listing.item(0).data(Qt.ItemDataRole.UserRole)
        assert "ankara il" in tr_lower(first.text)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(find.FindDialog, "exec", run)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+F opened no dialog"
    hit = seen[0].picked
    page = window.current_page()
    assert page.page_id == hit.page_id
    grid = next(g for g in page.grids() if g.spec.table == hit.location.table)
    current = grid.model.row(grid.view.currentIndex().row())
    assert current.key == hit.location.row
    unit = window.doc.report.unit(current.key)
    assert unit is not None and unit.name.startswith("Ankara İl")


def test_search_folds_turkish_i(window):
    from faaliyet_desktop.ui.find import SearchIndex

    index = SearchIndex(window.doc.report)
    hits = index.search("istanbul")
    assert hits and any("İstanbul" in h.text for h in hits)
    assert index.search("İSTANBUL")[0] == hits[0]
    assert index.search("ANKARA")[0].text.startswith("Ankara")


def test_ctrl_t_lists_every_table_and_opens_one(qtbot, window, monkeypatch):
    from faaliyet_desktop.ui import quick_tables

    labels = [t for t, _p, _i in quick_tables.quick_entries()]
    for n in range(1, 18):
        assert any(t.startswith(f"Tablo {n}.") or t.startswith(f"Tablo {n}–")
                   or f"–{n}." in t.split(" ")[1] for t in labels if t.startswith("Tablo")), n
    assert any(t.startswith("Şekil 1") for t in labels)
    assert any(t.startswith("Şekil 2") for t in labels)
    assert any("Misyon" in t for t in labels)

    def run(dialog):
        dialog.show()
        qtbot.keyClicks(dialog.edit, "form-3")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(quick_tables.QuickTablesDialog, "exec", run)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().page_id == "form3"


def test_navigation_tooltips_carry_the_full_label(window):
    item = window._find_item(window.nav.invisibleRootItem(), "budget9")
    assert item.toolTip(0).startswith("III. Faaliyetlere")
    assert item.toolTip(0).endswith("Tablo 8–9. Bütçe Gerçekleşmesi")


def test_start_page_and_shortcuts_from_help(qtbot, workspace, settings, monkeypatch):
    from faaliyet_desktop.ui.keyboard import ShortcutsDialog
    from faaliyet_desktop.ui.main_window import MainWindow

    win = MainWindow(workspace, settings=settings)  # a first start: no remembered page
    qtbot.addWidget(win)
    assert win.current_page().page_id == "start"
    win.show_page("form3")
    win.start_action.trigger()
    assert win.current_page().page_id == "start"
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda d: shown.append(d.table.rowCount()))
    win.shortcuts_action.trigger()
    assert shown and shown[0] >= 10


def test_unit_picker_searches_with_turkish_folding(qtbot, window):
    combo = window.unit_combo
    order = [combo.itemData(i) for i in range(combo.count())]
    edit = combo.lineEdit()
    window.activateWindow()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "istanbul")
    proxy = window.unit_filter
    names = [proxy.index(r, 0).data().strip() for r in range(proxy.rowCount())]
    assert names and all("istanbul" in tr_lower(n) for n in names)
    assert any(n.startswith("İstanbul") for n in names)
    shown = [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())]
    assert shown == [c for c in order if c in shown]  # the organisation's order
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.ctx.root == shown[0]
    assert combo.currentData() == shown[0]


def test_grid_filters_rows_by_typed_text(qtbot, window):
    grid = window.show_page("personnel_employment").grids()[0]
    box = grid.row_filter.edit
    qtbot.keyClicks(box, "istanbul")
    shown = [r for r in range(grid.model.rowCount()) if not grid.view.isRowHidden(r)]
    assert shown
    for r in shown:
        unit = window.doc.report.unit(grid.model.row(r).key)
        assert unit is not None and "istanbul" in tr_lower(unit.name)
    box.clear()
    assert not any(grid.view.isRowHidden(r) for r in range(grid.model.rowCount()))
