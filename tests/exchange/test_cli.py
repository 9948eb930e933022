"""``faaliyet export-template`` and ``faaliyet import`` (and the parallel reader behind them)."""

from __future__ import annotations

import openpyxl

from faaliyet_desktop import cli
from faaliyet_desktop.exchange import parallel
from faaliyet_desktop.exchange.synthetic import fill_template, province_values

from .conftest import Snapshot


def test_export_template_for_a_unit_and_chosen_tables(db_path, tmp_path, capsys):
    out = tmp_path / "il34.xlsx"
    rc = cli.main(["export-template", "--db", str(db_path), "--year", "2024", "--unit", "IL34",
                   "--tables", "personnel_employment,personnel_gender", "--out", str(out)])
    assert rc == 0
    assert "Şablon yazıldı" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Açıklamalar", "Tablo 3 Personel", "Tablo 4 Cinsiyet",
                             "_sablon_bilgisi"]


def test_export_template_refuses_institution_tables_for_a_unit(db_path, tmp_path, capsys):
    rc = cli.main(["export-template", "--db", str(db_path), "--year", "2024", "--unit", "IL34",
                   "--tables", "budget", "--out", str(tmp_path / "x.xlsx")])
    assert rc == 2
    assert "yalnızca kurum şablonunda" in capsys.readouterr().err


def test_import_dry_run_prints_preview_and_changes_nothing(db_path, tmp_path, report,
                                                          unit_template, capsys):
    good = tmp_path / "il34.xlsx"
    fill_template(unit_template("IL34"), good, report, province_values("IL34"), unit="IL34")
    bad = tmp_path / "eski.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    snap = Snapshot(db_path)
    rc = cli.main(["import", "--db", str(db_path), str(good), str(bad), "--dry-run"])
    out = capsys.readouterr().out
    snap.assert_unchanged()
    assert rc == 1  # a file was refused
    assert "İÇE AKTARILABİLİR — 5 yeni" in out
    assert "C3 Dolu Kadro: (boş) → 198" in out
    assert "YENİ" in out and "İçe aktarma sonrası yeni denetim bulguları" in out
    assert "REDDEDİLDİ — 'eski.xls': eski Excel 97-2003 (.xls)" in out
    assert "veritabanında hiçbir şey değişmedi" in out


def test_import_applies_and_reimport_is_a_no_op(db_path, tmp_path, report, unit_template,
                                                capsys):
    good = tmp_path / "il34.xlsx"
    fill_template(unit_template("IL34"), good, report, province_values("IL34"), unit="IL34")
    assert cli.main(["import", "--db", str(db_path), str(good)]) == 0
    assert "UYGULANDI  'il34.xlsx': 23 değer içe aktarıldı." in capsys.readouterr().out
    snap = Snapshot(db_path)
    assert cli.main(["import", "--db", str(db_path), str(good)]) == 0
    out = capsys.readouterr().out
    assert "DEĞİŞİKLİK YOK" in out and "içe aktarılmıştı" in out
    snap.assert_unchanged()


def test_import_of_another_year_exits_1(db_path, tmp_path, report, unit_template, capsys):
    good = tmp_path / "il34.xlsx"
    fill_template(unit_template("IL34"), good, report, province_values("IL34"), unit="IL34")
    rc = cli.main(["import", "--db", str(db_path), "--year", "2023", str(good)])
    assert rc == 2 and "2023 yılı veritabanında yok" in capsys.readouterr().err


def test_parallel_reading_gives_the_same_plan(db_path, tmp_path, report, unit_template,
                                              monkeypatch, capsys):
    files = []
    for code in ("IL01", "IL02", "IL03"):
        p = tmp_path / f"{code}.xlsx"
        fill_template(unit_template(code), p, report, province_values(code), unit=code)
        files.append(str(p))
    bad = tmp_path / "bos.xlsx"
    bad.write_bytes(b"")
    files.append(str(bad))
    assert cli.main(["import", "--db", str(db_path), *files, "--dry-run"]) == 1
    serial = capsys.readouterr().out
    monkeypatch.setattr(parallel, "MIN_FILES_FOR_POOL", 2)
    monkeypatch.setenv("FAALIYET_IMPORT_WORKERS", "2")
    assert parallel.worker_count(len(files)) == 2
    assert cli.main(["import", "--db", str(db_path), *files, "--dry-run"]) == 1
    assert capsys.readouterr().out == serial
