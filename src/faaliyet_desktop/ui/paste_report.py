"""After a paste: every cell that was not taken, named by its row (a unit's name, not its
code) and column, with the reason, in one message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

_NAME_COLUMNS = ("name", "unit", "title")


def row_label(model: Any, r: int) -> str:
    """A row as a person names it: the unit's name (or the row's name column) and its code."""
    row = model.row(r)
    report = model.doc.report
    unit = report.unit(row.key) if hasattr(report, "unit") else None
    if unit is not None:
        return str(unit.name)
    for col in model.spec.columns:
        if col.key in _NAME_COLUMNS:
            value = col.get(row)
            if value:
                return f"{row.key} {value}" if str(value) != row.key else str(value)
    return str(row.key)


def column_label(model: Any, c: int) -> str:
    return " ".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "").split())


class PasteReport:
    """Collects the refused cells of one paste (the model's ``rejected`` reasons included)."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.lines: list[str] = []
        self.total = 0
        self._last: str | None = None
        model.rejected.connect(self._reason)

    def _reason(self, text: str) -> None:
        self._last = text.split("): ", 1)[-1] if "): " in text else text

    def attempt(self, index: QModelIndex, value: Any) -> bool:
        self.total += 1
        self._last = None
        ok = bool(self.model.setData(index, value, Qt.ItemDataRole.EditRole))
        if not ok:
            self.refuse(index, self._last or QCoreApplication.translate(
                "PasteReport", "değer alınmadı"))
        return ok

    def refuse(self, index: QModelIndex, reason: str) -> None:
        self.lines.append(f"{row_label(self.model, index.row())} — "
                          f"{column_label(self.model, index.column())}: {reason}")

    def finish(self) -> str:
        """The message to show ('' when every cell was taken)."""
        self.model.rejected.disconnect(self._reason)
        if not self.lines:
            return ""
        head = QCoreApplication.translate(
            "PasteReport", "Yapıştırılan hücrelerden {0} tanesi alınmadı:").format(
            len(self.lines))
        return "\n".join([head, *("• " + line for line in self.lines)])
