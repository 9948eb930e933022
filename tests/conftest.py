"""Shared test set-up: Qt offscreen, a pinned locale, the sample report."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LC_ALL", "C.UTF-8")

import pytest

from faaliyet_desktop.domain.model import ReportYear
from faaliyet_desktop.sample import load_sample


@pytest.fixture
def sample() -> ReportYear:
    """A fresh copy of the built-in 2024 sample (tests may change it)."""
    return load_sample()


@pytest.fixture(autouse=True)
def _no_user_database(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real per-user database from a test."""
    monkeypatch.setenv("FAALIYET_DB", str(tmp_path_factory.mktemp("userdb") / "default.sqlite"))


# Markers by where a test lives and what it uses (a ``pytestmark`` in a conftest.py does not
# reach the tests, so they are set here): ``-m "not gui"`` runs without a window,
# ``-m "not slow"`` is the quick loop (under a minute on 2 cores).
_SLOW_FILES = (
    "tests/safety/test_kill.py",  # child processes killed at many points
    "tests/safety/test_fuzz_import.py",  # hypothesis over workbooks
    "tests/safety/test_fuzz_numbers.py",
    "tests/exchange/test_libreoffice.py",  # starts LibreOffice
    "tests/postgres/",  # starts a PostgreSQL server
    "tests/test_lint.py",  # ruff and mypy over the tree
)
_SLOW_TESTS = ("test_smoke_command_exits_zero", "test_cli_never_loads_pyside6")
_GUI_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = config.rootpath
    for item in items:
        path = item.path.relative_to(root).as_posix() if item.path.is_relative_to(root) else ""
        if path.startswith("tests/gui/") or _GUI_FIXTURES & set(getattr(item, "fixturenames",
                                                                            ())):
            item.add_marker(pytest.mark.gui)
        if path.startswith(_SLOW_FILES) or item.name.split("[")[0] in _SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
