"""Send in bulk from the GUI: "Tüm Birimlere Şablon…" (one template per unit, behind a
cancellable progress dialog) and the consolidation list saved as an Excel sheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

if TYPE_CHECKING:  # the exchange package (openpyxl) loads on first use, not at start-up
    from ..exchange.bulk import BulkExport

CTX = "BulkExport"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def export_all_units(parent: QWidget | None, workspace: Any, year: int, folder: Path
                     ) -> BulkExport | None:
    """Write every reporting unit's template into ``folder`` behind a progress dialog; the
    summary (or the failure) is shown. None when it failed."""
    from ..exchange import bulk
    from ..storage import StorageError
    from .exchange_dialogs import run_with_progress

    def work(progress: Callable[[int, int, str], bool]) -> BulkExport:
        try:
            return bulk.export_all(workspace, year, folder, progress=progress)
        except OSError as exc:
            raise StorageError(f"'{folder}' klasörüne yazılamadı: {exc.strerror or exc}. "
                               "Başka bir klasör seçin.") from exc

    result: BulkExport | None = run_with_progress(parent, tr("Şablonlar yazılıyor"), work)
    if result is not None:
        QMessageBox.information(parent, tr("Tüm Birimlere Şablon"),
                                result.summary(workspace.load(year)))
    return result


def ask_and_export_all(parent: QWidget | None, workspace: Any, year: int
                       ) -> BulkExport | None:
    folder = QFileDialog.getExistingDirectory(parent, tr("Şablonların yazılacağı klasör"))
    if not folder:
        return None
    return export_all_units(parent, workspace, year, Path(folder))


def install(window: Any, menu: QMenu, before: QAction | None = None) -> QAction:
    """The "Tüm Birimlere Şablon…" action in ``menu`` (before ``before``)."""
    action = QAction(tr("Tüm Birimlere Şablon Gönder…"), window)
    action.setObjectName("exportAllUnits")

    def run() -> None:
        window.save_now()
        if window.doc is not None:
            ask_and_export_all(window, window.workspace, window.doc.year)
            refresh = getattr(window, "_refresh_consolidation", None)
            if callable(refresh):
                refresh()

    action.triggered.connect(run)
    if before is not None:
        menu.insertAction(before, action)
    else:
        menu.addAction(action)
    return action


def save_status_sheet(widget: Any, path: Path) -> bool:
    """The consolidation widget's full list (every unit it covers) as an .xlsx file."""
    from ..exchange import bulk
    from ..exchange import consolidation as cons

    statuses = widget.all_statuses or widget.statuses
    try:
        bulk.write_status_sheet(statuses, path, widget.year, cons.summary(statuses))
    except OSError as exc:
        QMessageBox.warning(widget, tr("Listeyi Excel'e Aktar"),
                            f"'{path}' yazılamadı: {exc.strerror or exc}. Başka bir yer seçin.")
        return False
    return True


def add_consolidation_buttons(widget: Any) -> list[QPushButton]:
    """Buttons for the consolidation view: send to every unit, save the list as a sheet."""
    send = QPushButton(tr("Tüm birimlere şablon…"), widget)
    send.setObjectName("sendAllUnits")
    sheet = QPushButton(tr("Listeyi Excel'e aktar…"), widget)
    sheet.setObjectName("saveStatusSheet")

    def on_send() -> None:
        if ask_and_export_all(widget, widget.workspace, widget.year) is not None:
            widget.refresh()

    def on_sheet() -> None:
        path, _ = QFileDialog.getSaveFileName(widget, tr("Birim durum listesi"),
                                              f"birim_durumu_{widget.year}.xlsx",
                                              tr("Excel Çalışma Kitabı (*.xlsx)"))
        if path:
            save_status_sheet(widget, Path(path if path.lower().endswith(".xlsx")
                                           else path + ".xlsx"))

    send.clicked.connect(on_send)
    sheet.clicked.connect(on_sheet)
    return [send, sheet]
