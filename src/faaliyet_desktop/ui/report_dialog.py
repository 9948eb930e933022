""""Raporu Oluştur (PDF)": checks → confirm when they have errors → build in a worker thread
behind a cancellable progress dialog → open the finished PDF in the system viewer.

The window stays responsive: the data is read on the GUI thread (one quick load), the PDF is
laid out on a QThread, and only signals cross back.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..domain.checks import Severity, has_errors, run_checks
from ..domain.model import ReportYear

ACTION_TEXT = QCoreApplication.translate("ReportDialog", "Raporu Oluştur (PDF)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


class ReportWorker(QObject):
    """Runs build_report on its thread; reports progress, completion, cancellation or failure."""

    progressed = Signal(int, int)
    finished = Signal(str)
    cancelled = Signal()
    failed = Signal(str, str)  # message, traceback

    def __init__(self, report: ReportYear, out: str, unit: str | None, draft: bool) -> None:
        super().__init__()
        self.report = report
        self.out = out
        self.unit = unit
        self.draft = draft
        self.cancel_event = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def run(self) -> None:
        from ..report import ReportCancelled, build_report

        try:
            build_report(self.report, self.out, unit=self.unit, draft=self.draft,
                         progress=self._progress, cancel=self.cancel_event.is_set)
        except ReportCancelled:
            self.cancelled.emit()
        except Exception as exc:  # shown to the user, with the details for a bug report
            self.failed.emit(str(exc) or exc.__class__.__name__, traceback.format_exc())
        else:
            self.finished.emit(self.out)


class ReportBuild(QObject):
    """One build: owns the thread, the worker and the progress dialog until it ends."""

    done = Signal(str)  # the PDF path ('' when cancelled or failed)

    def __init__(self, parent: QWidget, report: ReportYear, out: str, unit: str | None,
                 draft: bool) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.thread = QThread(self)
        self.worker = ReportWorker(report, out, unit, draft)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(_tr("Rapor oluşturuluyor…"), _tr("İptal"), 0, 0, parent)
        self.dialog.setWindowTitle(ACTION_TEXT)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.failed.connect(self._failed)
        for sig in (self.worker.finished, self.worker.cancelled, self.worker.failed):
            sig.connect(self.thread.quit)
        self.thread.finished.connect(self.worker.deleteLater)

    def start(self) -> None:
        self.dialog.show()
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel_event.set()
        self.dialog.setLabelText(_tr("İptal ediliyor…"))

    def _progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _end(self, path: str) -> None:
        self.dialog.close()
        self.thread.quit()
        self.thread.wait()
        self.done.emit(path)
        self.deleteLater()

    def _finished(self, path: str) -> None:
        self._end(path)
        open_file(path)

    def _cancelled(self) -> None:
        self._end("")

    def _failed(self, message: str, details: str) -> None:
        self._end("")
        box = QMessageBox(QMessageBox.Icon.Critical, ACTION_TEXT,
                          _tr("Rapor oluşturulamadı: {0}").format(message),
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setDetailedText(details)
        box.open()


# --- small steps, replaceable in tests ------------------------------------------------------
def open_file(path: str) -> None:
    """Open the PDF in the system viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def confirm_draft(parent: QWidget, errors: list[str]) -> bool:
    """Tell the user the checks found errors; True when they still want the (draft) report."""
    box = QMessageBox(QMessageBox.Icon.Warning, ACTION_TEXT,
                      _tr("Denetimler {0} hata buldu. Rapor yine de oluşturulabilir; her "
                          "sayfasında \"TASLAK\" filigranı olur.").format(len(errors)),
                      QMessageBox.StandardButton.NoButton, parent)
    build = box.addButton(_tr("Taslak Olarak Oluştur"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Vazgeç"), QMessageBox.ButtonRole.RejectRole)
    box.setDetailedText("\n".join(errors))
    box.exec()
    return box.clickedButton() is build


def ask_output_path(parent: QWidget, suggested: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder or Path.home()) / suggested)
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Raporu Kaydet"), start,
                                          _tr("PDF dosyası (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def suggested_name(year: int, unit: str | None) -> str:
    return f"faaliyet_raporu_{year}" + (f"_{unit}" if unit else "") + ".pdf"


def run_report_dialog(parent: QWidget, workspace: Any, year: int, unit: str | None,
                      ) -> ReportBuild | None:
    """The whole "Raporu Oluştur (PDF)" action. Returns the running build (None if the user
    stopped before it started); the call itself returns at once, the window stays usable."""
    report = workspace.load(year)
    findings = run_checks(report)
    draft = False
    if has_errors(findings):
        errors = [f.message for f in findings if f.severity == Severity.ERROR]
        if not confirm_draft(parent, errors):
            return None
        draft = True
    out = ask_output_path(parent, suggested_name(year, unit))
    if not out:
        return None
    build = ReportBuild(parent, report, out, unit, draft)
    build.start()
    return build
