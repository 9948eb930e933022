"""The main window: chapter tree, pages, year and unit selectors, checks dock, undo, status."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ..domain.checks import TABLES, Finding, Location
from ..services.workspace import Workspace
from . import bulk_export
from .checks_panel import ChecksPanel
from .columns import Context
from .document import ReportDocument
from .find import Hit
from .i18n import LANGUAGES
from .keyboard import FocusCycle, add_mnemonics, add_redo_keys
from .navigation import (
    CHAPTERS,
    Node,
    all_pages,
    create_page,
    node_paths,
    node_title,
    page_for,
)
from .pages import Page
from .save_status import SaveStatus, may_drop_unsaved
from .screen_fit import (
    ScrollingDock,
    clamp_to_screen,
    fit_small_screen,
    initial_geometry,
)
from .start_page import START_PAGE, StartPage
from .tables.general_tables import unit_tree
from .text_binding import TextBinding
from .unit_search import make_searchable

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, year: int | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.workspace = workspace
        self.undo_group = QUndoGroup(self)
        self.pages: dict[str, Page] = {}
        self.ctx = Context()
        self.findings: list[Finding] = []
        self.doc: ReportDocument | None = None
        self.setObjectName("MainWindow")
        # DejaVu Sans draws the dots of Ö and Ü above its ascent: rows exactly one line high
        # (tree items, labels) would cut them off, so they get two pixels of air.
        self.setStyleSheet("QTreeView::item { padding: 2px 0px; } QLabel { padding-top: 2px; }")

        self.nav = QTreeWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setHeaderHidden(True)
        self.nav.setMinimumWidth(250)
        self._paths = node_paths()
        self._fill_nav(self.nav.invisibleRootItem(), CHAPTERS)
        self.nav.expandToDepth(0)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([285, 1115])
        self.setCentralWidget(self.splitter)

        self.checks = ChecksPanel(self)
        self.checks.jump.connect(self.go_to)
        self.checks.findings_changed.connect(self._findings_changed)
        self.checks.checked.connect(self._record_check_run)
        self.checks.workspace_of = lambda: self.workspace  # for acknowledging findings
        self.checks_dock = QDockWidget(self.tr("Denetimler"), self)
        self.checks_dock.setObjectName("checksDock")
        self.checks_dock.setWidget(self.checks)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks_dock)
        self.consolidation_dock: QDockWidget | None = None
        self.changelog_dock: QDockWidget | None = None

        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.setMinimumWidth(90)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setMinimumWidth(330)
        self.unit_filter = make_searchable(self.unit_combo)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.db_label = QLabel(self)
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveLabel")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)
        self.save_status = SaveStatus(self.statusBar(), self.save_label, self.save_now, self)

        self.year_combo.activated.connect(
            lambda i: self.open_year(int(self.year_combo.itemData(i))))
        self.unit_combo.activated.connect(lambda i: self.set_unit(self.unit_combo.itemData(i)))
        # The first run of the checks (and anything else not needed for the first paint) is
        # done on the first turn of the event loop, after show(): the window appears at once.
        self._starting = True
        years = workspace.years()
        remembered = self.settings.value("lastYear", None)
        if year is None and remembered is not None and int(remembered) in years:
            year = int(remembered)
        if year is None or year not in years:
            year = years[-1]
        self.open_year(year)
        self._restore_state()
        self.show_page(str(self.settings.value("lastPage", START_PAGE)))  # first start
        self._starting = False
        QTimer.singleShot(0, self._after_first_paint)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.isMaximized() and not self.isFullScreen():
            clamp_to_screen(self)  # the window manager's frame is known now

    def _after_first_paint(self) -> None:
        """Slow start-up work, run once the window is on screen."""
        if self.checks.report is not None and not self.checks.ran:
            self.checks.run_now()

    # --- building ------------------------------------------------------------------------
    def _fill_nav(self, parent: QTreeWidgetItem, nodes: list[Node]) -> None:
        for n in nodes:
            item = QTreeWidgetItem(parent, [node_title(n)])
            item.setData(0, PAGE_ROLE, n.page)
            item.setToolTip(0, self._paths.get(id(n), node_title(n)))
            if n.children:
                self._fill_nav(item, n.children)

    def _action(self, text: str, slot: Any, shortcut: Any = None, name: str = "") -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.triggered.connect(slot)
        a.setObjectName(name or text)
        return a

    def _build_actions(self) -> None:
        # Own actions rather than QUndoGroup's: text being typed is committed first, so
        # "Geri Al" in a text editor takes back the typing, then earlier edits.
        self.undo_action = self._action(self.tr("Geri Al"), lambda: self._undo_redo(True),
                                        QKeySequence.StandardKey.Undo, "undo")
        self.redo_action = self._action(self.tr("Yinele"), lambda: self._undo_redo(False),
                                        QKeySequence.StandardKey.Redo, "redo")
        add_redo_keys(self.redo_action)  # Ctrl+Y on every platform
        for a in (self.undo_action, self.redo_action):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_group.canUndoChanged.connect(self._update_undo_actions)
        self.undo_group.canRedoChanged.connect(self._update_undo_actions)
        self.undo_group.undoTextChanged.connect(self._update_undo_actions)
        self.undo_group.redoTextChanged.connect(self._update_undo_actions)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self._last_where: tuple[str, str, str] | None = None
        self._closing = False
        self._reporting_failure = False
        self._last_failure = ""
        self.open_db_action = self._action(self.tr("Veritabanı Aç…"), self.choose_database,
                                           QKeySequence.StandardKey.Open, "openDb")
        self.new_db_action = self._action(self.tr("Yeni Veritabanı…"), self.create_database,
                                          None, "newDb")
        self.save_action = self._action(self.tr("Şimdi Kaydet"), self.save_now,
                                        QKeySequence.StandardKey.Save, "save")
        self.export_action = self._action(self.tr("Şablon Dışa Aktar…"), self.export_templates,
                                          None, "export")
        self.import_action = self._action(self.tr("İçe Aktar…"), self.import_data, None,
                                          "import")
        self.backup_action = self._action(self.tr("Yedek Al"), self.backup_now, None, "backup")
        self.restore_action = self._action(self.tr("Yedekten Geri Yükle…"), self.restore_backup,
                                           None, "restore")
        self.report_action = self._action(self.tr("Raporu Oluştur (PDF)"), self.build_report,
                                          QKeySequence("Ctrl+P"), "report")
        self.check_action = self._action(self.tr("Denetle"), self.run_checks,
                                         QKeySequence("F7"), "runChecks")
        self.quit_action = self._action(self.tr("Çıkış"), self.close,
                                        QKeySequence.StandardKey.Quit, "quit")
        self.new_year_action = self._action(self.tr("Yeni Yıl Oluştur…"), self.ask_new_year,
                                            None, "newYear")
        self.delete_year_action = self._action(self.tr("Bu Yılı Sil…"), self.delete_year,
                                               None, "deleteYear")
        self.consolidation_action = self._action(self.tr("Konsolidasyon"),
                                                 self.show_consolidation, None,
                                                 "consolidation")
        self.changelog_action = self._action(self.tr("Değişiklik Günlüğü"),
                                             self.show_changelog, None, "changelog")
        self.about_action = self._action(self.tr("Hakkında"), self.about, None, "about")
        self.find_action = self._action(self.tr("Bul…"), lambda: self.find(),
                                        QKeySequence("Ctrl+F"), "find")
        self.tables_action = self._action(self.tr("Tablolar…"), self.quick_tables,
                                          QKeySequence("Ctrl+T"), "quickTables")
        self.shortcuts_action = self._action(self.tr("Kısayollar"), self.show_shortcuts, None,
                                             "shortcuts")
        self.start_action = self._action(self.tr("Başlangıç Sayfası"), self.show_start_page,
                                         None, "startPage")

    def _build_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu(self.tr("Dosya"))
        for a in (self.open_db_action, self.new_db_action, self.save_action):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.backup_action)
        m.addAction(self.restore_action)
        m.addSeparator()
        for a in (self.export_action, self.import_action, self.report_action):
            m.addAction(a)
        self.export_all_action = bulk_export.install(self, m, self.import_action)
        m.addSeparator()
        m.addAction(self.quit_action)
        m = mb.addMenu(self.tr("Düzen"))
        m.addAction(self.undo_action)
        m.addAction(self.redo_action)
        m.addSeparator()
        m.addAction(self.find_action)
        m.addAction(self.check_action)
        self.year_menu = mb.addMenu(self.tr("Yıl"))
        self.year_menu.setObjectName("yearMenu")
        self.year_actions = QActionGroup(self)
        m = mb.addMenu(self.tr("Görünüm"))
        m.addAction(self.tables_action)
        m.addSeparator()
        m.addAction(self.checks_dock.toggleViewAction())
        m.addAction(self.consolidation_action)
        m.addAction(self.changelog_action)
        lang = m.addMenu(self.tr("Dil"))
        group = QActionGroup(self)
        current = str(self.settings.value("language", "tr"))
        for code, label in LANGUAGES.items():
            a = lang.addAction(label)
            a.setCheckable(True)
            a.setChecked(code == current)
            a.setObjectName(f"lang_{code}")
            group.addAction(a)
            a.triggered.connect(lambda _c=False, c=code: self.set_language(c))
        m = mb.addMenu(self.tr("Yardım"))
        m.addAction(self.start_action)
        m.addAction(self.shortcuts_action)
        m.addSeparator()
        m.addAction(self.about_action)
        add_mnemonics(mb)
        self.focus_cycle = FocusCycle(self)

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Araç Çubuğu"), self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.addWidget(QLabel(self.tr(" Yıl: "), tb))
        tb.addWidget(self.year_combo)
        tb.addSeparator()
        tb.addWidget(QLabel(self.tr(" Birim: "), tb))
        tb.addWidget(self.unit_combo)
        tb.addSeparator()
        tb.addAction(self.undo_action)
        tb.addAction(self.redo_action)
        tb.addSeparator()
        tb.addAction(self.check_action)
        tb.addAction(self.report_action)
        self.addToolBar(tb)

    def _fill_years(self) -> None:
        years = self.workspace.years()
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(str(y), y)
        if self.doc is not None:
            self.year_combo.setCurrentIndex(years.index(self.doc.year))
        self.year_menu.clear()
        for a in self.year_actions.actions():
            self.year_actions.removeAction(a)
        for y in years:
            a = self.year_menu.addAction(self.tr("{0} yılını aç").format(y))
            a.setCheckable(True)
            a.setChecked(self.doc is not None and y == self.doc.year)
            self.year_actions.addAction(a)
            a.triggered.connect(lambda _c=False, yy=y: self.open_year(yy))
        self.year_menu.addSeparator()
        self.year_menu.addAction(self.new_year_action)
        self.year_menu.addAction(self.delete_year_action)

    def _fill_units(self) -> None:
        assert self.doc is not None
        current = self.ctx.root
        self.unit_combo.clear()
        report = self.doc.report
        root = report.root_unit()
        self.unit_combo.addItem(self.tr("Tüm idare"), None)
        for u, depth in unit_tree(report):
            if root is not None and u.code == root.code:
                continue
            self.unit_combo.addItem("   " * max(depth - 1, 0) + u.name, u.code)
        i = self.unit_combo.findData(current)
        self.unit_combo.setCurrentIndex(max(i, 0))

    # --- years and documents ----------------------------------------------------------------
    def open_year(self, year: int, *, flush: bool = True) -> None:
        """Show ``year``; ``flush=False`` drops what is not saved (a reload after a conflict,
        an import or a restore: the database holds the newer values)."""
        if flush:
            self.flush()
            if self.doc is not None and not may_drop_unsaved(self, self.doc.saved,
                                                             self.doc.last_error):
                self._fill_years()  # the selector shows the year still open
                return
        from ..storage import StorageError

        try:
            report = self.workspace.load(year)
        except StorageError as exc:
            QMessageBox.critical(self, self.tr("Yıl açılamadı"), exc.message)
            return
        if self.doc is not None:
            self.doc.discard()
            self.undo_group.removeStack(self.doc.undo_stack)
            self.doc.deleteLater()
        self.doc = ReportDocument(self.workspace, report, self)
        self.undo_group.addStack(self.doc.undo_stack)
        self.undo_group.setActiveStack(self.doc.undo_stack)
        self.doc.changed.connect(self._data_changed)
        self.doc.save_state.connect(self._save_state)
        self.doc.save_failed.connect(self._save_failed)
        for page in self.pages.values():
            page.set_document(self.doc)
            page.stale = True
        self.settings.setValue("lastYear", year)
        self._fill_years()
        if self.ctx.root is not None and report.unit(self.ctx.root) is None:
            self.ctx = Context()
        self._fill_units()
        self.checks.set_report(report, run=not self._starting)
        self._refresh_current()
        self._update_title()
        self._save_state(True, "")
        if self.consolidation_dock is not None:
            self._refresh_consolidation()

    def create_year(self, year: int, from_year: int | None = None) -> bool:
        """Carry the last (or given) year forward into ``year`` and open it."""
        years = self.workspace.years()
        source = from_year if from_year is not None else years[-1]
        self.flush()
        try:
            self.workspace.new_year(source, year)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Yeni yıl"), str(exc))
            return False
        self.open_year(year)
        self.statusBar().showMessage(
            self.tr("{0} yılı {1} yılından oluşturuldu.").format(year, source), 5000)
        return True

    def ask_new_year(self) -> None:
        years = self.workspace.years()
        year, ok = QInputDialog.getInt(
            self, self.tr("Yeni Yıl Oluştur"),
            self.tr("{0} yılının yapısından (birimler, göstergeler, kodlar) oluşturulacak yıl:"
                    ).format(years[-1]), years[-1] + 1, years[-1] + 1, 2100)
        if ok:
            self.create_year(year)

    def delete_year(self) -> bool:
        from .year_actions import delete_open_year

        return delete_open_year(self)

    def set_unit(self, code: str | None) -> None:
        assert self.doc is not None
        if code is None:
            self.ctx = Context()
        else:
            units = frozenset(u.code for u, _d in unit_tree(self.doc.report, code))
            self.ctx = Context(units=units, root=code)
        i = self.unit_combo.findData(code)
        if i >= 0:
            self.unit_combo.setCurrentIndex(i)
        for page in self.pages.values():
            for g in page.grids():
                g.model.ctx = self.ctx
            page.stale = True
        self._refresh_current()

    # --- pages ------------------------------------------------------------------------------
    def page(self, page_id: str) -> Page:
        if page_id not in self.pages:
            assert self.doc is not None
            if page_id == START_PAGE:
                p: Page = StartPage([self.tables_action, self.export_action,
                                     self.import_action, self.report_action,
                                     self.shortcuts_action])
            else:
                p = create_page(page_id, self.doc, self.ctx)
            p.remember_layout(self.settings)
            p.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            p.set_findings(self.findings)
            for binding in p.findChildren(TextBinding):
                binding.typing.connect(self._update_undo_actions)
            self.pages[page_id] = p
            self.stack.addWidget(p)
        return self.pages[page_id]

    def current_page(self) -> Page | None:
        w = self.stack.currentWidget()
        return w if isinstance(w, Page) else None

    def show_page(self, page_id: str) -> Page:
        if page_id not in dict(all_pages()) and page_id != START_PAGE:
            page_id = "narrative:foreword"
        prev = self.current_page()
        if prev is not None and prev.page_id != page_id:
            prev.flush()
        p = self.page(page_id)
        if p.stale:
            p.refresh()
            p.set_findings(self.findings)
            p.stale = False
        self.stack.setCurrentWidget(p)
        self.checks.set_page_tables(p.tables())
        self._select_nav(page_id)
        self.settings.setValue("lastPage", page_id)
        return p

    def _select_nav(self, page_id: str) -> None:
        it = self._find_item(self.nav.invisibleRootItem(), page_id)
        if it is not None and self.nav.currentItem() is not it:
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(it)
            self.nav.blockSignals(False)

    def _find_item(self, parent: QTreeWidgetItem, page_id: str) -> QTreeWidgetItem | None:
        for i in range(parent.childCount()):
            c = parent.child(i)
            if c.data(0, PAGE_ROLE) == page_id:
                return c
            found = self._find_item(c, page_id)
            if found is not None:
                return found
        return None

    def _nav_changed(self, current: QTreeWidgetItem | None, _prev: Any) -> None:
        if current is None:
            return
        page_id = current.data(0, PAGE_ROLE)
        while page_id is None and current.childCount():
            current = current.child(0)
            page_id = current.data(0, PAGE_ROLE)
        if page_id:
            self.show_page(page_id)

    def go_to(self, loc: Location) -> bool:
        """Show the page of a finding and select its row and cell."""
        assert self.doc is not None
        page_id, local = page_for(loc, self.doc.year)
        if page_id not in dict(all_pages()):
            return False
        if page_id in ("personnel_employment", "personnel_gender", "personnel_education",
                       "it", "unit_spending") and local.row and self.ctx.units is not None \
                and local.row not in self.ctx.units:
            self.set_unit(None)
        p = self.show_page(page_id)
        return p.focus_location(local)

    def flush(self) -> None:
        """Commit text being typed and store anything not stored yet."""
        for p in self.pages.values():
            p.flush()
        if self.doc is not None and (self.doc.save_pending() or not self.doc.saved):
            self.doc.save()

    # --- data changes -------------------------------------------------------------------------
    def _data_changed(self, where: Any) -> None:
        self._last_where = where
        cur = self.current_page()
        for p in self.pages.values():
            if p is not cur:
                p.stale = True
        if cur is not None:
            cur.refresh()
        self.checks.schedule()
        if where and where[0] == "units":
            self._fill_units()

    def _update_undo_actions(self, *_a: Any) -> None:
        g = self.undo_group
        self.undo_action.setEnabled(g.canUndo() or self._typing())
        self.redo_action.setEnabled(g.canRedo())
        self.undo_action.setToolTip(self.tr("Geri Al: {0}").format(g.undoText())
                                    if g.canUndo() else self.tr("Geri Al"))
        self.redo_action.setToolTip(self.tr("Yinele: {0}").format(g.redoText())
                                    if g.canRedo() else self.tr("Yinele"))

    def _typing(self) -> bool:
        cur = self.current_page()
        return cur is not None and cur.has_pending_text()

    def _undo_redo(self, undo: bool) -> None:
        cur = self.current_page()
        if cur is not None:
            cur.flush()
        if undo:
            self.undo_group.undo()
        else:
            self.undo_group.redo()
        self._show_last_change()

    def _show_last_change(self) -> None:
        where = self._last_where
        if not where or where[0] not in TABLES:
            return
        table, key, column = where
        cur = self.current_page()
        if cur is not None and table in cur.tables() and table not in ("narrative",
                                                                       "declaration"):
            cur.focus_location(Location(table, key or None, column or None))
            return
        self.go_to(Location(table, key or None, column or None))

    def _refresh_current(self) -> None:
        cur = self.current_page()
        if cur is not None:
            cur.refresh()
            cur.set_findings(self.findings)
            cur.stale = False

    def _findings_changed(self, findings: list[Finding]) -> None:
        self.findings = findings
        cur = self.current_page()
        for p in self.pages.values():
            if p is cur:
                p.set_findings(findings)
            else:
                p.stale = True

    def _save_state(self, ok: bool, message: str) -> None:
        if self.doc is not None and self.doc.readonly:
            self.save_status.show_readonly(self.doc.readonly_message)
            if message:
                self.statusBar().showMessage(message, 15000)
        elif ok:
            self._last_failure = ""
            self._refresh_changelog()
            self.save_status.show_saved()
        else:
            self.save_status.show_failed(message)
            self.statusBar().showMessage(message, 15000)
        self.db_label.setText(self.tr("Veritabanı: {0}").format(self.workspace.path))
        self._update_title()

    def _update_title(self) -> None:
        if self.doc is None:
            return
        name = self.doc.report.institution.name
        dirty = "" if self.doc.saved else " *"
        self.setWindowTitle(self.tr("Faaliyet Desktop — {0} — {1} Faaliyet Raporu{2}").format(
            name, self.doc.year, dirty))

    def reload_year(self, year: int | None = None) -> None:
        """Read the year again from the database, dropping what is in memory (and the undo
        history, which would refer to values that are no longer there)."""
        assert self.doc is not None
        years = self.workspace.years()
        year = self.doc.year if year is None else year
        self.open_year(year if year in years else years[-1], flush=False)

    def _save_failed(self, exc: Any) -> None:
        """A save was refused. On a conflict (someone else changed the same figure) the year
        is reloaded: the edits in memory are stale. On any other storage error the edits stay
        in memory and the next save tries again (nothing typed is lost)."""
        from ..storage import ConflictError

        if self._closing or self._reporting_failure:
            return
        self._reporting_failure = True
        try:
            if isinstance(exc, ConflictError):
                self.reload_year()
                QMessageBox.warning(
                    self, self.tr("Kaydedilemedi"),
                    self.tr("{0}\n\nYıl veritabanından yeniden yüklendi; diğer kullanıcının "
                            "değerleri gösteriliyor. Değişikliğinizi gerekiyorsa yeniden girin. "
                            "Geri alma geçmişi temizlendi.").format(exc.message))
            elif self._last_failure != exc.message:
                self._last_failure = exc.message
                QMessageBox.warning(self, self.tr("Kaydedilemedi"),
                                    self.save_status.failure_text(exc.message))
        finally:
            self._reporting_failure = False

    def run_checks(self) -> list[Finding]:
        """"Denetle": store what was typed, run the checks now and record the run."""
        self.save_now()
        return self.checks.run_and_record()

    def _record_check_run(self, findings: list[Finding]) -> None:
        from ..storage import StorageError

        if self.doc is None:
            return
        try:
            run = self.workspace.record_check_run(self.doc.year, findings)
        except StorageError as exc:
            self.statusBar().showMessage(exc.message, 15000)
            return
        if run is not None:
            self.statusBar().showMessage(self.tr("Denetim çalıştırıldı ve kaydedildi."), 5000)
        self._refresh_changelog()

    def save_now(self) -> bool:
        self.flush()
        return self.doc.save() if self.doc is not None else True

    # --- databases ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace, *, flush: bool = True) -> None:
        """Show ``workspace``; the old one is closed (``flush=False``: it already is)."""
        if flush:
            self.flush()
        old = self.workspace
        self.workspace = workspace
        self.doc = None if self.doc is None else self.doc
        self.settings.setValue("lastDb", str(workspace.path))
        for name in ("consolidation_dock", "changelog_dock"):  # they belong to the old file
            dock = getattr(self, name)
            if dock is not None:
                self.removeDockWidget(dock)
                dock.deleteLater()
                setattr(self, name, None)
        self.open_year(workspace.years()[-1], flush=False)
        if flush and old is not workspace:
            old.close()

    def _folder(self) -> str:
        """Where file dialogs start: the open database's folder (home for a server URL)."""
        text = str(self.workspace.path)
        return str(Path.home()) if "://" in text else str(Path(text).parent)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Veritabanı Aç"), self._folder(),
            self.tr("Faaliyet veritabanı (*.sqlite *.db);;Tüm dosyalar (*)"))
        if path:
            self._open_path(Path(path), create=False)

    def create_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Yeni Veritabanı"), str(Path(self._folder()) / "yeni.sqlite"),
            self.tr("Faaliyet veritabanı (*.sqlite)"))
        if path:
            self._open_path(Path(path), create=True)

    def _open_path(self, path: Path, create: bool) -> None:
        from ..storage import StorageError

        # The old workspace is closed first: its lock file would open the new one (the same
        # file, or a copy's lock) read-only.
        if not self.save_now():
            return
        old = self.workspace
        old_path = old.path
        old.close()
        try:
            ws = Workspace.open(path, create=create)
        except StorageError as exc:
            QMessageBox.critical(self, self.tr("Veritabanı açılamadı"), exc.message)
            try:
                ws = Workspace.open(old_path, create=False)
            except StorageError as again:
                QMessageBox.critical(self, self.tr("Veritabanı açılamadı"), again.message)
                self.close()
                return
        self.set_workspace(ws, flush=False)

    # --- dialogs and docks (imported on first use, to keep start-up short) -----------------
    def build_report(self) -> None:
        self.save_now()
        from .report_dialog import run_report_dialog
        assert self.doc is not None
        self.checks.run_and_record()  # the report is built from data the checks just saw
        run_report_dialog(self, self.workspace, self.doc.year, self.ctx.root)

    def export_templates(self) -> None:
        self.save_now()
        from .exchange_dialogs import run_export_dialog
        assert self.doc is not None
        run_export_dialog(self, self.workspace, self.doc.year)

    def import_data(self) -> None:
        if not self.save_now():
            return
        from .exchange_dialogs import run_import_dialog
        assert self.doc is not None
        if not self.doc.saved:
            return  # not over unsaved edits (the failure was shown)
        if run_import_dialog(self, self.workspace, self.doc.year):
            self.reload_year()  # never save the pre-import values back over the import

    def backup_now(self) -> None:
        self.save_now()
        from .backup_dialog import run_backup_now
        run_backup_now(self, self.workspace)

    def restore_backup(self) -> None:
        if not self.save_now():
            return
        from .backup_dialog import run_restore_dialog
        assert self.doc is not None
        if run_restore_dialog(self, self.workspace):
            self.reload_year()  # the restored values, never the replaced ones saved back

    def show_consolidation(self) -> None:
        from .exchange_dialogs import ConsolidationWidget
        assert self.doc is not None
        if self.consolidation_dock is None:
            self.consolidation_dock = ScrollingDock(self.tr("Konsolidasyon"), self)
            self.consolidation_dock.setObjectName("consolidationDock")
            widget = ConsolidationWidget(self.workspace, self.doc.year, self.consolidation_dock)
            if hasattr(widget, "data_changed"):  # an import or an undone import from the dock
                widget.data_changed.connect(self._imported_elsewhere)
            self.consolidation_dock.setWidget(widget)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.consolidation_dock)
        self.consolidation_dock.show()
        self._refresh_consolidation()
        clamp_to_screen(self)

    def show_changelog(self) -> None:
        from .history_view import ChangeLogWidget
        assert self.doc is not None
        if self.changelog_dock is None:
            self.changelog_dock = ScrollingDock(self.tr("Değişiklik Günlüğü"), self)
            self.changelog_dock.setObjectName("changelogDock")
            self.changelog_dock.setWidget(
                ChangeLogWidget(self.workspace, self.doc.year, self.changelog_dock))
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.changelog_dock)
        self.changelog_dock.show()
        self._refresh_changelog()
        clamp_to_screen(self)

    def _imported_elsewhere(self) -> None:
        """The database changed under the open year (the consolidation dock imported or undid
        an import): show it, never saving the values in memory back over it."""
        if self.doc is not None:
            self.reload_year()

    def _refresh_changelog(self) -> None:
        if self.changelog_dock is None or self.doc is None or \
                not self.changelog_dock.isVisible():
            return
        w = self.changelog_dock.widget()
        if getattr(w, "year", None) != self.doc.year and hasattr(w, "set_year"):
            w.set_year(self.doc.year)
        elif hasattr(w, "refresh"):
            w.refresh()

    def _refresh_consolidation(self) -> None:
        if self.consolidation_dock is None or self.doc is None:
            return
        w = self.consolidation_dock.widget()
        if hasattr(w, "set_year"):
            w.set_year(self.doc.year)
        elif hasattr(w, "refresh"):
            w.refresh()

    def set_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        QMessageBox.information(self, self.tr("Dil"),
                                self.tr("Dil değişikliği uygulama yeniden başlatılınca "
                                        "geçerli olur."))

    def find(self, query: str = "") -> Hit | None:
        """Ctrl+F: find a unit, code, indicator or text of the year and show it."""
        from .find import find_and_jump

        assert self.doc is not None
        self.flush()
        return find_and_jump(self, self.doc.report, self.show_hit, query)

    def show_hit(self, hit: Hit) -> bool:
        page = self.show_page(hit.page_id)
        if page.focus_location(hit.location):
            return True
        if self.ctx.root is not None:  # the row is outside the chosen unit
            self.set_unit(None)
            return self.show_page(hit.page_id).focus_location(hit.location)
        return False

    def quick_tables(self) -> None:
        from .quick_tables import pick_page

        page_id = pick_page(self)
        if page_id:
            self.show_page(page_id)
            self.focus_cycle.focus_page()  # the page's grid or text gets the focus

    def show_shortcuts(self) -> None:
        from .keyboard import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def show_start_page(self) -> None:
        self.show_page(START_PAGE)

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, self.tr("Faaliyet Desktop Hakkında"),
                          self.tr("Faaliyet Desktop {0}\nİdare faaliyet raporu hazırlama "
                                  "uygulaması. Değişiklikler yapıldıkları anda kaydedilir."
                                  ).format(__version__))

    # --- state --------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        initial_geometry(self, self.settings.value("geometry"))
        state = self.settings.value("windowState")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:
            self.resizeDocks([self.checks_dock], [130 if fit_small_screen(self) else 170],
                             Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True  # a failed save is asked about below, not in a second box
        self.flush()
        if self.doc is not None and not self.doc.saved and not self.doc.save():
            answer = QMessageBox.warning(
                self, self.tr("Kaydedilemedi"),
                self.tr("Son değişiklikler kaydedilemedi:\n{0}\n\nYine de çıkılsın mı? "
                        "(Kaydedilmeyen değişiklikler kaybolur.)").format(self.doc.last_error),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self._closing = False
                event.ignore()
                return
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.settings.setValue("lastDb", str(self.workspace.path))
        self.settings.sync()
        event.accept()


def process_later(fn: Any) -> None:
    QTimer.singleShot(0, fn)
