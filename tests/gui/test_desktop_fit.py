"""The window on a 1366×768 laptop: within the available screen on first start, after a
remembered larger geometry, and after every dock and page is opened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QApplication

from faaliyet_desktop.ui import screen_fit
from faaliyet_desktop.ui.main_window import MainWindow
from faaliyet_desktop.ui.navigation import all_pages

LAPTOP = QRect(0, 0, 1366, 768)


@pytest.fixture
def laptop(monkeypatch):
    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget=None: QRect(LAPTOP))
    return LAPTOP


def _settle(win) -> None:
    win.layout().activate()
    QApplication.processEvents()


def _inside(win) -> bool:
    return LAPTOP.contains(win.frameGeometry())


def test_first_start_fits_the_laptop_screen(qtbot, workspace, settings, laptop):
    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    _settle(win)
    assert _inside(win), win.frameGeometry()
    assert win.width() >= 1000  # the available area is used, not a small default
    assert win.minimumSizeHint().width() <= LAPTOP.width()


def test_docks_never_widen_the_window_beyond_the_screen(qtbot, workspace, settings, laptop):
    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_consolidation()
    _settle(win)
    assert _inside(win), win.frameGeometry()
    win.show_changelog()
    _settle(win)
    assert _inside(win), win.frameGeometry()
    for page_id, _title in all_pages():
        win.show_page(page_id)
        _settle(win)
        assert _inside(win), (page_id, win.frameGeometry())
    win.checks_dock.hide()
    win.consolidation_dock.hide()
    win.changelog_dock.hide()
    _settle(win)
    assert _inside(win)


def test_remembered_geometry_is_clamped_to_the_screen(qtbot, workspace, settings, laptop):
    big = MainWindow(workspace, settings=settings)
    qtbot.addWidget(big)
    big.setGeometry(100, 80, 1900, 1060)
    settings.setValue("geometry", big.saveGeometry())
    big.deleteLater()
    assert isinstance(settings.value("geometry"), QByteArray)
    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    _settle(win)
    assert _inside(win), win.frameGeometry()


def test_assessment_pane_folds_and_splitter_is_remembered(qtbot, workspace, settings, laptop):
    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    page = win.show_page("form3")
    grid_height = page.grids()[0].height()
    page.details.setChecked(False)
    _settle(win)
    assert not page.details.body.isVisible()
    assert page.grids()[0].height() > grid_height
    page.details.setChecked(True)
    sizes = page.splitter.sizes()
    page.splitter.moveSplitter(sizes[0] - 60, 1)
    moved = page.splitter.sizes()
    assert moved != sizes
    page.details.setChecked(False)
    win.close()
    win2 = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win2)
    win2.show()
    page2 = win2.show_page("form3")
    assert not page2.details.isChecked()
    assert page2.splitter.saveState() == settings.value("pages/form3/splitter")


def test_key_columns_stay_in_view_when_scrolled(qtbot, window):
    page = window.show_page("form3")
    grid = page.grids()[0]
    frozen = grid.frozen
    assert frozen is not None and not frozen.frozen.isVisible()
    grid.select(grid.model.row(3).key, "status")  # far right: the grid scrolls sideways
    QApplication.processEvents()
    assert grid.view.horizontalScrollBar().value() > 0
    assert frozen.frozen.isVisible()
    assert not frozen.frozen.isColumnHidden(grid.spec.column_index("code"))
    rect = grid.view.visualRect(grid.view.currentIndex())
    assert rect.left() >= frozen.width()  # the current cell is not under the key columns
