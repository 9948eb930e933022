"""Yıl → "Bu Yılı Sil…": the open year is deleted after a confirmation and a backup of the
whole database; the window then shows the latest remaining year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("YearActions", text)


def delete_open_year(window: Any) -> bool:
    """Ask, back up, delete; True when the year is gone."""
    from ..storage import StorageError
    from ..storage.backup import BackupRefusedError

    doc = window.doc
    if doc is None:
        return False
    year = doc.year
    years = window.workspace.years()
    if len(years) == 1:
        QMessageBox.information(window, _tr("Yılı sil"),
                                _tr("{0} veritabanındaki tek yıl; silinemez. Önce yeni bir "
                                    "yıl oluşturun.").format(year))
        return False
    answer = QMessageBox.warning(
        window, _tr("Yılı sil"),
        _tr("{0} yılının raporu, bütün tabloları ve metinleri silinecek.\n\nÖnce veritabanının "
            "yedeği alınır; gerekirse Dosya → Yedekten Geri Yükle ile geri getirebilirsiniz."
            "\n\n{0} yılı silinsin mi?").format(year),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if not window.save_now():
        return False
    try:
        info = window.workspace.delete_year(year)
    except (StorageError, BackupRefusedError) as exc:
        QMessageBox.critical(window, _tr("Yıl silinemedi"),
                             _tr("{0}\n\nHiçbir şey silinmedi.").format(
                                 getattr(exc, "message", str(exc))))
        return False
    except ValueError as exc:
        QMessageBox.warning(window, _tr("Yıl silinemedi"), str(exc))
        return False
    remaining = window.workspace.years()
    window.open_year(remaining[-1], flush=False)  # the deleted year is never saved back
    where = _tr(" Yedek: {0}").format(info.path) if info is not None else ""
    window.statusBar().showMessage(_tr("{0} yılı silindi.").format(year) + where, 15000)
    return True
