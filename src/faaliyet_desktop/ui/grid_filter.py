"""A "Süz" box above a long grid: only the rows whose texts contain what is typed stay
visible (Turkish case folding: "istanbul" keeps "İstanbul …"); empty shows every row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QLineEdit

from ..domain.numbers import tr_lower
from .columns import Kind

MIN_ROWS = 10  # shorter grids need no filter

_TEXT_KINDS = (Kind.TEXT, Kind.LINES, Kind.CHOICE, Kind.STATUS)


def fold(text: str) -> str:
    return " ".join(tr_lower(text).split())


class RowFilter:
    def __init__(self, panel: Any, head: QBoxLayout) -> None:
        self.panel = panel
        self.edit = QLineEdit(panel)
        self.edit.setObjectName("rowFilter")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(QCoreApplication.translate("GridFilter", "Süz…"))
        self.edit.setToolTip(QCoreApplication.translate(
            "GridFilter", "Yalnız bu metni içeren satırları göster (birim, kod, ad)."))
        self.edit.setMaximumWidth(220)
        head.insertWidget(max(head.count() - len(panel.buttons), 1), self.edit)
        self.edit.textChanged.connect(self.apply)
        panel.model.modelReset.connect(self.apply)
        panel.model.layoutChanged.connect(self.apply)

    def apply(self, *_args: Any) -> int:
        """Hide the rows that do not match; the number of rows shown."""
        view = self.panel.view
        model = self.panel.model
        needle = fold(self.edit.text())
        columns = [i for i, c in enumerate(self.panel.spec.columns) if c.kind in _TEXT_KINDS]
        shown = 0
        for r in range(model.rowCount()):
            if not needle:
                keep = True
            else:
                texts = [str(model.row(r).key)] + [
                    str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
                    for c in columns]
                keep = any(needle in fold(t) for t in texts)
            view.setRowHidden(r, not keep)
            shown += keep
        frozen = getattr(self.panel, "frozen", None)
        if frozen is not None:
            frozen.sync_rows()
        return shown


def add_row_filter(panel: Any) -> RowFilter | None:
    """A filter box in the grid's title row, for grids with many rows."""
    if panel.model.rowCount() < MIN_ROWS:
        return None
    lay = panel.layout()
    head = lay.itemAt(0).layout() if lay is not None and lay.count() else None
    if not isinstance(head, QBoxLayout):
        return None
    return RowFilter(panel, head)
