"""Typing numbers into real cells: what is stored is exactly what was meant, or the input is
refused with the importer's own Turkish message, shown under the grid and in the status bar."""

from __future__ import annotations

import pytest
from helpers import cell, grid_of, text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from faaliyet_desktop.domain.numbers import HEAD_COUNT
from faaliyet_desktop.exchange.converters import CellError, Count

ANKARA = "IL06"
COLUMN = "sozlesmeli"  # Tablo 3: Sözleşmeli Personel


def _stored(window) -> int | None:
    rec = window.doc.report.personnel_of(ANKARA)
    return None if rec is None else rec.employment.get(COLUMN)


def _importer_message(typed: str) -> str:
    with pytest.raises(CellError) as exc:
        Count(HEAD_COUNT).clean(typed)
    return str(exc.value)


def _open_with_f2(qtbot, grid, key: str, column: str) -> QLineEdit:
    index = cell(grid, key, column)
    grid.view.setFocus()
    grid.view.setCurrentIndex(index)
    qtbot.keyClick(grid.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: grid.view.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    return editor


@pytest.mark.parametrize("typed", ["12,5", "-100", "1e3", "12345678901234567890", "2,000",
                                   "1,500", "12 5"])
def test_bad_input_is_refused_with_the_importers_message(qtbot, window, typed):
    grid = grid_of(window, "personnel_employment")
    before = _stored(window)
    shown_before = text(grid, ANKARA, COLUMN)
    editor = _open_with_f2(qtbot, grid, ANKARA, COLUMN)
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    assert editor.text() == typed  # nothing is stripped while typing
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    message = _importer_message(typed)
    qtbot.waitUntil(lambda: grid.error.isVisible())
    assert message in grid.error.text()
    assert message in window.statusBar().currentMessage()
    # the editor stays open with what was typed, to be corrected; Escape gives up
    assert grid.view.state() == QAbstractItemView.State.EditingState
    assert editor.text() == typed
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: grid.view.state() != QAbstractItemView.State.EditingState)
    assert _stored(window) == before
    assert text(grid, ANKARA, COLUMN) == shown_before
    assert window.doc.undo_stack.count() == 0


def test_refused_on_leaving_the_cell_too(qtbot, window):
    """Clicking elsewhere commits the editor: a refused text is not stored either."""
    grid = grid_of(window, "personnel_employment")
    before = _stored(window)
    editor = _open_with_f2(qtbot, grid, ANKARA, COLUMN)
    editor.selectAll()
    qtbot.keyClicks(editor, "12,5")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: grid.error.isVisible())
    assert "tam sayı bekleniyor" in grid.error.text()
    assert _stored(window) == before


def test_space_grouped_thousands_are_stored_as_meant(qtbot, window):
    grid = grid_of(window, "personnel_employment")
    editor = _open_with_f2(qtbot, grid, ANKARA, COLUMN)
    editor.selectAll()
    qtbot.keyClicks(editor, "1 234")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.view.state() != QAbstractItemView.State.EditingState)
    assert _stored(window) == 1234
    assert text(grid, ANKARA, COLUMN) == "1.234"
    assert not grid.error.isVisible()


def test_typing_on_a_cell_opens_the_editor_and_refuses_too(qtbot, window):
    grid = grid_of(window, "personnel_employment")
    before = _stored(window)
    grid.view.setFocus()
    grid.view.setCurrentIndex(cell(grid, ANKARA, COLUMN))
    qtbot.keyClicks(grid.view, "1")  # starts the editor with "1"
    qtbot.waitUntil(lambda: grid.view.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "e3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.error.isVisible())
    assert _importer_message("1e3") in grid.error.text()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert _stored(window) == before


def test_budget_kurus_are_shown_as_stored(qtbot, window):
    from helpers import type_cell

    grid = grid_of(window, "budget9")
    key = f"{window.doc.year}:1"
    type_cell(qtbot, grid, key, "spending", "12,5")
    line = next(b for b in window.doc.report.budget_lines
                if f"{b.fiscal_year}:{b.code}" == key)
    assert str(line.spending) == "12.5"
    assert text(grid, key, "spending") == "12,50"
    type_cell(qtbot, grid, key, "spending", "13")
    assert text(grid, key, "spending") == "13"


def test_paste_uses_the_same_parser(qtbot, window):
    grid = grid_of(window, "personnel_employment")
    before = _stored(window)
    grid.view.setCurrentIndex(cell(grid, ANKARA, COLUMN))
    assert grid.view.paste("2,000") == 0
    assert _importer_message("2,000") in grid.error.text()
    assert _stored(window) == before


def test_a_bad_value_in_a_pasted_block_stays_visible(qtbot, window):
    """A block whose first cell is refused and whose second is stored: the refusal is still
    shown after the stored cell has refreshed the grid."""
    grid = grid_of(window, "personnel_employment")
    grid.view.setCurrentIndex(cell(grid, ANKARA, "dolu_kadro"))
    assert grid.view.paste("12,5\t30") == 1
    assert "tam sayı bekleniyor" in grid.error.text() and grid.error.isVisible()
    assert _stored(window) == 30


def test_indicator_values_keep_their_four_places(qtbot, window):
    from helpers import type_cell

    grid = grid_of(window, "form3")
    ind = next(i for i in window.doc.report.indicators if i.in_form3)
    type_cell(qtbot, grid, ind.code, "q1", "1,2345")
    assert str(ind.quarters[0]) == "1.2345"
    assert text(grid, ind.code, "q1") == "1,2345"
    type_cell(qtbot, grid, ind.code, "q1", "-3,17")  # the import takes negatives here too
    assert str(ind.quarters[0]) == "-3.17"
    # a stored 1,125 opens as 1,1250 (never the ambiguous 1,125) and commits unchanged
    type_cell(qtbot, grid, ind.code, "q1", "1,1250")
    index = cell(grid, ind.code, "q1")
    assert index.data(Qt.ItemDataRole.EditRole) == "1,1250"
    assert grid.model.setData(index, index.data(Qt.ItemDataRole.EditRole))
    assert str(ind.quarters[0]) == "1.125"
