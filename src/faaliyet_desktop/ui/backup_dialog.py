"""Dosya → Yedek Al / Yedekten Geri Yükle: back up now, pick a backup and restore it.

The storage work (:mod:`faaliyet_desktop.storage.backup`, through the Workspace) takes well
under a second on a report database, so it runs on the GUI thread behind a wait cursor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..storage import StorageError
from ..storage.backup import size_text

CTX = "Backup"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class _Busy:
    """A wait cursor for the duration of a ``with`` block."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def run_backup_now(parent: QWidget | None, workspace: Any) -> None:
    """Take a backup into the backup folder and say where it went (or why it failed)."""
    try:
        with _Busy():
            info = workspace.backup()
    except StorageError as exc:
        QMessageBox.critical(parent, tr("Yedek alınamadı"), exc.message)
        return
    QMessageBox.information(
        parent, tr("Yedek alındı"),
        tr("Veritabanının yedeği alındı:\n{path}\n({size})").format(
            path=str(info.path), size=size_text(info.size)))


class RestoreDialog(QDialog):
    """The backups of the open database, newest first; another file can be chosen too."""

    def __init__(self, parent: QWidget | None, workspace: Any) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.chosen: Path | None = None
        self.setWindowTitle(tr("Yedekten Geri Yükle"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Geri yüklenecek yedeği seçin. Veritabanının şimdiki hali geri "
                          "yüklemeden önce ayrıca yedeklenir; hiçbir şey kaybolmaz."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [tr("Tarih"), tr("Neden"), tr("Boyut"), tr("Yıllar")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept_selected())
        layout.addWidget(self.table)
        self.empty = QLabel(tr("Bu veritabanının henüz yedeği yok."))
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(self)
        self.other = QPushButton(tr("Başka Dosya Seç…"))
        self.restore = QPushButton(tr("Geri Yükle"))
        self.restore.setEnabled(False)
        buttons.addButton(self.other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.other.clicked.connect(self.choose_file)
        self.restore.clicked.connect(self.accept_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        backups = self.workspace.backups()
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            years = ", ".join(str(y) for y in info.years) or "—"
            cells = [info.created.strftime("%d.%m.%Y %H:%M:%S"), tr(info.reason_tr),
                     size_text(info.size),
                     tr("{n} yıl ({years})").format(n=len(info.years), years=years)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.empty.setVisible(not backups)

    def _selection_changed(self) -> None:
        self.restore.setEnabled(bool(self.table.selectedItems()))

    def selected_path(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(PATH_ROLE)) if items else None

    def accept_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.chosen = path
            self.accept()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Yedek Dosyası Seç"), str(self.workspace.path.parent),
            tr("Faaliyet yedeği (*.sqlite *.db);;Tüm dosyalar (*)"))
        if path:
            self.chosen = Path(path)
            self.accept()


def run_restore_dialog(parent: QWidget | None, workspace: Any) -> bool:
    """List the backups, confirm, restore; True when the database was replaced (the caller
    reloads everything it shows)."""
    from ..storage.backup import validate_backup

    if getattr(workspace.database, "is_server", False):
        QMessageBox.information(
            parent, tr("Geri yükleme yapılamaz"),
            tr("Paylaşılan (sunucudaki) veritabanı uygulamadan geri yüklenmez; sunucunun kendi "
               "yedeklerini kullanın."))
        return False
    if workspace.readonly:
        QMessageBox.warning(parent, tr("Geri yükleme yapılamaz"),
                            workspace.readonly_message or tr("Veritabanı salt okunur."))
        return False
    dialog = RestoreDialog(parent, workspace)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    try:
        info = validate_backup(dialog.chosen)
    except StorageError as exc:
        QMessageBox.critical(parent, tr("Geri yüklenemez"), exc.message)
        return False
    years = ", ".join(str(y) for y in info.years)
    answer = QMessageBox.question(
        parent, tr("Yedekten Geri Yükle"),
        tr("Veritabanı {date} tarihli yedekle ({years}) değiştirilecek. Şimdiki hali önce "
           "yedeklenecek. Devam edilsin mi?").format(
            date=info.created.strftime("%d.%m.%Y %H:%M"), years=years),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        with _Busy():
            before = workspace.restore(info.path)
    except StorageError as exc:
        QMessageBox.critical(parent, tr("Geri yüklenemedi"), exc.message)
        return False
    text = tr("Yedek geri yüklendi.")
    if before is not None:
        text += "\n" + tr("Önceki hali şuraya yedeklendi:\n{path}").format(path=str(before.path))
    QMessageBox.information(parent, tr("Yedekten Geri Yükle"), text)
    return True
