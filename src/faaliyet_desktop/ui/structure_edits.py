"""Structure edits that take data with them (an inventory item is a whole column of Table 2,
a unit its rows in Tables 2–5 and 11) are confirmed first, saying how much goes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.numbers import format_number


def dependent_records(panel: Any, key: str) -> tuple[Any, int, int]:
    """(item, how many dependent records go with it, the sum of their counts if any)."""
    ops = panel.spec.ops
    report = panel.doc.report
    items = list(getattr(report, ops.attr))
    item = next((it for it in items if str(getattr(it, ops.key_attr)) == key), None)
    if item is None or ops.also_remove is None:
        return item, 0, 0
    removed = 0
    total = 0
    for attr, kept in ops.also_remove(report, item).items():
        before = list(getattr(report, attr))
        keep_ids = {id(x) for x in kept}
        gone = [x for x in before if id(x) not in keep_ids]
        removed += len(gone)
        total += sum(int(getattr(x, "count", 0) or 0) for x in gone)
    return item, removed, total


def confirm_remove(panel: Any, key: str, parent: QWidget | None = None) -> bool:
    """Ask before removing a row that takes dependent figures with it; True to go on."""
    item, removed, total = dependent_records(panel, key)
    if item is None or removed == 0:
        return True
    name = str(getattr(item, "name", key))
    tr = QCoreApplication.translate
    text = tr("StructureEdits", "“{0}” silinsin mi?\n\nBununla birlikte {1} kayıt da silinir")
    text = text.format(name, removed)
    if total:
        text += tr("StructureEdits", " (içindeki sayıların toplamı {0})").format(
            format_number(total))
    text += tr("StructureEdits", ".\nGerekirse Düzen → Geri Al ile geri alabilirsiniz.")
    answer = QMessageBox.question(
        parent or panel, tr("StructureEdits", "Silmeyi onaylayın"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
