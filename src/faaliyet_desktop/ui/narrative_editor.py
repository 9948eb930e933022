"""Narrative sections and annex declarations: paragraphs, "- " list items, and placeholders
that insert a live figure (``{{personnel_total}}``), with a preview rendered from the data."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.checks import Finding, Location
from ..domain.model import Declaration, ReportYear
from ..domain.placeholders import PLACEHOLDER_RE, PLACEHOLDERS, render, token
from .document import ReportDocument
from .pages import Page
from .text_binding import TextBinding

LIST_PREFIX = "- "


class TokenHighlighter(QSyntaxHighlighter):
    """Placeholders in blue (red when unknown), list bullets in bold."""

    def __init__(self, doc: Any) -> None:
        super().__init__(doc)
        self.known = QTextCharFormat()
        self.known.setForeground(QColor("#0b5cad"))
        self.known.setBackground(QColor("#e7f0fb"))
        self.unknown = QTextCharFormat()
        self.unknown.setForeground(QColor("#b00020"))
        self.unknown.setFontUnderline(True)
        self.bullet = QTextCharFormat()
        self.bullet.setFontWeight(QFont.Weight.Bold)
        self.re = QRegularExpression(PLACEHOLDER_RE.pattern)

    def highlightBlock(self, text: str) -> None:
        if text.startswith(LIST_PREFIX):
            self.setFormat(0, 1, self.bullet)
        it = self.re.globalMatch(text)
        while it.hasNext():
            m = it.next()
            fmt = self.known if m.captured(1) in PLACEHOLDERS else self.unknown
            self.setFormat(m.capturedStart(), m.capturedLength(), fmt)


def preview_html(text: str, report: ReportYear) -> str:
    """Paragraphs and lists as HTML, placeholders replaced by their live figures."""
    out: list[str] = []
    for para in render(text, report).split("\n\n"):
        lines = [ln for ln in para.split("\n") if ln.strip()]
        if not lines:
            continue
        items: list[str] = []
        for ln in lines:
            if ln.startswith(LIST_PREFIX):
                items.append(f"<li>{html.escape(ln[len(LIST_PREFIX):])}</li>")
            else:
                if items:
                    out.append("<ul>" + "".join(items) + "</ul>")
                    items = []
                out.append(f"<p>{html.escape(ln)}</p>")
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
    body = "".join(out)
    body = PLACEHOLDER_RE.sub(
        lambda m: f"<span style='color:#b00020'>{html.escape(m.group(0))}</span>", body)
    return f"<div style='font-size:10.5pt; line-height:140%'>{body}</div>"


class NarrativeEditor(QWidget):
    """Editor + toolbar + live preview for one text of the report."""

    def __init__(self, doc: ReportDocument, table: str, key: str, label: str,
                 get: Any, set_: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.bullet_button = QToolButton(self)
        self.bullet_button.setText(self.tr("• Madde İşareti"))
        self.bullet_button.setToolTip(self.tr("Seçili satırları madde yapar ya da maddeyi "
                                              "kaldırır."))
        self.bullet_button.clicked.connect(self.toggle_list)
        self.placeholder_button = QToolButton(self)
        self.placeholder_button.setText(self.tr("Yer Tutucu Ekle"))
        self.placeholder_button.setToolTip(self.tr("Metne, verilerden canlı hesaplanan bir "
                                                   "değer ekler."))
        self.placeholder_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.placeholder_button)
        for p in PLACEHOLDERS.values():
            act = menu.addAction(f"{p.label}  ({token(p.name)})")
            act.setData(p.name)
            act.triggered.connect(lambda _c=False, n=p.name: self.insert_placeholder(n))
        self.placeholder_button.setMenu(menu)
        hint = QLabel(self.tr("Paragrafları boş satırla ayırın; madde satırları \"- \" ile "
                              "başlar."), self)
        hint.setStyleSheet("color:#555;")
        bar.addWidget(self.bullet_button)
        bar.addWidget(self.placeholder_button)
        bar.addWidget(hint, 1)
        lay.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.edit = QPlainTextEdit(split)
        self.edit.setObjectName("narrativeEdit")
        self.edit.setUndoRedoEnabled(False)  # the window's undo stack owns undo
        f = self.edit.font()
        f.setPointSize(f.pointSize() + 1)
        self.edit.setFont(f)
        self.highlighter = TokenHighlighter(self.edit.document())
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        pl = QLabel(self.tr("Önizleme (yer tutucular güncel değerleriyle)"), right)
        pl.setStyleSheet("color:#555;")
        self.preview = QTextBrowser(right)
        self.preview.setObjectName("narrativePreview")
        rl.addWidget(pl)
        rl.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self.binding = TextBinding(self.edit, doc, table, "text", label, get, set_)
        self.binding.bind(doc, key)
        self.edit.textChanged.connect(self.update_preview)
        self.update_preview()

    def update_preview(self) -> None:
        self.preview.setHtml(preview_html(self.edit.toPlainText(), self.doc.report))

    def refresh(self) -> None:
        self.binding.load()
        self.update_preview()

    def set_document(self, doc: ReportDocument) -> None:
        self.doc = doc
        self.binding.bind(doc, self.binding.key)
        self.update_preview()

    def insert_placeholder(self, name: str) -> None:
        self.edit.insertPlainText(token(name))
        self.edit.setFocus()

    def toggle_list(self) -> None:
        cur = self.edit.textCursor()
        start, end = sorted((cur.position(), cur.anchor()))
        block = self.edit.document().findBlock(start)
        blocks = []
        while block.isValid() and block.position() <= end:
            blocks.append(block)
            block = block.next()
        make_list = not all(b.text().startswith(LIST_PREFIX) for b in blocks)
        edit = QTextCursor(self.edit.document())
        edit.beginEditBlock()
        for b in reversed(blocks):
            edit.setPosition(b.position())
            if make_list and not b.text().startswith(LIST_PREFIX):
                edit.insertText(LIST_PREFIX)
            elif not make_list:
                edit.setPosition(b.position() + len(LIST_PREFIX),
                                 QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
        edit.endEditBlock()

    def flush(self) -> None:
        self.binding.commit()


def _get_narrative(report: ReportYear, key: str) -> str:
    return report.narratives.get(key, "")


def _set_narrative(report: ReportYear, key: str, value: Any) -> None:
    report.narratives[key] = value or ""


class NarrativePage(Page):
    def __init__(self, key: str, title: str, doc: ReportDocument,
                 parent: QWidget | None = None) -> None:
        super().__init__(f"narrative:{key}", title, parent)
        self.key = key
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        head = QLabel(title, self)
        head.setStyleSheet("font-weight:600; font-size:12pt;")
        lay.addWidget(head)
        self.editor = NarrativeEditor(doc, "narrative", key, title, _get_narrative,
                                      _set_narrative, self)
        lay.addWidget(self.editor, 1)

    def tables(self) -> set[str]:
        return {"narrative"}

    def refresh(self) -> None:
        self.editor.refresh()

    def set_document(self, doc: ReportDocument) -> None:
        self.editor.set_document(doc)

    def focus_location(self, loc: Location) -> bool:
        self.editor.edit.setFocus()
        return True

    def flush(self) -> None:
        self.editor.flush()

    def has_pending_text(self) -> bool:
        return self.editor.binding.timer.isActive()

    def set_findings(self, findings: list[Finding]) -> None:
        mine = [f.message for f in findings
                if f.location.table == "narrative" and f.location.row == self.key]
        self.editor.edit.setToolTip("\n".join(mine))


def _declaration(report: ReportYear, key: str) -> Declaration:
    d = next((x for x in report.declarations if x.key == key), None)
    if d is None:
        d = Declaration(key, key.upper(), "")
        report.declarations.append(d)
    return d


def _decl_get(field: str) -> Any:
    def get(report: ReportYear, key: str) -> str:
        d = next((x for x in report.declarations if x.key == key), None)
        return getattr(d, field) if d is not None else ""
    return get


def _decl_set(field: str) -> Any:
    def set_(report: ReportYear, key: str, value: Any) -> None:
        setattr(_declaration(report, key), field, value or "")
    return set_


class DeclarationPage(Page):
    """EK-1 / EK-2: the declaration's text with its place, date and signer."""

    def __init__(self, key: str, title: str, doc: ReportDocument,
                 parent: QWidget | None = None) -> None:
        super().__init__(f"declaration:{key}", title, parent)
        self.key = key
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        head = QLabel(title, self)
        head.setStyleSheet("font-weight:600; font-size:12pt;")
        lay.addWidget(head)
        form = QFormLayout()
        self.bindings: list[TextBinding] = []
        for field, label in (("title", self.tr("Başlık")), ("place", self.tr("Yer")),
                             ("date", self.tr("Tarih (ay ve yıl)")),
                             ("signer_name", self.tr("İmzalayan")),
                             ("signer_title", self.tr("Unvanı"))):
            e = QLineEdit(self)
            e.setObjectName(f"decl_{field}")
            form.addRow(label, e)
            b = TextBinding(e, doc, "declaration", field, label, _decl_get(field),
                            _decl_set(field))
            b.bind(doc, key)
            self.bindings.append(b)
        lay.addLayout(form)
        self.editor = NarrativeEditor(doc, "declaration", key, title, _decl_get("text"),
                                      _decl_set("text"), self)
        lay.addWidget(self.editor, 1)

    def tables(self) -> set[str]:
        return {"declaration"}

    def refresh(self) -> None:
        for b in self.bindings:
            b.load()
        self.editor.refresh()

    def set_document(self, doc: ReportDocument) -> None:
        for b in self.bindings:
            b.bind(doc, self.key)
        self.editor.set_document(doc)

    def flush(self) -> None:
        for b in self.bindings:
            b.commit()
        self.editor.flush()

    def has_pending_text(self) -> bool:
        return any(b.timer.isActive() for b in [*self.bindings, self.editor.binding])
