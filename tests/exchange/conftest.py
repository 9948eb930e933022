"""Fixtures for the Excel exchange: a database holding the sample, templates, filled files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from faaliyet_desktop.domain.summary import dump
from faaliyet_desktop.exchange.export import export_template
from faaliyet_desktop.exchange.service import apply_plan, dry_run, signing_key
from faaliyet_desktop.sample import load_sample
from faaliyet_desktop.services import Workspace

YEAR = 2024


@pytest.fixture(scope="session")
def _seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    Workspace.open(path).close()
    return path


@pytest.fixture(scope="session")
def seed_key(_seed_db: Path) -> bytes:
    """The template key of the seed database (every copy of it shares the key)."""
    with Workspace.open(_seed_db) as ws:
        return signing_key(ws)


@pytest.fixture
def db_path(_seed_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of a database holding the 2024 sample (closed)."""
    target = tmp_path / "faaliyet.sqlite"
    shutil.copy(_seed_db, target)
    return target


@pytest.fixture
def report() -> Any:
    return load_sample()


class Snapshot:
    """The database file's bytes and the year's dump, to prove nothing changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.bytes = path.read_bytes()

    @property
    def dump(self) -> Any:
        with Workspace.open(self.path) as ws:
            return dump(ws.load(YEAR))

    def assert_unchanged(self) -> None:
        assert self.path.read_bytes() == self.bytes, "database file changed"


def run_import(db: Path, files: list[Path], *, apply: bool = True, expected_unit: str | None
               = None) -> tuple[Any, list[Any]]:
    with Workspace.open(db) as ws:
        plan = dry_run(ws, YEAR, files, expected_unit=expected_unit)
        results = apply_plan(ws, plan) if apply else []
    return plan, results


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("templates")


@pytest.fixture
def unit_template(tmp_path: Path, _templates: Path, seed_key: bytes) -> Callable[[str], Path]:
    """A fresh copy of a unit's template (exported once per session)."""
    def make(unit: str = "IL34") -> Path:
        cached = _templates / f"sablon_{unit}.xlsx"
        if not cached.exists():
            export_template(load_sample(), cached, unit, key=seed_key)
        path = tmp_path / f"sablon_{unit}.xlsx"
        shutil.copy(cached, path)
        return path
    return make


@pytest.fixture
def institution_template(tmp_path: Path, _templates: Path, seed_key: bytes) -> Path:
    cached = _templates / "sablon_kurum.xlsx"
    if not cached.exists():
        export_template(load_sample(), cached, key=seed_key)
    path = tmp_path / "sablon_kurum.xlsx"
    shutil.copy(cached, path)
    return path
