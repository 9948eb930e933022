"""Autosave writes only the edited cells: whatever cell of whatever grid is typed into, the
database then holds exactly the report in memory (nothing an edit changed is left unsaved),
and plain value edits take the cell path, not the whole-year comparison."""

from __future__ import annotations

from PySide6.QtCore import Qt

from faaliyet_desktop.ui.columns import Kind
from faaliyet_desktop.ui.navigation import all_pages

ROWS_PER_COLUMN = 2


def _new_value(model, index, col):
    """A different, valid value for the cell (role, value), or None to skip it."""
    current = model.data(index, Qt.ItemDataRole.EditRole)
    if col.kind == Kind.BOOL:
        return Qt.ItemDataRole.CheckStateRole, not bool(current)
    if col.kind == Kind.CHOICE:
        choices = [v for v, _ in col.choices(model.doc.report)] if col.choices else []
        other = [v for v in choices if v != current]
        return (Qt.ItemDataRole.EditRole, other[0]) if other else None
    if col.kind in (Kind.INT, Kind.AMOUNT, Kind.DECIMAL, Kind.PERCENT):
        return Qt.ItemDataRole.EditRole, "8" if current == "7" else "7"
    if col.kind == Kind.LINES:
        return Qt.ItemDataRole.EditRole, "birinci; ikinci"
    if col.kind == Kind.TEXT:
        return Qt.ItemDataRole.EditRole, f"{current or ''} (düzeltildi)"
    return None


def test_every_editable_cell_is_saved_exactly(qtbot, window, monkeypatch):
    database = window.workspace.database
    whole_year = []
    real_save_year = database.save_year

    def counting(report, **kw):
        whole_year.append(1)
        return real_save_year(report, **kw)

    monkeypatch.setattr(database, "save_year", counting)
    year = window.doc.year
    edits = 0
    for page_id, _ in all_pages():
        page = window.show_page(page_id)
        for grid in page.grids():
            model = grid.model
            for c, col in enumerate(grid.spec.columns):
                done = 0
                for r in range(model.rowCount()):
                    if done == ROWS_PER_COLUMN:
                        break
                    index = model.index(r, c)
                    if not model.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                                 | Qt.ItemFlag.ItemIsUserCheckable):
                        continue
                    change = _new_value(model, index, col)
                    if change is None or not model.setData(index, change[1], change[0]):
                        continue
                    if window.doc is None or not window.doc.save():
                        continue
                    done += 1
                    edits += 1
                    stored = window.workspace.load(year)
                    assert stored == window.doc.report, (page_id, col.key, r)
                    model = grid.model
    assert edits > 100
    # most edits are plain value changes: they do not compare the whole year
    assert len(whole_year) < edits / 10, (len(whole_year), edits)
