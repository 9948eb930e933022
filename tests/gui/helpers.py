"""Driving grids like a person does: select a cell, open its editor, type, press Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from faaliyet_desktop.ui.grid_panel import GridPanel


def cell(grid: GridPanel, key: str, column: str):
    r = grid.model.row_of(key)
    c = grid.spec.column_index(column)
    assert r is not None and c is not None, (key, column)
    return grid.model.index(r, c)


def text(grid: GridPanel, key: str, column: str) -> str:
    return cell(grid, key, column).data(Qt.ItemDataRole.DisplayRole)


def background(grid: GridPanel, key: str, column: str) -> str | None:
    b = cell(grid, key, column).data(Qt.ItemDataRole.BackgroundRole)
    if b is None:
        return None
    color = b.color() if hasattr(b, "color") else QColor(b)
    return color.name().lower()


def open_editor(qtbot, grid: GridPanel, key: str, column: str) -> QLineEdit:
    index = cell(grid, key, column)
    grid.view.setFocus()
    grid.view.setCurrentIndex(index)
    grid.view.edit(index)
    editor = grid.view.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    return editor


def type_cell(qtbot, grid: GridPanel, key: str, column: str, value: str) -> None:
    editor = open_editor(qtbot, grid, key, column)
    editor.clear()
    if value.isascii():
        qtbot.keyClicks(editor, value)
    else:  # QTest cannot synthesise key events for Turkish letters: type them as input text
        editor.insert(value)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on the next turn of the event loop (a queued call)
    qtbot.waitUntil(lambda: grid.view.state() != QAbstractItemView.State.EditingState)


def grid_of(window, page_id: str, index: int = 0) -> GridPanel:
    return window.show_page(page_id).grids()[index]


def findings_text(window) -> str:
    return "\n".join(f.message for f in window.checks.findings())
