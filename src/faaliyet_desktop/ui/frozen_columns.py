"""Key columns (code, name) that stay in view while a wide grid scrolls to the right: a second
view over the same model and selection, drawn over the grid's left edge (the Qt "frozen
column" pattern). Only in grids wider than their window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

KEY_COLUMNS = ("code", "name", "unit", "title")
MAX_SHARE = 0.45  # of the grid's width, at most


def frozen_counts(panel: Any) -> list[int]:
    """How many leading columns may stay in view: each candidate ends on a key column (a
    code, a name), widest first; empty for narrow grids."""
    if len(panel.spec.columns) <= 6:
        return []
    keys = [c.key for c in panel.spec.columns[:3]]
    return sorted((i + 1 for i, key in enumerate(keys) if key in KEY_COLUMNS), reverse=True)


class FrozenColumns(QObject):
    def __init__(self, panel: Any, counts: list[int]) -> None:
        super().__init__(panel)
        self.panel = panel
        self.counts = counts
        self.count = counts[0]
        view: QTableView = panel.view
        self.view = view
        frozen = QTableView(view)
        frozen.setObjectName(f"frozen_{panel.spec.table}")
        frozen.setModel(view.model())
        frozen.setSelectionModel(view.selectionModel())
        # its own delegate: a shared one would make both views act on an editor's Tab
        frozen.setItemDelegate(type(view.itemDelegate())(frozen))
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.setEditTriggers(view.editTriggers())
        frozen.setSelectionBehavior(view.selectionBehavior())
        frozen.setWordWrap(False)
        frozen.verticalHeader().hide()
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.horizontalHeader().setDefaultAlignment(view.horizontalHeader().defaultAlignment())
        frozen.horizontalHeader().setHighlightSections(False)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollMode(view.verticalScrollMode())
        frozen.setStyleSheet("QTableView { border: none; border-right: 2px solid #9aa5b1; }")
        view.viewport().stackUnder(frozen)
        self.frozen = frozen
        view.horizontalHeader().sectionResized.connect(self._column_resized)
        view.verticalHeader().sectionResized.connect(
            lambda i, _o, new: frozen.setRowHeight(i, new))
        frozen.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        view.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        view.horizontalScrollBar().valueChanged.connect(lambda _v: self._update())
        view.horizontalScrollBar().rangeChanged.connect(lambda *_a: self._update())
        model = view.model()
        model.modelReset.connect(self._sync)
        model.layoutChanged.connect(self._sync)
        model.columnsInserted.connect(self._sync)
        view.installEventFilter(self)
        self._sync()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._update()
        return False

    def _sync(self, *_args: Any) -> None:
        frozen, view = self.frozen, self.view
        for c in range(view.model().columnCount()):
            frozen.setColumnHidden(c, c >= self.count)
            if c < self.count:
                frozen.setColumnWidth(c, view.columnWidth(c))
        for r in range(view.model().rowCount()):
            frozen.setRowHidden(r, view.isRowHidden(r))
            frozen.setRowHeight(r, view.rowHeight(r))
        self._update()

    def _column_resized(self, index: int, _old: int, new: int) -> None:
        if index < self.count:
            self.frozen.setColumnWidth(index, new)
            self._update()

    def width(self, count: int | None = None) -> int:
        return sum(self.view.columnWidth(c) for c in range(self.count if count is None
                                                             else count))

    def _update(self) -> None:
        """Shown only while the grid is scrolled sideways, with as many key columns as fit
        in a share of its width (code and name, or the code alone)."""
        view, frozen = self.view, self.frozen
        room = view.viewport().width() * MAX_SHARE
        count = next((n for n in self.counts if self.width(n) <= room), 0)
        if count and count != self.count:
            self.count = count
            for c in range(view.model().columnCount()):
                frozen.setColumnHidden(c, c >= count)
                if c < count:
                    frozen.setColumnWidth(c, view.columnWidth(c))
        w = self.width()
        scrolled = view.horizontalScrollBar().value() > 0
        frozen.setVisible(bool(count) and scrolled)
        if frozen.isVisible():
            frozen.horizontalHeader().setFixedHeight(view.horizontalHeader().height())
            frame = view.frameWidth()
            frozen.setGeometry(view.verticalHeader().width() + frame, frame, w + 2,
                               view.viewport().height() + view.horizontalHeader().height())
            frozen.verticalScrollBar().setValue(view.verticalScrollBar().value())

    def sync_rows(self) -> None:
        """After rows were hidden or shown in the grid (a filter)."""
        for r in range(self.view.model().rowCount()):
            self.frozen.setRowHidden(r, self.view.isRowHidden(r))

    def covered(self, x: int) -> bool:
        """True when viewport x lies under the frozen columns."""
        return self.frozen.isVisible() and x < self.width()


def freeze_key_columns(panel: Any) -> FrozenColumns | None:
    counts = frozen_counts(panel)
    return FrozenColumns(panel, counts) if counts else None


def keep_clear(view: QAbstractItemView, frozen: FrozenColumns | None, index: Any) -> None:
    """After scrollTo: a cell right of the key columns is not left hidden under them."""
    if frozen is None or not index.isValid() or index.column() < frozen.count:
        return
    rect = view.visualRect(index)
    if frozen.frozen.isVisible() and rect.left() < frozen.width():
        bar = view.horizontalScrollBar()
        bar.setValue(bar.value() - (frozen.width() - rect.left()))
