"""Export → fill with openpyxl → import → the database holds exactly what was filled."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from faaliyet_desktop.domain.summary import dump
from faaliyet_desktop.exchange.export import build_workbook, export_template
from faaliyet_desktop.exchange.layout import META_SHEET
from faaliyet_desktop.exchange.service import (
    history,
    provenance,
    undo_import,
)
from faaliyet_desktop.exchange.specs import table_specs
from faaliyet_desktop.exchange.synthetic import fill_template, province_values
from faaliyet_desktop.services import Workspace

from .conftest import YEAR, Snapshot, run_import


def stored(db: Path, table: str, row: str) -> dict:
    with Workspace.open(db) as ws:
        report = ws.load(YEAR)
    return table_specs(report)[table].get(report, row) or {}


def test_unit_template_round_trip(db_path, report, unit_template, tmp_path):
    template = unit_template("IL34")
    filled = tmp_path / "il34.xlsx"
    values = province_values("IL34")
    fill_template(template, filled, report, values, unit="IL34")

    plan, results = run_import(db_path, [filled])
    assert [f.status for f in plan.files] == ["ready"]
    assert {r.status for r in plan.files[0].rows} == {"new"}
    assert results[0].applied, results[0].message

    for table, rows in values.items():
        for row, cols in rows.items():
            assert stored(db_path, table, row) == cols, table


def test_institution_template_round_trip(db_path, report, institution_template, tmp_path):
    filled = tmp_path / "kurum.xlsx"
    values = {
        "budget": {"1": {"kbo": Decimal("7111020001"), "spending": Decimal("7176967030.25")}},
        "activities": {"GY.DG.1": {"realisation": Decimal("2240884215")}},
        "form3": {"GY.GYH.1": {"q4": Decimal("913720"), "measure": "Oran",
                               "assessment4": "=Yıl sonu değerlendirmesi: +5 %",
                               "deviation_reason": "-"}},
        "personnel_gender": {"TASRA": {"kadin": 4000, "erkek": 9053}},
        "unit_spending": {"OKM": {"kbo": Decimal("180000.5")}},
    }
    fill_template(institution_template, filled, report, values)
    plan, results = run_import(db_path, [filled])
    f = plan.files[0]
    assert f.status == "ready", f.message
    changed = {(r.table, r.row_key) for r in f.rows if r.status in ("new", "changed")}
    assert changed == {("budget", "1"), ("activities", "GY.DG.1"), ("form3", "GY.GYH.1"),
                       ("personnel_gender", "TASRA"), ("unit_spending", "OKM")}
    budget_row = next(r for r in f.rows if r.table == "budget" and r.row_key == "1")
    assert [(c.cell, c.old_text, c.new_text) for c in budget_row.changes] == [
        ("C3", "7.111.020.000", "7.111.020.001"), ("G3", "7.176.967.030", "7.176.967.030,25")]
    assert results[0].applied
    for table, rows in values.items():
        for row, cols in rows.items():
            got = stored(db_path, table, row)
            for col, value in cols.items():
                assert got[col] == value, (table, row, col)


def test_reimport_changes_nothing_and_undo_restores(db_path, report, unit_template, tmp_path):
    filled = tmp_path / "il06.xlsx"
    fill_template(unit_template("IL06"), filled, report, province_values("IL06"), unit="IL06")
    before = Snapshot(db_path).dump
    run_import(db_path, [filled])
    after_first = Snapshot(db_path)
    assert after_first.dump != before

    plan, results = run_import(db_path, [filled])
    assert plan.files[0].status == "nochange"
    assert plan.files[0].previously_imported
    assert results == []
    after_first.assert_unchanged()

    with Workspace.open(db_path) as ws:
        records = history(ws, YEAR)
        assert [(r.file_name, r.unit, r.status) for r in records] == [
            ("il06.xlsx", "IL06", "applied")]
        src = provenance(ws, YEAR, "personnel_employment", "IL06", "dolu_kadro")
        assert src is not None and src.file_name == "il06.xlsx" and src.unit == "IL06"
        assert src.file_sha256 == plan.files[0].sha256 and src.cell.endswith("!C3")
        assert src.fingerprint == plan.files[0].fingerprint and src.imported_at
        from faaliyet_desktop.exchange.service import provenance_text
        assert provenance_text(ws, YEAR, "personnel_employment", "IL06", "dolu_kadro").startswith(
            "İçe aktarıldı: il06.xlsx (Tablo 3 Personel!C3), birim IL06")
        undo_import(ws, YEAR, records[0].id)
        assert dump(ws.load(YEAR)) == before
        assert history(ws, YEAR)[0].status == "undone"
        assert provenance(ws, YEAR, "personnel_employment", "IL06", "dolu_kadro") is None


def test_undo_refused_when_value_changed_later(db_path, report, unit_template, tmp_path):
    from faaliyet_desktop.exchange.service import UndoRefused

    filled = tmp_path / "il07.xlsx"
    fill_template(unit_template("IL07"), filled, report, province_values("IL07"), unit="IL07")
    run_import(db_path, [filled])
    with Workspace.open(db_path) as ws:
        r = ws.load(YEAR)
        r.personnel_of("IL07").employment["dolu_kadro"] = 1
        ws.save(r)
        snap = dump(ws.load(YEAR))
        with pytest.raises(UndoRefused) as exc:
            undo_import(ws, YEAR, history(ws, YEAR)[0].id)
        assert "yeniden değiştirilmiş" in exc.value.message and "Tablo 3 Personel!C3" in (
            exc.value.message)
        assert dump(ws.load(YEAR)) == snap


def test_many_provinces_each_file_whole(db_path, report, unit_template, tmp_path):
    files = []
    for code in ("IL01", "IL02", "IL03"):
        path = tmp_path / f"{code}.xlsx"
        fill_template(unit_template(code), path, report, province_values(code), unit=code)
        files.append(path)
    bad = tmp_path / "IL04.xlsx"
    vals = province_values("IL04")
    vals["personnel_gender"]["IL04"]["kadin"] = "çok"
    fill_template(unit_template("IL04"), bad, report, vals, unit="IL04", raw=True)
    plan, results = run_import(db_path, files + [bad])
    assert [f.status for f in plan.files] == ["ready", "ready", "ready", "refused"]
    assert [r.applied for r in results] == [True, True, True]
    # the refused file left nothing behind, not even its valid rows
    assert stored(db_path, "personnel_employment", "IL04") == dict.fromkeys(
        ["dolu_kadro", "sozlesmeli", "kadrolu_isci", "hizmet_alimi", "gecici"])
    assert stored(db_path, "personnel_employment", "IL02") == province_values("IL02")[
        "personnel_employment"]["IL02"]


def test_cleared_cell_removes_value(db_path, report, institution_template, tmp_path):
    filled = tmp_path / "kurum.xlsx"
    fill_template(institution_template, filled, report,
                  {"personnel_employment": {"MERKEZ": {"gecici": None}}})
    plan, _results = run_import(db_path, [filled])
    row = next(r for r in plan.files[0].rows if r.status == "changed")
    assert [(c.old_text, c.new_text) for c in row.changes] == [("251", "(boş)")]
    assert "gecici" not in stored(db_path, "personnel_employment", "MERKEZ") or stored(
        db_path, "personnel_employment", "MERKEZ")["gecici"] is None


def test_template_layout_and_protection(report, tmp_path):
    path = tmp_path / "t.xlsx"
    layout = export_template(report, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "Açıklamalar"
    assert wb[META_SHEET].sheet_state == "hidden"
    meta = {r[0]: r[1] for r in wb[META_SHEET].iter_rows(values_only=True)}
    assert meta["yil"] == "2024" and meta["birim"] is None and meta["sablon_surumu"] == "2"
    assert meta["parmak_izi"] == layout.fingerprint()
    assert {"uygulama_surumu", "olusturma_tarihi", "sablon_turu", "tablolar"} <= set(meta)
    assert wb.security.lockStructure
    ws = wb["Tablo 9 Bütçe"]
    assert ws["A1"].value == "Tablo 9. 2024 Yılı Bütçe Gerçekleşme Durumu"
    assert ws.protection.sheet and ws.freeze_panes == "C3"
    assert ws["C3"].protection.locked is False and ws["A3"].protection.locked is True
    assert ws["F3"].value == "=N(C3)+N(D3)-N(E3)" and ws["F3"].protection.locked is True
    assert ws["C9"].value == "=SUM(C3:C8)"
    kinds = {dv.type for dv in ws.data_validations.dataValidation}
    assert kinds == {"decimal"}
    assert {dv.type for dv in wb["Tablo 3 Personel"].data_validations.dataValidation} == {
        "whole"}
    assert "list" in {dv.type for dv in wb["Tablo 15 Form-3"].data_validations.dataValidation}
    assert wb["Tablo 3 Personel"]["C3"].number_format == "#,##0"


def test_unit_template_holds_only_that_unit(report):
    _wb, layout = build_workbook(report, "IL34")
    assert layout.tables == ("it", "personnel_employment", "personnel_gender",
                             "personnel_education", "unit_spending")
    for sheet in layout.sheets:
        assert [k for k, _, _ in sheet.rows] == ["IL34"]


def test_last_year_values_are_hints_not_data(db_path, tmp_path):
    with Workspace.open(db_path) as ws:
        last = ws.load(YEAR)
        last.year = YEAR - 1
        last.personnel.append(type(last.personnel[0])("IL34", {"dolu_kadro": 77}))
        ws.save(last)
        from faaliyet_desktop.exchange.service import export_for
        export_for(ws, YEAR, tmp_path / "h.xlsx", "IL34")
    wb = openpyxl.load_workbook(tmp_path / "h.xlsx")
    cell = wb["Tablo 3 Personel"]["C3"]
    assert cell.value is None and "Geçen yıl (2023): 77" in cell.comment.text
    plan, _ = run_import(db_path, [tmp_path / "h.xlsx"], apply=False)
    assert plan.files[0].status == "nochange"


def test_exported_text_never_becomes_a_formula(report, tmp_path):
    import zipfile

    report.unit("IL34").name = "=HYPERLINK(\"http://x\",\"tıkla\")"
    report.indicators[0].assessments[0] = "+90 555 000 00 00"
    report.indicators[0].assessments[1] = "@SUM(1)"
    report.indicators[0].deviation_reason = "-2+3"
    path = tmp_path / "inj.xlsx"
    export_template(report, path, tables=["personnel_employment", "form3"])
    wb = openpyxl.load_workbook(path)
    cells = [wb["Tablo 3 Personel"].cell(r, 2) for r in range(3, 200)]
    il34 = next(c for c in cells if c.value and "HYPERLINK" in str(c.value))
    assert il34.data_type == "s" and il34.quotePrefix
    ws = wb["Tablo 15 Form-3"]
    for cell in ws[3]:
        if isinstance(cell.value, str) and cell.value[:1] in "+@-" and cell.column > 14:
            assert cell.data_type == "s" and cell.quotePrefix
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                body = zf.read(name).decode()
                assert not re.search(r"<f>[^<]*HYPERLINK", body)  # never a formula
                for m in re.finditer(r'<c [^>]*>(?:(?!</c>).)*HYPERLINK', body):
                    assert 't="inlineStr"' in m.group(0) or 't="s"' in m.group(0)


def test_a_failing_history_record_leaves_no_data(db_path, report, unit_template, tmp_path,
                                                 monkeypatch):
    """The data of a file and its history record go in together or not at all."""
    from faaliyet_desktop.exchange import service

    filled = tmp_path / "il08.xlsx"
    fill_template(unit_template("IL08"), filled, report, province_values("IL08"), unit="IL08")
    snap = Snapshot(db_path)

    def broken(*args, **kwargs):
        raise RuntimeError("disk vanished mid-way")

    monkeypatch.setattr(service, "_record", broken)
    with pytest.raises(RuntimeError):
        run_import(db_path, [filled])
    snap.assert_unchanged()


def test_rows_the_unit_left_alone_do_not_overwrite_newer_data(db_path, report, unit_template,
                                                              institution_template, tmp_path):
    """An institution template exported before the provinces' files came in must not clear
    what they sent: rows left as exported keep the database's newer values."""
    province = tmp_path / "il34.xlsx"
    fill_template(unit_template("IL34"), province, report, province_values("IL34"),
                  unit="IL34")
    run_import(db_path, [province])
    late = tmp_path / "kurum_gec.xlsx"
    fill_template(institution_template, late, report,
                  {"budget": {"2": {"spending": Decimal("1326439392")}},
                   "personnel_gender": {"MERKEZ": {"kadin": 414}}})
    plan, results = run_import(db_path, [late])
    f = plan.files[0]
    assert results[0].applied
    kept = [r for r in f.rows if r.row_key == "IL34"]
    assert kept and all(r.status == "unchanged" and "korunuyor" in r.note for r in kept)
    assert {(r.table, r.row_key) for r in f.rows if r.status == "changed"} == {
        ("budget", "2"), ("personnel_gender", "MERKEZ")}
    assert stored(db_path, "personnel_employment", "IL34") == province_values("IL34")[
        "personnel_employment"]["IL34"]


def test_conflicting_edit_is_flagged(db_path, report, institution_template, tmp_path):
    with Workspace.open(db_path) as ws:
        r = ws.load(YEAR)
        r.personnel_of("MERKEZ").gender["kadin"] = 400
        ws.save(r)
    late = tmp_path / "kurum.xlsx"
    fill_template(institution_template, late, report,
                  {"personnel_gender": {"MERKEZ": {"kadin": 420}}})
    snap = Snapshot(db_path)
    plan, results = run_import(db_path, [late])
    snap.assert_unchanged()
    assert results == [] and plan.files[0].status == "refused"
    row = next(r for r in plan.files[0].rows if r.status == "rejected")
    assert row.row_key == "MERKEZ"
    text = " ".join(str(x) for x in row.reasons)
    assert "hem veritabanında hem dosyada değişmiş" in text
    assert "veritabanında 400, dosyada 420" in text
