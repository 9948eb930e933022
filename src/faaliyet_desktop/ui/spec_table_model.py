"""One table model for every form: columns from a TableSpec, a plain snapshot of the rows.

Edits become undo commands on the document; after each, ``refresh`` re-reads the rows (derived
figures from the domain) and emits ``dataChanged`` only for the cells whose text changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from ..domain.checks import Finding, Severity
from ..domain.status_colors import STATUS_COLORS
from .columns import NUMERIC, Column, Context, Kind, NumberFormatError, Row, TableSpec, display
from .columns import edit_text as edit_text_of
from .columns import parse as parse_text
from .commands import SetValueCommand
from .document import ReportDocument
from .i18n import status_label

Index = QModelIndex | QPersistentModelIndex

ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
DERIVED_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMN_KEY_ROLE = Qt.ItemDataRole.UserRole + 3
FINDING_ROLE = Qt.ItemDataRole.UserRole + 4
KIND_ROLE = Qt.ItemDataRole.UserRole + 5

DERIVED_BG = QColor("#e9edf2")
TOTAL_BG = QColor("#dde3ea")
ROLLUP_BG = QColor("#f1f3f6")
DERIVED_FG = QColor("#2b3a4a")
_icons: dict[Severity, QIcon] = {}


def marker_icon(severity: Severity) -> QIcon:
    """A small red (error) or amber (warning) dot for cells that take part in a finding."""
    if severity not in _icons:
        pm = QPixmap(10, 10)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor("#d9363e" if severity == Severity.ERROR else "#e8a317"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(1, 1, 8, 8)
        p.end()
        _icons[severity] = QIcon(pm)
    return _icons[severity]


def column_title(source: str) -> str:
    """A column title in the UI language (domain category labels live in "Domain")."""
    text = QCoreApplication.translate("Columns", source)
    return QCoreApplication.translate("Domain", source) if text == source else text


def header_text(source: str) -> str:
    """The header of a column: long titles break onto two lines (narrow number columns)."""
    text = column_title(source)
    if len(text) > 10 and " " in text:
        mid = len(text) // 2
        spaces = [i for i, ch in enumerate(text) if ch == " "]
        cut = min(spaces, key=lambda i: abs(i - mid))
        text = text[:cut] + "\n" + text[cut + 1:]
    return text


class SpecTableModel(QAbstractTableModel):
    rejected = Signal(str)  # a typed value was refused: the Turkish reason
    refreshed = Signal()

    def __init__(self, spec: TableSpec, doc: ReportDocument, ctx: Context | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.doc = doc
        self.ctx = ctx or Context()
        self._rows: list[Row] = []
        self._texts: list[list[str]] = []
        self._typed: list[list[bool]] = []
        self._marks: dict[tuple[int, int], tuple[Severity, list[str]]] = {}
        self._findings: list[Finding] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._status_brushes = {s: QBrush(QColor(c)) for s, c in STATUS_COLORS.items()}
        self._text_cache: list[dict[Any, str]] = [{} for _ in spec.columns]
        self._load()

    # --- snapshot ---------------------------------------------------------------------------
    def _snapshot(self) -> tuple[list[Row], list[list[str]], list[list[bool]]]:
        report = self.doc.report
        rows = self.spec.rows(report, self.ctx)
        cols = self.spec.columns
        labels = {c: dict(col.choices(report)) for c, col in enumerate(cols)
                  if col.kind == Kind.CHOICE and col.choices}
        plan = [(col.get, labels.get(c), col.kind == Kind.TEXT, self._text_cache[c], col)
                for c, col in enumerate(cols)]
        typed_cols = [(c, col.is_typed) for c, col in enumerate(cols) if col.is_typed]
        all_typed = [True] * len(cols)
        texts: list[list[str]] = []
        typed: list[list[bool]] = []
        for row in rows:
            t_row = []
            for get, lab, is_text, cache, col in plan:
                v = get(row)
                if lab is not None:
                    label = lab.get(v)
                    if label is None and row.total:
                        label = getattr(row.obj, "name", None)
                    t_row.append((label or ("" if v is None else str(v))).strip())
                elif is_text:
                    t_row.append("" if v is None else str(v))
                else:
                    # formatting dominates a refresh: most values did not change since the
                    # last one, so their text comes from a per-column cache
                    try:
                        t_row.append(cache[v])
                    except (KeyError, TypeError):
                        text = display(col, v, status_label)
                        try:
                            if len(cache) > 20000:
                                cache.clear()
                            cache[v] = text
                        except TypeError:  # unhashable (a list)
                            pass
                        t_row.append(text)
            texts.append(t_row)
            if typed_cols:
                f_row = list(all_typed)
                for c, is_typed in typed_cols:
                    f_row[c] = is_typed(row)
                typed.append(f_row)
            else:
                typed.append(all_typed)
        return rows, texts, typed

    def _load(self) -> None:
        self._rows, self._texts, self._typed = self._snapshot()
        self._remark()

    def set_document(self, doc: ReportDocument) -> None:
        self.beginResetModel()
        self.doc = doc
        self._load()
        self.endResetModel()

    def set_context(self, ctx: Context) -> None:
        self.ctx = ctx
        self.refresh()

    def refresh(self) -> None:
        """Re-read rows and derived figures; signal only the cells whose text changed."""
        rows, texts, typed = self._snapshot()
        if [r.key for r in rows] != [r.key for r in self._rows]:
            self.beginResetModel()
            self._rows, self._texts, self._typed = rows, texts, typed
            self._remark()
            self.endResetModel()
            self.refreshed.emit()
            return
        old_texts, old_typed = self._texts, self._typed
        self._rows, self._texts, self._typed = rows, texts, typed
        ncol = len(self.spec.columns)
        for c in range(ncol):
            first = last = -1
            for r in range(len(rows)):
                if texts[r][c] != old_texts[r][c] or typed[r][c] != old_typed[r][c]:
                    if first < 0:
                        first = r
                    last = r
            if first >= 0:
                self.dataChanged.emit(self.index(first, c), self.index(last, c))
        self.refreshed.emit()

    # --- findings (markers) -----------------------------------------------------------------
    def set_findings(self, findings: list[Finding]) -> None:
        self._findings = [f for f in findings
                          if f.location.table == self.spec.table
                          or any(r.table == self.spec.table for r in f.related)]
        old = set(self._marks)
        self._remark()
        changed = old ^ set(self._marks) | set(self._marks)
        if changed and self._rows:
            rows = [r for r, _ in changed]
            self.dataChanged.emit(self.index(min(rows), 0),
                                  self.index(max(rows), len(self.spec.columns) - 1),
                                  [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def _remark(self) -> None:
        marks: dict[tuple[int, int], tuple[Severity, list[str]]] = {}
        by_key: dict[str, list[int]] = {}
        for i, row in enumerate(self._rows):
            by_key.setdefault(row.key, []).append(i)
        total_rows = [i for i, r in enumerate(self._rows) if r.total]
        for f in self._findings:
            for loc in (f.location, *f.related):
                if loc.table != self.spec.table:
                    continue
                if loc.row is None:
                    rows = total_rows[-1:] if total_rows else []
                else:
                    rows = by_key.get(loc.row, [])
                col = self.spec.column_index(loc.column) if loc.column else None
                if col is None:
                    col = 0
                for r in rows:
                    sev, msgs = marks.get((r, col), (f.severity, []))
                    if f.severity == Severity.ERROR:
                        sev = Severity.ERROR
                    if f.message not in msgs:
                        msgs = [*msgs, f.message]
                    marks[(r, col)] = (sev, msgs)
        self._marks = marks

    def marked_cells(self) -> dict[tuple[str, str], Severity]:
        return {(self._rows[r].key, self.spec.columns[c].key): s
                for (r, c), (s, _m) in self._marks.items()}

    # --- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            col = self.spec.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return header_text(col.header)
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = QCoreApplication.translate("Columns", col.tooltip) if col.tooltip else ""
                if col.derived:
                    tip = (tip + "\n" if tip else "") + QCoreApplication.translate(
                        "Columns", "Hesaplanan alan: elle girilmez.")
                return tip or None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def row(self, r: int) -> Row:
        return self._rows[r]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_of(self, key: str) -> int | None:
        for i, row in enumerate(self._rows):
            if row.key == key:
                return i
        return None

    def text(self, key: str, column: str) -> str:
        r, c = self.row_of(key), self.spec.column_index(column)
        assert r is not None and c is not None, (key, column)
        return self._texts[r][c]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.spec.columns[index.column()]
        if not self.doc.readonly and col.editable(self._rows[index.row()]):
            f |= (Qt.ItemFlag.ItemIsUserCheckable if col.kind == Kind.BOOL
                  else Qt.ItemFlag.ItemIsEditable)
        return f

    def _is_derived(self, r: int, c: int) -> bool:
        col = self.spec.columns[c]
        return col.derived or self._rows[r].total or not self._typed[r][c]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        col, row = self.spec.columns[c], self._rows[r]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts[r][c]
            if row.level and col.key in ("name", "unit") and col.kind == Kind.TEXT:
                return "    " * row.level + text
            return text
        if role == Qt.ItemDataRole.EditRole:
            value = col.raw(row) if col.raw else col.get(row)
            if col.kind in (Kind.CHOICE, Kind.BOOL):
                return value
            return edit_text_of(col, value)
        if role == Qt.ItemDataRole.CheckStateRole and col.kind == Kind.BOOL:
            return Qt.CheckState.Checked if col.get(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.kind in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col.kind in (Kind.STATUS, Kind.BOOL):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col.kind == Kind.STATUS:
                st = col.get(row)
                if st is not None:
                    return self._status_brushes[st]
            if row.total:
                return TOTAL_BG
            if col.derived:
                return DERIVED_BG
            if not self._typed[r][c]:
                return ROLLUP_BG
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return DERIVED_FG if self._is_derived(r, c) else None
        if role == Qt.ItemDataRole.FontRole:
            if row.total or (row.level == 0 and row.extra.get("group")):
                return self._bold
            if col.derived or not self._typed[r][c]:
                f = QFont()
                f.setItalic(True)
                return f
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            mark = self._marks.get((r, c))
            return marker_icon(mark[0]) if mark else None
        if role == Qt.ItemDataRole.ToolTipRole:
            mark = self._marks.get((r, c))
            lines = list(mark[1]) if mark else []
            if self._is_derived(r, c) and not lines:
                if not self._typed[r][c] and not col.derived and not row.total:
                    lines.append(QCoreApplication.translate(
                        "Columns", "Alt birimlerin toplamı; bir değer yazarsanız o geçerli olur."))
                else:
                    lines.append(QCoreApplication.translate("Columns", "Hesaplanan alan"))
            if col.kind == Kind.TEXT and len(self._texts[r][c]) > 40:
                lines.insert(0, self._texts[r][c])
            return "\n".join(lines) or None
        if role == ROW_KEY_ROLE:
            return row.key
        if role == COLUMN_KEY_ROLE:
            return col.key
        if role == DERIVED_ROLE:
            return self._is_derived(r, c)
        if role == FINDING_ROLE:
            mark = self._marks.get((r, c))
            return mark[0].value if mark else None
        if role == KIND_ROLE:
            return col.kind.value
        return None

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (self.flags(index) & (
                Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)):
            return False
        col, row = self.spec.columns[index.column()], self._rows[index.row()]
        if col.kind == Kind.BOOL:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
                value, bool) else value
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif col.kind == Kind.CHOICE:
            new = value
        else:
            try:
                new = parse_text(col, "" if value is None else str(value))
            except NumberFormatError as exc:
                self.rejected.emit(self._reject_message(col, row, str(exc)))
                return False
        old = col.raw(row) if col.raw else col.get(row)
        if new == old and type(new) is type(old):
            return True
        assert col.set is not None
        if col.validate:
            reason = col.validate(self.doc.report, row.key, new)
            if reason:
                self.rejected.emit(self._reject_message(col, row, reason))
                return False
        header = column_title(col.header)
        label = display(col, new, status_label) if col.kind != Kind.BOOL else str(new)
        self.doc.push(SetValueCommand(
            self.doc, col.set, row.key, old, new,
            QCoreApplication.translate("Commands", "{0}, {1}: {2}").format(
                header, row.key, label[:40]),
            (self.spec.table, row.key, col.key), rekeys=col.rekeys))
        return True

    def _reject_message(self, col: Column, row: Row, reason: str) -> str:
        header = column_title(col.header)
        return QCoreApplication.translate("Columns", "{0} ({1}): {2}").format(
            header, row.key, reason)

    def validate(self, column: int, text: str) -> str | None:
        """The Turkish reason a text would be refused in ``column``, or None."""
        try:
            parse_text(self.spec.columns[column], text)
        except NumberFormatError as exc:
            return str(exc)
        return None

    def refusal(self, index: Index, text: str) -> str | None:
        """What the user is told if ``text`` were committed to ``index`` (None: accepted)."""
        if not index.isValid():
            return None
        col, row = self.spec.columns[index.column()], self._rows[index.row()]
        if col.kind in (Kind.CHOICE, Kind.BOOL):
            return None
        try:
            new = parse_text(col, text)
        except NumberFormatError as exc:
            return self._reject_message(col, row, str(exc))
        if col.validate:
            reason = col.validate(self.doc.report, row.key, new)
            if reason:
                return self._reject_message(col, row, reason)
        return None
