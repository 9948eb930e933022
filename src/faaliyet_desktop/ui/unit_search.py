"""A unit picker you can type into: the list narrows to the units whose name (or code)
contains what is typed, with Turkish case folding ("istanbul" finds "İstanbul İl Göç İdaresi
Müdürlüğü"), in the organisation's order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter

from ..domain.numbers import tr_lower


def _fold(text: str) -> str:
    return " ".join(tr_lower(text).split())


class FoldingFilter(QSortFilterProxyModel):
    """Rows whose text or data contains the pattern, folded the Turkish way; order kept."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        self.needle = _fold(text)
        self.setFilterFixedString(self.needle)  # re-runs filterAcceptsRow

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.needle:
            return True
        index = self.sourceModel().index(row, 0, parent)
        text = _fold(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        code = _fold(str(index.data(Qt.ItemDataRole.UserRole) or ""))
        return self.needle in text or self.needle == code


def make_searchable(combo: QComboBox) -> FoldingFilter:
    """Turn ``combo`` into a picker that filters its items as the user types; choosing one
    sets it and emits ``activated`` as a click in the list would."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    proxy = FoldingFilter(combo)
    proxy.setSourceModel(combo.model())
    completer = QCompleter(proxy, combo)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    edit = combo.lineEdit()
    edit.setPlaceholderText(QCoreApplication.translate("UnitSearch", "Birim adı yazın…"))

    def typed(text: str) -> None:
        proxy.set_needle(text)
        if text.strip():
            completer.complete()

    def chosen(index: QModelIndex) -> None:
        source = proxy.mapToSource(index)
        if source.isValid():
            combo.setCurrentIndex(source.row())
            combo.activated.emit(source.row())

    def restore() -> None:  # text that names no unit falls back to the current one
        i = combo.currentIndex()
        if i >= 0 and edit.text() != combo.itemText(i):
            edit.setText(combo.itemText(i))

    edit.textEdited.connect(typed)
    completer.activated[QModelIndex].connect(chosen)
    edit.editingFinished.connect(restore)
    return proxy
