"""Dosya → Şablon Dışa Aktar / İçe Aktar, the import history, and the consolidation view.

Long work (reading many workbooks, applying them) runs on a worker thread with a progress
dialog that can be cancelled; the window never freezes. The computing lives in
:mod:`faaliyet_desktop.exchange`; these classes only show its plain results.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.checks import SEVERITY_LABELS_TR
from ..domain.model import UnitKind
from ..exchange import consolidation as cons
from ..exchange.layout import LayoutError
from ..exchange.plan import FilePlan, ImportPlan
from ..exchange.specs import TABLE_ORDER, TABLE_TITLES, UNIT_TABLES
from ..storage import StorageError
from .sortable import make_sortable

CTX = "Exchange"

STATUS_COLOURS = {
    "ready": "#1b7a2a", "new": "#1b7a2a", "imported": "#1b7a2a", "changed": "#8a5a00",
    "received": "#8a5a00", "refused": "#b00020", "rejected": "#b00020", "missing": "#b00020",
    "applied": "#1b7a2a", "sent": "#8a5a00", "not_sent": "#b00020",
    "nochange": "#555555", "unchanged": "#555555",
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


AnyIndex = QModelIndex | QPersistentModelIndex


# --- a small read-only table model ----------------------------------------------------------
class RowsModel(QAbstractTableModel):
    """Rows of plain values; optional status key per row for colour; optional checkboxes."""

    def __init__(self, headers: list[str], parent: QObject | None = None,
                 checkable: bool = False) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[list[Any]] = []
        self._status: list[str] = []
        self._checked: list[bool] = []
        self._enabled: list[bool] = []
        self.checkable = checkable

    def set_rows(self, rows: list[list[Any]], status: list[str] | None = None,
                 checked: list[bool] | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._status = status or [""] * len(rows)
        self._checked = checked or [False] * len(rows)
        self._enabled = list(self._checked) if checked else [True] * len(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._rows[r][c]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and c in (0, 1) and self._status[r]:
            colour = STATUS_COLOURS.get(self._status[r])
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and c == 0:
            return Qt.CheckState.Checked if self._checked[r] else Qt.CheckState.Unchecked
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == 0 and self._enabled[index.row()]:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.isValid()
                and index.column() == 0 and self._enabled[index.row()]):
            state = value.value if hasattr(value, "value") else value
            self._checked[index.row()] = state == Qt.CheckState.Checked.value
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            return True
        return False

    def checked_rows(self) -> list[int]:
        return [i for i, c in enumerate(self._checked) if c and self._enabled[i]]


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


# --- background work ------------------------------------------------------------------------
class _Job(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Callable[[int, int, str], bool]], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancelled = False

    def run(self) -> None:
        def report(done: int, total: int, name: str) -> bool:
            self.progress.emit(done, total, name)
            return not self.cancelled
        try:
            self.finished.emit(self._work(report))
        except StorageError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # a bug: show it rather than lose it
            self.failed.emit(f"{type(exc).__name__}: {exc}")


class _Relay(QObject):
    def __init__(self, dialog: QProgressDialog, title: str) -> None:
        super().__init__()
        self.dialog = dialog
        self.title = title
        self.outcome: dict[str, Any] = {}

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, name: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if name:
            self.dialog.setLabelText(f"{self.title}\n{name} ({done + 1}/{total})")

    @Slot(object)
    def on_finished(self, result: Any) -> None:
        self.outcome.setdefault("result", result)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.outcome.setdefault("error", message)


def run_with_progress(parent: QWidget | None, title: str,
                      work: Callable[[Callable[[int, int, str], bool]], Any]) -> Any:
    """Run ``work(progress)`` on a worker thread behind a cancellable progress dialog.

    Returns its result, or None when it failed (a message was shown) or was cancelled."""
    dialog = QProgressDialog(title, tr("İptal"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    thread = QThread()
    job = _Job(work)
    job.moveToThread(thread)
    relay = _Relay(dialog, title)  # lives in this (the GUI) thread: signals arrive queued
    job.progress.connect(relay.on_progress)
    job.finished.connect(relay.on_finished)
    job.failed.connect(relay.on_failed)
    job.finished.connect(thread.quit)
    job.failed.connect(thread.quit)
    dialog.canceled.connect(lambda: setattr(job, "cancelled", True))
    thread.started.connect(job.run)
    thread.start()
    while thread.isRunning():
        QCoreApplication.processEvents()
        thread.wait(20)
    QCoreApplication.processEvents()
    dialog.reset()
    dialog.deleteLater()
    outcome = relay.outcome
    if "error" in outcome:
        QMessageBox.critical(parent, title, outcome["error"])
        return None
    return outcome.get("result")


# --- export ---------------------------------------------------------------------------------
class ExportDialog(QDialog):
    """Choose the unit (or the institution) and the tables; write the template(s)."""

    def __init__(self, workspace: Any, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.year = year
        self.report = workspace.load(year)
        self.setWindowTitle(tr("Şablon Dışa Aktar"))
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(tr("Kurum geneli (tüm tablolar)"), None)
        for u in sorted(self.report.units, key=lambda u: (u.kind != UnitKind.PROVINCIAL,
                                                           u.order, u.code)):
            if u.kind in cons.REPORTING_KINDS:
                self.unit_combo.addItem(f"{u.code} – {u.name}", u.code)
        self.tables = QListWidget()
        self.per_province = QCheckBox(tr("Her il için ayrı şablon oluştur (bir klasöre, "
                                         "81 dosya)"))
        form = QFormLayout()
        form.addRow(tr("Birim:"), self.unit_combo)
        form.addRow(tr("Tablolar:"), self.tables)
        form.addRow("", self.per_province)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(tr("Dışa Aktar…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Vazgeç"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._choose_and_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.unit_combo.currentIndexChanged.connect(self._fill_tables)
        self.per_province.toggled.connect(self._per_province_toggled)
        self._fill_tables()
        self.written: list[Path] = []

    def _per_province_toggled(self, on: bool) -> None:
        self.unit_combo.setEnabled(not on)
        if on:
            self.unit_combo.setCurrentIndex(1 if self.unit_combo.count() > 1 else 0)

    def _fill_tables(self) -> None:
        unit = self.unit_combo.currentData()
        keys = UNIT_TABLES if unit is not None else TABLE_ORDER
        self.tables.clear()
        for key in keys:
            item = QListWidgetItem(TABLE_TITLES[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.tables.addItem(item)

    def selected_tables(self) -> list[str]:
        return [self.tables.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.tables.count())
                if self.tables.item(i).checkState() == Qt.CheckState.Checked]

    def _choose_and_export(self) -> None:
        if self.per_province.isChecked():
            folder = QFileDialog.getExistingDirectory(self, tr("Şablonların yazılacağı klasör"))
            if folder:
                self.export_provinces(Path(folder))
            return
        unit = self.unit_combo.currentData()
        default = f"sablon_{self.year}_{unit or 'kurum'}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, tr("Şablonu kaydet"), default,
                                              tr("Excel Çalışma Kitabı (*.xlsx)"))
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, path: Path) -> bool:
        from ..exchange.bulk import export_unit
        from ..exchange.service import export_for

        unit = self.unit_combo.currentData()
        try:
            if unit is None:
                export_for(self.workspace, self.year, path, None, self.selected_tables())
            else:  # a unit's template is a send: recorded in the export log
                export_unit(self.workspace, self.year, unit, path, self.selected_tables(),
                            log=not self.workspace.readonly)
        except (LayoutError, OSError, StorageError) as exc:
            QMessageBox.warning(self, tr("Şablon Dışa Aktar"), _message(exc, path))
            return False
        self.written = [path]
        QMessageBox.information(self, tr("Şablon Dışa Aktar"),
                                tr("Şablon yazıldı:") + f"\n{path}")
        self.accept()
        return True

    def export_provinces(self, folder: Path) -> bool:
        from ..exchange.bulk import export_all
        from ..exchange.synthetic import provincial_units

        units = provincial_units(self.report)
        tables = [t for t in self.selected_tables() if t in UNIT_TABLES] or list(UNIT_TABLES)

        def work(progress: Callable[[int, int, str], bool]) -> list[Path]:
            result = export_all(self.workspace, self.year, folder, units=units, tables=tables,
                                progress=progress)
            return [w.path for w in result.written]

        written = run_with_progress(self, tr("Şablonlar yazılıyor"), work)
        if written is None:
            return False
        self.written = written
        QMessageBox.information(self, tr("Şablon Dışa Aktar"),
                                f"{len(written)} " + tr("şablon yazıldı:") + f"\n{folder}")
        self.accept()
        return True


def _message(exc: BaseException, path: Path) -> str:
    if isinstance(exc, StorageError):
        return exc.message
    if isinstance(exc, OSError):
        return f"'{path}' yazılamadı: {exc.strerror or exc}. Başka bir klasör seçin."
    return str(exc)


def run_export_dialog(parent: QWidget | None, workspace: Any, year: int) -> None:
    ExportDialog(workspace, year, parent).exec()


# --- import: preview, confirm, apply ----------------------------------------------------------
# headers through QT_TRANSLATE_NOOP, so that lupdate sees them (translated with tr() below)
FILE_HEADERS = [
    QT_TRANSLATE_NOOP("Exchange", "Uygula"), QT_TRANSLATE_NOOP("Exchange", "Durum"),
    QT_TRANSLATE_NOOP("Exchange", "Dosya"), QT_TRANSLATE_NOOP("Exchange", "Birim"),
    QT_TRANSLATE_NOOP("Exchange", "Yeni"), QT_TRANSLATE_NOOP("Exchange", "Değişen"),
    QT_TRANSLATE_NOOP("Exchange", "Değişmeyen"), QT_TRANSLATE_NOOP("Exchange", "Reddedilen"),
    QT_TRANSLATE_NOOP("Exchange", "Yeni bulgu"), QT_TRANSLATE_NOOP("Exchange", "Açıklama")]
ROW_HEADERS = [
    QT_TRANSLATE_NOOP("Exchange", "Durum"), QT_TRANSLATE_NOOP("Exchange", "Sayfa"),
    QT_TRANSLATE_NOOP("Exchange", "Kod"), QT_TRANSLATE_NOOP("Exchange", "Ad"),
    QT_TRANSLATE_NOOP("Exchange", "Hücre"), QT_TRANSLATE_NOOP("Exchange", "Sütun"),
    QT_TRANSLATE_NOOP("Exchange", "Eski değer"),
    QT_TRANSLATE_NOOP("Exchange", "Yeni değer / neden")]


class ImportDialog(QDialog):
    """The dry-run preview: files (tick to apply), their rows, the checks that would fail."""

    def __init__(self, workspace: Any, year: int, plan: ImportPlan,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.year = year
        self.plan = plan
        self.changed = False
        self.results: list[Any] = []
        self.setWindowTitle(tr("İçe Aktarma Önizlemesi (deneme)"))
        self.resize(1100, 700)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.files_model = RowsModel([tr(h) for h in FILE_HEADERS], self, checkable=True)
        self.rows_model = RowsModel([tr(h) for h in ROW_HEADERS], self)
        self.findings_model = RowsModel([tr("Önem"), tr("Kural"), tr("Bulgu")], self)
        self.files_view = _table(self.files_model)
        self.rows_view = _table(self.rows_model)
        self.findings_view = _table(self.findings_model)
        self.show_unchanged = QCheckBox(tr("Değişmeyen satırları da göster"))
        split = QSplitter(Qt.Orientation.Vertical)
        for title, view in ((tr("Dosyalar"), self.files_view),
                            (tr("Seçili dosyanın satırları (yeni / değişen / reddedilen)"),
                             self.rows_view),
                            (tr("İçe aktarılırsa yeni çıkacak denetim bulguları"),
                             self.findings_view)):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(QLabel(f"<b>{title}</b>"))
            inner.addWidget(view)
            split.addWidget(box)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Kapat"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button = buttons.addButton(tr("İşaretlenenleri İçe Aktar"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.history_button = buttons.addButton(tr("İçe Aktarma Geçmişi…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.apply_checked)
        buttons.rejected.connect(self.reject)
        self.history_button.clicked.connect(self._history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.show_unchanged)
        layout.addWidget(buttons)
        self.files_view.selectionModel().currentRowChanged.connect(self._show_file)
        self.show_unchanged.toggled.connect(lambda _on: self._show_file(
            self.files_view.currentIndex()))
        self.files_model.dataChanged.connect(self._update_apply_button)
        self._fill()

    def _fill(self) -> None:
        from ..exchange.preview import preview_lines

        rows, status, checked = [], [], []
        for f in self.plan.files:
            rows.append(["", f.status_tr, f.name, f"{f.unit or 'Kurum'} {f.unit_name}".strip(),
                         f.count("new"), f.count("changed"), f.count("unchanged"),
                         f.count("rejected"), len(f.new_findings),
                         f.message + (f" (daha önce {f.previously_imported} tarihinde içe "
                                      "aktarıldı)" if f.previously_imported else "")])
            status.append(f.status)
            checked.append(f.can_apply)
        self.files_model.set_rows(rows, status, checked)
        self.summary.setText(preview_lines(self.plan)[-1] + " " + tr(
            "Uygulanacak dosyaları işaretleyin; her dosya ya bütünüyle içe aktarılır ya da "
            "hiç aktarılmaz.") + " " + tr(
            "Dikkat: içe aktarma, Düzen → Geri Al geçmişini temizler; bir içe aktarmayı "
            "bütünüyle \"İçe Aktarma Geçmişi…\" ile geri alabilirsiniz."))
        self.apply_button.setToolTip(tr(
            "İçe aktarma, Düzen → Geri Al geçmişini temizler; bir içe aktarmayı bütünüyle "
            "\"İçe Aktarma Geçmişi…\" ile geri alabilirsiniz."))
        self.files_view.resizeColumnsToContents()
        if self.plan.files:
            self.files_view.selectRow(0)
            self._show_file(self.files_model.index(0, 0))
        self._update_apply_button()

    def _update_apply_button(self, *args: Any) -> None:
        self.apply_button.setEnabled(bool(self.files_model.checked_rows()))

    def current_file(self) -> FilePlan | None:
        index = self.files_view.currentIndex()
        return self.plan.files[index.row()] if index.isValid() else None

    def _show_file(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        f = self.plan.files[index.row()]
        rows, status = [], []
        if f.status == "refused" and not f.rows:
            rows.append([tr("reddedildi"), "", "", "", "", "", "", f.message])
            status.append("refused")
        for r in f.rows:
            if r.status == "unchanged" and not self.show_unchanged.isChecked() and not r.note:
                continue
            if r.status == "rejected":
                for reason in r.reasons:
                    rows.append([r.status_tr, r.sheet, r.row_key, r.label, reason.cell, "", "",
                                 reason.message])
                    status.append(r.status)
            elif r.changes:
                for c in r.changes:
                    rows.append([r.status_tr, r.sheet, r.row_key, r.label, c.cell, c.header,
                                 c.old_text, c.new_text + (f" ({r.note})" if r.note else "")])
                    status.append(r.status)
            else:
                rows.append([r.status_tr, r.sheet, r.row_key, r.label, "", "", "", r.note])
                status.append(r.status)
        self.rows_model.set_rows(rows, status)
        self.rows_view.resizeColumnsToContents()
        self.findings_model.set_rows(
            [[SEVERITY_LABELS_TR[x.severity], x.rule, x.message] for x in f.new_findings],
            ["refused" if x.severity.value == "error" else "changed" for x in f.new_findings])

    def apply_checked(self) -> None:
        from ..exchange.service import apply_plan

        chosen = [self.plan.files[i].path for i in self.files_model.checked_rows()]
        if not chosen:
            return
        results = run_with_progress(
            self, tr("İçe aktarılıyor"),
            lambda progress: apply_plan(self.workspace, self.plan, chosen, progress=progress))
        if results is None:
            return
        self.results = results
        self.changed = self.changed or any(r.applied for r in results)
        lines = [("✔ " if r.applied else "✘ ") + r.message for r in results]
        box = QMessageBox.information if all(r.applied for r in results) else QMessageBox.warning
        box(self, tr("İçe Aktarma"), "\n".join(lines) or tr("Hiçbir dosya uygulanmadı."))
        self.accept()

    def _history(self) -> None:
        if HistoryDialog(self.workspace, self.year, self).exec_and_changed():
            self.changed = True


def preview_files(parent: QWidget | None, workspace: Any, year: int, paths: list[Path]
                  ) -> ImportPlan | None:
    """The dry run of ``paths`` behind a progress dialog (noted in the consolidation inbox)."""
    from ..exchange.service import dry_run

    plan = run_with_progress(parent, tr("Dosyalar okunuyor (deneme)"),
                             lambda progress: dry_run(workspace, year, paths, progress=progress))
    if plan is not None:
        cons.Inbox.note_plan(workspace, plan)
    return plan


def run_import_dialog(parent: QWidget | None, workspace: Any, year: int, *,
                      paths: list[Path] | None = None) -> bool:
    """Pick filled templates, preview the dry run, apply what the user ticks.

    Returns True when data in the database changed (an import or an undo)."""
    if paths is None:
        names, _ = QFileDialog.getOpenFileNames(
            parent, tr("Doldurulmuş şablonları seçin"), "",
            tr("Excel Çalışma Kitabı (*.xlsx);;Tüm dosyalar (*)"))
        paths = [Path(n) for n in names]
    if not paths:
        return False
    plan = preview_files(parent, workspace, year, paths)
    if plan is None:
        return False
    dialog = ImportDialog(workspace, year, plan, parent)
    dialog.exec()
    return dialog.changed


# --- history and undo -----------------------------------------------------------------------
class HistoryDialog(QDialog):
    """Every import of the year; an import can be undone as a whole."""

    def __init__(self, workspace: Any, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.year = year
        self.changed = False
        self.setWindowTitle(tr("İçe Aktarma Geçmişi"))
        self.resize(900, 450)
        self.model = RowsModel([tr("Durum"), tr("Tarih (UTC)"), tr("Dosya"), tr("Birim"),
                                tr("Değer"), tr("Parmak izi"), tr("SHA-256")], self)
        self.view = _table(self.model)
        self.undo_button = QPushButton(tr("Bu içe aktarmayı geri al"))
        self.undo_button.clicked.connect(self.undo_selected)
        close = QPushButton(tr("Kapat"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        from ..exchange.service import history

        self.records = history(self.workspace, self.year)
        self.model.set_rows(
            [[r.status_tr, r.imported_at.replace("T", " ").replace("+00:00", ""), r.file_name,
              f"{r.unit or 'Kurum'} {r.unit_name}", r.value_count, r.fingerprint[:12],
              r.file_sha256[:16]] for r in self.records],
            ["imported" if r.status == "applied" else "nochange" for r in self.records])
        self.view.resizeColumnsToContents()
        if self.records:
            self.view.selectRow(0)

    def undo_selected(self, confirm: bool = True) -> bool:
        from ..exchange.service import UndoRefused, undo_import

        index = self.view.currentIndex()
        if not index.isValid():
            return False
        rec = self.records[index.row()]
        if confirm and QMessageBox.question(
                self, tr("Geri al"), f"'{rec.file_name}' ({rec.value_count} değer) "
                + tr("içe aktarması bütünüyle geri alınsın mı?")) != (
                QMessageBox.StandardButton.Yes):
            return False
        try:
            n = undo_import(self.workspace, self.year, rec.id)
        except (UndoRefused, StorageError) as exc:
            QMessageBox.warning(self, tr("Geri al"), exc.message)
            return False
        self.changed = True
        self.refresh()
        if confirm:
            QMessageBox.information(self, tr("Geri al"), f"{n} " + tr("değer eski haline "
                                                                      "getirildi."))
        return True

    def exec_and_changed(self) -> bool:
        self.exec()
        return self.changed


# --- consolidation --------------------------------------------------------------------------
class ConsolidationWidget(QWidget):
    """Which units (the 81 provinces first of all) have sent what, at a glance."""

    data_changed = Signal()

    HEADERS = [QT_TRANSLATE_NOOP("Exchange", "Durum"), QT_TRANSLATE_NOOP("Exchange", "Kod"),
               QT_TRANSLATE_NOOP("Exchange", "Birim"), QT_TRANSLATE_NOOP("Exchange", "Dosya"),
               QT_TRANSLATE_NOOP("Exchange", "Tarih"),
               QT_TRANSLATE_NOOP("Exchange", "Şablon gönderildi"),
               QT_TRANSLATE_NOOP("Exchange", "Hata"), QT_TRANSLATE_NOOP("Exchange", "Uyarı"),
               QT_TRANSLATE_NOOP("Exchange", "Açıklama")]

    def __init__(self, workspace: Any, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.year = year
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.only_provinces = QCheckBox(tr("Yalnız il müdürlükleri"))
        self.only_provinces.setChecked(True)
        self.only_missing = QCheckBox(tr("Yalnız eksikler"))
        self.model = RowsModel([tr(h) for h in self.HEADERS], self)
        self.view = _table(self.model)
        make_sortable(self.view)  # organisation order first; a header click sorts by status …
        scan = QPushButton(tr("Gelen klasörünü tara…"))
        importing = QPushButton(tr("İçe aktar…"))
        history = QPushButton(tr("Geçmiş…"))
        refresh = QPushButton(tr("Yenile"))
        from .bulk_export import add_consolidation_buttons
        extra = add_consolidation_buttons(self)
        scan.clicked.connect(self._scan)
        importing.clicked.connect(self._import)
        history.clicked.connect(self._history)
        refresh.clicked.connect(self.refresh)
        self.only_provinces.toggled.connect(self.refresh)
        self.only_missing.toggled.connect(self.refresh)
        top = QHBoxLayout()
        for w in (self.only_provinces, self.only_missing):
            top.addWidget(w)
        top.addStretch(1)
        for b in (scan, importing, history, *extra, refresh):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.statuses: list[cons.UnitStatus] = []
        self.all_statuses: list[cons.UnitStatus] = []
        self.refresh()

    def set_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def refresh(self) -> None:
        from ..exchange.bulk import latest_exports
        from ..exchange.service import imported_units

        try:
            report = self.workspace.load(self.year)
            imported = imported_units(self.workspace, self.year)
            exported = latest_exports(self.workspace, self.year)
        except StorageError as exc:
            self.summary.setText(exc.message)
            return
        kinds = (UnitKind.PROVINCIAL,) if self.only_provinces.isChecked() else (
            cons.REPORTING_KINDS)
        all_statuses = cons.unit_statuses(report, imported, cons.Inbox.get(self.workspace,
                                                                            self.year), kinds,
                                          exported)
        self.all_statuses = all_statuses
        self.summary.setText(f"{self.year}: " + cons.summary(all_statuses))
        shown = [s for s in all_statuses if not self.only_missing.isChecked()
                 or s.status in ("not_sent", "sent", "refused")]
        self.statuses = shown
        self.model.set_rows(
            [[s.status_tr, s.code, s.name, s.file_name, s.when.replace("T", " ")
              .replace("+00:00", ""), s.sent_at[:16].replace("T", " "), s.errors or "",
              s.warnings or "", s.message]
             for s in shown], [s.status for s in shown])
        self.view.resizeColumnsToContents()

    def _scan(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Gelen şablonların klasörü"))
        if folder:
            cons.Inbox.scan_folder(self.workspace, self.year, Path(folder))
            self.refresh()

    def _import(self) -> None:
        if run_import_dialog(self, self.workspace, self.year):
            self.data_changed.emit()
        self.refresh()

    def _history(self) -> None:
        if HistoryDialog(self.workspace, self.year, self).exec_and_changed():
            self.data_changed.emit()
        self.refresh()
