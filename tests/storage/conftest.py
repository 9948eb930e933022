"""Fixtures for the storage tests: a fresh database in tmp_path and a complete report year."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from faaliyet_desktop.domain.model import ReportYear
from faaliyet_desktop.storage import Database, open_database

from .helpers import complete_report


@pytest.fixture(scope="session")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly created and migrated database, made once; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "bos.sqlite"
    open_database(path).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "veri" / "faaliyet.sqlite"


@pytest.fixture
def db(db_path: Path, empty_database: Path) -> Iterator[Database]:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(empty_database, db_path)
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def report() -> ReportYear:
    return complete_report()


@pytest.fixture
def make_report() -> Callable[[int], ReportYear]:
    return complete_report
