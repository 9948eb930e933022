"""The save indicator in the status bar, and retrying a save that failed.

A failed save is never shown as saved: the indicator turns red with the reason, a "Yeniden Dene"
button appears next to it, and the save is tried again on the next edit, on that button, on
Ctrl+S and every half minute until it succeeds. The window title keeps its "*" meanwhile
(``ReportDocument.saved`` stays False) and closing the window asks first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QToolButton, QWidget

RETRY_MS = 30_000  # an automatic retry while a save keeps failing (a full disk freed, ...)

OK_STYLE = "color:#1e7b34;"
FAILED_STYLE = "color:#b00020; font-weight:600;"
READONLY_STYLE = "color:#8a5a00; font-weight:600;"


class SaveStatus(QObject):
    """Shows the state of the last save in ``label`` and offers a retry. (The indicator's
    texts keep the "MainWindow" translation context they had before this module.)"""

    def __init__(self, status_bar: QStatusBar, label: QLabel, retry: Callable[[], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self._retry = retry
        self.retry_button = QToolButton(status_bar)
        self.retry_button.setObjectName("retrySave")
        self.retry_button.setText(self.tr("Yeniden Dene"))
        self.retry_button.setToolTip(self.tr("Kaydedilemeyen değişiklikleri şimdi yeniden "
                                             "kaydetmeyi dene"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.hide()
        status_bar.addPermanentWidget(self.retry_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)

    def retry(self) -> None:
        self.timer.stop()
        self._retry()

    def show_saved(self) -> None:
        self.timer.stop()
        self.retry_button.hide()
        self.label.setText(QCoreApplication.translate("MainWindow",
                                                      "✓ Tüm değişiklikler kaydedildi"))
        self.label.setStyleSheet(OK_STYLE)
        self.label.setToolTip("")

    def show_failed(self, message: str) -> None:
        self.label.setText(QCoreApplication.translate("MainWindow", "✗ KAYDEDİLEMEDİ"))
        self.label.setStyleSheet(FAILED_STYLE)
        self.label.setToolTip(self.failure_text(message))
        self.retry_button.show()
        self.timer.start()

    def show_readonly(self, message: str) -> None:
        self.timer.stop()
        self.retry_button.hide()
        self.label.setText(QCoreApplication.translate("MainWindow", "Salt okunur"))
        self.label.setStyleSheet(READONLY_STYLE)
        self.label.setToolTip(message)

    def failure_text(self, message: str) -> str:
        """What the user is told about a failed save: the reason, and the truth about the
        edits (in this window only, not in the database)."""
        return self.tr("{0}\n\nSon değişiklikleriniz veritabanına yazılmadı; yalnız bu "
                       "pencerede duruyor. Bir sonraki değişiklikte, \"Yeniden Dene\" ile ya da "
                       "Ctrl+S ile yeniden kaydedilmeye çalışılacak. Kaydedilmeden pencere "
                       "kapatılırsa bu değişiklikler kaybolur.").format(message)


def may_drop_unsaved(parent: QWidget, saved: bool, last_error: str) -> bool:
    """Before the open year is replaced (another year, the same year reloaded): True when
    nothing unsaved would be lost, or the user agrees to lose edits a failed save left."""
    if saved:
        return True
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("SaveStatus", "Kaydedilemedi"),
        QCoreApplication.translate(
            "SaveStatus", "Son değişiklikler kaydedilemedi:\n{0}\n\nYine de devam edilsin mi? "
            "(Kaydedilmeyen değişiklikler kaybolur.)").format(last_error),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
