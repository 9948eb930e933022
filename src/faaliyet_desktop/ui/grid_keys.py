"""Spreadsheet keys of a grid: Tab / Shift+Tab go to the next / previous input cell (wrapping
to the next row), Enter on a cell not being edited starts editing it, and typing into a
read-only cell says why it cannot be changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from .i18n import QT_TRANSLATE_NOOP

INPUT_FLAGS = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable

_REASONS = {
    "readonly": QT_TRANSLATE_NOOP("GridKeys", "Veritabanı salt okunur açık; değişiklik "
                                  "yapılamaz."),
    "total": QT_TRANSLATE_NOOP("GridKeys", "{0}: bu satır hesaplanan bir toplamdır; alt "
                               "satırlardaki girdi hücrelerini değiştirin."),
    "derived": QT_TRANSLATE_NOOP("GridKeys", "{0}: bu sütun diğer sütunlardan hesaplanır; "
                                 "girdi hücrelerini (beyaz) değiştirin."),
    "rollup": QT_TRANSLATE_NOOP("GridKeys", "{0}: bu değer alt birimlerin toplamıdır; alt "
                                "birimlerin satırlarını değiştirin."),
    "fixed": QT_TRANSLATE_NOOP("GridKeys", "{0}: bu hücre değiştirilemez."),
}


def is_input(view: QTableView, index: QModelIndex) -> bool:
    return bool(index.isValid() and index.flags() & INPUT_FLAGS
                and not view.isRowHidden(index.row())
                and not view.isColumnHidden(index.column()))


def next_input_index(view: QTableView, index: QModelIndex, forward: bool) -> QModelIndex:
    """The next (or previous) input cell after ``index`` in reading order; ``index`` itself
    when there is none (the last input cell stays where it is, as in Excel)."""
    model = view.model()
    rows, cols = model.rowCount(), model.columnCount()
    if not index.isValid() or not cols:
        return index
    r, c = index.row(), index.column()
    step = 1 if forward else -1
    while True:
        c += step
        if c >= cols:
            r, c = r + 1, 0
        elif c < 0:
            r, c = r - 1, cols - 1
        if not 0 <= r < rows:
            return index
        candidate = model.index(r, c)
        if is_input(view, candidate):
            return candidate


def read_only_reason(view: QTableView, index: QModelIndex) -> str:
    """Why the cell at ``index`` cannot be typed into, in Turkish."""
    model: Any = view.model()
    tr = QCoreApplication.translate
    if getattr(getattr(model, "doc", None), "readonly", False):
        return tr("GridKeys", _REASONS["readonly"])
    header = str(model.headerData(index.column(), Qt.Orientation.Horizontal) or "")
    header = " ".join(header.split())
    kind = "fixed"
    spec = getattr(model, "spec", None)
    if spec is not None:
        col = spec.columns[index.column()]
        row = model.row(index.row())
        if row.total:
            kind = "total"
        elif col.derived:
            kind = "derived"
        elif col.is_typed is not None or col.raw is not None:
            kind = "rollup"
    return tr("GridKeys", _REASONS[kind]).format(header)


class GridKeys(QObject):
    """Event filter on a grid view (installed by the grid panel)."""

    def __init__(self, view: QTableView, refused: Callable[[str], None]) -> None:
        super().__init__(view)
        self.view = view
        self.refused = refused
        view.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is not self.view or event.type() != QEvent.Type.KeyPress:
            return False
        view = self.view
        if view.state() == QAbstractItemView.State.EditingState:
            return False
        key = event.key()  # type: ignore[attr-defined]
        mods = event.modifiers()  # type: ignore[attr-defined]
        index = view.currentIndex()
        if not index.isValid():
            return False
        plain = not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                            | Qt.KeyboardModifier.MetaModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                view.edit(index)
            elif not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                self.refused(read_only_reason(view, index))
            return True
        text = event.text()  # type: ignore[attr-defined]
        if plain and text and text.isprintable() and not text.isspace() \
                and not index.flags() & INPUT_FLAGS:
            self.refused(read_only_reason(view, index))
            return True
        return False
