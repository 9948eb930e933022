"""Cell editors: numbers validated as typed (Turkish format), choices as a combo box."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QValidator
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


class TurkishNumberValidator(QValidator):
    """Refuse, as they are typed, characters that cannot be part of a Turkish number:
    letters, an English decimal point after a comma, a minus sign where counts cannot be
    negative. The full check (grouping, integer) happens on commit with parse_number."""

    def __init__(self, allow_negative: bool, integer: bool, parent: Any = None) -> None:
        super().__init__(parent)
        sign = "-?" if allow_negative else ""
        frac = "" if integer else r"(,\d*)?"
        self._re = re.compile(rf"^\s*%?{sign}[\d.]*{frac}%?\s*$")

    def validate(self, text: str, pos: int) -> object:
        if self._re.match(text):
            return QValidator.State.Acceptable
        return QValidator.State.Invalid


class CellDelegate(QStyledItemDelegate):
    def _spec_model(self, index: Index) -> SpecTableModel | None:
        model = index.model()
        while model is not None and not isinstance(model, SpecTableModel):
            model = getattr(model, "sourceModel", lambda: None)()
        return model

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
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if col.kind in NUMERIC:
            editor.setValidator(TurkishNumberValidator(col.allow_negative,
                                                       col.kind == Kind.INT, editor))
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

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
