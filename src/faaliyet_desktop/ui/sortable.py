"""Sorting for lists whose order carries no meaning (the change log, the units' status): a
click on a header sorts by that column, a second click reverses, and the source model (which
the rest of the code and the tests read by row) keeps its own order.

Sorting compares what a person would: numbers as numbers (``1.000`` after ``200``), Turkish
text with Turkish case folding, and empty cells last."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from ..domain.numbers import tr_lower

SORT_ROLE = Qt.ItemDataRole.UserRole + 50  # a model may give a raw value to sort by
# the Turkish alphabet (with q, w, x where Turkish dictionaries put them): ç after c, ı before i
_ALPHABET = {ch: 1000 + i for i, ch in enumerate("abcçdefgğhıijklmnoöpqrsştuüvwxyz")}


def turkish_key(text: str) -> tuple[int, ...]:
    """Turkish collation: ``Çorum`` after ``Ceyhan``, ``İstanbul`` after ``Iğdır``."""
    return tuple(_ALPHABET.get(ch, ord(ch)) for ch in tr_lower(text))


def sort_key(value: Any) -> tuple[int, Any]:
    """Empty last, numbers (Decimal) before text, text folded the Turkish way."""
    if value is None or value == "":
        return (2, ())
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return (0, Decimal(value))
    text = str(value).strip()
    plain = text.replace("%", "").replace(".", "").replace(",", ".", 1)
    try:
        return (0, Decimal(plain)) if plain.lstrip("-").replace(".", "", 1).isdigit() \
            else (1, turkish_key(text))
    except InvalidOperation:  # pragma: no cover - guarded by isdigit
        return (1, turkish_key(text))


class SortProxy(QSortFilterProxyModel):
    def _value(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        raw = index.data(SORT_ROLE)
        return raw if raw is not None else index.data(Qt.ItemDataRole.DisplayRole)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        return sort_key(self._value(left)) < sort_key(self._value(right))


def make_sortable(view: QTableView) -> SortProxy:
    """Put a sorting proxy between ``view`` and its model; no column sorted at first, so the
    list starts in the model's own order."""
    source = view.model()
    proxy = SortProxy(view)
    proxy.setSourceModel(source)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    proxy.sort(-1)
    return proxy


def source_row(view: QTableView, index: QModelIndex | QPersistentModelIndex) -> int:
    """The source model's row of a view index (the view may sort through a proxy)."""
    model = view.model()
    if isinstance(model, QSortFilterProxyModel) and index.isValid():
        return model.mapToSource(index).row()
    return index.row()
