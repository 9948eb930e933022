"""Dock listing the findings of the checks for the open year; refreshed (debounced) as data
changes; a double click jumps to the table and cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.checks import Finding, Location, Severity, run_checks
from ..domain.model import ReportYear
from .checks_model import COL_MESSAGE, COL_SEVERITY, COL_TABLE, ChecksModel

REFRESH_DELAY_MS = 150


class ChecksPanel(QWidget):
    jump = Signal(object)  # Location
    findings_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ReportYear | None = None
        self.model = ChecksModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("checksView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        h = self.view.horizontalHeader()
        h.setSectionResizeMode(COL_SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(COL_TABLE, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._activated)
        self.summary = QLabel(self)
        self.summary.setObjectName("checksSummary")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.summary)
        lay.addWidget(self.view)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.run_now)

    def set_report(self, report: ReportYear) -> None:
        self.report = report
        self.run_now()

    def schedule(self) -> None:
        self.timer.start()

    def run_now(self) -> None:
        self.timer.stop()
        findings = run_checks(self.report) if self.report is not None else []
        self.model.set_findings(findings)
        self.view.resizeRowsToContents()
        errors = sum(1 for f in findings if f.severity == Severity.ERROR)
        self.summary.setText(self.tr("{0} bulgu: {1} hata, {2} uyarı. Bulguya gitmek için çift "
                                     "tıklayın.").format(len(findings), errors,
                                                         len(findings) - errors))
        self.findings_changed.emit(findings)

    def findings(self) -> list[Finding]:
        return self.model.findings()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            loc: Location = self.model.finding(index.row()).location
            self.jump.emit(loc)
