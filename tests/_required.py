"""A tool a test needs is missing: a skip on a developer's machine, a failure in CI.

CI (``CI`` set, as ``.ci/run`` runs) installs every tool, so a missing one there is a
regression of the set-up, never a reason to pass quietly."""

from __future__ import annotations

import os

import pytest


def missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI installs it: a missing tool here is a set-up regression)")
    pytest.skip(reason)
