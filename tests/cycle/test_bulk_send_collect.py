"""Send and collect in bulk: one template per unit, the export log, the per-unit status list
(not sent / sent / received / applied / refused) and that list as an .xlsx sheet."""

from __future__ import annotations

import openpyxl

from faaliyet_desktop import cli
from faaliyet_desktop.domain.model import UnitKind
from faaliyet_desktop.exchange import consolidation as cons
from faaliyet_desktop.exchange.bulk import (
    EXPORT_ID_KEY,
    export_all,
    latest_exports,
    reporting_units,
)
from faaliyet_desktop.exchange.reader import read_metadata
from faaliyet_desktop.exchange.service import apply_plan, dry_run, imported_units
from faaliyet_desktop.exchange.synthetic import fill_template, province_values
from faaliyet_desktop.services import Workspace


def run(capsys, *args):
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_template_all_units_writes_one_signed_template_per_unit(capsys, db_path,
                                                                       tmp_path):
    out_dir = tmp_path / "giden"
    code, out, err = run(capsys, "export-template", "--db", str(db_path), "--year", "2024",
                         "--all-units", "--out", str(out_dir))
    assert code == 0, err
    with Workspace.open(db_path) as ws:
        report = ws.load(2024)
        units = reporting_units(report)
        exports = ws.database.exports(2024)
    files = sorted(p.name for p in out_dir.glob("*.xlsx"))
    assert files == sorted(f"sablon_2024_{u}.xlsx" for u in units)
    provinces = sum(1 for u in units if report.unit(u).kind == UnitKind.PROVINCIAL)
    assert provinces == 81 and len(units) > 81
    assert f"{len(units)} şablon yazıldı" in out and "81 il müdürlüğü" in out
    assert [e.unit for e in exports] == units
    meta = read_metadata(out_dir / "sablon_2024_IL06.xlsx")
    assert meta["birim"] == "IL06" and meta["yil"] == "2024"
    il06 = next(e for e in exports if e.unit == "IL06")
    assert meta[EXPORT_ID_KEY] == il06.export_id and il06.file_name == "sablon_2024_IL06.xlsx"
    assert len({e.export_id for e in exports}) == len(exports)


def test_a_single_unit_export_is_recorded_as_sent(capsys, db_path, tmp_path):
    path = tmp_path / "il34.xlsx"
    code, out, _ = run(capsys, "export-template", "--db", str(db_path), "--year", "2024",
                       "--unit", "IL34", "--out", str(path))
    assert code == 0 and out.startswith(f"Şablon yazıldı: {path} (")
    code, out, _ = run(capsys, "export-template", "--db", str(db_path), "--year", "2024",
                       "--out", str(tmp_path / "kurum.xlsx"))
    assert code == 0
    with Workspace.open(db_path) as ws:
        assert [(e.unit, e.file_name) for e in ws.database.exports(2024)] == \
            [("IL34", "il34.xlsx")]


def test_a_cancelled_bulk_export_stops_and_says_so(db_path, tmp_path):
    seen = []

    def progress(done, total, name):
        seen.append(name)
        return done < 3

    with Workspace.open(db_path) as ws:
        result = export_all(ws, 2024, tmp_path / "out", progress=progress)
        report = ws.load(2024)
        assert len(ws.database.exports(2024)) == 3
    assert result.cancelled and len(result.written) == 3
    assert len(list((tmp_path / "out").glob("*.xlsx"))) == 3
    assert "iptal edildi" in result.summary(report)


def test_the_status_list_follows_the_cycle_and_is_exported_as_a_sheet(capsys, db_path,
                                                                      tmp_path):
    out_dir = tmp_path / "giden"
    with Workspace.open(db_path) as ws:
        report = ws.load(2024)
        export_all(ws, 2024, out_dir, units=["IL01", "IL06", "IL34"])
        # IL06 and IL34 send their templates back; IL06's belongs to another unit
        il34 = tmp_path / "il34_dolu.xlsx"
        fill_template(out_dir / "sablon_2024_IL34.xlsx", il34, report,
                      province_values("IL34"), unit="IL34")
        plan = dry_run(ws, 2024, [il34])
        assert [r.applied for r in apply_plan(ws, plan)] == [True]
        wrong = tmp_path / "il06_dolu.xlsx"
        fill_template(out_dir / "sablon_2024_IL34.xlsx", wrong, report,
                      province_values("IL34"), unit="IL34")
        received = {"IL06": cons.Received("IL06", wrong.name, "refused", "başka birimin")}
        statuses = {s.code: s for s in cons.unit_statuses(
            report, imported_units(ws, 2024), received, exported=latest_exports(ws, 2024))}
    assert statuses["IL01"].status == "sent" and statuses["IL01"].sent_file == \
        "sablon_2024_IL01.xlsx"
    assert statuses["IL34"].status == "applied"
    assert statuses["IL34"].imported_file == "il34_dolu.xlsx" and statuses["IL34"].imported_at
    assert statuses["IL06"].status == "refused"
    assert statuses["IL02"].status == "not_sent" and statuses["IL02"].status_tr == "Gönderilmedi"

    sheet = tmp_path / "durum.xlsx"
    code, out, err = run(capsys, "units-status", "--db", str(db_path), "--year", "2024",
                         "--out", str(sheet))
    assert code == 0, err
    assert "1 içe aktarıldı" in out and "2 birime şablon gönderildi" in out
    wb = openpyxl.load_workbook(sheet)
    ws_ = wb.active
    rows = list(ws_.iter_rows(values_only=True))
    header = rows.index(next(r for r in rows if r and r[0] == "Kod"))
    assert rows[header][:4] == ("Kod", "Birim", "Durum", "Şablon gönderildi")
    by_code = {r[0]: r for r in rows[header + 1:]}
    assert by_code["IL34"][2] == "İçe aktarıldı" and by_code["IL34"][6] == "il34_dolu.xlsx"
    assert by_code["IL01"][2] == "Gönderildi (yanıt bekleniyor)"
    assert by_code["IL01"][4] == "sablon_2024_IL01.xlsx" and by_code["IL01"][3]
    assert by_code["IL02"][2] == "Gönderilmedi"
    assert len(by_code) == len(reporting_units(report))


def test_a_template_sent_again_after_an_import_is_a_new_round(db_path, tmp_path):
    with Workspace.open(db_path) as ws:
        report = ws.load(2024)
        export_all(ws, 2024, tmp_path / "r1", units=["IL34"])
        filled = tmp_path / "il34.xlsx"
        fill_template(tmp_path / "r1" / "sablon_2024_IL34.xlsx", filled, report,
                      province_values("IL34"), unit="IL34")
        apply_plan(ws, dry_run(ws, 2024, [filled]))
        rec = imported_units(ws, 2024)["IL34"]
        export = latest_exports(ws, 2024)["IL34"]
        later = type(export)(**{**export.__dict__, "exported_at": "2999-01-01T00:00:00+00:00"})
        statuses = {s.code: s for s in cons.unit_statuses(report, imported_units(ws, 2024), {},
                                                          exported={"IL34": later})}
    assert statuses["IL34"].status == "sent"
    assert statuses["IL34"].imported_file == rec.file_name


def test_all_units_and_one_unit_together_are_refused(capsys, db_path, tmp_path):
    code, _, err = run(capsys, "export-template", "--db", str(db_path), "--year", "2024",
                       "--all-units", "--unit", "IL06", "--out", str(tmp_path / "x"))
    assert code == 2 and "birlikte verilemez" in err
    assert not (tmp_path / "x").exists()
