"""Change history in the GUI: a cell's history (old → new, when, who, from where) in a dialog,
and the year's change log as a widget, optionally only what changed after the checks passed.

The main window wires them: ``show_cell_history(...)`` from a cell's context menu,
``ChangeLogWidget`` in a dock or page (call ``refresh()`` after a save or an import).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import EDUCATION_LEVELS, EMPLOYMENT_TYPES, GENDERS, ReportYear
from ..services.workspace import Workspace
from ..storage import StorageError
from ..storage.history import Change, ChangeSource, display_value, field_label, table_label
from .i18n import QT_TRANSLATE_NOOP, tr_domain
from .sortable import make_sortable

Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_USER, COL_SOURCE, COL_TABLE, COL_ROW, COL_FIELD, COL_OLD, COL_NEW = range(8)
HEADERS = [
    QT_TRANSLATE_NOOP("ChangeModel", "Zaman"),
    QT_TRANSLATE_NOOP("ChangeModel", "Kullanıcı"),
    QT_TRANSLATE_NOOP("ChangeModel", "Kaynak"),
    QT_TRANSLATE_NOOP("ChangeModel", "Tablo"),
    QT_TRANSLATE_NOOP("ChangeModel", "Satır"),
    QT_TRANSLATE_NOOP("ChangeModel", "Alan"),
    QT_TRANSLATE_NOOP("ChangeModel", "Eski değer"),
    QT_TRANSLATE_NOOP("ChangeModel", "Yeni değer"),
]
SOURCE_LABELS = {
    ChangeSource.TYPED: QT_TRANSLATE_NOOP("ChangeModel", "elle girildi"),
    ChangeSource.IMPORTED: QT_TRANSLATE_NOOP("ChangeModel", "Excel'den içe aktarıldı"),
    ChangeSource.CARRIED: QT_TRANSLATE_NOOP("ChangeModel", "önceki yıldan aktarıldı"),
    ChangeSource.RESTORED: QT_TRANSLATE_NOOP("ChangeModel", "geri yüklendi"),
    ChangeSource.SAMPLE: QT_TRANSLATE_NOOP("ChangeModel", "örnek veri"),
}
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(iso_utc: str) -> str:
    """``2026-11-24T19:35:08.62+00:00`` as the user's local ``24.11.2026 22:35:08``."""
    try:
        return dt.datetime.fromisoformat(iso_utc).astimezone().strftime("%d.%m.%Y %H:%M:%S")
    except ValueError:
        return iso_utc


_DOMAIN_FIELDS = {**EMPLOYMENT_TYPES, **GENDERS, **EDUCATION_LEVELS}


def field_name(field: str) -> str:
    """A logged field as a person calls it ("dolu_kadro" → "Dolu Kadro")."""
    if field in _DOMAIN_FIELDS:
        return tr_domain(_DOMAIN_FIELDS[field])
    return field_label(field)


def row_name(report: ReportYear | None, row: str) -> str:
    """A logged row key as a person names it: "Ankara İl Göç İdaresi Müdürlüğü (IL06)"."""
    if report is None or not row:
        return row
    key = row.partition(":")[2] if ":" in row and row.split(":")[0].isdigit() else row
    unit = report.unit(key)
    if unit is not None:
        return f"{unit.name} ({key})"
    ind = report.indicator(key)
    if ind is not None:
        return f"{key} {ind.name}"
    for items in (report.economic_codes, report.it_items, report.programs, report.activities,
                  report.goal_indicators):
        item = next((x for x in items if getattr(x, "code", None) == key), None)
        if item is not None:
            return f"{key} {item.name}"
    return row


def load_quietly(workspace: Workspace, year: int) -> ReportYear | None:
    """The year for naming rows (None when it cannot be read: keys are shown then)."""
    try:
        return workspace.load(year)
    except StorageError:
        return None


class ChangeModel(QAbstractTableModel):
    """Changes as rows (a plain list, no live database objects)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._changes: list[Change] = []
        self.report: ReportYear | None = None  # to name rows (units, indicators, codes)

    def set_changes(self, changes: list[Change]) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self.endResetModel()

    def change(self, row: int) -> Change:
        return self._changes[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return self.tr(HEADERS[section])
        return None

    def _source(self, c: Change) -> str:
        label = self.tr(SOURCE_LABELS.get(c.source, str(c.source)))
        extra = [p for p in (c.detail, f"#{c.import_id}" if c.import_id else None) if p]
        return f"{label} ({', '.join(extra)})" if extra else label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._changes[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_WHEN:
                return local_time(c.changed_at)
            if col == COL_USER:
                return c.user
            if col == COL_SOURCE:
                return self._source(c)
            if col == COL_TABLE:
                return tr_domain(table_label(c.table))
            if col == COL_ROW:
                return row_name(self.report, c.row)
            if col == COL_FIELD:
                return field_name(c.field)
            if col == COL_OLD:
                return display_value(c.old, field=c.field)
            if col == COL_NEW:
                return display_value(c.new, field=c.field)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_OLD, COL_NEW):
            return display_value(c.old if col == COL_OLD else c.new, limit=2000,
                                 field=c.field)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_OLD, COL_NEW):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHANGE_ROLE:
            return c
        return None


def _table_view(model: ChangeModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    make_sortable(view)  # a click on a header sorts (who, when, which table ...)
    return view


class CellHistoryDialog(QDialog):
    """Every recorded value of one cell, oldest first."""

    def __init__(self, workspace: Workspace, year: int, table: str, row: str, field: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChangeModel(self)
        self.model.report = load_quietly(workspace, year)
        where = ", ".join(p for p in (tr_domain(table_label(table)),
                                      row_name(self.model.report, row), field_name(field)) if p)
        self.setWindowTitle(self.tr("Değişiklik geçmişi: {0}").format(where))
        self.view = _table_view(self.model, self)
        for col in (COL_TABLE, COL_ROW, COL_FIELD):
            self.view.setColumnHidden(col, True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(760, 360)
        try:
            changes = workspace.history(year, table, row, field)
        except StorageError as exc:
            self.status.setText(exc.message)
            return
        self.model.set_changes(changes)
        if changes:
            self.status.setText(self.tr("{0} değişiklik (en eskisi üstte).").format(len(changes)))
        else:
            self.status.setText(self.tr("Bu hücre için kayıtlı bir değişiklik yok."))


def show_cell_history(parent: QWidget | None, workspace: Workspace, year: int, table: str,
                      row: str, field: str) -> None:
    """A modal dialog listing the cell's changes: old → new, when, who, from where."""
    dialog = CellHistoryDialog(workspace, year, table, row, field, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


class ChangeLogWidget(QWidget):
    """The year's change log, newest first; filter by table, or only the changes made
    after the last run of the checks without errors ("who changed Table 9 after the checks
    passed?")."""

    LIMIT = 5000  # newest changes shown (a year with many imports logs far more)

    def __init__(self, workspace: Workspace, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.year = year
        self.model = ChangeModel(self)
        self.table_filter = QComboBox(self)
        self.after_clean = QCheckBox(self.tr("Yalnızca son hatasız denetimden sonrakiler"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.view = _table_view(self.model, self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tablo:"), self))
        top.addWidget(self.table_filter, 1)
        top.addWidget(self.after_clean)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.view)
        self.table_filter.currentIndexChanged.connect(self._show)
        self.after_clean.toggled.connect(self.refresh)
        self._all: list[Change] = []
        self.refresh()

    def set_year(self, year: int) -> None:
        self.year = year
        self.model.report = None  # the new year's names are read on refresh
        self.refresh()

    def selected_table(self) -> str | None:
        data = self.table_filter.currentData()
        return str(data) if data else None

    def refresh(self) -> None:
        """Read the log again (after a save, an import, a run of the checks)."""
        if self.model.report is None or self.model.report.year != self.year:
            self.model.report = load_quietly(self.workspace, self.year)
        try:
            if self.after_clean.isChecked():
                clean = self.workspace.database.last_clean_check(self.year)
                changes = list(reversed(self.workspace.changes_after_clean_check(self.year)))
                if clean is None:
                    note = self.tr("Denetimler bu yıl hiç hatasız geçmedi; bütün değişiklikler "
                                   "gösteriliyor.")
                else:
                    note = self.tr("Son hatasız denetim: {0}, {1}.").format(
                        local_time(clean.run_at), clean.user)
            else:
                changes = self.workspace.change_log(self.year, limit=self.LIMIT)
                note = self.tr("En yeni {0} değişiklik gösteriliyor.").format(self.LIMIT) \
                    if len(changes) == self.LIMIT else ""
        except StorageError as exc:
            self._all = []
            self.model.set_changes([])
            self.status.setText(exc.message)
            return
        self._all = changes
        self._fill_tables(sorted({c.table for c in changes}))
        self._show(note=note)

    def _fill_tables(self, tables: list[str]) -> None:
        current = self.selected_table()
        self.table_filter.blockSignals(True)
        self.table_filter.clear()
        self.table_filter.addItem(self.tr("Bütün tablolar"), "")
        for key in sorted(tables, key=lambda k: tr_domain(table_label(k))):
            self.table_filter.addItem(tr_domain(table_label(key)), key)
        at = self.table_filter.findData(current) if current else 0
        self.table_filter.setCurrentIndex(max(at, 0))
        self.table_filter.blockSignals(False)

    def _show(self, *_args: object, note: str | None = None) -> None:
        table = self.selected_table()
        shown = [c for c in self._all if table is None or c.table == table]
        self.model.set_changes(shown)
        count = self.tr("{0} değişiklik.").format(len(shown)) if shown else self.tr(
            "Değişiklik yok.")
        if note is None:
            note = self.status.property("note") or ""
        self.status.setProperty("note", note)
        self.status.setText(f"{note} {count}".strip())
