"""Dock listing the findings of the checks for the open year; refreshed (debounced) as data
changes; a double click jumps to the table and cell. The context menu acknowledges a finding
("Kabul et…", a name and a reason) or revokes it; acknowledged findings are greyed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.acknowledgements import Partition, partition
from ..domain.checks import Finding, Location, Severity, run_checks
from ..domain.model import ReportYear
from .checks_model import COL_MESSAGE, COL_SEVERITY, COL_TABLE, ChecksModel

REFRESH_DELAY_MS = 150


class ChecksPanel(QWidget):
    jump = Signal(object)  # Location
    findings_changed = Signal(list)  # the open findings (acknowledged ones left out)
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
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        # the open workspace (set by the window): where acknowledgements are read and written
        self.workspace_of: Callable[[], Any] | None = None
        self.part: Partition = partition([], [])
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
        self.part = partition(findings, self._acknowledgements())
        self._show()
        errors = sum(1 for f in findings if f.severity == Severity.ERROR)
        text = self.tr("{0} bulgu: {1} hata, {2} uyarı. Bulguya gitmek için çift "
                       "tıklayın ya da Enter'a basın.").format(len(findings), errors,
                                                               len(findings) - errors)
        if self.part.acknowledged:
            text += " " + self.tr("{0} bulgu kabul edildi.").format(len(self.part.acknowledged))
        self.summary.setText(text)
        self.findings_changed.emit(self.part.open)  # acknowledged ones mark no cell

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
        self.model.set_findings(shown, self.part.acknowledgement_of)
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

    # --- acknowledging ------------------------------------------------------------------------

    def _workspace(self) -> Any:
        return self.workspace_of() if self.workspace_of is not None else None

    def _acknowledgements(self) -> list[Any]:
        from ..storage import StorageError

        ws = self._workspace()
        if ws is None or self.report is None:
            return []
        try:
            return list(ws.acknowledgements(self.report.year))
        except StorageError:
            return []  # shown as open; acknowledging says what is wrong

    def context_menu(self, row: int) -> QMenu:
        """"Kabul et…" for an open finding, "Kabulü geri al" for an acknowledged one."""
        menu = QMenu(self)
        finding = self.model.finding(row)
        ack = self.model.acknowledgement(row)
        if ack is None:
            action = menu.addAction(self.tr("Kabul et…"))
            action.setObjectName("acknowledgeFinding")
            action.triggered.connect(lambda: self.ask_and_acknowledge(finding))
        else:
            action = menu.addAction(self.tr("Kabulü geri al"))
            action.setObjectName("revokeAcknowledgement")
            action.triggered.connect(lambda: self.ask_and_revoke(ack))
        action.setEnabled(self._workspace() is not None)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.context_menu(index.row()).exec(self.view.viewport().mapToGlobal(pos))

    def ask_acknowledgement(self, finding: Finding) -> tuple[str, str] | None:
        """A name and a reason for acknowledging ``finding`` (None: cancelled)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Bulguyu kabul et"))
        name, reason = QLineEdit(dialog), QLineEdit(dialog)
        form = QFormLayout(dialog)
        text = QLabel(finding.message, dialog)
        text.setWordWrap(True)
        form.addRow(text)
        form.addRow(self.tr("Kabul eden (ad soyad):"), name)
        form.addRow(self.tr("Gerekçe:"), reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return name.text(), reason.text()

    def ask_revoker(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Kabulü geri al"),
                                        self.tr("Geri alan (ad soyad):"))
        return text if ok else None

    def ask_and_acknowledge(self, finding: Finding) -> bool:
        answer = self.ask_acknowledgement(finding)
        return answer is not None and self.acknowledge(finding, *answer)

    def ask_and_revoke(self, ack: Any) -> bool:
        by = self.ask_revoker()
        return by is not None and self.revoke(ack, by)

    def acknowledge(self, finding: Finding, by: str, reason: str) -> bool:
        """Store the acknowledgement; a refusal (no name, no reason, read-only) is shown."""
        from ..services.closing import AcknowledgementError
        from ..storage import StorageError

        ws = self._workspace()
        if ws is None or self.report is None:
            return False
        try:
            ws.acknowledge(self.report.year, finding, by, reason)
        except AcknowledgementError as exc:
            QMessageBox.warning(self, self.tr("Bulguyu kabul et"), str(exc))
            return False
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Bulguyu kabul et"), exc.message)
            return False
        self.run_now()
        return True

    def revoke(self, ack: Any, by: str) -> bool:
        from ..services.closing import AcknowledgementError
        from ..storage import StorageError

        ws = self._workspace()
        if ws is None or self.report is None:
            return False
        try:
            ws.revoke_acknowledgement(self.report.year, ack, by)
        except AcknowledgementError as exc:
            QMessageBox.warning(self, self.tr("Kabulü geri al"), str(exc))
            return False
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Kabulü geri al"), exc.message)
            return False
        self.run_now()
        return True
