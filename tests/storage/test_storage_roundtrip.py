"""Saving and loading report years: equality after reopen, small edits, deletes, two years."""

from __future__ import annotations

import copy
import sqlite3
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from faaliyet_desktop.domain.model import (
    Goal,
    ITCount,
    PersonnelRecord,
    ReportYear,
    Unit,
    UnitKind,
)
from faaliyet_desktop.storage import (
    Database,
    InvalidDataError,
    ReadOnlyDatabaseError,
    StorageError,
    YearNotFoundError,
    default_database_path,
    open_database,
)
from faaliyet_desktop.storage.migrate import head_revision


def reopen_and_load(path: Path, year: int) -> ReportYear:
    with open_database(path, create=False) as database:
        return database.load_year(year)


def raw(path: Path, sql: str, *params: object) -> list[Any]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def test_complete_report_round_trips(db: Database, db_path: Path, report: ReportYear) -> None:
    expected = copy.deepcopy(report)
    db.save_year(report)
    assert report == expected  # saving does not touch the caller's objects
    db.close()
    loaded = reopen_and_load(db_path, 2024)
    assert loaded == expected
    # == on Decimal ignores trailing zeros; the stored text must keep them too.
    assert [str(b.kbo) for b in loaded.budget_lines] == [
        "1000000",
        "138188839.46",
        "5E+3",
        "150000000",
    ]
    assert [str(q) for q in loaded.indicators[1].quarters] == ["93.1", "94.2", "-0.0", "0.000001"]
    assert loaded.indicators[0].quarters[1:3] == [Decimal(0), None]
    assert loaded.physical_resources[2].count is None and loaded.physical_resources[3].count == 0
    assert list(loaded.narratives) == ["vision", "foreword", "mission"]
    assert list(loaded.personnel[0].employment) == ["sozlesmeli", "dolu_kadro", "gecici"]
    assert loaded.personnel[2] == PersonnelRecord("YUK")


def test_decimals_are_stored_as_exact_text(db: Database, db_path: Path, report: ReportYear) -> None:
    db.save_year(report)
    rows = raw(db_path, "SELECT kbo, added, deducted FROM budget_line ORDER BY position")
    assert rows[1] == ("138188839.46", "0", None)
    assert rows[2] == ("5E+3", "12.5", "-3.17")


def test_saving_the_same_report_again_changes_nothing(db: Database, report: ReportYear) -> None:
    db.save_year(report)
    assert db.year_revision(2024) == 1
    db.save_year(copy.deepcopy(report))
    assert db.year_revision(2024) == 1
    assert db.load_year(2024) == report


def test_one_cell_edit_updates_one_row(db: Database, db_path: Path, report: ReportYear) -> None:
    db.save_year(report)
    before: dict[str, int] = dict(raw(db_path, "SELECT code, revision FROM indicator"))
    ids_before = raw(db_path, "SELECT id, code FROM indicator ORDER BY id")

    report.indicators[1].quarters[2] = Decimal("95.125")
    db.save_year(report)

    assert reopen_and_load(db_path, 2024) == report
    after: dict[str, int] = dict(raw(db_path, "SELECT code, revision FROM indicator"))
    assert after == {**before, "PG1": before["PG1"] + 1}
    assert raw(db_path, "SELECT id, code FROM indicator ORDER BY id") == ids_before
    assert db.year_revision(2024) == 2


def test_distinguishes_equal_decimals_written_differently(db: Database, report: ReportYear) -> None:
    db.save_year(report)
    report.goal_indicators[1].weight = Decimal("60.00")  # == Decimal("60.0")
    db.save_year(report)
    assert str(db.load_year(2024).goal_indicators[1].weight) == "60.00"


def test_none_zero_and_empty_string_stay_distinct(db: Database, report: ReportYear) -> None:
    db.save_year(report)
    report.indicators[0].quarters = [None, Decimal(0), Decimal("0.0"), None]
    report.institution.short_name = ""
    report.institution.logo_png = None
    report.narratives["mission"] = ""
    db.save_year(report)
    loaded = db.load_year(2024)
    assert loaded == report
    assert [None if q is None else str(q) for q in loaded.indicators[0].quarters] == [
        None,
        "0",
        "0.0",
        None,
    ]


def test_delete_insert_and_reorder_rows(db: Database, db_path: Path, report: ReportYear) -> None:
    db.save_year(report)
    del report.units[4]  # SGDB
    report.units.insert(
        1, Unit("IL34", "İstanbul İl Göç İdaresi Müdürlüğü", UnitKind.PROVINCIAL, "tasra")
    )
    report.it_counts.reverse()
    report.it_counts.append(ITCount("IL34", "masaustu", 500))
    del report.personnel[0]  # its counts go too
    report.goals[0].responsible_units = ["IL06", "YUK"]
    del report.goals[1]
    del report.narratives["vision"]
    report.narratives["vision"] = "Yeni vizyon"  # now last
    report.personnel[0].employment["hizmet_alimi"] = 3
    db.save_year(report)

    assert reopen_and_load(db_path, 2024) == report
    assert raw(db_path, "SELECT count(*) FROM personnel_count WHERE unit = 'IL06'") == [(0,)]
    assert raw(db_path, "SELECT count(*) FROM goal_responsible_unit WHERE goal = 'H2.1'") == [(0,)]


def test_key_change_is_a_delete_and_an_insert(db: Database, report: ReportYear) -> None:
    db.save_year(report)
    report.goals[0].code = "H1.9"
    report.goal_indicators[0].goal = "H1.9"
    db.save_year(report)
    assert db.load_year(2024) == report


def test_two_years_side_by_side(
    db: Database, db_path: Path, make_report: Callable[[int], ReportYear]
) -> None:
    first, second = make_report(2023), make_report(2024)
    second.units[0].name = "Göç İdaresi Başkanlığı (2024)"
    second.indicators.pop()
    db.save_year(second)
    db.save_year(first)
    assert db.years() == [2023, 2024]

    first.institution.head_name = "Başka Biri"
    db.save_year(first)
    db.close()
    with open_database(db_path) as database:
        assert database.load_year(2023) == first
        assert database.load_year(2024) == second
        database.delete_year(2023)
        assert database.years() == [2024]
        assert database.load_year(2024) == second
    assert raw(db_path, "SELECT count(*) FROM indicator") == [(len(second.indicators),)]


def test_missing_year(db: Database, report: ReportYear) -> None:
    db.save_year(report)
    with pytest.raises(YearNotFoundError) as info:
        db.load_year(1999)
    assert isinstance(info.value, KeyError) and isinstance(info.value, StorageError)
    assert "1999" in str(info.value) and str(info.value) == info.value.message
    with pytest.raises(YearNotFoundError):
        db.delete_year(1999)


@pytest.mark.parametrize(
    "spoil, words",
    [
        (lambda r: r.units.append(Unit("IL06", "kopya", UnitKind.PROVINCIAL)), "birimler"),
        (lambda r: r.personnel.append(PersonnelRecord("IL06")), "personel"),
        (lambda r: r.goals.append(Goal("H1.1", "A1", "kopya")), "hedefler"),
        (lambda r: setattr(r.activities[0], "kbo", 1.5), "float"),
        (lambda r: setattr(r.indicators[0], "quarters", [None] * 3), "çeyrek"),
        (lambda r: setattr(r.units[0], "code", None), "kaydedilemedi"),
    ],
)
def test_invalid_data_is_refused_and_nothing_is_written(
    db: Database, report: ReportYear, spoil: Callable[[ReportYear], None], words: str
) -> None:
    db.save_year(report)
    stored = copy.deepcopy(report)
    report.units[1].name = "değişti"  # a valid change that must not be written either
    spoil(report)
    with pytest.raises(InvalidDataError) as info:
        db.save_year(report)
    assert words in info.value.message
    assert db.load_year(2024) == stored
    assert db.year_revision(2024) == 1


def test_schema_revision_and_meta(db: Database) -> None:
    assert db.schema_revision() == head_revision()
    meta = db.meta()
    assert meta["application"] == "faaliyet-desktop"
    assert meta["created_by"] == meta["last_opened_by"]


def test_readonly_open_reads_but_refuses_writes(db_path: Path, report: ReportYear) -> None:
    with open_database(db_path) as database:
        database.save_year(report)
    with open_database(db_path, readonly=True) as database:
        assert database.load_year(2024) == report
        with pytest.raises(ReadOnlyDatabaseError):
            database.save_year(report)
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_closed_database_says_so(db: Database) -> None:
    db.close()
    with pytest.raises(StorageError):
        db.years()


def test_close_leaves_only_the_database_file(
    db: Database, db_path: Path, report: ReportYear
) -> None:
    db.save_year(report)
    db.close()
    assert [p.name for p in db_path.parent.iterdir()] == [db_path.name]


def test_default_database_path_follows_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FAALIYET_DB", str(tmp_path / "x.sqlite"))
    assert default_database_path() == tmp_path / "x.sqlite"


def test_sample_round_trips(db: Database, db_path: Path) -> None:
    from faaliyet_desktop.sample import load_sample

    sample = load_sample()
    assert sample.units and sample.indicators and sample.budget_lines
    db.save_year(sample)
    db.close()
    assert reopen_and_load(db_path, sample.year) == load_sample()


def test_awkward_file_names(tmp_path: Path, report: ReportYear) -> None:
    # '?' is not allowed in a Windows file name (the URI form is tested below)
    path = tmp_path / ("İl Müdürlüğü #1 %50 ?.sqlite" if sys.platform != "win32"
                       else "İl Müdürlüğü #1 %50 ;.sqlite")
    with open_database(path) as database:
        database.save_year(report)
    with open_database(path, readonly=True) as database:
        assert database.load_year(2024) == report
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_uri_forms() -> None:
    from faaliyet_desktop.storage.engine import sqlite_uri

    if sys.platform == "win32":  # a drive letter: file:///C:/...
        assert sqlite_uri(Path("C:/veri/a b?.sqlite")) == "file:///C:/veri/a%20b%3F.sqlite"
    else:
        assert sqlite_uri(Path("/veri/a b?.sqlite")) == "file:///veri/a%20b%3F.sqlite"
    assert sqlite_uri(Path("//sunucu/pay/x.sqlite"), readonly=True) == (
        "file:////sunucu/pay/x.sqlite?mode=ro"
    )
    assert sqlite_uri(Path("/x"), immutable=True).endswith("?mode=ro&immutable=1")


def test_transaction_commits_or_rolls_back(db: Database) -> None:
    from sqlalchemy import text

    with db.transaction() as connection:
        connection.execute(text("INSERT INTO report_year (year) VALUES (2030)"))
    with pytest.raises(RuntimeError), db.transaction() as connection:
        connection.execute(text("INSERT INTO report_year (year) VALUES (2031)"))
        raise RuntimeError("vazgeç")
    assert db.years() == [2030]
