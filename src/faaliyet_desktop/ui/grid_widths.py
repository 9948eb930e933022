"""Columns wide enough for what they hold: a number is never shortened with "…" (it grows
its column when a longer value arrives), a status column fits its longest label."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics

from ..domain.model import Status
from .columns import NUMERIC, Kind
from .i18n import status_label

PADDING = 18  # cell margins, the finding marker's room
MARKER = 14  # the dot of a cell taking part in a finding
MAX_NUMBER = 320


def _metrics(view: Any) -> QFontMetrics:
    """The widest way a cell is drawn: totals bold, derived cells italic."""
    font = QFont(view.font())
    font.setItalic(True)
    font.setBold(True)
    return QFontMetrics(font)


def needed_width(view: Any, column: int, rows: range | None = None) -> int:
    """The width the texts of ``column`` (in ``rows``, default all) need, never less than
    the header's."""
    model = view.model()
    strong = _metrics(view)
    rows = rows if rows is not None else range(model.rowCount())
    widest = 0
    for r in rows:
        text = model.index(r, column).data(Qt.ItemDataRole.DisplayRole)
        if text:
            widest = max(widest, strong.horizontalAdvance(str(text)))
    return widest + PADDING + MARKER


def status_width(view: Any) -> int:
    strong = _metrics(view)
    return max(strong.horizontalAdvance(status_label(s)) for s in Status) + PADDING + MARKER


def fit_columns(panel: Any) -> None:
    """After the first layout: numeric and status columns as wide as their content."""
    view = panel.view
    header = view.horizontalHeader()
    for i, col in enumerate(panel.spec.columns):
        if col.kind in NUMERIC:
            want = min(needed_width(view, i), MAX_NUMBER)
        elif col.kind == Kind.STATUS:
            want = max(status_width(view), needed_width(view, i))
        else:
            continue
        if header.sectionSize(i) < want:
            header.resizeSection(i, want)


class WidthKeeper:
    """Widens a numeric column when an edit (or a derived total) puts a longer text in it."""

    def __init__(self, panel: Any) -> None:
        self.panel = panel
        panel.model.dataChanged.connect(self._changed)

    def _changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        if roles and Qt.ItemDataRole.DisplayRole not in roles:
            return
        view = self.panel.view
        header = view.horizontalHeader()
        columns = self.panel.spec.columns
        rows = range(top.row(), bottom.row() + 1)
        for c in range(top.column(), min(bottom.column(), len(columns) - 1) + 1):
            if columns[c].kind not in NUMERIC:
                continue
            want = min(needed_width(view, c, rows), MAX_NUMBER)
            if header.sectionSize(c) < want:
                header.resizeSection(c, want)
