"""A titled, editable grid of one TableSpec, with add / remove / move buttons for list tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .columns import Context, Kind, TableSpec, sorted_items, with_order
from .commands import ReplaceListsCommand
from .delegates import CellDelegate
from .document import ReportDocument
from .frozen_columns import keep_clear
from .grid_keys import GridKeys, next_input_index, read_only_reason
from .grid_widths import WidthKeeper, fit_columns
from .i18n import QT_TRANSLATE_NOOP
from .paste_report import PasteReport
from .spec_table_model import SpecTableModel
from .structure_edits import confirm_remove


class GridView(QTableView):
    """Spreadsheet habits: Enter commits and moves down, Delete clears input cells,
    Ctrl+C copies the selection as tab-separated text, Ctrl+V pastes a block from Excel
    (one undo step)."""

    refused = Signal(str)  # cells of a paste that were not taken, all of them

    def keyPressEvent(self, event: Any) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.matches(QKeySequence.StandardKey.Delete):
            self._set_cells([(i, "") for i in self.selectedIndexes()],
                            QT_TRANSLATE_NOOP("GridPanel", "Sil"))
            return
        if not editing and event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if not editing and event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        super().keyPressEvent(event)

    def moveCursor(self, action: Any, modifiers: Any) -> QModelIndex:
        """Tab / Shift+Tab (also out of an editor) go to input cells only."""
        if action in (QAbstractItemView.CursorAction.MoveNext,
                      QAbstractItemView.CursorAction.MovePrevious):
            return next_input_index(self, self.currentIndex(),
                                    action == QAbstractItemView.CursorAction.MoveNext)
        return super().moveCursor(action, modifiers)

    def scrollTo(self, index: Any,
                 hint: Any = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        super().scrollTo(index, hint)
        keep_clear(self, getattr(self.parent(), "frozen", None), index)  # key columns

    def closeEditor(self, editor: Any, hint: Any) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            cur = self.currentIndex()
            below = cur.sibling(cur.row() + 1, cur.column())
            if below.isValid():
                self.setCurrentIndex(below)

    def copy_selection(self) -> str:
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return ""
        rows: dict[int, dict[int, str]] = {}
        for i in indexes:
            rows.setdefault(i.row(), {})[i.column()] = str(i.data() or "").strip()
        cols = sorted({i.column() for i in indexes})
        text = "\n".join("\t".join(r.get(c, "") for c in cols) for _, r in sorted(rows.items()))
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self, text: str) -> int:
        """Paste a tab-separated block at the current cell; read-only cells are skipped."""
        cur = self.currentIndex()
        if not cur.isValid() or not text:
            return 0
        lines = text.rstrip("\n").split("\n")
        cells = []
        for r, line in enumerate(lines):
            for c, value in enumerate(line.rstrip("\r").split("\t")):
                index = cur.sibling(cur.row() + r, cur.column() + c)
                if index.isValid():
                    cells.append((index, value.strip()))
        return self._set_cells(cells, QT_TRANSLATE_NOOP("GridPanel", "Yapıştır"), pasting=True)

    def _set_cells(self, cells: list[tuple[Any, str]], label: str,
                   pasting: bool = False) -> int:
        model: Any = self.model()
        report = PasteReport(model)
        editable = []
        for i, v in cells:
            if not model.flags(i) & Qt.ItemFlag.ItemIsEditable:
                if pasting and v:
                    report.refuse(i, read_only_reason(self, i))
                continue
            col = model.spec.columns[i.column()]
            if col.kind == Kind.CHOICE:  # a choice is pasted by its label or its code
                options = col.choices(model.doc.report) if col.choices else []
                match = [val for val, lab in options if v in (lab.strip(), str(val))]
                if not match:
                    report.refuse(i, QCoreApplication.translate(
                        "GridPanel", "“{0}” seçeneklerde yok").format(v))
                    continue
                editable.append((i, match[0]))
            else:
                editable.append((i, v))
        done = 0
        if editable:
            stack = model.doc.undo_stack
            stack.beginMacro(QCoreApplication.translate("GridPanel", "{0}: {1} hücre").format(
                QCoreApplication.translate("GridPanel", label), len(editable)))
            try:
                for index, value in editable:
                    done += report.attempt(index, value)
            finally:
                stack.endMacro()
        message = report.finish()
        if message:
            self.refused.emit(message)
        return done


class GridPanel(QWidget):
    message = Signal(str)  # a rejected value or a refused row operation
    current_row_changed = Signal(str)  # row key

    def __init__(self, spec: TableSpec, doc: ReportDocument, ctx: Context,
                 parent: QWidget | None = None, show_title: bool = True) -> None:
        super().__init__(parent)
        self.spec = spec
        self.doc = doc
        self.model = SpecTableModel(spec, doc, ctx, self)
        self.view = GridView(self)
        self.view.setObjectName(f"grid_{spec.table}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDelegate(self.view))
        self.view.setAlternatingRowColors(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        self._apply_widths()
        self.model.modelReset.connect(self._restore_selection)
        self.model.rejected.connect(self._on_rejected)
        self.keys = GridKeys(self.view, self._on_rejected)
        self.view.refused.connect(self._on_rejected)
        self.widths = WidthKeeper(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self._keep_key: str | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        head = QHBoxLayout()
        if show_title:
            title = QLabel(QCoreApplication.translate("Tables", spec.title), self)
            title.setObjectName("gridTitle")
            title.setStyleSheet("font-weight: 600; font-size: 11pt;")
            head.addWidget(title)
        head.addStretch(1)
        self.buttons: dict[str, QToolButton] = {}
        if spec.ops is not None:
            for name, text, slot in (
                ("add", QCoreApplication.translate("GridPanel", "Satır Ekle"), self.add_row),
                ("remove", QCoreApplication.translate("GridPanel", "Satırı Sil"),
                 self.remove_row),
                ("up", QCoreApplication.translate("GridPanel", "Yukarı"),
                 lambda: self.move_row(-1)),
                ("down", QCoreApplication.translate("GridPanel", "Aşağı"),
                 lambda: self.move_row(1)),
            ):
                b = QToolButton(self)
                b.setText(text)
                b.setObjectName(f"{name}Row")
                b.clicked.connect(slot)
                head.addWidget(b)
                self.buttons[name] = b
        lay.addLayout(head)
        self._update_buttons()
        if spec.note:
            note = QLabel(QCoreApplication.translate("Tables", spec.note), self)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            lay.addWidget(note)
        lay.addWidget(self.view, 1)
        self.error = QLabel(self)
        self.error.setObjectName("cellError")
        self.error.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)

    def _apply_widths(self) -> None:
        """Numbers as wide as their content and header; texts up to their preferred width;
        the stretch column takes what is left."""
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        for i, col in enumerate(self.spec.columns):
            w = header.sectionSize(i) + 2
            if col.kind in (Kind.TEXT, Kind.LINES, Kind.CHOICE):
                w = min(max(w, 70), col.width or 300)
            else:
                w = min(max(w, 56), 190)
            header.resizeSection(i, w)
            if self.spec.stretch == col.key:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        fit_columns(self)  # numbers never shortened with "…", statuses never clipped

    def history_location(self, index: Any) -> tuple[str, str, str] | None:
        """(table, row, field) of an input cell as the change history names it."""
        if not index.isValid():
            return None
        row = self.model.row(index.row())
        col = self.spec.columns[index.column()]
        if row.total or col.derived or col.set is None:
            return None
        if self.spec.table == "budget" and col.key in ("old", "new"):
            return "budget", row.extra[col.key], "kbo"
        return self.spec.table, row.key, col.key

    def context_menu(self, index: Any) -> QMenu:
        """Copy, paste and, on an input cell, "Değişiklik Geçmişi…"."""
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("GridPanel", "Kopyala"),
                       self.view.copy_selection)
        paste = menu.addAction(QCoreApplication.translate("GridPanel", "Yapıştır"),
                               lambda: self.view.paste(QGuiApplication.clipboard().text()))
        paste.setEnabled(not self.doc.readonly)
        where = self.history_location(index)
        if where is not None:
            menu.addSeparator()
            history = menu.addAction(
                QCoreApplication.translate("GridPanel", "Değişiklik Geçmişi…"),
                lambda: self.show_history(where))
            history.setObjectName("cellHistory")
        return menu

    def _context_menu(self, pos: Any) -> None:
        menu = self.context_menu(self.view.indexAt(pos))
        try:
            menu.exec(self.view.viewport().mapToGlobal(pos))
        finally:
            menu.deleteLater()

    def show_history(self, where: tuple[str, str, str]) -> None:
        from .history_view import show_cell_history

        if self.doc.save_pending():
            self.doc.save()
        show_cell_history(self, self.doc.workspace, self.doc.year, *where)

    def _on_rejected(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.message.emit(text)

    def clear_error(self) -> None:
        self.error.hide()
        self.error.clear()

    def _row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if current.isValid():
            self.current_row_changed.emit(self.model.row(current.row()).key)

    def set_document(self, doc: ReportDocument) -> None:
        self.doc = doc
        self.model.set_document(doc)
        self._apply_widths()
        self._update_buttons()

    def _update_buttons(self) -> None:
        for b in self.buttons.values():
            b.setEnabled(not self.doc.readonly)

    def refresh(self) -> None:
        self.clear_error()
        self._keep_key = self.current_key()
        self.model.refresh()

    def current_key(self) -> str | None:
        idx = self.view.currentIndex()
        return self.model.row(idx.row()).key if idx.isValid() else None

    def _restore_selection(self) -> None:
        if self._keep_key is not None:
            self.select(self._keep_key, None)

    def select(self, key: str | None, column: str | None) -> bool:
        r = self.model.row_of(key) if key is not None else None
        if r is None and key is None:
            r = next((i for i, row in enumerate(self.model.rows()) if row.total), None)
        if r is None:
            return False
        c = self.spec.column_index(column) if column else 0
        index = self.model.index(r, c or 0)
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(index,
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # --- row operations -------------------------------------------------------------------
    def _items(self) -> list[Any]:
        assert self.spec.ops is not None
        return list(getattr(self.doc.report, self.spec.ops.attr))

    def add_row(self) -> str | None:
        ops = self.spec.ops
        assert ops is not None
        try:
            item = ops.make(self.doc.report, self.model.ctx, self.current_key())
        except ValueError as exc:
            self._on_rejected(QCoreApplication.translate("Tables", str(exc)))
            return None
        lists: dict[str, list[Any]] = {ops.attr: [*self._items(), item]}
        if ops.also_add:
            lists.update(ops.also_add(self.doc.report, item))
        key = str(getattr(item, ops.key_attr))
        self._keep_key = key
        self.doc.push(ReplaceListsCommand(
            self.doc, lists, QCoreApplication.translate("GridPanel", "Satır ekle: {0}").format(key),
            (self.spec.table, key, "")))
        self.select(key, None)
        return key

    def remove_row(self) -> bool:
        ops = self.spec.ops
        key = self.current_key()
        if ops is None or key is None:
            return False
        r = self.model.row_of(key)
        if r is None or not ops.can_remove(self.model.row(r)):
            self._on_rejected(QCoreApplication.translate(
                "GridPanel", "Bu satır hesaplanan bir satırdır; silinemez."))
            return False
        if not confirm_remove(self, key):
            return False
        items = self._items()
        target = next(it for it in items if str(getattr(it, ops.key_attr)) == key)
        lists: dict[str, list[Any]] = {ops.attr: [it for it in items if it is not target]}
        if ops.also_remove:
            lists.update(ops.also_remove(self.doc.report, target))
        self._keep_key = None
        self.doc.push(ReplaceListsCommand(
            self.doc, lists, QCoreApplication.translate("GridPanel", "Satır sil: {0}").format(key),
            (self.spec.table, key, "")))
        return True

    def move_row(self, step: int) -> bool:
        ops = self.spec.ops
        key = self.current_key()
        if ops is None or key is None:
            return False
        items = self._items()
        target = next((it for it in items if str(getattr(it, ops.key_attr)) == key), None)
        if target is None:
            return False
        sibs = sorted_items([it for it in items if ops.siblings(it, target)], ops.key_attr)
        i = sibs.index(target)
        j = i + step
        if not 0 <= j < len(sibs):
            return False
        sibs[i], sibs[j] = sibs[j], sibs[i]
        renumbered = {id(old): new for old, new in zip(sibs, with_order(sibs), strict=True)}
        new_items = [renumbered.get(id(it), it) for it in items]
        self._keep_key = key
        self.doc.push(ReplaceListsCommand(
            self.doc, {ops.attr: new_items},
            QCoreApplication.translate("GridPanel", "Satır taşı: {0}").format(key),
            (self.spec.table, key, "")))
        self.select(key, None)
        return True
