"""Columns wide enough for what they hold: a number is never shortened with "…" (it grows
its column when a longer value arrives), a status column fits its longest label."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
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
    """Widens a numeric column when an edit (or a derived total) puts a longer text in it.
    The check runs once the edit is done (a zero timer), off the edit's own path."""

    def __init__(self, panel: Any) -> None:
        self.panel = panel
        self._pending: tuple[int, int, int, int] | None = None
        self._timer = QTimer(panel)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._check)
        panel.model.dataChanged.connect(self._changed)

    def _changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        if roles and Qt.ItemDataRole.DisplayRole not in roles:
            return
        box = (top.row(), bottom.row(), top.column(), bottom.column())
        if self._pending is not None:
            p = self._pending
            box = (min(p[0], box[0]), max(p[1], box[1]), min(p[2], box[2]), max(p[3], box[3]))
        self._pending = box
        self._timer.start()

    def _check(self) -> None:
        if self._pending is None:
            return
        r0, r1, c0, c1 = self._pending
        self._pending = None
        view = self.panel.view
        model = view.model()
        header = view.horizontalHeader()
        columns = self.panel.spec.columns
        digit = _metrics(view).horizontalAdvance("0")
        r1 = min(r1, model.rowCount() - 1)
        for c in range(c0, min(c1, len(columns) - 1) + 1):
            if columns[c].kind not in NUMERIC:
                continue
            size = header.sectionSize(c)
            longest = max((len(str(model.index(r, c).data() or "")) for r in range(r0, r1 + 1)),
                          default=0)
            if longest * digit + PADDING + MARKER <= size:
                continue  # every text fits, even drawn as wide digits
            want = min(needed_width(view, c, range(r0, r1 + 1)), MAX_NUMBER)
            if size < want:
                header.resizeSection(c, want)
