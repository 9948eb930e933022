"""Every kind of bad input: a clear Turkish message, and the database byte-for-byte unchanged."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from faaliyet_desktop.domain.model import ITItem
from faaliyet_desktop.exchange.layout import META_SHEET, SIGNATURE_KEY, signature
from faaliyet_desktop.exchange.synthetic import fill_template, province_values
from faaliyet_desktop.services import Workspace

from .conftest import YEAR, Snapshot, run_import

UNIT = "IL34"


@pytest.fixture
def filled(tmp_path: Path, report: Any, unit_template: Callable[[str], Path]) -> Path:
    """IL34's template filled with its own figures (valid)."""
    path = tmp_path / "il34_dolu.xlsx"
    fill_template(unit_template(UNIT), path, report, province_values(UNIT), unit=UNIT)
    return path


def mutate(src: Path, out: Path, change: Callable[[Any], None]) -> Path:
    wb = openpyxl.load_workbook(src)
    change(wb)
    wb.save(out)
    return out


def set_meta(key: str, value: str, sign: bytes | None = None) -> Callable[[Any], None]:
    """Change a metadata row; with ``sign`` (a database's key) sign the template again, as a
    template that database exported with that value would be."""
    def change(wb: Any) -> None:
        ws = wb[META_SHEET]
        for row in ws.iter_rows():
            if row[0].value == key:
                row[1].value = value
        if sign is not None:
            resign(wb, sign)
    return change


def resign(wb: Any, key: bytes) -> None:
    ws = wb[META_SHEET]
    meta = {str(r[0].value): "" if r[1].value is None else str(r[1].value)
            for r in ws.iter_rows() if r[0].value is not None}
    for row in ws.iter_rows():
        if row[0].value == SIGNATURE_KEY:
            row[1].value = signature(meta, key)


def refused(db: Path, path: Path, *fragments: str, expected_unit: str | None = None) -> str:
    """Import (dry run, then apply what can be applied): the file is refused, nothing changes."""
    snap = Snapshot(db)
    plan, results = run_import(db, [path], expected_unit=expected_unit)
    snap.assert_unchanged()
    assert results == []
    [f] = plan.files
    assert f.status == "refused"
    text = f.message + " " + " ".join(str(x) for r in f.rows for x in r.reasons)
    for frag in fragments:
        assert frag in text, text
    return text


# --- not a workbook at all ------------------------------------------------------------------
def test_random_bytes(db_path, tmp_path):
    p = tmp_path / "rapor.xlsx"
    p.write_bytes(b"\x00\x01\x02garbage" * 100)
    refused(db_path, p, "'rapor.xlsx'", "Excel çalışma kitabı (.xlsx) değil")


def test_empty_file(db_path, tmp_path):
    p = tmp_path / "bos.xlsx"
    p.write_bytes(b"")
    refused(db_path, p, "boş (0 bayt)")


def test_missing_file(db_path, tmp_path):
    refused(db_path, tmp_path / "yok.xlsx", "okunamadı")


def test_old_xls(db_path, tmp_path):
    p = tmp_path / "eski.xls"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    refused(db_path, p, "Excel 97-2003 (.xls)", ".xlsx)' olarak kaydedin")


def test_password_protected(db_path, tmp_path):
    p = tmp_path / "parolali.xlsx"
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptionInfo".encode(
        "utf-16-le") + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le")
    p.write_bytes(body)
    refused(db_path, p, "parolayla korunuyor", "parolayı kaldırıp")


def test_csv(db_path, tmp_path):
    p = tmp_path / "veri.csv"
    p.write_text("Kod;Dolu Kadro\nIL34;12\n", encoding="utf-8")
    refused(db_path, p, "metin/CSV")


def test_truncated_zip(db_path, filled, tmp_path):
    p = tmp_path / "yarim.xlsx"
    p.write_bytes(filled.read_bytes()[: filled.stat().st_size // 2])
    refused(db_path, p, "bozuk")


def test_damaged_part(db_path, filled, tmp_path):
    p = tmp_path / "hasarli.xlsx"
    with zipfile.ZipFile(filled) as src, zipfile.ZipFile(p, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet3.xml":
                data = data[: len(data) // 2]
            dst.writestr(info, data)
    refused(db_path, p, "bozuk ya da okunamıyor")


def test_opendocument(db_path, tmp_path):
    p = tmp_path / "tablo.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    refused(db_path, p, "OpenDocument .ods")


# --- a workbook, but not (or no longer) our template ----------------------------------------
def test_foreign_workbook(db_path, tmp_path):
    p = tmp_path / "baska.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Personel"
    wb.save(p)
    refused(db_path, p, "Faaliyet Desktop şablonu değil")


def test_sheet_renamed(db_path, filled, tmp_path):
    def rename(wb):
        wb["Tablo 3 Personel"].title = "Personel"
    p = mutate(filled, tmp_path / "ad.xlsx", rename)
    refused(db_path, p, "'Tablo 3 Personel' sayfası bulunamadı", "Personel")


def test_sheets_reordered_are_read_by_name(db_path, filled, tmp_path):
    def reorder(wb):
        wb._sheets.reverse()
        wb.active = 0
    p = mutate(filled, tmp_path / "sira.xlsx", reorder)
    plan, results = run_import(db_path, [p])
    assert plan.files[0].status == "ready" and results[0].applied
    with Workspace.open(db_path) as ws:
        rec = ws.load(YEAR).personnel_of(UNIT)
    assert rec.gender == province_values(UNIT)["personnel_gender"][UNIT]


def test_other_year(db_path, filled, tmp_path, seed_key):
    p = mutate(filled, tmp_path / "yil.xlsx", set_meta("yil", "2023", seed_key))
    refused(db_path, p, "2023 yılı için hazırlanmış", "içe aktarılan yıl 2024")


def test_other_unit(db_path, filled):
    refused(db_path, filled, "başka bir birime ait", "'IL34'", "beklenen 'IL06'",
            expected_unit="IL06")


def test_unknown_unit(db_path, filled, tmp_path, seed_key):
    p = mutate(filled, tmp_path / "birim.xlsx", set_meta("birim", "IL99", seed_key))
    refused(db_path, p, "'IL99'", "örgüt yapısında yok")


def test_older_template_version(db_path, filled, tmp_path):
    p = mutate(filled, tmp_path / "eski_surum.xlsx", set_meta("sablon_surumu", "0"))
    refused(db_path, p, "eski bir sürümle", "Güncel şablonu dışa aktarıp")


def test_newer_template_version(db_path, filled, tmp_path):
    p = mutate(filled, tmp_path / "yeni_surum.xlsx", set_meta("sablon_surumu", "9"))
    refused(db_path, p, "daha yeni bir sürümüyle", "güncelleyin")


def test_header_altered(db_path, filled, tmp_path):
    def alter(wb):
        wb["Tablo 3 Personel"]["D2"] = "Sözleşmeli"
    p = mutate(filled, tmp_path / "baslik.xlsx", alter)
    refused(db_path, p, "yapısı değiştirilmiş", "D2 başlığı 'Sözleşmeli Personel' olmalı")


def test_row_inserted(db_path, filled, tmp_path):
    def alter(wb):
        wb["Tablo 4 Cinsiyet"].insert_rows(3)
    p = mutate(filled, tmp_path / "satir.xlsx", alter)
    refused(db_path, p, "yapısı değiştirilmiş", "A3 hücresinde 'IL34' kodu olmalı")


def test_column_added(db_path, filled, tmp_path):
    def alter(wb):
        wb["Tablo 4 Cinsiyet"]["F2"] = "Not"
    p = mutate(filled, tmp_path / "sutun.xlsx", alter)
    refused(db_path, p, "şablonda olmayan sütun 'Not'")


def test_fingerprint_tampered(db_path, filled, tmp_path):
    p = mutate(filled, tmp_path / "iz.xlsx", set_meta("parmak_izi", "0" * 32))
    refused(db_path, p, "imzası geçersiz")


def test_database_structure_changed_since_export(db_path, filled):
    with Workspace.open(db_path) as ws:
        r = ws.load(YEAR)
        r.it_items.append(ITItem("tablet", "Tablet", 8))
        ws.save(r)
    refused(db_path, filled, "veritabanındaki yapı değişmiş", "Yeni şablon dışa aktarıp")


# --- cells ----------------------------------------------------------------------------------
def fill_cells(filled: Path, out: Path, sheet: str, cells: dict[str, Any]) -> Path:
    def change(wb):
        for coord, value in cells.items():
            wb[sheet][coord] = value
            if isinstance(value, str) and not value.startswith("="):
                wb[sheet][coord].data_type = "s"
    return mutate(filled, out, change)


def test_turkish_text_number_is_read_right(db_path, filled, tmp_path):
    p = fill_cells(filled, tmp_path / "tr.xlsx", "Tablo 11 Birim Harcama",
                   {"C3": "1.234.567,5", "D3": "2.000.000", "E3": " 1.234,56 "})
    plan, results = run_import(db_path, [p])
    assert results[0].applied, plan.files[0].message
    with Workspace.open(db_path) as ws:
        s = next(x for x in ws.load(YEAR).unit_spending if x.unit == UNIT)
    assert (s.kbo, s.total_appropriation, s.realisation) == (
        Decimal("1234567.5"), Decimal(2000000), Decimal("1234.56"))


@pytest.mark.parametrize(("value", "fragment"), [
    ("1,234.5", "İngilizce biçimde"),
    ("1.5", "nokta yalnızca binlik ayırıcıdır"),
    ("12a", "bir sayı değil"),
    ("#DEĞER!", "hata değeri"),
])
def test_ambiguous_or_bad_number_text(db_path, filled, tmp_path, value, fragment):
    p = fill_cells(filled, tmp_path / "sayi.xlsx", "Tablo 11 Birim Harcama", {"C3": value})
    refused(db_path, p, "Tablo 11 Birim Harcama!C3", "KBÖ (TL)", fragment)


@pytest.mark.parametrize(("value", "fragment"), [
    (-5, "negatif sayı girilemez"),
    ("-5", "negatif sayı girilemez"),
    (12.5, "tam sayı bekleniyor"),
    ("12,5", "tam sayı bekleniyor"),
    (5_000_000, "olağan dışı büyük"),
    (True, "mantıksal değer"),
])
def test_bad_counts(db_path, filled, tmp_path, value, fragment):
    p = fill_cells(filled, tmp_path / "adet.xlsx", "Tablo 3 Personel", {"E3": value})
    refused(db_path, p, "Tablo 3 Personel!E3", "Kadrolu İşçi", fragment)


def test_date_in_number_cell(db_path, filled, tmp_path):
    import datetime as dt
    p = fill_cells(filled, tmp_path / "tarih.xlsx", "Tablo 3 Personel",
                   {"C3": dt.datetime(2024, 5, 1)})
    refused(db_path, p, "Tablo 3 Personel!C3", "tarih bulundu")


def test_negative_and_absurd_amounts(db_path, filled, tmp_path):
    p = fill_cells(filled, tmp_path / "tutar.xlsx", "Tablo 11 Birim Harcama",
                   {"C3": -100, "D3": 10**15, "E3": 1.2345})
    text = refused(db_path, p)
    assert "C3: KBÖ (TL): negatif tutar" in text
    assert "D3: Yıl Sonu Toplam Ödenek (TL): 1.000.000.000.000.000 olağan dışı büyük" in text
    assert "E3: Gerçekleşme (TL): en çok 2 ondalık" in text


def test_formula_where_value_expected(db_path, filled, tmp_path):
    p = fill_cells(filled, tmp_path / "formul.xlsx", "Tablo 3 Personel", {"C3": "=10+5"})
    refused(db_path, p, "Tablo 3 Personel!C3", "formül var (=10+5)", "Değerleri Yapıştır")


def test_merged_cells(db_path, filled, tmp_path):
    def merge(wb):
        wb["Tablo 4 Cinsiyet"].merge_cells("C3:D3")
    p = mutate(filled, tmp_path / "birlesik.xlsx", merge)
    refused(db_path, p, "'Tablo 4 Cinsiyet' sayfası", "birleştirilmiş hücreler var (C3:D3)")


def test_hidden_rows(db_path, filled, tmp_path):
    def hide(wb):
        wb["Tablo 5 Öğrenim"].row_dimensions[3].hidden = True
    p = mutate(filled, tmp_path / "gizli.xlsx", hide)
    refused(db_path, p, "'Tablo 5 Öğrenim' sayfası", "gizli (görünmeyen)", "veri var (C3, D3")


def test_hidden_columns(db_path, filled, tmp_path):
    def hide(wb):
        wb["Tablo 5 Öğrenim"].column_dimensions["D"].hidden = True
    p = mutate(filled, tmp_path / "gizli_sutun.xlsx", hide)
    refused(db_path, p, "gizli (görünmeyen)", "veri var (D3)")


def pad_rows(src: Path, out: Path, member: str, count: int) -> Path:
    """Add ``count`` formatted but empty rows to a sheet, as Excel does after a format paste."""
    rows = "".join(f'<row r="{r}" s="1" customFormat="1"><c r="C{r}" s="1"/></row>'
                   for r in range(10, 10 + count)).encode()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == member:
                data = data.replace(b"</sheetData>", rows + b"</sheetData>")
            zout.writestr(info.filename, data)
    return out


def test_thousands_of_empty_rows_are_harmless(db_path, filled, tmp_path):
    p = pad_rows(filled, tmp_path / "bos_satir.xlsx", "xl/worksheets/sheet3.xml", 6000)
    plan, results = run_import(db_path, [p])
    assert plan.files[0].status == "ready" and results[0].applied


def test_too_many_rows(db_path, filled, tmp_path):
    p = pad_rows(filled, tmp_path / "cok_satir.xlsx", "xl/worksheets/sheet3.xml", 20_100)
    refused(db_path, p, "20000 satırdan fazla")


def test_data_outside_template(db_path, filled, tmp_path):
    p = fill_cells(filled, tmp_path / "disari.xlsx", "Tablo 3 Personel", {"C40": 7})
    refused(db_path, p, "Tablo 3 Personel!C40", "şablonun satır ve sütunları dışında")


def test_text_with_formula_prefix_typed_by_user_is_kept_as_text(db_path, report,
                                                               institution_template, tmp_path):
    p = tmp_path / "metin.xlsx"
    fill_template(institution_template, p, report,
                  {"form3": {"GY.DG.1": {"assessment1": "+5 artış", "assessment2": "@not"}}})
    _plan, results = run_import(db_path, [p])
    assert results[0].applied
    with Workspace.open(db_path) as ws:
        ind = ws.load(YEAR).indicator("GY.DG.1")
    assert ind.assessments[:2] == ["+5 artış", "@not"]


# --- dangerous files ------------------------------------------------------------------------
def test_huge_file(db_path, tmp_path):
    p = tmp_path / "buyuk.xlsx"
    with p.open("wb") as fh:
        fh.write(b"PK\x03\x04")
        fh.seek(21 * 1024 * 1024)
        fh.write(b"\x00")
    refused(db_path, p, "dosya çok büyük (21 MB")


def test_zip_bomb(db_path, filled, tmp_path):
    p = tmp_path / "bomba.xlsx"
    with zipfile.ZipFile(filled) as src, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        dst.writestr("xl/media/bomb.bin", b"\x00" * (80 * 1024 * 1024))
    assert p.stat().st_size < 1024 * 1024
    refused(db_path, p, "sıkıştırma bombası", "xl/media/bomb.bin")


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
              for i in range(1, 10))
    + ']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"
    "</sheetData></worksheet>"
)


def _with_bomb(filled: Path, out: Path, member: str) -> Path:
    with zipfile.ZipFile(filled) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == member:
                data = BILLION_LAUGHS.encode()
            dst.writestr(info.filename, data)
    return out


def test_xml_bomb(db_path, filled, tmp_path):
    p = _with_bomb(filled, tmp_path / "xml_bomba.xlsx", "xl/worksheets/sheet3.xml")
    refused(db_path, p, "belge türü tanımı (DTD/ENTITY)")


def test_openpyxl_itself_refuses_entities(filled, tmp_path):
    """Even without our pre-scan, openpyxl parses with defusedxml and refuses the bomb."""
    from openpyxl.xml import DEFUSEDXML

    from faaliyet_desktop.exchange.reader import _open
    from faaliyet_desktop.exchange.safety import FileRefused

    assert DEFUSEDXML
    p = _with_bomb(filled, tmp_path / "xml_bomba2.xlsx", "xl/workbook.xml")
    with pytest.raises(FileRefused) as exc:
        wb = _open(p)
        for ws in wb.worksheets:
            list(ws.iter_rows(values_only=True))
    assert "güvenli olmayan XML" in exc.value.message or "bozuk" in exc.value.message


# --- several files --------------------------------------------------------------------------
def test_same_file_twice(db_path, filled, tmp_path):
    copy = tmp_path / "kopya.xlsx"
    copy.write_bytes(filled.read_bytes())
    plan, results = run_import(db_path, [filled, copy])
    assert [f.status for f in plan.files] == ["ready", "refused"]
    assert "aynı dosya bu listede iki kez var" in plan.files[1].message
    assert [r.applied for r in results] == [True]


def test_two_files_for_one_unit(db_path, report, filled, unit_template, tmp_path):
    other = tmp_path / "il34_ikinci.xlsx"
    fill_template(unit_template(UNIT), other, report, province_values(UNIT, seed=1), unit=UNIT)
    snap = Snapshot(db_path)
    plan, results = run_import(db_path, [filled, other])
    snap.assert_unchanged()
    assert results == []
    assert [f.status for f in plan.files] == ["refused", "refused"]
    for f in plan.files:  # not first-wins: both held back, both named
        assert "aynı birimin (IL34) birden çok dosyası seçildi" in f.message
        assert "'il34_dolu.xlsx'" in f.message and "'il34_ikinci.xlsx'" in f.message


def test_rows_below_a_forged_dimension_are_still_read(db_path, filled, tmp_path):
    """A sheet that declares A1:H3 but holds data in row 40 is not silently cut short."""
    src = fill_cells(filled, tmp_path / "dim0.xlsx", "Tablo 3 Personel", {"C40": 7})
    out = tmp_path / "dim.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet3.xml":
                data, n = re.subn(rb'<dimension ref="[A-Z0-9:]+"\s*/>',
                                  b'<dimension ref="A1:H3"/>', data)
                assert n == 1
            zout.writestr(info.filename, data)
    refused(db_path, out, "Tablo 3 Personel!C40", "şablonun satır ve sütunları dışında")
