"""Ctrl+F: find a unit, a code, an indicator or any text of the open year and jump there.
Matching folds Turkish case ("istanbul" finds "İstanbul", "ankara" finds "ANKARA")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.checks import Location
from ..domain.model import ReportYear
from ..domain.numbers import tr_lower
from .columns import Context, Kind
from .navigation import all_pages, page_specs

MAX_RESULTS = 300
_TEXT_KINDS = (Kind.TEXT, Kind.LINES, Kind.CHOICE)


@dataclass(frozen=True)
class Hit:
    page_id: str
    location: Location
    text: str  # what matched, as stored
    where: str  # page title (and column)


def fold(text: str) -> str:
    return " ".join(tr_lower(text).split())


def _snippet(text: str, at: int, width: int = 70) -> str:
    start = max(at - 20, 0)
    s = " ".join(text[start:start + width].split())
    return ("…" if start else "") + s + ("…" if start + width < len(text) else "")


class SearchIndex:
    """Every row key and text cell of every page of ``report``, folded once."""

    def __init__(self, report: ReportYear) -> None:
        self.entries: list[tuple[str, str, Hit]] = []  # (folded key, folded text, hit)
        titles = dict(all_pages())
        ctx = Context()
        for page_id, title in all_pages():
            kind, _, key = page_id.partition(":")
            if kind == "narrative":
                text = report.narratives.get(key, "")
                self._add(page_id, Location("narrative", key), text, title, key="")
                continue
            if kind == "declaration":
                d = next((x for x in report.declarations if x.key == key), None)
                if d is not None:
                    self._add(page_id, Location("declaration", key), d.text, title, key="")
                continue
            for spec in page_specs(page_id, report):
                text_cols = [c for c in spec.columns if c.kind in _TEXT_KINDS]
                for row in spec.rows(report, ctx):
                    if row.total:
                        continue
                    for col in text_cols:
                        value = col.get(row)
                        if isinstance(value, list | tuple):
                            value = "; ".join(str(v) for v in value)
                        header = QCoreApplication.translate("Columns", col.header)
                        self._add(page_id, Location(spec.table, row.key, col.key),
                                  "" if value is None else str(value),
                                  f"{titles.get(page_id, page_id)} — {' '.join(header.split())}",
                                  key=row.key)
        for ind in report.indicators:
            for q, text in enumerate(ind.assessments):
                self._add("form3", Location("form3", ind.code, "assessments"), text,
                          QCoreApplication.translate("Find", "{0} — {1}. çeyrek "
                                                     "değerlendirmesi").format(
                              titles.get("form3", "form3"), q + 1), key="")

    def _add(self, page_id: str, loc: Location, text: str, where: str, key: str) -> None:
        if text or key:
            self.entries.append((fold(key), fold(text), Hit(page_id, loc, text, where)))

    def search(self, query: str, limit: int = MAX_RESULTS) -> list[Hit]:
        """Hits whose code or text contains ``query`` (case folded the Turkish way): exact
        codes first, then texts that start with it, then the rest, each in page order."""
        q = fold(query)
        if not q:
            return []
        ranked: list[tuple[int, int, Hit]] = []
        seen: set[tuple[str, str | None, str | None]] = set()
        for n, (key, text, hit) in enumerate(self.entries):
            if key == q:
                rank = 0
            elif text.startswith(q) or key.startswith(q):
                rank = 1
            elif q in text or q in key:
                rank = 2
            else:
                continue
            ident = (hit.page_id, hit.location.row, hit.location.column)
            if ident in seen:
                continue
            seen.add(ident)
            ranked.append((rank, n, hit))
        ranked.sort(key=lambda t: (t[0], t[1]))
        return [h for _r, _n, h in ranked[:limit]]


class _ArrowsToList(QObject):
    """Up / Down / Page keys typed in the search box move in the result list."""

    def __init__(self, edit: QLineEdit, listing: QListWidget) -> None:
        super().__init__(edit)
        self.listing = listing
        edit.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.listing.event(event)
            return True
        return False


class PickerDialog(QDialog):
    """A search box over a list; Enter (or a double click) picks the current entry."""

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("pickerSearch")
        self.edit.setPlaceholderText(hint)
        self.edit.setClearButtonEnabled(True)
        self.listing = QListWidget(self)
        self.listing.setObjectName("pickerList")
        self.status = QLabel(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.edit)
        lay.addWidget(self.listing, 1)
        lay.addWidget(self.status)
        _ArrowsToList(self.edit, self.listing)
        self.edit.textChanged.connect(self.fill)
        self.edit.returnPressed.connect(self.accept_current)
        self.listing.itemActivated.connect(lambda _i: self.accept_current())
        self.picked: Any = None
        self.resize(640, 460)

    def entries(self, query: str) -> list[tuple[str, str, Any]]:
        """(text, tooltip, value) shown for ``query``."""
        raise NotImplementedError

    def fill(self, query: str = "") -> None:
        self.listing.clear()
        for text, tip, value in self.entries(query):
            item = QListWidgetItem(text, self.listing)
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.UserRole, value)
        if self.listing.count():
            self.listing.setCurrentRow(0)
        self.status.setText(QCoreApplication.translate("Find", "{0} sonuç").format(
            self.listing.count()) if query or self.listing.count() else "")

    def accept_current(self) -> None:
        item = self.listing.currentItem()
        if item is None:
            return
        self.picked = item.data(Qt.ItemDataRole.UserRole)
        self.accept()


class FindDialog(PickerDialog):
    def __init__(self, report: ReportYear, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Find", "Bul"),
                         QCoreApplication.translate("Find", "Birim adı, kod, gösterge ya da "
                                                    "metin yazın (ör. ankara, IL06, PG1.1)"),
                         parent)
        self.setObjectName("findDialog")
        self.index = SearchIndex(report)

    def entries(self, query: str) -> list[tuple[str, str, Any]]:
        hits = self.index.search(query)
        out = []
        q = fold(query)
        for h in hits:
            at = fold(h.text).find(q)
            shown = _snippet(h.text, at) if len(h.text) > 80 else " ".join(h.text.split())
            code = h.location.row if h.location.row and h.location.table not in (
                "narrative", "declaration") else ""
            label = f"{code}  {shown}" if code and code != shown else shown
            out.append((f"{label}   ·   {h.where}", h.text[:500], h))
        return out


def find_and_jump(parent: QWidget, report: ReportYear, jump: Callable[[Hit], Any],
                  query: str = "") -> Hit | None:
    dialog = FindDialog(report, parent)
    dialog.edit.setText(query)
    dialog.fill(query)
    try:
        if dialog.exec() and isinstance(dialog.picked, Hit):
            jump(dialog.picked)
            return dialog.picked
        return None
    finally:
        dialog.deleteLater()

