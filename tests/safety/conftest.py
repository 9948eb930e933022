"""Fixtures for the safety tests, and a summary of kill points and fuzzed inputs at the end."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from faaliyet_desktop.services import Workspace

from .counts import COUNTS

# Fast in CI; FAALIYET_HYPOTHESIS_PROFILE=long for a longer hunt (the Excel fuzz test has its
# own count, FAALIYET_FUZZ_EXAMPLES).
settings.register_profile("safety", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.function_scoped_fixture])
settings.register_profile("long", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("FAALIYET_HYPOTHESIS_PROFILE", "safety"))


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed database holding the 2024 sample, made once."""
    path = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    Workspace.open(path).close()
    return path


@pytest.fixture
def db_path(seed_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of the seed database in its own folder."""
    target = tmp_path / "veri" / "faaliyet.sqlite"
    target.parent.mkdir()
    shutil.copyfile(seed_db, target)
    return target


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not COUNTS:
        return
    terminalreporter.section("nothing lost, ever")
    for key, value in sorted(COUNTS.items()):
        terminalreporter.write_line(f"{key}: {value}")
