"""Bind a text editor to one text of the report: typing is committed as an undo command
after a short pause (and when the editor loses focus), so no typed text waits long unsaved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit

from ..domain.model import ReportYear
from .commands import SetValueCommand
from .document import ReportDocument

COMMIT_DELAY_MS = 400

Getter = Callable[[ReportYear, str], str]
Setter = Callable[[ReportYear, str, Any], None]


class TextBinding(QObject):
    typing = Signal()  # text typed but not yet committed (the window enables "Geri Al")
    def __init__(self, editor: QPlainTextEdit | QLineEdit, doc: ReportDocument, table: str,
                 column: str, label: str, get: Getter, set_: Setter) -> None:
        super().__init__(editor)
        self.editor = editor
        self.doc = doc
        self.table = table
        self.column = column
        self.label = label
        self.get = get
        self.set = set_
        self.key: str | None = None
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COMMIT_DELAY_MS)
        self.timer.timeout.connect(self.commit)
        if isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self._edited)
        else:
            editor.textEdited.connect(self._edited)
            editor.editingFinished.connect(self.commit)
        editor.installEventFilter(self)
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._context_menu)

    def history_location(self) -> tuple[str, str, str] | None:
        """(table, row, field) of the bound text as the change history names it."""
        if self.key is None:
            return None
        return self.table, self.key, self.column

    def context_menu(self) -> QMenu:
        """The editor's own menu (cut, copy, paste …) plus "Değişiklik Geçmişi…"."""
        menu = self.editor.createStandardContextMenu()
        where = self.history_location()
        if where is not None:
            menu.addSeparator()
            action = menu.addAction(
                QCoreApplication.translate("TextBinding", "Değişiklik Geçmişi…"),
                lambda: self.show_history(where))
            action.setObjectName("cellHistory")
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        try:
            menu.exec(self.editor.mapToGlobal(pos))
        finally:
            menu.deleteLater()

    def show_history(self, where: tuple[str, str, str]) -> None:
        from .history_view import show_cell_history

        self.commit()  # what was typed is saved (and logged) before the history is read
        if self.doc.save_pending():
            self.doc.save()
        show_cell_history(self.editor, self.doc.workspace, self.doc.year, *where)

    def _text(self) -> str:
        e = self.editor
        return e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        elif event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()  # let the window's "Geri Al" / "Yinele" have the key
            return True
        return False

    def _edited(self, *_args: Any) -> None:
        if not self._loading and self.key is not None:
            self.timer.start()
            self.typing.emit()

    def bind(self, doc: ReportDocument, key: str | None) -> None:
        self.commit()
        self.doc = doc
        self.key = key
        self.editor.setEnabled(key is not None)
        self.editor.setReadOnly(doc.readonly)
        self.load()

    def load(self) -> None:
        """Show the stored text unless the user is in the middle of typing."""
        if self.timer.isActive():
            return
        text = self.get(self.doc.report, self.key) if self.key is not None else ""
        if text == self._text():
            return
        self._loading = True
        e = self.editor
        if isinstance(e, QPlainTextEdit):
            pos = e.textCursor().position()
            e.setPlainText(text)
            cur = e.textCursor()
            cur.setPosition(min(pos, len(text)))
            e.setTextCursor(cur)
        else:
            e.setText(text)
        self._loading = False

    def commit(self) -> None:
        self.timer.stop()
        if self.key is None:
            return
        new = self._text()
        old = self.get(self.doc.report, self.key)
        if new == old:
            return
        self.doc.push(SetValueCommand(
            self.doc, self.set, self.key, old, new,
            QCoreApplication.translate("Commands", "Metin: {0}").format(self.label),
            (self.table, self.key, self.column), mergeable=True))
