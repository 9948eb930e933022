"""Ctrl+T: "Tablolar", every table, figure and text section of the report in one list with
its full label; typing filters it (Turkish case folding), Enter opens the page."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .find import PickerDialog, fold
from .navigation import all_pages, page_paths

_TABLE_NO = re.compile(r"^(Tablo|Şekil|Table|Figure)\s+(\d+)")


def quick_entries() -> list[tuple[str, str, str]]:
    """(label, full label, page id): the numbered tables and figures first, by number, then
    every other page (text sections, lists) in the order of the report."""
    paths = page_paths()
    pages = all_pages()
    numbered: list[tuple[tuple[int, int], str, str, str]] = []
    others: list[tuple[str, str, str]] = []
    for page_id, title in pages:
        m = _TABLE_NO.match(title)
        path = paths.get(page_id, title)
        if m:
            figure = m.group(1) in ("Şekil", "Figure")
            numbered.append(((int(figure), int(m.group(2))), title, path, page_id))
        else:
            others.append((title, path, page_id))
    # Şekil 1 (the organisation chart) is drawn from the unit list
    if "units" in dict(pages):
        label = QCoreApplication.translate("QuickTables", "Şekil 1. Organizasyon Şeması "
                                           "(Birimler)")
        numbered.append(((1, 1), label, paths.get("units", label), "units"))
    numbered.sort(key=lambda t: t[0])
    return [(t, p, i) for _k, t, p, i in numbered] + others


class QuickTablesDialog(PickerDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("QuickTables", "Tablolar"),
                         QCoreApplication.translate("QuickTables", "Tablo numarası ya da adı "
                                                    "yazın (ör. 9, form-3, misyon)"), parent)
        self.setObjectName("quickTables")
        self._entries = quick_entries()

    def entries(self, query: str) -> list[tuple[str, str, Any]]:
        q = fold(query)
        out = []
        for title, path, page_id in self._entries:
            if q and q not in fold(path) and not _number_matches(q, title):
                continue
            out.append((title, path, page_id))
        return out


def _number_matches(q: str, title: str) -> bool:
    """"9" finds "Tablo 8–9. …" and "Tablo 9…", not "Tablo 19"."""
    if not q.isdigit():
        return False
    head = title.split(".")[0]
    return q in re.findall(r"\d+", head)


def pick_page(parent: QWidget | None) -> str | None:
    dialog = QuickTablesDialog(parent)
    dialog.fill("")
    try:
        return str(dialog.picked) if dialog.exec() and dialog.picked else None
    finally:
        dialog.deleteLater()
