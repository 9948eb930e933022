"""Structure edits on Table 2: removing an inventory item (a whole column of figures) asks
first; adding one keeps the place and the focus; a rename shows in the header at once."""

from __future__ import annotations

from helpers import type_cell
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


def _headers(grid) -> list[str]:
    return [" ".join(str(grid.model.headerData(i, Qt.Orientation.Horizontal)).split())
            for i in range(grid.model.columnCount())]


def test_removing_an_inventory_item_asks_first(qtbot, window, monkeypatch):
    page = window.show_page("it")
    items = page.grids()[1]
    item = window.doc.report.it_items[0]
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    items.select(item.code, None)
    assert not items.remove_row()
    assert asked and item.name in asked[0] and "kayıt" in asked[0]
    assert any(c.item == item.code for c in window.doc.report.it_counts)
    assert any(i.code == item.code for i in window.doc.report.it_items)

    answer[0] = QMessageBox.StandardButton.Yes
    page = window.show_page("it")
    items = page.grids()[1]
    items.select(item.code, None)
    assert items.remove_row()
    assert len(asked) == 2
    assert not any(c.item == item.code for c in window.doc.report.it_counts)
    window.undo_action.trigger()
    assert any(c.item == item.code for c in window.doc.report.it_counts)


def test_new_item_keeps_focus_and_rename_updates_header(qtbot, window):
    page = window.show_page("it")
    items = page.grids()[1]
    items.view.setFocus()
    key = items.add_row()
    assert key is not None
    items = page.grids()[1]
    assert items.current_key() == key
    assert items.view.hasFocus() or not window.isActiveWindow()
    type_cell(qtbot, items, key, "name", "Tablet")
    counts = page.grids()[0]
    assert "Tablet" in _headers(counts)
