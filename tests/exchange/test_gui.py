"""The exchange dialogs and the consolidation view, driven offscreen (no modal dialogs shown)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from faaliyet_desktop.exchange.consolidation import Inbox
from faaliyet_desktop.exchange.service import signing_key
from faaliyet_desktop.exchange.synthetic import fill_template, province_values
from faaliyet_desktop.services import Workspace
from faaliyet_desktop.ui.exchange_dialogs import (
    ConsolidationWidget,
    ExportDialog,
    HistoryDialog,
    ImportDialog,
    RowsModel,
    preview_files,
)

from .conftest import YEAR
from .test_bad_inputs import resign

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _quiet_boxes(monkeypatch):
    """Message boxes would block offscreen: record them instead."""
    shown: list[tuple[str, str]] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *a, _n=name, **k: shown.append((_n, text))))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Yes))
    Inbox._seen.clear()
    return shown


@pytest.fixture
def ws(db_path):
    with Workspace.open(db_path) as workspace:
        yield workspace


def test_rows_model_is_a_sound_model(qtmodeltester):
    model = RowsModel(["A", "B"], checkable=True)
    model.set_rows([["x", 1], ["y", None]], ["ready", "refused"], [True, False])
    qtmodeltester.check(model)


def test_export_dialog_writes_a_unit_template(qtbot, ws, tmp_path):
    dialog = ExportDialog(ws, YEAR)
    qtbot.addWidget(dialog)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("IL34"))
    assert dialog.selected_tables() == ["it", "personnel_employment", "personnel_gender",
                                        "personnel_education", "unit_spending"]
    dialog.tables.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.export_to(tmp_path / "il34.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "il34.xlsx")
    assert "Tablo 2 BT Envanteri" not in wb.sheetnames and "Tablo 3 Personel" in wb.sheetnames


def test_export_dialog_one_template_per_province(qtbot, ws, tmp_path, monkeypatch):
    from faaliyet_desktop.exchange import synthetic

    monkeypatch.setattr(synthetic, "provincial_units", lambda report: ["IL01", "IL02", "IL03"])
    dialog = ExportDialog(ws, YEAR)
    qtbot.addWidget(dialog)
    dialog.per_province.setChecked(True)
    assert dialog.export_provinces(tmp_path)
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == [
        "sablon_2024_IL01.xlsx", "sablon_2024_IL02.xlsx", "sablon_2024_IL03.xlsx"]


def _files(tmp_path: Path, report, unit_template) -> list[Path]:
    good = tmp_path / "il34.xlsx"
    fill_template(unit_template("IL34"), good, report, province_values("IL34"), unit="IL34")
    bad = tmp_path / "il06.xlsx"
    values = province_values("IL06")
    values["personnel_employment"]["IL06"]["gecici"] = "1,234.5"
    fill_template(unit_template("IL06"), bad, report, values, unit="IL06", raw=True)
    junk = tmp_path / "notlar.csv"
    junk.write_text("a;b\n", encoding="utf-8")
    return [good, bad, junk]


def test_preview_confirm_apply_history_undo(qtbot, ws, tmp_path, report, unit_template,
                                            _quiet_boxes):
    paths = _files(tmp_path, report, unit_template)
    plan = preview_files(None, ws, YEAR, paths)
    dialog = ImportDialog(ws, YEAR, plan)
    qtbot.addWidget(dialog)
    files = dialog.files_model
    assert files.rowCount() == 3
    assert [files.index(r, 1).data() for r in range(3)] == [
        "içe aktarılabilir", "reddedildi", "reddedildi"]
    assert files.checked_rows() == [0]  # only what can go in whole is offered
    assert not files.flags(files.index(1, 0)) & Qt.ItemFlag.ItemIsUserCheckable

    dialog.files_view.selectRow(0)
    rows = dialog.rows_model
    shown = [[rows.index(r, c).data() for c in range(rows.columnCount())]
             for r in range(rows.rowCount())]
    assert ["yeni", "Tablo 3 Personel", "IL34", "İstanbul İl Göç İdaresi Müdürlüğü", "C3",
            "Dolu Kadro", "(boş)", "198"] in shown
    assert dialog.findings_model.rowCount() > 0  # the checks that would newly fail

    dialog.files_view.selectRow(1)
    reasons = [rows.index(r, 7).data() for r in range(rows.rowCount())]
    assert any("İngilizce biçimde" in x for x in reasons)
    assert any(rows.index(r, 4).data() == "G3" for r in range(rows.rowCount()))

    dialog.apply_checked()
    assert dialog.changed
    assert [r.applied for r in dialog.results] == [True]
    assert ws.load(YEAR).personnel_of("IL34").employment["dolu_kadro"] == 198

    history = HistoryDialog(ws, YEAR)
    qtbot.addWidget(history)
    assert history.model.rowCount() == 1
    assert history.model.index(0, 2).data() == "il34.xlsx"
    assert history.undo_selected(confirm=False)
    assert ws.load(YEAR).personnel_of("IL34") is None
    assert history.model.index(0, 0).data() == "geri alındı"


def test_consolidation_shows_who_sent_what(qtbot, ws, tmp_path, report, unit_template):
    paths = _files(tmp_path, report, unit_template)
    plan = preview_files(None, ws, YEAR, paths)
    widget = ConsolidationWidget(ws, YEAR)
    qtbot.addWidget(widget)
    by_code = {s.code: s for s in widget.statuses}
    assert len(by_code) == 81
    assert by_code["IL34"].status_tr == "Alındı"
    assert by_code["IL06"].status_tr == "Reddedildi"
    assert by_code["IL01"].status_tr == "Gönderilmedi"
    assert "81 birimden 0 içe aktarıldı, 1 alındı" in widget.summary.text()

    old_year = tmp_path / "il09_2023.xlsx"
    fill_template(unit_template("IL09"), old_year, report, province_values("IL09"),
                  unit="IL09")
    wb = openpyxl.load_workbook(old_year)
    wb["_sablon_bilgisi"]["B3"] = "2023"
    resign(wb, signing_key(ws))  # as a 2023 template of this database would be
    wb.save(old_year)
    preview_files(None, ws, YEAR, [old_year])
    widget.refresh()
    il09 = {s.code: s for s in widget.statuses}["IL09"]
    assert il09.status_tr == "Reddedildi" and "2023 yılı için" in il09.message

    dialog = ImportDialog(ws, YEAR, plan)
    qtbot.addWidget(dialog)
    dialog.apply_checked()
    widget.refresh()
    by_code = {s.code: s for s in widget.statuses}
    assert by_code["IL34"].status_tr == "İçe aktarıldı"
    assert by_code["IL34"].file_name == "il34.xlsx" and by_code["IL34"].when
    assert "1 içe aktarıldı" in widget.summary.text()

    widget.only_missing.setChecked(True)
    assert "IL34" not in {s.code for s in widget.statuses}
    assert {"IL06", "IL01"} <= {s.code for s in widget.statuses}


def test_inbox_folder_scan_marks_units_received(qtbot, ws, tmp_path, report, unit_template):
    inbox = tmp_path / "gelen"
    inbox.mkdir()
    fill_template(unit_template("IL07"), inbox / "IL07.xlsx", report, province_values("IL07"),
                  unit="IL07")
    (inbox / "bozuk.xlsx").write_bytes(b"not a workbook")
    assert Inbox.scan_folder(ws, YEAR, inbox) == 1
    widget = ConsolidationWidget(ws, YEAR)
    qtbot.addWidget(widget)
    assert {s.code: s.status for s in widget.statuses}["IL07"] == "received"
