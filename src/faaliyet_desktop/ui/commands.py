"""Undoable edits of the open report year: one cell value, or whole lists (add/remove/move)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from ..domain.model import ReportYear

if TYPE_CHECKING:
    from .document import ReportDocument

TEXT_COMMAND_ID = 1001


class SetValueCommand(QUndoCommand):
    """Set one input value, found by table, row key and field; undo sets the old one back."""

    def __init__(self, doc: ReportDocument, setter: Callable[[ReportYear, str, Any], None],
                 key: str, old: Any, new: Any, text: str, where: tuple[str, str, str],
                 mergeable: bool = False, rekeys: bool = False) -> None:
        super().__init__(text)
        self.doc = doc
        self.setter = setter
        self.key = key
        self.old = old
        self.new = new
        self.where = where  # (table, row key, column) — for selecting the cell after undo
        self.mergeable = mergeable
        self.rekeys = rekeys

    def redo(self) -> None:
        self.setter(self.doc.report, self.key, self.new)
        self.doc.notify(self.where, structural=self.rekeys)

    def undo(self) -> None:
        key = str(self.new) if self.rekeys else self.key
        self.setter(self.doc.report, key, self.old)
        self.doc.notify(self.where, structural=self.rekeys)

    def id(self) -> int:
        return TEXT_COMMAND_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or other.where != self.where:
            return False
        if not (self.mergeable and other.mergeable):
            return False
        self.new = other.new
        return True


class ReplaceListsCommand(QUndoCommand):
    """Replace whole lists of the report (rows added, removed or reordered)."""

    def __init__(self, doc: ReportDocument, new_lists: dict[str, list[Any]], text: str,
                 where: tuple[str, str, str]) -> None:
        super().__init__(text)
        self.doc = doc
        self.new_lists = new_lists
        self.old_lists = {a: list(getattr(doc.report, a)) for a in new_lists}
        self.where = where

    def redo(self) -> None:
        for a, items in self.new_lists.items():
            setattr(self.doc.report, a, list(items))
        self.doc.notify(self.where, structural=True)

    def undo(self) -> None:
        for a, items in self.old_lists.items():
            setattr(self.doc.report, a, list(items))
        self.doc.notify(self.where, structural=True)
