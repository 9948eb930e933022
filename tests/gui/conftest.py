"""GUI tests: Qt offscreen, a pinned locale, a fresh temporary database and settings per test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANG"] = "C.UTF-8"

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from faaliyet_desktop.services import Workspace

# the gui marker is set by tests/conftest.py (a pytestmark here would not reach the tests)


@pytest.fixture(scope="session")
def _seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample, stored once; each test gets its own copy (seeding takes about a second)."""
    path = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    with Workspace.open(path):
        pass
    return path


@pytest.fixture
def db_path(tmp_path: Path, _seeded_db: Path) -> Path:
    target = tmp_path / "t.sqlite"
    shutil.copyfile(_seeded_db, target)
    return target


@pytest.fixture
def workspace(db_path: Path):
    ws = Workspace.open(db_path)
    yield ws
    ws.close()


@pytest.fixture
def settings(tmp_path: Path, qapp) -> QSettings:
    QCoreApplication.setOrganizationName("FaaliyetDesktopTest")
    QCoreApplication.setApplicationName("FaaliyetDesktopTest")
    QLocale.setDefault(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, workspace, settings):
    from faaliyet_desktop.ui.main_window import MainWindow

    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win
