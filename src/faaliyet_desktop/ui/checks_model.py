"""Table model of the checks' findings for the open year (severity, table, message)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..domain.acknowledgements import Acknowledgement
from ..domain.checks import SEVERITY_LABELS_TR, TABLES, Finding, Severity
from .i18n import QT_TRANSLATE_NOOP, tr_domain

Index = QModelIndex | QPersistentModelIndex

COL_SEVERITY, COL_TABLE, COL_MESSAGE = range(3)
HEADERS = [QT_TRANSLATE_NOOP("ChecksModel", "Önem"),
           QT_TRANSLATE_NOOP("ChecksModel", "Tablo"),
           QT_TRANSLATE_NOOP("ChecksModel", "Bulgu")]
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
ACKNOWLEDGEMENT_ROLE = Qt.ItemDataRole.UserRole + 2
ACKNOWLEDGED_LABEL = QT_TRANSLATE_NOOP("ChecksModel", "KABUL")
ACKNOWLEDGED_TEXT = QT_TRANSLATE_NOOP("ChecksModel", "kabul edildi")


class ChecksModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._acks: list[Acknowledgement | None] = []

    def set_findings(self, findings: list[Finding],
                     acknowledgement_of: Any = None) -> None:
        """``acknowledgement_of(finding)``: its acknowledgement or None (shown greyed)."""
        self.beginResetModel()
        self._findings = list(findings)
        self._acks = [acknowledgement_of(f) if acknowledgement_of else None
                      for f in self._findings]
        self.endResetModel()

    def acknowledgement(self, row: int) -> Acknowledgement | None:
        return self._acks[row]

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._findings[index.row()]
        ack = self._acks[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SEVERITY:
                if ack is not None:
                    return self.tr(ACKNOWLEDGED_LABEL)
                return tr_domain(SEVERITY_LABELS_TR[f.severity])
            if col == COL_TABLE:
                return tr_domain(TABLES.get(f.location.table, f.location.table))
            if ack is not None:
                return f"{f.message} ({self.tr(ACKNOWLEDGED_TEXT)}: {ack.by})"
            return f.message
        if role == Qt.ItemDataRole.ToolTipRole:
            if ack is not None:
                return (f"[{f.rule}] {f.message}\n{self.tr(ACKNOWLEDGED_TEXT)}: {ack.by}, "
                        f"{ack.date_tr} — {ack.reason}")
            return f"[{f.rule}] {f.message}"
        if role == Qt.ItemDataRole.ForegroundRole and ack is not None:
            return QColor("#8a8a8a")
        if role == ACKNOWLEDGEMENT_ROLE:
            return ack
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SEVERITY:
            return QColor("#b00020") if f.severity == Severity.ERROR else QColor("#8a5a00")
        if role == FINDING_ROLE:
            return f
        return None
