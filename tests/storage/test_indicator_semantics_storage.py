"""Issue 12 in storage: direction, Table 17 type, confirmed provisional year-ends, per-year
thresholds and 'not entered' Table 10/11 figures survive a save, and migration 0006 gives
existing files today's defaults."""

from __future__ import annotations

import copy
import sqlite3
from decimal import Decimal
from pathlib import Path

from faaliyet_desktop.domain.model import (
    Activity,
    Direction,
    PGType,
    ReportYear,
    UnitSpending,
    YearSettings,
)
from faaliyet_desktop.storage import Database, open_database

from .test_storage_migrations import upgrade_file_to


def test_new_fields_round_trip(db: Database, db_path: Path, report: ReportYear) -> None:
    report.indicators[0].direction = Direction.AZALAN
    report.indicators[0].provisional_confirmed = True
    report.goal_indicators[0].direction = Direction.AZALAN
    report.goal_indicators[0].kind = PGType.KUMULATIF
    report.settings = YearSettings(Decimal("75"), Decimal("100"), Decimal("130.5"))
    report.activities.append(Activity("ZERO", report.activities[0].subprogram, "Sıfır",
                                      Decimal(0), None, None, 99))
    report.unit_spending.append(UnitSpending(report.units[-1].code, None, Decimal(0), None, 99))
    expected = copy.deepcopy(report)
    db.save_year(report)
    db.close()
    with open_database(db_path, create=False) as database:
        loaded = database.load_year(2024)
    assert loaded == expected
    act = next(a for a in loaded.activities if a.code == "ZERO")
    assert act.kbo == 0 and act.total_appropriation is None and act.realisation is None
    assert str(loaded.settings.overshoot_pct) == "130.5"


def test_migration_0006_gives_existing_rows_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "eski.sqlite"
    upgrade_file_to(path, "0004")
    connection = sqlite3.connect(path)
    try:
        connection.execute("INSERT INTO report_year (id, year) VALUES (3, 2023)")
        connection.execute(
            "INSERT INTO institution (report_year_id, position, name, short_name, head_name,"
            " head_title, address) VALUES (3, 0, 'Göç İdaresi', 'GİB', '', '', '')")
        connection.execute(
            "INSERT INTO indicator (report_year_id, position, code, subprogram, name, measure,"
            " aggregation, assessment1, assessment2, assessment3, assessment4, in_form3,"
            " in_form4, form4_order, deviation_reason, sort_order)"
            " VALUES (3, 0, 'G1', 'S', 'Gösterge', 'Sayı', 'sum', '', '', '', '', 1, 1, 0, '',"
            " 0)")
        connection.commit()
    finally:
        connection.close()
    upgrade_file_to(path, "head")
    with open_database(path) as database:
        report = database.load_year(2023)
    assert report.settings == YearSettings()
    assert report.indicators[0].direction == Direction.ARTAN
    assert report.indicators[0].provisional_confirmed is False
    connection = sqlite3.connect(path)
    try:  # Table 10/11 figures may now be NULL (not entered)
        notnull = {row[1]: row[3] for row in connection.execute("PRAGMA table_info(activity)")}
        assert notnull["kbo"] == 0 and notnull["realisation"] == 0
    finally:
        connection.close()
