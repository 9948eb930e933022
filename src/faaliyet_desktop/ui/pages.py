"""Pages of the main window: a page shows one or more grids (and maybe text fields) or a text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.checks import Finding, Location
from ..domain.model import ReportYear
from .columns import Context, TableSpec
from .document import ReportDocument
from .frozen_columns import freeze_key_columns
from .grid_filter import add_row_filter
from .grid_panel import GridPanel
from .text_binding import TextBinding


class Page(QWidget):
    """A page of the navigation tree. Subclasses refresh from the document on demand."""

    message = Signal(str)

    def __init__(self, page_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self.title = title
        self.stale = False

    def tables(self) -> set[str]:
        return set()

    def refresh(self) -> None: ...

    def set_document(self, doc: ReportDocument) -> None: ...

    def set_context(self, ctx: Context) -> None: ...

    def set_findings(self, findings: list[Finding]) -> None: ...

    def focus_location(self, loc: Location) -> bool:
        return True

    def grids(self) -> list[GridPanel]:
        return []

    def flush(self) -> None:
        """Commit any text being typed."""

    def has_pending_text(self) -> bool:
        return False

    def remember_layout(self, settings: Any) -> None:
        """Restore the page's splitter sizes from ``settings`` and keep them there."""


@dataclass
class TextField:
    column: str  # Location.column
    label: str  # "Fields" context
    get: Callable[[ReportYear, str], str]
    set: Callable[[ReportYear, str, Any], None]


class TextFieldsPanel(QGroupBox):
    """Long texts of the row selected in a grid (quarterly assessments, PG narratives)."""

    def __init__(self, title: str, table: str, fields: list[TextField], doc: ReportDocument,
                 parent: QWidget | None = None, columns: int = 4) -> None:
        super().__init__(QCoreApplication.translate("Fields", title), parent)
        self.setObjectName("detailsPanel")
        # Unticking the box folds the texts away: the grid above gets the height.
        self.setCheckable(True)
        self.setChecked(True)
        self.setToolTip(QCoreApplication.translate(
            "Fields", "Metin kutularını gizlemek ya da göstermek için başlıktaki kutuyu "
            "işaretleyin; yüksekliği aradaki çizgiyi sürükleyerek değiştirin."))
        self.body = QWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.body)
        self.toggled.connect(self._fold)
        self.bindings: list[TextBinding] = []
        lay = QGridLayout(self.body)
        lay.setContentsMargins(0, 0, 0, 0)
        for i, f in enumerate(fields):
            box = QVBoxLayout()
            label = QLabel(QCoreApplication.translate("Fields", f.label), self.body)
            label.setWordWrap(True)
            edit = QPlainTextEdit(self.body)
            edit.setObjectName(f"text_{f.column}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(40)
            box.addWidget(label)
            box.addWidget(edit)
            lay.addLayout(box, i // columns, i % columns)
            self.bindings.append(TextBinding(edit, doc, table, f.column,
                                             QCoreApplication.translate("Fields", f.label),
                                             f.get, f.set))
        self.bind(doc, None)

    def _fold(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.body.setEnabled(True)  # a checkable box disables its children when unticked
        self.setMaximumHeight(16777215 if shown else self.minimumSizeHint().height())

    def bind(self, doc: ReportDocument, key: str | None) -> None:
        for b in self.bindings:
            b.bind(doc, key)

    def load(self) -> None:
        for b in self.bindings:
            b.load()

    def flush(self) -> None:
        for b in self.bindings:
            b.commit()

    def pending(self) -> bool:
        return any(b.timer.isActive() for b in self.bindings)


class TablePage(Page):
    """One or more grids of TableSpecs, stacked; optionally a text panel for the current row."""

    def __init__(self, page_id: str, title: str, doc: ReportDocument, ctx: Context,
                 specs: list[TableSpec] | Callable[[ReportYear], list[TableSpec]],
                 details: tuple[int, str, list[TextField]] | None = None,
                 stretch: list[int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(page_id, title, parent)
        self.doc = doc
        self.ctx = ctx
        self._spec_factory = specs if callable(specs) else None
        specs_list = specs(doc.report) if callable(specs) else specs
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        lay.addWidget(self.splitter)
        self._grids: list[GridPanel] = []
        self._build(specs_list)
        self.details: TextFieldsPanel | None = None
        self._details_grid = -1
        if details is not None:
            idx, title_d, fields = details
            self._details_grid = idx
            grid = self._grids[idx]
            self.details = TextFieldsPanel(title_d, grid.spec.table, fields, doc, self)
            self.splitter.addWidget(self.details)
            self.splitter.setCollapsible(self.splitter.indexOf(self.details), True)
            grid.current_row_changed.connect(lambda key: self.details.bind(self.doc, key))
        self._stretch = stretch or [1] * self.splitter.count()
        for i, s in enumerate(self._stretch):
            self.splitter.setStretchFactor(i, s)
        self._sized = False
        self._settings: Any = None

    def remember_layout(self, settings: Any) -> None:
        self._settings = settings
        state = settings.value(f"pages/{self.page_id}/splitter")
        if isinstance(state, QByteArray) and self.splitter.restoreState(state):
            self._sized = True
        if self.details is not None:
            shown = settings.value(f"pages/{self.page_id}/details", True)
            self.details.setChecked(str(shown).lower() not in ("false", "0"))
            self.details.toggled.connect(
                lambda on: settings.setValue(f"pages/{self.page_id}/details", on))
        self.splitter.splitterMoved.connect(self._save_layout)

    def _save_layout(self, *_args: Any) -> None:
        if self._settings is not None:
            self._settings.setValue(f"pages/{self.page_id}/splitter", self.splitter.saveState())

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized and self.splitter.height() > 100:
            self._sized = True
            total = sum(self._stretch[: self.splitter.count()]) or 1
            h = self.splitter.height()
            self.splitter.setSizes([h * s // total for s in self._stretch])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self._sized and self.isVisible() and self.splitter.height() > 100:
            self.showEvent(event)

    def _build(self, specs: list[TableSpec]) -> None:
        for spec in specs:
            g = GridPanel(spec, self.doc, self.ctx, self)
            g.message.connect(self.message)
            title = g.findChild(QLabel, "gridTitle")
            if title is not None:  # a long title wraps rather than widening the window
                title.setWordWrap(True)
                title.setMinimumWidth(120)
                head = g.layout().itemAt(0).layout() if g.layout() is not None else None
                if head is not None and head.indexOf(title) >= 0:
                    head.setStretchFactor(title, 10)
            g.row_filter = add_row_filter(g)  # type: ignore[attr-defined]
            g.frozen = freeze_key_columns(g)  # type: ignore[attr-defined]
            self.splitter.insertWidget(len(self._grids), g)
            self._grids.append(g)

    def grids(self) -> list[GridPanel]:
        return list(self._grids)

    def tables(self) -> set[str]:
        return {g.spec.table for g in self._grids}

    def refresh(self) -> None:
        if self._spec_factory is not None:
            new_specs = self._spec_factory(self.doc.report)
            if [c.key for s in new_specs for c in s.columns] != [
                    c.key for g in self._grids for c in g.spec.columns]:
                self._rebuild_in_place(new_specs)
                return
            for g, spec in zip(self._grids, new_specs, strict=True):
                if [c.header for c in spec.columns] != [c.header for c in g.spec.columns]:
                    g.spec = spec  # a renamed column (an inventory item): the header follows
                    g.model.spec = spec
                    g.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                   len(spec.columns) - 1)
        for g in self._grids:
            g.refresh()
        if self.details is not None:
            self.details.load()

    def _rebuild_in_place(self, specs: list[TableSpec]) -> None:
        """New columns (an item added or removed): new grids, the same current cell, scroll
        position, splitter sizes and focus."""
        focused = next((i for i, g in enumerate(self._grids)
                        if g.view.hasFocus() or g.isAncestorOf(QApplication.focusWidget())), -1)
        kept = []
        for g in self._grids:
            idx = g.view.currentIndex()
            column = g.spec.columns[idx.column()].key if idx.isValid() else None
            key = g._keep_key if g._keep_key is not None else g.current_key()
            kept.append((key, column, g.view.horizontalScrollBar().value(),
                         g.view.verticalScrollBar().value()))
        sizes = self.splitter.sizes()
        self._rebuild(specs)
        self.splitter.setSizes(sizes)
        for g, (key, column, h, v) in zip(self._grids, kept, strict=False):
            if key is not None:
                g.select(key, column if column and g.spec.column_index(column) is not None
                         else None)
            g.view.horizontalScrollBar().setValue(h)
            g.view.verticalScrollBar().setValue(v)
        if 0 <= focused < len(self._grids):
            self._grids[focused].view.setFocus()

    def _rebuild(self, specs: list[TableSpec]) -> None:
        for g in self._grids:
            g.setParent(None)
            g.deleteLater()
        self._grids = []
        self._build(specs)

    def set_document(self, doc: ReportDocument) -> None:
        self.doc = doc
        if self._spec_factory is not None:
            self._rebuild(self._spec_factory(doc.report))
        else:
            for g in self._grids:
                g.set_document(doc)
        if self.details is not None:
            self.details.bind(doc, None)

    def set_context(self, ctx: Context) -> None:
        self.ctx = ctx
        for g in self._grids:
            g.model.ctx = ctx
            g.refresh()

    def set_findings(self, findings: list[Finding]) -> None:
        for g in self._grids:
            g.model.set_findings(findings)

    def focus_location(self, loc: Location) -> bool:
        for g in self._grids:
            if g.spec.table != loc.table:
                continue
            if g.select(loc.row, loc.column):
                g.view.setFocus()
                return True
        return False

    def flush(self) -> None:
        if self.details is not None:
            self.details.flush()

    def has_pending_text(self) -> bool:
        return self.details is not None and self.details.pending()
