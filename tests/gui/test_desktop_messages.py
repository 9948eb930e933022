"""What the user is told: the finished PDF with "Aç" / "Klasörü aç" (and a plain message
where nothing can open it), the import's warning about the undo history."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def test_report_ready_offers_open_and_folder(qtbot, window, monkeypatch, tmp_path):
    from faaliyet_desktop.ui import report_dialog

    pdf = tmp_path / "rapor.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    opened: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(report_dialog, "open_file", lambda p: opened.append(p) or True)
    monkeypatch.setattr(report_dialog, "open_folder", lambda p: False)  # no file manager
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(
        text))
    box = report_dialog.report_ready(window, str(pdf))
    texts = [b.text() for b in box.buttons()]
    assert "Aç" in texts and "Klasörü aç" in texts
    assert str(pdf) in box.text()
    next(b for b in box.buttons() if b.text() == "Aç").click()
    assert opened == [str(pdf)]
    box = report_dialog.report_ready(window, str(pdf))
    next(b for b in box.buttons() if b.text() == "Klasörü aç").click()
    assert told and str(pdf) in told[0]
