"""A save that fails is never shown as saved: the indicator turns red with a Turkish reason,
the title keeps its "*", the edits stay queued and are retried, and closing asks first."""

from __future__ import annotations

import pytest
from helpers import grid_of, type_cell
from PySide6.QtWidgets import QMessageBox

from faaliyet_desktop.services import Workspace
from faaliyet_desktop.storage import StorageError


def _failures():
    return [
        StorageError("Veritabanına yazılamadı: disk dolu. Yer açıp yeniden deneyin."),
        # what a 20-digit head count used to raise: not a StorageError, so the save indicator
        # kept saying "saved" while every later save failed
        OverflowError("Python int too large to convert to SQLite INTEGER"),
    ]


@pytest.mark.parametrize("failure", _failures(), ids=["storage-error", "unexpected-error"])
def test_failed_save_is_red_kept_retried_and_asked_on_close(qtbot, window, db_path,
                                                            monkeypatch, failure):
    real_save = window.workspace.save
    attempts = []

    def failing(report, **kw):
        attempts.append(1)
        raise failure

    monkeypatch.setattr(window.workspace, "save", failing)
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: boxes.append(a[2]) or QMessageBox.StandardButton.No)
    grid = grid_of(window, "personnel_employment")
    type_cell(qtbot, grid, "MERKEZ", "dolu_kadro", "400")
    qtbot.waitUntil(lambda: bool(attempts))
    label = window.save_label
    assert "KAYDEDİLEMEDİ" in label.text() and "✓" not in label.text()
    assert "#b00020" in label.styleSheet()  # red
    assert window.windowTitle().endswith("*")
    assert not window.doc.saved
    # the user is told the truth: nothing of this was written to the database
    told = "\n".join(boxes) + label.toolTip()
    assert "yazılmadı" in told and "kaybolmadı" not in told
    assert window.save_status.retry_button.isVisible()

    # a later edit is kept and tried again (and fails again, still red)
    n = len(attempts)
    type_cell(qtbot, grid, "MERKEZ", "sozlesmeli", "26")
    qtbot.waitUntil(lambda: len(attempts) > n)
    assert "KAYDEDİLEMEDİ" in label.text() and window.windowTitle().endswith("*")

    # closing asks; "No" keeps the window open with the edits
    boxes.clear()
    assert not window.close()
    assert window.isVisible()
    assert boxes and "kaydedilemedi" in boxes[-1].lower()

    # the cause goes away: the retry stores both edits, the indicator turns green
    monkeypatch.setattr(window.workspace, "save", real_save)
    window.save_status.retry_button.click()
    assert "✓" in label.text() and not window.windowTitle().endswith("*")
    assert not window.save_status.retry_button.isVisible()
    with Workspace.open(db_path, create=False) as other:
        rec = other.load(window.doc.year).personnel_of("MERKEZ")
        assert rec is not None
        assert (rec.employment["dolu_kadro"], rec.employment["sozlesmeli"]) == (400, 26)
    boxes.clear()
    assert window.close()  # saved: no question
    assert not boxes


def test_closing_anyway_after_a_failed_save(qtbot, window, monkeypatch):
    def failing(report, **kw):
        raise StorageError("Veritabanına yazılamadı.")

    monkeypatch.setattr(window.workspace, "save", failing)
    answers = []

    def answer(*a, **k):
        answers.append(a[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", answer)
    grid = grid_of(window, "personnel_employment")
    type_cell(qtbot, grid, "MERKEZ", "dolu_kadro", "401")
    qtbot.waitUntil(lambda: "KAYDEDİLEMEDİ" in window.save_label.text())
    answers.clear()
    assert window.close()
    assert len(answers) == 1 and "kaybolur" in answers[0]


def test_switching_year_over_unsaved_edits_asks(qtbot, window, monkeypatch):
    """Opening another year (or the same one again) would drop edits that could not be saved:
    it asks first, and "No" keeps them."""
    def failing(report, **kw):
        raise StorageError("Veritabanına yazılamadı.")

    monkeypatch.setattr(window.workspace, "save", failing)
    answers: list[str] = []
    reply = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: answers.append(a[2]) or reply[0])
    grid = grid_of(window, "personnel_employment")
    type_cell(qtbot, grid, "MERKEZ", "dolu_kadro", "402")
    qtbot.waitUntil(lambda: "KAYDEDİLEMEDİ" in window.save_label.text())
    doc = window.doc
    answers.clear()
    window.open_year(doc.year)
    assert window.doc is doc and answers and "kaybolur" in answers[-1]
    assert doc.report.personnel_of("MERKEZ").employment["dolu_kadro"] == 402
    reply[0] = QMessageBox.StandardButton.Yes
    window.open_year(doc.year)
    assert window.doc is not doc
    assert window.doc.report.personnel_of("MERKEZ").employment["dolu_kadro"] == 399
