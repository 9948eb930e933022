"""ruff and mypy, as configured in pyproject.toml, are part of the test suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from _required import missing

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "src", "tests", "benchmarks", "packaging"],
        ["mypy"],
    ],
    ids=["ruff", "mypy"],
)
def test_linter_is_clean(command):
    exe = shutil.which(command[0], path=str(Path(sys.executable).parent)) or shutil.which(
        command[0])
    if exe is None:
        missing(f"{command[0]} is not installed (pip install -e '.[test]')")
    res = subprocess.run([exe, *command[1:]], cwd=ROOT, capture_output=True, text=True,
                         timeout=600)
    assert res.returncode == 0, res.stdout + res.stderr
