"""The GUI action: confirm on check errors, build on a worker thread, open the finished PDF."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QPushButton, QWidget

from faaliyet_desktop.services import Workspace
from faaliyet_desktop.ui import report_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "db.sqlite")
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def test_builds_a_draft_after_confirmation_and_offers_to_open_it(qtbot, window, workspace, tmp_path,
                                                        monkeypatch):
    out = tmp_path / "rapor.pdf"
    asked: list[list[str]] = []
    opened: list[str] = []
    monkeypatch.setattr(report_dialog, "confirm_draft",
                        lambda parent, errors: asked.append(errors) or True)
    monkeypatch.setattr(report_dialog, "ask_output_path", lambda parent, name: str(out))
    monkeypatch.setattr(report_dialog, "report_ready", lambda parent, path: opened.append(path))
    build = report_dialog.run_report_dialog(window, workspace, 2024, "IL06")
    assert build is not None and asked and asked[0]  # the sample has check errors
    assert build.worker.draft
    qtbot.waitUntil(lambda: opened == [str(out)], timeout=30000)
    assert out.read_bytes().startswith(b"%PDF")


def test_declining_the_draft_builds_nothing(window, workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(report_dialog, "confirm_draft", lambda parent, errors: False)
    monkeypatch.setattr(report_dialog, "ask_output_path",
                        lambda parent, name: pytest.fail("must not ask for a file"))
    assert report_dialog.run_report_dialog(window, workspace, 2024, None) is None


def test_cancel_stops_the_build_and_leaves_no_file(qtbot, window, workspace, tmp_path,
                                                   monkeypatch):
    out = tmp_path / "rapor.pdf"
    opened: list[str] = []
    monkeypatch.setattr(report_dialog, "confirm_draft", lambda parent, errors: True)
    monkeypatch.setattr(report_dialog, "ask_output_path", lambda parent, name: str(out))
    monkeypatch.setattr(report_dialog, "report_ready", lambda parent, path: opened.append(path))
    build = report_dialog.run_report_dialog(window, workspace, 2024, None)
    assert build is not None
    with qtbot.waitSignal(build.done, timeout=30000) as blocker:
        build.dialog.findChild(QPushButton).click()  # the İptal button
    assert blocker.args == [""]
    assert opened == [] and not out.exists()
