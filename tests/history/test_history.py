"""Change history: typed, imported, carried, restored and sample changes; check runs and the
audit question; optimistic locking between two Database objects on one SQLite file."""

from __future__ import annotations

import getpass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from faaliyet_desktop.cli import main
from faaliyet_desktop.domain.checks import run_checks
from faaliyet_desktop.domain.model import BudgetLine, PersonnelRecord, ReportYear
from faaliyet_desktop.exchange.export import export_template
from faaliyet_desktop.exchange.service import apply_plan, dry_run, signing_key, undo_import
from faaliyet_desktop.exchange.synthetic import fill_template, province_values
from faaliyet_desktop.services import Workspace
from faaliyet_desktop.storage import ConflictError, open_database
from faaliyet_desktop.storage import history as h
from faaliyet_desktop.storage.history import ChangeSource

YEAR = 2024


def _line(report: ReportYear, code: str, fiscal_year: int = YEAR) -> BudgetLine:
    return next(b for b in report.budget_lines if b.fiscal_year == fiscal_year and b.code == code)


def test_sample_of_a_new_database_is_logged_as_sample(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        cell = ws.history(YEAR, "budget", "2024:1", "kbo")
        assert [(c.old, c.new, c.source) for c in cell] == [
            (None, "7111020000", ChangeSource.SAMPLE)]
        assert cell[0].user == h.current_user()
        mission = ws.history(YEAR, "narrative", "mission", "text")
        assert mission and mission[0].new


def test_typed_change_old_new_when_who(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        report = ws.load(YEAR)
        _line(report, "1").spending = Decimal("7176967030.50")
        report.personnel_of("MERKEZ").employment["dolu_kadro"] = 321
        ws.save(report)
        ws.save(report)  # nothing changed: nothing logged
        log = ws.change_log(YEAR)
    typed = [c for c in log if c.source == ChangeSource.TYPED]
    assert {(c.table, c.row, c.field, c.new) for c in typed} == {
        ("budget", "2024:1", "spending", "7176967030.50"),
        ("personnel_employment", "MERKEZ", "dolu_kadro", "321"),
    }
    spending = next(c for c in typed if c.field == "spending")
    assert spending.old == "7176967030"
    assert spending.user == h.current_user() and spending.changed_at.endswith("+00:00")
    assert spending.table_tr == "Tablo 9" and spending.source_tr == "elle girildi"
    assert h.display_value(spending.new) == "7.176.967.030,50"
    assert log[0].id > log[-1].id  # the log is newest first


def test_imported_changes_name_the_file_and_the_import(db_path: Path, tmp_path: Path) -> None:
    template = tmp_path / "sablon.xlsx"
    filled = tmp_path / "IL34.xlsx"
    with Workspace.open(db_path) as ws:
        report = ws.load(YEAR)
        export_template(report, template, "IL34", key=signing_key(ws))
        fill_template(template, filled, report, province_values("IL34"), unit="IL34")
        results = apply_plan(ws, dry_run(ws, YEAR, [filled]))
        assert results[0].applied, results[0].message
        import_id = results[0].import_id
        imported = [c for c in ws.change_log(YEAR) if c.source == ChangeSource.IMPORTED]
        assert imported and all(c.import_id == import_id and c.detail == "IL34.xlsx"
                                for c in imported)
        assert {c.row for c in imported} == {"IL34"}
        assert "IL34.xlsx" in imported[0].source_tr and f"#{import_id}" in imported[0].source_tr
        undo_import(ws, YEAR, import_id)  # undoing is logged too, as restored
        restored = [c for c in ws.change_log(YEAR) if c.source == ChangeSource.RESTORED]
        assert sorted((c.field, c.old, c.new) for c in restored) == sorted(
            (c.field, c.new, c.old) for c in imported)
        assert f"#{import_id}" in (restored[0].detail or "")


def test_new_year_is_logged_as_carried(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        ws.new_year(YEAR, 2025)
        carried = ws.history(2025)
        assert carried and {c.source for c in carried} == {ChangeSource.CARRIED}
        assert {c.detail for c in carried} == {"2024"}
        # last year's Table 12 is this year's KBÖ
        assert [c.new for c in ws.history(2025, "budget", "2025:1", "kbo")] == ["10300404000"]
        assert ws.history(YEAR, "budget", "2025:1", "kbo")[0].source == ChangeSource.SAMPLE


def test_who_changed_table_9_after_the_checks_passed(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        report = ws.load(YEAR)
        assert ws.changes_after_clean_check(YEAR, "budget")  # never passed: everything
        ws.record_check_run(YEAR, run_checks(report))  # the sample has errors: not clean
        assert ws.database.last_clean_check(YEAR) is None
        ws.record_check_run(YEAR, [])  # a clean run (as if every error had been fixed)
        assert ws.changes_after_clean_check(YEAR, "budget") == []
        _line(report, "3").spending = Decimal("1")
        report.narratives["mission"] = "Değişti"
        ws.database.save_year(report, user="mehmet")
        after = ws.changes_after_clean_check(YEAR, "budget")
        assert [(c.user, c.row, c.field, c.new) for c in after] == [
            ("mehmet", "2024:3", "spending", "1")]
        assert [c.table for c in ws.changes_after_clean_check(YEAR)] == ["budget", "narrative"]
        ws.record_check_run(YEAR, [])
        assert ws.changes_after_clean_check(YEAR, "budget") == []
        runs = ws.database.check_runs(YEAR)
        assert [r.error_count for r in runs][:1] != [0] and runs[-1].error_count == 0


def test_cli_check_records_the_run_and_history_answers(db_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    assert main(["check", "--db", str(db_path), "--year", "2024"]) == 1
    with Workspace.open(db_path) as ws:
        runs = ws.database.check_runs(YEAR)
        assert len(runs) == 1 and runs[0].error_count == 9 and runs[0].warning_count == 3  # + H6.4
        ws.record_check_run(YEAR, [])
        report = ws.load(YEAR)
        _line(report, "2").kbo = Decimal("1248213001")
        ws.database.save_year(report, user="ayse")
    capsys.readouterr()
    assert main(["history", "--db", str(db_path), "--year", "2024", "--table", "budget",
                 "--after-clean-check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Son hatasız denetim:")
    assert "ayse  Tablo 9 2024:2  KBÖ: 1.248.213.000 → 1.248.213.001  (elle girildi)" in out[1]
    assert out[-1] == "1 değişiklik."
    assert main(["history", "--db", str(db_path), "--year", "2024", "--table", "budget",
                 "--row", "2024:2", "--field", "kbo"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 değişiklik."
    assert main(["history", "--db", str(db_path), "--year", "1999"]) == 2


def test_conflict_between_two_database_objects_on_one_file(db_path: Path) -> None:
    a, b = open_database(db_path), open_database(db_path)
    try:
        ra, rb = a.load_year(YEAR), b.load_year(YEAR)
        _line(ra, "1").kbo = Decimal("1000")
        a.save_year(ra, user="ayse")
        _line(rb, "1").kbo = Decimal("2000")
        with pytest.raises(ConflictError) as caught:
            b.save_year(rb, user="mehmet")
        assert "Tablo 9, '2024:1' satırı, 'KBÖ' alanı" in caught.value.message
        assert "Onun değeri 1.000, sizin değeriniz 2.000" in caught.value.message
        assert "ayse" in caught.value.message
        assert [(c.table, c.row, c.field) for c in caught.value.conflicts] == [
            ("budget", "2024:1", "kbo")]
        rb = b.load_year(YEAR)
        _line(rb, "1").kbo = Decimal("2000")
        b.save_year(rb, user="mehmet")
        # different figures, each from a stale report: both kept
        ra.narratives["mission"] = "A'nın metni"
        rb.narratives["vision"] = "B'nin metni"
        _line(rb, "1").added = Decimal("5")
        a.save_year(ra)  # A's stale KBÖ (1000) is not written back over B's 2000
        b.save_year(rb)
        final = a.load_year(YEAR)
        assert _line(final, "1").kbo == Decimal("2000") and _line(final, "1").added == 5
        assert (final.narratives["mission"], final.narratives["vision"]) == (
            "A'nın metni", "B'nin metni")
        # the same new value from both sides is no conflict
        rb = b.load_year(YEAR)
        _line(final, "2").spending = Decimal("9")
        _line(rb, "2").spending = Decimal("9")
        a.save_year(final)
        b.save_year(rb)
    finally:
        a.close()
        b.close()


def test_changing_a_row_someone_else_deleted_is_a_conflict(db_path: Path) -> None:
    a, b, c = open_database(db_path), open_database(db_path), open_database(db_path)
    try:
        ra, rb, rc = a.load_year(YEAR), b.load_year(YEAR), c.load_year(YEAR)
        ra.budget_lines.remove(_line(ra, "7"))
        a.save_year(ra)
        rc.narratives["vision"] = "C"  # C's stale report still holds the row, untouched:
        c.save_year(rc)  # saved without bringing the deleted row back
        assert all(x.code != "7" for x in a.load_year(YEAR).budget(YEAR))
        _line(rb, "7").spending = Decimal("1")
        with pytest.raises(ConflictError) as caught:
            b.save_year(rb)
        assert "sildi" in caught.value.message
        rb = b.load_year(YEAR)
        rb.narratives["mission"] = "x"
        b.save_year(rb)
        assert all(x.code != "7" for x in a.load_year(YEAR).budget(YEAR))
        deleted = a.history(YEAR, "budget", "2024:7", "kbo")
        assert deleted[-1].new is None and deleted[-1].old == "24000000"
    finally:
        a.close()
        b.close()
        c.close()


def test_deleting_a_row_someone_else_changed_is_a_conflict(db_path: Path) -> None:
    a, b = open_database(db_path), open_database(db_path)
    try:
        ra, rb = a.load_year(YEAR), b.load_year(YEAR)
        _line(ra, "7").spending = Decimal("1")
        a.save_year(ra)
        rb.budget_lines.remove(_line(rb, "7"))
        with pytest.raises(ConflictError):
            b.save_year(rb)
        assert _line(a.load_year(YEAR), "7").spending == 1
    finally:
        a.close()
        b.close()


def test_user_name_never_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", broken)
    monkeypatch.setenv("USERNAME", "ali")
    assert h.current_user() == "ali"
    for var in ("USERNAME", "USER", "LOGNAME"):
        monkeypatch.delenv(var, raising=False)
    assert h.current_user() == "bilinmeyen kullanıcı"


def test_a_failed_save_logs_nothing(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        before = len(ws.change_log(YEAR))
        report = ws.load(YEAR)
        _line(report, "1").kbo = Decimal("5")
        report.units.append(report.units[0])  # a duplicate key: refused before writing
        with pytest.raises(Exception, match="birden fazla"):
            ws.save(report)
        assert len(ws.change_log(YEAR)) == before


def test_history_survives_deleting_the_year(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        ws.new_year(YEAR, 2025)
        ws.database.delete_year(2025)
        assert ws.history(2025)


def test_restoring_a_backup_keeps_later_history_and_logs_what_it_changed(db_path: Path,
                                                                         tmp_path: Path
                                                                         ) -> None:
    with Workspace.open(db_path) as ws:
        backup = ws.backup(tmp_path / "yedek.sqlite")
        report = ws.load(YEAR)
        _line(report, "1").kbo = Decimal("1000")
        ws.database.save_year(report, user="ayse")
        ws.restore(backup.path)
        assert not ws.warnings
        assert _line(ws.load(YEAR), "1").kbo == Decimal("7111020000")
        cell = ws.history(YEAR, "budget", "2024:1", "kbo")
        assert [(c.source, c.old, c.new, c.user) for c in cell[-2:]] == [
            (ChangeSource.TYPED, "7111020000", "1000", "ayse"),  # made after the backup
            (ChangeSource.RESTORED, "1000", "7111020000", h.current_user()),
        ]
        assert cell[-1].detail == f"yedekten geri yüklendi: {backup.path.name}"
        assert [c.source for c in ws.change_log(YEAR)[:2]] == [ChangeSource.RESTORED,
                                                               ChangeSource.TYPED]


def test_an_import_does_not_overwrite_a_concurrent_edit(db_path: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    from faaliyet_desktop.exchange import service

    template, filled = tmp_path / "sablon.xlsx", tmp_path / "IL34.xlsx"
    with Workspace.open(db_path) as ws:
        report = ws.load(YEAR)
        export_template(report, template, "IL34", key=signing_key(ws))
        fill_template(template, filled, report, province_values("IL34"), unit="IL34")
        plan = dry_run(ws, YEAR, [filled])
        real_apply_values = service.apply_values

        def someone_else_edits_meanwhile(report: ReportYear, file_plan: object) -> list[Any]:
            changes = real_apply_values(report, file_plan)
            row, column = next((r, c) for t, r, c, *_ in changes
                               if t == "personnel_employment")
            with open_database(db_path) as other:
                theirs = other.load_year(YEAR)
                record = theirs.personnel_of(row)
                if record is None:  # the file adds the unit's first figures: so do they
                    record = PersonnelRecord(unit=row)
                    theirs.personnel.append(record)
                record.employment[column] = 4242
                other.save_year(theirs, user="mehmet")
            return changes

        monkeypatch.setattr(service, "apply_values", someone_else_edits_meanwhile)
        results = apply_plan(ws, plan)
        assert not results[0].applied
        assert "çakışma" in results[0].message and "mehmet" in results[0].message
        assert not [c for c in ws.change_log(YEAR) if c.source == ChangeSource.IMPORTED]


def test_history_shows_years_and_codes_as_stored_and_quantities_grouped() -> None:
    assert h.display_value("2024", field="previous_year") == "2024"
    assert h.display_value("2024", field="year") == "2024"
    assert h.display_value("7111020000", field="kbo") == "7.111.020.000"
    assert h.display_value("1234", field="text") == "1234"  # a narrative that is a number


def test_cli_history_prints_a_year_as_a_year(db_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(db_path) as ws:
        report = ws.load(YEAR)
        indicator = report.indicators[0]
        old_year = indicator.previous_year
        indicator.previous_year = 2022
        ws.save(report)
    assert main(["history", "--db", str(db_path), "--year", str(YEAR), "--table", "form3",
                 "--field", "previous_year"]) == 0
    out = capsys.readouterr().out
    assert f"{old_year} → 2022" in out and "2.022" not in out


def test_assessment_history_is_found_under_the_key_the_form_asks_for(db_path: Path) -> None:
    """The Form-3 quarterly assessment editors ask the log for the field it records."""
    from faaliyet_desktop.ui.navigation import _assessment_field

    with Workspace.open(db_path) as ws:
        report = ws.load(YEAR)
        indicator = report.indicators[0]
        for q in range(4):
            _assessment_field(q).set(report, indicator.code, f"Çeyrek {q + 1} değerlendirmesi")
        ws.save(report)
        for q in range(4):
            field = _assessment_field(q).column
            cell = ws.history(YEAR, "form3", indicator.code, field)
            assert cell and cell[-1].new == f"Çeyrek {q + 1} değerlendirmesi", field
