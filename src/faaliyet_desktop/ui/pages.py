"""Pages of the main window: a page shows one or more grids (and maybe text fields) or a text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
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


@dataclass
class TextField:
    column: str  # Location.column
    label: str  # "Fields" context
    get: Callable[[ReportYear, str], str]
    set: Callable[[ReportYear, str, Any], None]


class TextFieldsPanel(QGroupBox):
    """Long texts of the row selected in a grid (quarterly assessments, PG narratives)."""

    def __init__(self, title: str, table: str, fields: list[TextField], doc: ReportDocument,
                 parent: QWidget | None = None, columns: int = 2) -> None:
        super().__init__(QCoreApplication.translate("Fields", title), parent)
        self.bindings: list[TextBinding] = []
        lay = QGridLayout(self)
        for i, f in enumerate(fields):
            box = QVBoxLayout()
            label = QLabel(QCoreApplication.translate("Fields", f.label), self)
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"text_{f.column}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(60)
            box.addWidget(label)
            box.addWidget(edit)
            lay.addLayout(box, i // columns, i % columns)
            self.bindings.append(TextBinding(edit, doc, table, f.column,
                                             QCoreApplication.translate("Fields", f.label),
                                             f.get, f.set))
        self.bind(doc, None)

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
            grid.current_row_changed.connect(lambda key: self.details.bind(self.doc, key))
        self._stretch = stretch or [1] * self.splitter.count()
        for i, s in enumerate(self._stretch):
            self.splitter.setStretchFactor(i, s)
        self._sized = False

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
                self._rebuild(new_specs)
                return
        for g in self._grids:
            g.refresh()
        if self.details is not None:
            self.details.load()

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
