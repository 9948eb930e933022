"""Dock listing the findings of the checks for the open year; refreshed (debounced) as data
changes; a double click jumps to the table and cell."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
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
    checked = Signal(list)  # findings of a run the user asked for (recorded by the window)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ReportYear | None = None
        self.ran = False  # the checks ran on ``report``
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
        self.view.installEventFilter(self)  # Enter jumps like a double click
        self.summary = QLabel(self)
        self.summary.setObjectName("checksSummary")
        self.summary.setWordWrap(True)  # a long summary never widens the window
        self.errors_only = QCheckBox(self.tr("Yalnız hatalar"), self)
        self.this_page = QCheckBox(self.tr("Yalnız bu sayfa"), self)
        self.errors_only.toggled.connect(self._show)
        self.this_page.toggled.connect(self._show)
        self.run_button = QPushButton(self.tr("Denetle"), self)
        self.run_button.setObjectName("runChecks")
        self.run_button.setToolTip(self.tr("Denetimleri şimdi çalıştırır ve bu çalıştırmayı "
                                           "değişiklik geçmişine kaydeder."))
        self.run_button.clicked.connect(self.run_and_record)
        self.page_tables: set[str] = set()
        self._all: list[Finding] = []
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.errors_only)
        top.addWidget(self.this_page)
        top.addWidget(self.run_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.view)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.run_now)

    def set_report(self, report: ReportYear, run: bool = True) -> None:
        """Show the checks of ``report``; ``run=False``: later (``run_now()``)."""
        self.report = report
        self.ran = False
        if run:
            self.run_now()
        else:
            self.timer.stop()

    def run_and_record(self) -> list[Finding]:
        """An explicit run ("Denetle", a report being built): refresh now and emit
        ``checked`` so the window records the run. The debounced refreshes record nothing."""
        self.run_now()
        findings = list(self._all)
        self.checked.emit(findings)
        return findings

    def schedule(self) -> None:
        self.timer.start()

    def run_now(self) -> None:
        self.timer.stop()
        self.ran = True
        findings = run_checks(self.report) if self.report is not None else []
        self._all = findings
        self._show()
        errors = sum(1 for f in findings if f.severity == Severity.ERROR)
        self.summary.setText(self.tr("{0} bulgu: {1} hata, {2} uyarı. Bulguya gitmek için çift "
                                     "tıklayın ya da Enter'a basın.").format(len(findings), errors,
                                                         len(findings) - errors))
        self.findings_changed.emit(findings)

    def set_page_tables(self, tables: set[str]) -> None:
        """The tables of the page on screen (for "Yalnız bu sayfa")."""
        self.page_tables = tables
        if self.this_page.isChecked():
            self._show()

    def _show(self) -> None:
        shown = self._all
        if self.errors_only.isChecked():
            shown = [f for f in shown if f.severity == Severity.ERROR]
        if self.this_page.isChecked():
            shown = [f for f in shown if f.location.table in self.page_tables
                     or any(r.table in self.page_tables for r in f.related)]
        self.model.set_findings(shown)
        self.view.resizeRowsToContents()

    def findings(self) -> list[Finding]:
        """Every finding of the last run (the list may show fewer)."""
        return list(self._all)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # type: ignore[attr-defined]
            self._activated(self.view.currentIndex())
            return True
        return super().eventFilter(obj, event)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            loc: Location = self.model.finding(index.row()).location
            self.jump.emit(loc)
