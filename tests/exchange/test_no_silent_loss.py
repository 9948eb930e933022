"""Issue 10 in the Excel exchange: what a unit sends is stored exactly as meant, or refused with
a reason; nothing is dropped silently. Every refusal leaves the database byte-identical."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from faaliyet_desktop import cli
from faaliyet_desktop.exchange.export import export_template
from faaliyet_desktop.exchange.layout import META_SHEET, build_layout
from faaliyet_desktop.exchange.service import history, signing_key
from faaliyet_desktop.exchange.specs import FIRST_DATA_ROW
from faaliyet_desktop.exchange.synthetic import fill_template, province_values
from faaliyet_desktop.sample import load_sample
from faaliyet_desktop.services import Workspace

from .conftest import YEAR, Snapshot, run_import
from .test_bad_inputs import mutate, refused, set_meta

UNIT = "IL34"


def stored(db: Path, table: str, row: str) -> dict[str, Any]:
    from faaliyet_desktop.exchange.specs import table_specs

    with Workspace.open(db) as ws:
        r = ws.load(YEAR)
        return table_specs(r)[table].get(r, row) or {}


def applied(db: Path, path: Path) -> Any:
    plan, results = run_import(db, [path])
    f = plan.files[0]
    assert f.status in ("ready", "nochange"), f.message + " " + " ".join(
        str(x) for r in f.rows for x in r.reasons)
    return plan, results


def coord(report: Any, unit: str | None, table: str, row: str, column: str) -> str:
    layout = build_layout(report, unit, (table,))
    sheet = layout.sheets[0]
    keys = [k for k, _, _ in sheet.rows]
    return f"{sheet.letters[column]}{FIRST_DATA_ROW + keys.index(row)}"


@pytest.fixture
def filled(tmp_path: Path, report: Any, unit_template: Callable[[str], Path]) -> Path:
    path = tmp_path / "il34_dolu.xlsx"
    fill_template(unit_template(UNIT), path, report, province_values(UNIT), unit=UNIT)
    return path


# --- 1. percentages -------------------------------------------------------------------------
def _form3_cell(report: Any) -> tuple[str, str]:
    layout = build_layout(report, None, ("form3",))
    sheet = layout.sheets[0]
    code = sheet.rows[0][0]
    return code, f"{sheet.letters['q1']}{FIRST_DATA_ROW}"


@pytest.mark.parametrize("number_format", ["0%", "0.00%", "%0"])
def test_percent_formatted_number_is_read_as_the_percentage_seen(
        db_path, report, institution_template, tmp_path, number_format):
    """Typing %175 in a Turkish Excel stores 1.75 with a % format: 175 is what was meant."""
    code, cell = _form3_cell(report)

    def change(wb: Any) -> None:
        ws = wb["Tablo 15 Form-3"]
        ws[cell] = 1.75
        ws[cell].number_format = number_format
    p = mutate(institution_template, tmp_path / "yuzde.xlsx", change)
    applied(db_path, p)
    assert stored(db_path, "form3", code)["q1"] == Decimal(175)


def test_percent_text_and_percent_number_agree(db_path, report, institution_template, tmp_path):
    code, cell = _form3_cell(report)

    def change(wb: Any) -> None:
        wb["Tablo 15 Form-3"][cell] = "%175"
        wb["Tablo 15 Form-3"][cell].data_type = "s"
    p = mutate(institution_template, tmp_path / "yuzde_metin.xlsx", change)
    applied(db_path, p)
    assert stored(db_path, "form3", code)["q1"] == Decimal(175)


def test_quoted_percent_sign_is_a_literal(db_path, report, institution_template, tmp_path):
    """Our own ratio format '"%"#,##0' shows the number as is: no scaling."""
    code, cell = _form3_cell(report)

    def change(wb: Any) -> None:
        wb["Tablo 15 Form-3"][cell] = 85
        wb["Tablo 15 Form-3"][cell].number_format = '"%"#,##0'
    p = mutate(institution_template, tmp_path / "yuzde_sabit.xlsx", change)
    applied(db_path, p)
    assert stored(db_path, "form3", code)["q1"] == Decimal(85)


# --- 2. a stale copy does not blank newer values --------------------------------------------
def test_second_copy_touching_one_cell_keeps_what_the_first_copy_filled(
        db_path, report, unit_template, tmp_path):
    first = tmp_path / "kopya1.xlsx"
    second = tmp_path / "kopya2.xlsx"
    values = province_values(UNIT)
    del values["personnel_employment"][UNIT]["gecici"]  # the first copy leaves it blank
    fill_template(unit_template(UNIT), first, report, values, unit=UNIT)
    fill_template(unit_template(UNIT), second, report,
                  {"personnel_employment": {UNIT: {"gecici": 3}}}, unit=UNIT)
    applied(db_path, first)
    plan, results = applied(db_path, second)
    assert results[0].applied
    want = dict(values["personnel_employment"][UNIT], gecici=3)
    assert stored(db_path, "personnel_employment", UNIT) == want
    [row] = [r for r in plan.files[0].rows if r.status == "changed"]
    assert [c.column for c in row.changes] == ["gecici"]
    assert "(boş)" not in " ".join(c.new_text for c in row.changes)


def test_both_changed_the_same_cell_is_refused_naming_both(db_path, report, unit_template,
                                                          tmp_path):
    first = tmp_path / "kopya1.xlsx"
    second = tmp_path / "kopya2.xlsx"
    fill_template(unit_template(UNIT), first, report,
                  {"personnel_employment": {UNIT: {"gecici": 7}}}, unit=UNIT)
    fill_template(unit_template(UNIT), second, report,
                  {"personnel_employment": {UNIT: {"gecici": 9}}}, unit=UNIT)
    applied(db_path, first)
    text = refused(db_path, second, "hem veritabanında hem dosyada değişmiş",
                   "veritabanında 7, dosyada 9")
    assert "Tablo 3 Personel!" in text


# --- 3. competing files ---------------------------------------------------------------------
def test_institution_and_unit_file_changing_the_same_cell_are_both_held_back(
        db_path, report, unit_template, institution_template, tmp_path):
    unit_file = tmp_path / "il34.xlsx"
    inst_file = tmp_path / "kurum.xlsx"
    fill_template(unit_template(UNIT), unit_file, report,
                  {"personnel_gender": {UNIT: {"kadin": 11}}}, unit=UNIT)
    fill_template(institution_template, inst_file, report,
                  {"personnel_gender": {UNIT: {"kadin": 12}}})
    for order in ([unit_file, inst_file], [inst_file, unit_file]):
        snap = Snapshot(db_path)
        plan, results = run_import(db_path, order)
        snap.assert_unchanged()
        assert results == []
        assert [f.status for f in plan.files] == ["refused", "refused"]
        assert all("aynı hücreyi değiştiriyor" in f.message for f in plan.files)


def test_files_of_different_units_still_go_in_together(db_path, report, unit_template,
                                                       tmp_path):
    files = []
    for code in ("IL06", "IL34"):
        p = tmp_path / f"{code}.xlsx"
        fill_template(unit_template(code), p, report, province_values(code), unit=code)
        files.append(p)
    _plan, results = run_import(db_path, files)
    assert [r.applied for r in results] == [True, True]


# --- 4. silent drops ------------------------------------------------------------------------
@pytest.mark.parametrize("offset", [10, 16, 40, 200])
def test_value_far_right_of_the_table_is_refused(db_path, filled, tmp_path, offset):
    from openpyxl.utils import get_column_letter

    layout = build_layout(load_sample(), UNIT, ("personnel_employment",))
    col = get_column_letter(layout.sheets[0].last_column + offset)

    def change(wb: Any) -> None:
        wb["Tablo 3 Personel"][f"{col}3"] = 5
    p = mutate(filled, tmp_path / "sag.xlsx", change)
    refused(db_path, p, f"Tablo 3 Personel!{col}3", "şablonun satır ve sütunları dışında")


def test_number_typed_over_a_derived_total_is_refused(db_path, report, filled, tmp_path):
    cell = coord(report, UNIT, "personnel_employment", UNIT, "toplam")

    def change(wb: Any) -> None:
        wb["Tablo 3 Personel"][cell] = 500
    p = mutate(filled, tmp_path / "toplam.xlsx", change)
    refused(db_path, p, f"Tablo 3 Personel!{cell}", "'Toplam' hesaplanan bir sütundur", "500")


def test_figure_typed_only_in_the_total_row_is_refused(db_path, report, unit_template, tmp_path):
    layout = build_layout(report, UNIT, ("unit_spending",))
    sheet = layout.sheets[0]
    cell = f"{sheet.letters['kbo']}{sheet.total_row}"

    def change(wb: Any) -> None:
        wb["Tablo 11 Birim Harcama"][cell] = 1_000_000
    p = mutate(unit_template(UNIT), tmp_path / "toplam_satiri.xlsx", change)
    text = refused(db_path, p, f"Tablo 11 Birim Harcama!{cell}", "toplam satırına")
    assert "1.000.000" in text


def test_locked_information_cell_changed_is_refused(db_path, report, institution_template,
                                                    tmp_path):
    layout = build_layout(report, None, ("form3",))
    sheet = layout.sheets[0]
    cell = f"{sheet.letters['target']}{FIRST_DATA_ROW}"

    def change(wb: Any) -> None:
        wb["Tablo 15 Form-3"][cell] = 123456
    p = mutate(institution_template, tmp_path / "hedef.xlsx", change)
    refused(db_path, p, f"Tablo 15 Form-3!{cell}", "'Hedef' kilitli bir bilgi hücresidir")


# --- 5. hidden data -------------------------------------------------------------------------
def patch_xml(src: Path, out: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """Edit a part's XML as Excel writes it (openpyxl drops a width or height of 0)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == member:
                new = change(data)
                assert new != data
                data = new
            zout.writestr(info.filename, data)
    return out


GENDER_XML = "xl/worksheets/sheet4.xml"  # Açıklamalar, Tablo 2, Tablo 3, Tablo 4 ...


def test_zero_width_column_holding_data_is_refused(db_path, filled, tmp_path):
    def zero_width(data: bytes) -> bytes:
        return re.sub(rb'<col width="[^"]*"( customWidth="1" min="4" max="4")',
                      rb'<col width="0"\1', data)
    p = patch_xml(filled, tmp_path / "genislik0.xlsx", GENDER_XML, zero_width)
    refused(db_path, p, "'Tablo 4 Cinsiyet' sayfası", "gizli (görünmeyen)", "D3")


def test_zero_height_row_holding_data_is_refused(db_path, filled, tmp_path):
    def zero_height(data: bytes) -> bytes:
        return re.sub(rb'<row r="3"[^>]*>', b'<row r="3" ht="0" customHeight="1">', data)
    p = patch_xml(filled, tmp_path / "yukseklik0.xlsx", GENDER_XML, zero_height)
    refused(db_path, p, "'Tablo 4 Cinsiyet' sayfası", "gizli (görünmeyen)", "C3")


def test_empty_hidden_column_and_merged_title_are_accepted(db_path, filled, tmp_path):
    def change(wb: Any) -> None:
        ws = wb["Tablo 4 Cinsiyet"]
        ws.column_dimensions["H"].hidden = True  # right of the table, empty
        ws.merge_cells("A1:E1")  # the caption across the table
        wb["Tablo 3 Personel"].column_dimensions["A"].width = 0  # codes hidden: no data there
    p = mutate(filled, tmp_path / "gizli_bos.xlsx", change)
    _plan, results = applied(db_path, p)
    assert results[0].applied


def test_hidden_table_sheet_holding_data_is_refused(db_path, filled, tmp_path):
    def change(wb: Any) -> None:
        wb.security = None
        wb["Tablo 4 Cinsiyet"].sheet_state = "hidden"
    p = mutate(filled, tmp_path / "gizli_sayfa.xlsx", change)
    refused(db_path, p, "'Tablo 4 Cinsiyet' sayfası", "sayfa gizlenmiş ve veri içeriyor")


def test_extra_sheet_holding_data_is_refused(db_path, filled, tmp_path):
    def change(wb: Any) -> None:
        wb.security = None
        wb.create_sheet("Notlar")["B4"] = 42
    p = mutate(filled, tmp_path / "ek_sayfa.xlsx", change)
    refused(db_path, p, "'Notlar'", "B4", "şablonda olmayan")


def test_empty_extra_sheet_is_accepted(db_path, filled, tmp_path):
    def change(wb: Any) -> None:
        wb.security = None
        wb.create_sheet("Sayfa1")
    p = mutate(filled, tmp_path / "bos_sayfa.xlsx", change)
    _, results = applied(db_path, p)
    assert results[0].applied


def test_data_typed_on_the_instructions_sheet_is_refused(db_path, filled, tmp_path):
    def change(wb: Any) -> None:
        wb["Açıklamalar"]["C3"] = 17
    p = mutate(filled, tmp_path / "aciklama.xlsx", change)
    refused(db_path, p, "'Açıklamalar' sayfasına", "C3")


# --- 6. signed templates --------------------------------------------------------------------
def test_unit_changed_in_the_metadata_is_refused(db_path, report, unit_template, tmp_path):
    src = tmp_path / "ankara.xlsx"
    fill_template(unit_template("IL06"), src, report, province_values("IL06"), unit="IL06")

    def to_istanbul(wb: Any) -> None:
        set_meta("birim", "IL34")(wb)
        set_meta("birim_adi", "İstanbul İl Müdürlüğü")(wb)
    p = mutate(src, tmp_path / "istanbul.xlsx", to_istanbul)
    refused(db_path, p, "şablonun imzası geçersiz", "yeni şablon dışa aktarıp")


def test_template_of_another_database_is_refused(db_path, report, tmp_path):
    other_db = tmp_path / "baska.sqlite"
    Workspace.open(other_db).close()
    with Workspace.open(other_db) as ws:
        key = signing_key(ws)
    with Workspace.open(db_path) as ws:
        assert signing_key(ws) != key and len(key) == 32
    template = tmp_path / "baska_sablon.xlsx"
    export_template(report, template, UNIT, key=key)
    p = tmp_path / "baska_dolu.xlsx"
    fill_template(template, p, report, province_values(UNIT), unit=UNIT)
    refused(db_path, p, "imzası geçersiz", "bu veritabanından dışa aktarılmamış")


def test_unsigned_template_is_refused(db_path, report, tmp_path):
    template = tmp_path / "imzasiz.xlsx"
    export_template(report, template, UNIT)
    refused(db_path, template, "imzası geçersiz")


def test_the_key_survives_backup_and_restore(db_path, tmp_path):
    from faaliyet_desktop.storage.backup import create_backup

    with Workspace.open(db_path) as ws:
        key = signing_key(ws)
    backup = create_backup(db_path, "deneme")
    restored = tmp_path / "geri.sqlite"
    shutil.copy(backup.path, restored)
    with Workspace.open(restored) as ws:
        assert signing_key(ws) == key


def test_exported_by_the_database_imports(db_path, report, tmp_path):
    from faaliyet_desktop.exchange.service import export_for

    template = tmp_path / "sablon.xlsx"
    with Workspace.open(db_path) as ws:
        export_for(ws, YEAR, template, UNIT)
    p = tmp_path / "dolu.xlsx"
    fill_template(template, p, report, province_values(UNIT), unit=UNIT)
    _, results = applied(db_path, p)
    assert results[0].applied


# --- 7. messages ----------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["il34_dolu.xls", "il34_dolu", "IL34 DOLU.XLSX"])
def test_real_workbook_is_read_whatever_its_name(db_path, filled, tmp_path, name):
    p = tmp_path / name
    shutil.copy(filled, p)
    _, results = applied(db_path, p)
    assert results[0].applied


def test_strict_ooxml_says_save_as_xlsx(db_path, filled, tmp_path):
    p = tmp_path / "strict.xlsx"
    with zipfile.ZipFile(filled) as src, zipfile.ZipFile(p, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".xml"):
                data = data.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                    b"http://purl.oclc.org/ooxml/spreadsheetml/main")
            dst.writestr(info, data)
    text = refused(db_path, p, "Strict Open XML", "Excel Çalışma Kitabı (.xlsx)")
    assert "Faaliyet Desktop şablonu değil" not in text


def test_float_is_quoted_as_the_unit_sees_it(db_path, filled, tmp_path):
    def change(wb: Any) -> None:
        wb["Tablo 11 Birim Harcama"]["E3"] = 1234.5678901234567
    p = mutate(filled, tmp_path / "ondalik.xlsx", change)
    text = refused(db_path, p, "Tablo 11 Birim Harcama!E3", "en çok 2 ondalık")
    assert "1234.567890123" not in text and "1.234,57" in text
    assert "hücredeki değer 1.234,56789" in text


def test_fraction_in_a_count_cell_is_quoted_in_turkish(db_path, filled, tmp_path):
    def change(wb: Any) -> None:
        wb["Tablo 3 Personel"]["E3"] = 12.5
    p = mutate(filled, tmp_path / "kesir.xlsx", change)
    text = refused(db_path, p, "Tablo 3 Personel!E3", "tam sayı bekleniyor")
    assert "12.5" not in text and "12,5" in text


def test_no_message_ends_with_two_full_stops(db_path, filled, tmp_path):
    cases = {"C3": "1,234.5", "D3": "abc", "E3": -4}

    def change(wb: Any) -> None:
        for cell, value in cases.items():
            wb["Tablo 11 Birim Harcama"][cell] = value
    p = mutate(filled, tmp_path / "mesaj.xlsx", change)
    text = refused(db_path, p)
    assert ".." not in text.replace("…", "")


# --- English thousands (the parser's rule; needs the "input" branch's domain/numbers.py) -----
@pytest.mark.parametrize(("sheet", "cell", "text"), [
    ("Tablo 3 Personel", "C3", "2,000"),
    ("Tablo 3 Personel", "D3", "1,000"),
    ("Tablo 11 Birim Harcama", "C3", "1,500"),
])
def test_english_thousands_in_text_cells_are_refused(db_path, filled, tmp_path, sheet, cell,
                                                     text):
    def change(wb: Any) -> None:
        wb[sheet][cell] = text
        wb[sheet][cell].data_type = "s"
    p = mutate(filled, tmp_path / "binlik.xlsx", change)
    refused(db_path, p, f"{sheet}!{cell}")


# --- 8. the command line lists and undoes imports --------------------------------------------
def test_cli_lists_imports_and_undoes_one(db_path, filled, capsys):
    snap = Snapshot(db_path)
    before = snap.dump
    assert cli.main(["import", "--db", str(db_path), str(filled)]) == 0
    capsys.readouterr()
    assert cli.main(["imports", "--db", str(db_path), "--year", str(YEAR)]) == 0
    out = capsys.readouterr().out
    with Workspace.open(db_path) as ws:
        [rec] = history(ws, YEAR)
    assert f"#{rec.id}" in out and "il34_dolu.xlsx" in out and "IL34" in out
    assert "içe aktarıldı" in out
    assert cli.main(["import", "--db", str(db_path), "--undo", str(rec.id)]) == 0
    assert "geri alındı" in capsys.readouterr().out
    assert Snapshot(db_path).dump == before
    assert cli.main(["imports", "--db", str(db_path), "--year", str(YEAR)]) == 0
    assert "geri alındı" in capsys.readouterr().out
    # a second undo is refused with a reason, nothing changes
    snap2 = Snapshot(db_path)
    assert cli.main(["import", "--db", str(db_path), "--undo", str(rec.id)]) != 0
    assert "zaten geri alınmış" in capsys.readouterr().err
    snap2.assert_unchanged()


def test_cli_undo_of_unknown_import(db_path, capsys):
    snap = Snapshot(db_path)
    assert cli.main(["import", "--db", str(db_path), "--undo", "999"]) != 0
    assert "bulunamadı" in capsys.readouterr().err
    snap.assert_unchanged()


def test_metadata_sheet_carries_signature_and_export_id(unit_template):
    wb = openpyxl.load_workbook(unit_template(UNIT))
    meta = {r[0]: r[1] for r in wb[META_SHEET].iter_rows(values_only=True)}
    assert len(meta["imza"]) == 64 and len(meta["disa_aktarma_no"]) == 32


def test_cli_undo_while_another_instance_holds_the_database(db_path, filled, capsys):
    assert cli.main(["import", "--db", str(db_path), str(filled)]) == 0
    with Workspace.open(db_path) as ws:
        [rec] = history(ws, YEAR)
    capsys.readouterr()
    with Workspace.open(db_path):  # another instance: the command line gets a read-only copy
        snap = Snapshot(db_path)
        assert cli.main(["import", "--db", str(db_path), "--undo", str(rec.id)]) == 2
        assert "diğer kullanıcının uygulamayı kapatmasını" in capsys.readouterr().err
        snap.assert_unchanged()
    with Workspace.open(db_path) as ws:
        assert history(ws, YEAR)[0].status == "applied"


def test_sheet_scan_sees_what_a_person_cannot():
    """The XML scan: rows hidden by default (zeroHeight), zero-width columns, cells written
    without a reference, shared formulas, and empty cells that hold nothing."""
    from faaliyet_desktop.exchange.reader import scan_sheet

    xml = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b'<sheetFormatPr zeroHeight="1" defaultRowHeight="15"/>'
           b'<cols><col min="3" max="5" width="0" customWidth="1"/>'
           b'<col min="6" max="6" width="12" hidden="0"/></cols><sheetData>'
           b'<row r="2" ht="15" customHeight="1"><c r="A2" s="1"/><c r="B2" t="s"><v>0</v></c>'
           b'</row><row r="4"><c><v>1</v></c><c t="inlineStr"><is><t> </t></is></c>'
           b'<c><f t="shared" si="0"/></c></row></sheetData>'
           b'<mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells></worksheet>')
    scan = scan_sheet(xml)
    assert scan.hidden_rows == {4}  # row 2 has its own height
    assert all(scan.col_hidden(c) for c in (3, 4, 5)) and not scan.col_hidden(6)
    assert scan.data_cells == {(2, 2), (4, 1), (4, 3)}
    assert scan.merged == ["A1:E1"]


def test_inbox_scan_marks_a_forged_template_refused(db_path, report, unit_template, tmp_path):
    from faaliyet_desktop.exchange.consolidation import Inbox

    inbox = tmp_path / "gelen"
    inbox.mkdir()
    fill_template(unit_template("IL07"), inbox / "IL07.xlsx", report, province_values("IL07"),
                  unit="IL07")
    src = tmp_path / "il08.xlsx"
    fill_template(unit_template("IL08"), src, report, province_values("IL08"), unit="IL08")
    mutate(src, inbox / "IL09.xlsx", set_meta("birim", "IL09"))
    with Workspace.open(db_path) as ws:
        Inbox._seen.clear()
        assert Inbox.scan_folder(ws, YEAR, inbox) == 2
        seen = Inbox.get(ws, YEAR)
    assert seen["IL07"].status == "received"
    assert seen["IL09"].status == "refused" and "imzası geçersiz" in seen["IL09"].message
