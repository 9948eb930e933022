"""Where things are: bundled resources (frozen or not) and the per-user data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "FaaliyetDesktop"
APP_AUTHOR = "FaaliyetDesktop"


def resources_dir() -> Path:
    """The ``resources/`` folder: in a PyInstaller bundle, the installed package or the checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "translations"
    packaged = Path(__file__).resolve().parent / "translations"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "translations"


def user_data_dir() -> Path:
    """Per-user folder for the database and backups; never the install folder."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=False)


def default_db_path() -> Path:
    """``FAALIYET_DB`` if set, else ``faaliyet.sqlite`` in the per-user data folder."""
    env = os.environ.get("FAALIYET_DB")
    if env:
        return Path(env)
    return user_data_dir() / "faaliyet.sqlite"
