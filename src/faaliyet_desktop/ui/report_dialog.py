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

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QStandardPaths,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..domain.checks import run_checks
from ..domain.model import ReportYear

ACTION_TEXT = QCoreApplication.translate("ReportDialog", "Raporu Oluştur (PDF)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


class ReportThread(QThread):
    """Runs build_report off the GUI thread. It emits no Python signals: the GUI polls
    ``progress`` with a timer and reacts to QThread.finished. (PySide6 6.12 corrupts a
    reference count when a Python signal is emitted many times across threads and crashes at
    exit; polling avoids it and costs nothing.)"""

    def __init__(self, report: ReportYear, out: str, unit: str | None, draft: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.out = out
        self.unit = unit
        self.draft = draft
        self.acknowledged: list[Any] = []  # findings accepted with a reason: an annex
        self.cancel_event = threading.Event()
        self.progress: tuple[int, int] = (0, 0)
        self.outcome = ""  # "done" | "cancelled" | "failed"
        self.message = ""
        self.details = ""

    def _progress(self, done: int, total: int) -> None:
        self.progress = (done, total)

    def run(self) -> None:
        from ..report import ReportCancelled, build_report

        try:
            build_report(self.report, self.out, unit=self.unit, draft=self.draft,
                         progress=self._progress, cancel=self.cancel_event.is_set,
                         acknowledged=self.acknowledged)
        except ReportCancelled:
            self.outcome = "cancelled"
        except Exception as exc:  # shown to the user, with the details for a bug report
            self.outcome = "failed"
            self.message = str(exc) or exc.__class__.__name__
            self.details = traceback.format_exc()
        else:
            self.outcome = "done"


class ReportBuild(QObject):
    """One build: owns the thread and the progress dialog until it ends."""

    done = Signal(str)  # the PDF path ('' when cancelled or failed)

    def __init__(self, parent: QWidget, report: ReportYear, out: str, unit: str | None,
                 draft: bool) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.worker = ReportThread(report, out, unit, draft, self)
        self.dialog = QProgressDialog(_tr("Rapor oluşturuluyor…"), _tr("İptal"), 0, 0, parent)
        self.dialog.setWindowTitle(ACTION_TEXT)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._poll)
        self.worker.finished.connect(self._thread_finished)

    def start(self) -> None:
        self.dialog.show()
        self.timer.start()
        self.worker.start()

    def cancel(self) -> None:
        self.worker.cancel_event.set()
        self.dialog.setLabelText(_tr("İptal ediliyor…"))

    def _poll(self) -> None:
        done, total = self.worker.progress
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        if total:
            self.dialog.setValue(done)

    def _thread_finished(self) -> None:
        self.timer.stop()
        self.dialog.close()
        w = self.worker
        path = w.out if w.outcome == "done" else ""
        self.done.emit(path)
        if w.outcome == "done":
            report_ready(self.parent_widget, path)
        elif w.outcome == "failed":
            box = QMessageBox(QMessageBox.Icon.Critical, ACTION_TEXT,
                              _tr("Rapor oluşturulamadı: {0}").format(w.message),
                              QMessageBox.StandardButton.Ok, self.parent_widget)
            box.setDetailedText(w.details)
            box.open()
        self.deleteLater()


# --- small steps, replaceable in tests ------------------------------------------------------
def open_file(path: str) -> bool:
    """Open the PDF in the system viewer; False when there is none."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(path)))


def open_folder(path: str) -> bool:
    """Open the folder holding ``path`` in the file manager; False when there is none."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent))))


def report_ready(parent: QWidget | None, path: str) -> QMessageBox:
    """"Rapor oluşturuldu" with "Aç" and "Klasörü aç" (not modal: the window stays usable).
    Where nothing can open a PDF or a folder, the box says where the file is instead."""
    box = QMessageBox(QMessageBox.Icon.Information, ACTION_TEXT,
                      _tr("Rapor oluşturuldu:\n{0}").format(path),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("reportReady")
    open_button = box.addButton(_tr("Aç"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(_tr("Klasörü aç"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_tr("Kapat"), QMessageBox.ButtonRole.RejectRole)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def clicked(button: Any) -> None:
        ok = True
        if button is open_button:
            ok = open_file(path)
        elif button is folder_button:
            ok = open_folder(path)
        if not ok:
            QMessageBox.information(
                parent, ACTION_TEXT,
                _tr("Bu bilgisayarda dosyayı açacak bir program bulunamadı. Rapor şurada:\n{0}"
                    ).format(path))

    box.buttonClicked.connect(clicked)
    box.open()
    return box


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
    part = workspace.partition(year, run_checks(report))  # acknowledged errors do not count
    draft = False
    if not part.is_final:
        errors = [f.message for f in part.open_errors]
        if not confirm_draft(parent, errors):
            return None
        draft = True
    out = ask_output_path(parent, suggested_name(year, unit))
    if not out:
        return None
    build = ReportBuild(parent, report, out, unit, draft)
    build.worker.acknowledged = list(part.acknowledged)
    build.start()
    return build
