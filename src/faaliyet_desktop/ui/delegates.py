"""Cell editors: numbers typed freely and judged on commit by the domain parser, choices as a
combo box.

A number editor never strips or changes what is typed (a validator that drops characters
turned ``12,5`` into ``125`` and ``1e3`` into ``13``). On Enter the text is read with the
column's rule (:func:`faaliyet_desktop.ui.columns.parse`, the Excel import's parser and
limits); a refused text stays in the editor to be corrected and the reason is shown under the
grid; Escape gives up and leaves the stored value as it was.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from .columns import NUMERIC, Kind
from .spec_table_model import SpecTableModel

Index = QModelIndex | QPersistentModelIndex


class NumberEditor(QLineEdit):
    """A line editor for one number cell; remembers the cell it edits."""

    def __init__(self, index: Index, parent: QWidget) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)
        self.setFrame(False)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)


def spec_model(index: Index) -> SpecTableModel | None:
    model = index.model()
    while model is not None and not isinstance(model, SpecTableModel):
        model = getattr(model, "sourceModel", lambda: None)()
    return model


class CellDelegate(QStyledItemDelegate):
    def _spec_model(self, index: Index) -> SpecTableModel | None:
        return spec_model(index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        model = self._spec_model(index)
        if model is None:
            return super().createEditor(parent, option, index)
        col = model.spec.columns[index.column()]
        if col.kind == Kind.CHOICE and col.choices is not None:
            box = QComboBox(parent)
            for value, label in col.choices(model.doc.report):
                box.addItem(label, value)
            box.setProperty("choice", True)
            return box
        if col.kind in NUMERIC:
            return NumberEditor(index, parent)
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Enter on a number the column refuses: say why and keep the editor open."""
        if isinstance(obj, NumberEditor) and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            model = spec_model(obj.index)
            if model is not None and obj.index.isValid():
                reason = model.refusal(obj.index, obj.text())
                if reason is not None:
                    model.rejected.emit(reason)
                    obj.selectAll()
                    return True
        return super().eventFilter(obj, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            for i in range(editor.count()):
                if editor.itemData(i) == value:
                    editor.setCurrentIndex(i)
                    break
            return
        if isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
