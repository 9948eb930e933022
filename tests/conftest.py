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
