"""The ``gui`` and ``slow`` markers reach the tests they are meant for."""

from __future__ import annotations

import pytest


def test_every_window_test_is_marked_gui(request: pytest.FixtureRequest) -> None:
    items = request.session.items
    unmarked = [i.nodeid for i in items
                if (i.nodeid.startswith("tests/gui/") or "qtbot" in getattr(i, "fixturenames", ()))
                and i.get_closest_marker("gui") is None]
    assert not unmarked, unmarked


def test_slow_marker_covers_the_long_suites(request: pytest.FixtureRequest) -> None:
    slow = {i.nodeid.split("::")[0] for i in request.session.items
            if i.get_closest_marker("slow") is not None}
    ran_files = {i.nodeid.split("::")[0] for i in request.session.items}
    for path in ("tests/safety/test_kill.py", "tests/exchange/test_libreoffice.py"):
        if path in ran_files:  # when the whole suite (or that file) is collected
            assert path in slow
