"""Saving edited cells (the GUI's autosave): only those fields are written, with their history,
and everything the cell path cannot do exactly is saved by comparing the whole year."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from faaliyet_desktop.domain.model import ITCount, ReportYear
from faaliyet_desktop.sample import load_sample
from faaliyet_desktop.storage import ConflictError, Database, InvalidDataError, open_database
from faaliyet_desktop.storage.history import ChangeSource


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "rapor.sqlite"
    with open_database(target) as db:
        db.save_year(load_sample(), source=ChangeSource.SAMPLE)
    return target


def _revisions(db: Database, table: str) -> dict[int, int]:
    with db.engine.connect() as connection:
        return dict(connection.exec_driver_sql(f"SELECT id, revision FROM {table}").all())


def _line(report: ReportYear, code: str = "1"):
    return next(b for b in report.budget_lines if b.fiscal_year == 2024 and b.code == code)


def test_one_cell_writes_one_row_and_its_history(path: Path, monkeypatch) -> None:
    with open_database(path) as db:
        report = db.load_year(2024)
        whole = []
        monkeypatch.setattr(db, "save_year", lambda *a, **k: whole.append(1))
        before = _revisions(db, "budget_line")
        year_revision = db.year_revision(2024)
        _line(report).kbo = Decimal("1234")
        ids = db.save_cells(report, {("budget", "2024:1")}, user="ayse")
        after = _revisions(db, "budget_line")
        assert whole == [] and len(ids) == 1
        changed = [i for i in after if after[i] != before[i]]
        assert len(changed) == 1 and after[changed[0]] == before[changed[0]] + 1
        assert db.year_revision(2024) == year_revision + 1
        (change,) = db.history(2024, "budget", "2024:1", "kbo")[-1:]
        assert (change.old, change.new, change.user) == ("7111020000", "1234", "ayse")
        assert change.source == ChangeSource.TYPED
        monkeypatch.undo()
        assert db.load_year(2024) == report


def test_rows_added_and_removed_within_a_unit(path: Path) -> None:
    with open_database(path) as db:
        report = db.load_year(2024)
        report.it_counts.append(ITCount("MERKEZ", "sunucu", 4))  # appended: cell path
        record = report.personnel[0]
        key = next(iter(record.gender))
        record.gender.pop(key)  # a count removed within its unit's record
        unit = next(u.code for u in report.units if u.code != record.unit)
        db.save_cells(report, {("it", "MERKEZ"), ("personnel_gender", record.unit)})
        assert db.load_year(2024) == report
        db.save_cells(report, {("units", unit)})  # nothing changed there: whole year, no-op
        assert db.load_year(2024) == report


def test_a_hint_where_nothing_changed_saves_the_whole_year(path: Path) -> None:
    with open_database(path) as db:
        report = db.load_year(2024)
        report.narratives["mission"] = "Yeni misyon"
        db.save_cells(report, {("budget", "2024:1")})  # not where the change is
        assert db.load_year(2024) == report


def test_same_figure_changed_by_another_user_is_a_conflict(path: Path) -> None:
    a, b = open_database(path), open_database(path)
    try:
        ra, rb = a.load_year(2024), b.load_year(2024)
        _line(ra).kbo = Decimal("1000")
        a.save_cells(ra, {("budget", "2024:1")}, user="ayse")
        _line(rb).kbo = Decimal("2000")
        with pytest.raises(ConflictError) as caught:
            b.save_cells(rb, {("budget", "2024:1")}, user="mehmet")
        assert caught.value.other_user == "ayse" and "2024:1" in caught.value.message
        assert _line(a.load_year(2024)).kbo == Decimal("1000")
    finally:
        a.close()
        b.close()


def test_another_field_of_the_same_row_is_merged(path: Path) -> None:
    a, b = open_database(path), open_database(path)
    try:
        ra, rb = a.load_year(2024), b.load_year(2024)
        _line(ra).kbo = Decimal("1000")
        a.save_cells(ra, {("budget", "2024:1")})
        _line(rb).spending = Decimal("5")
        b.save_cells(rb, {("budget", "2024:1")})  # B's stale KBÖ is not written back
        with open_database(path) as final:
            line = _line(final.load_year(2024))
        assert (line.kbo, line.spending) == (Decimal("1000"), Decimal("5"))
        # and B's base follows: its next cell edit of the row is not a conflict
        _line(rb).spending = Decimal("6")
        b.save_cells(rb, {("budget", "2024:1")})
        assert _line(a.load_year(2024)).spending == Decimal("6")
    finally:
        a.close()
        b.close()


def test_a_value_that_cannot_be_stored_is_refused_as_before(path: Path) -> None:
    with open_database(path) as db:
        report = db.load_year(2024)
        _line(report).kbo = 1.5  # type: ignore[assignment]  # a float, not a Decimal
        with pytest.raises(InvalidDataError):
            db.save_cells(report, {("budget", "2024:1")})
        assert _line(db.load_year(2024)).kbo == Decimal("7111020000")
