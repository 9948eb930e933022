"""Window-wide keyboard habits: F6 / Shift+F6 between the chapter tree, the page and the
findings; Alt+letter menu mnemonics; Ctrl+Y as redo everywhere; the list of shortcuts shown
by Yardım → Kısayollar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .i18n import QT_TRANSLATE_NOOP

SHORTCUTS: list[tuple[str, str]] = [
    ("F6 / Shift+F6", QT_TRANSLATE_NOOP("Shortcuts", "Bölümler arasında geç: içindekiler, "
                                        "sayfa (tablo), denetim bulguları")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Tabloda sonraki / önceki girdi "
                                          "hücresi (satır sonunda alt satıra geçer)")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Hücreyi düzenlemeye başla; düzenlerken: kaydet "
                                "ve alt hücreye in")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Hücredeki düzenlemeden vazgeç")),
    ("F2", QT_TRANSLATE_NOOP("Shortcuts", "Hücreyi düzenle")),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Seçili girdi hücrelerini temizle")),
    ("Ctrl+C / Ctrl+V", QT_TRANSLATE_NOOP("Shortcuts", "Kopyala / Excel'den blok yapıştır")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Geri al")),
    ("Ctrl+Y / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Yinele")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Bul: birim, kod, gösterge ya da metin")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("Shortcuts", "Tablolar listesi: bir tabloya ya da bölüme "
                                 "git")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Şimdi kaydet (değişiklikler zaten kendiliğinden "
                                 "kaydedilir)")),
    ("F7", QT_TRANSLATE_NOOP("Shortcuts", "Denetle")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Raporu oluştur (PDF)")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Denetim bulgusunda: bulgunun hücresine git")),
    ("Alt+D, Alt+Z, …", QT_TRANSLATE_NOOP("Shortcuts", "Menüleri aç (altı çizili harf)")),
]


def add_mnemonics(menubar: QMenuBar) -> None:
    """Give each menu title an Alt+letter: its first letter not taken yet (ASCII first,
    since a Turkish keyboard's Ü or Ş is not on every layout)."""
    used: set[str] = set()
    for action in menubar.actions():
        text = action.text().replace("&", "")
        letters = [i for i, ch in enumerate(text) if ch.isalpha()]
        pick = next((i for i in letters if text[i].isascii() and text[i].lower() not in used),
                    next((i for i in letters if text[i].lower() not in used), None))
        if pick is None:
            continue
        used.add(text[pick].lower())
        action.setText(text[:pick] + "&" + text[pick:])


def add_redo_keys(action: QAction) -> None:
    """Ctrl+Y besides the platform's own redo key (Ctrl+Shift+Z on Linux)."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for extra in (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")):
        if extra not in keys:
            keys.append(extra)
    action.setShortcuts(keys)


class FocusCycle(QObject):
    """F6 / Shift+F6 move the focus tree → page → findings → tree (hidden parts skipped);
    Tab in the tree goes to the page (its grid), as a newcomer expects."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        window.nav.installEventFilter(self)
        for key, step in (("F6", 1), ("Shift+F6", -1)):
            sc = QShortcut(QKeySequence(key), window)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(lambda s=step: self.cycle(s))

    def _parts(self) -> list[QWidget]:
        w = self.window
        parts: list[QWidget] = [w.nav, w.stack]
        if w.checks_dock.isVisible():
            parts.append(w.checks.view)
        return parts

    def _target(self, part: QWidget) -> QWidget:
        w = self.window
        if part is not w.stack:
            return part
        page = w.current_page()
        if page is None:
            return part
        last = page.focusWidget()
        if last is not None and last.isVisible() and last.isEnabled():
            return last
        grids = [g for g in page.grids() if g.isVisible()]
        if grids:
            return grids[0].view
        editor = getattr(page, "editor", None)
        edit = getattr(editor, "edit", None)
        return edit if isinstance(edit, QWidget) else page

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window.nav and event.type() == QEvent.Type.KeyPress and \
                event.key() == Qt.Key.Key_Tab and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:  # type: ignore[attr-defined]
            self.focus_page()
            return True
        return False

    def focus_page(self) -> QWidget:
        target = self._target(self.window.stack)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    def current(self) -> int:
        focus = QApplication.focusWidget()
        for i, part in enumerate(self._parts()):
            if focus is not None and (focus is part or part.isAncestorOf(focus)):
                return i
        return -1

    def cycle(self, step: int) -> QWidget:
        parts = self._parts()
        i = self.current()
        nxt = parts[(i + step) % len(parts)] if i >= 0 else parts[0 if step > 0 else -1]
        target = self._target(nxt)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if hasattr(target, "currentIndex") and hasattr(target, "setCurrentIndex"):
            idx = target.currentIndex()
            model = getattr(target, "model", lambda: None)()
            if not idx.isValid() and model is not None and model.rowCount() > 0 \
                    and not hasattr(target, "currentItem"):
                target.setCurrentIndex(model.index(0, 0))
        return target


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Shortcuts", "Kısayollar"))
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([QCoreApplication.translate("Shortcuts", "Tuş"),
                                         QCoreApplication.translate("Shortcuts", "Ne yapar")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for r, (keys, what) in enumerate(SHORTCUTS):
            table.setItem(r, 0, QTableWidgetItem(keys))
            table.setItem(r, 1, QTableWidgetItem(QCoreApplication.translate("Shortcuts", what)))
        h = table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        lay.addWidget(buttons)
        self.table = table
        self.resize(640, 480)
