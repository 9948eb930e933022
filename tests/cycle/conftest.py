"""Fixtures for the year's close and the bulk send/collect: a database holding the sample."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from faaliyet_desktop.services import Workspace


@pytest.fixture(scope="session")
def _seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cycle-seed") / "seed.sqlite"
    Workspace.open(path).close()
    return path


@pytest.fixture
def db_path(_seed: Path, tmp_path: Path) -> Path:
    """A fresh copy of a database holding the 2024 sample (closed)."""
    target = tmp_path / "faaliyet.sqlite"
    shutil.copy(_seed, target)
    return target
