"""Alembic: the upgrade path from 0001 is real, and the migrations agree with the models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from faaliyet_desktop.domain.model import Institution, ReportYear, Unit, UnitKind
from faaliyet_desktop.storage import open_database
from faaliyet_desktop.storage.engine import make_engine
from faaliyet_desktop.storage.migrate import alembic_config, head_revision, known_revisions
from faaliyet_desktop.storage.tables import metadata

from .helpers import folder_state


def upgrade_file_to(path: Path, target: str) -> None:
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, target)


def test_revisions_form_one_line_from_0001() -> None:
    assert {"0001", "0002"} <= known_revisions()
    assert head_revision() == max(known_revisions())


def test_database_at_0001_is_upgraded_on_open(tmp_path: Path) -> None:
    path = tmp_path / "eski.sqlite"
    upgrade_file_to(path, "0001")
    connection = sqlite3.connect(path)
    try:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(unit)")]
        assert "revision" not in columns
        connection.execute("INSERT INTO report_year (id, year) VALUES (7, 2023)")
        connection.execute(
            "INSERT INTO institution (report_year_id, position, name, short_name, head_name,"
            " head_title, address) VALUES (7, 0, 'Göç İdaresi', 'GİB', '', '', '')"
        )
        connection.execute(
            "INSERT INTO unit (report_year_id, position, code, name, kind, parent, sort_order)"
            " VALUES (7, 0, 'GIB', 'Göç İdaresi Başkanlığı', 'institution', NULL, 0)"
        )
        connection.commit()
    finally:
        connection.close()

    with open_database(path) as database:
        assert database.schema_revision() == head_revision()
        assert database.years() == [2023]
        (backup,) = (tmp_path / "eski-yedekler").glob("eski-*-guncelleme-0001.sqlite")
        connection = sqlite3.connect(backup)
        try:  # the copy taken before migrating is the untouched 0001 database
            assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
                ("0001",)
            ]
            assert connection.execute("SELECT name FROM unit").fetchall() == [
                ("Göç İdaresi Başkanlığı",)
            ]
        finally:
            connection.close()
        report = database.load_year(2023)
        assert report == ReportYear(
            year=2023,
            institution=Institution("Göç İdaresi", "GİB"),
            units=[Unit("GIB", "Göç İdaresi Başkanlığı", UnitKind.INSTITUTION)],
        )
        assert "created_by" not in database.meta()  # made before app_meta existed
        assert database.year_revision(2023) == 1
        report.units[0].name = "GİB"
        database.save_year(report)
        assert database.load_year(2023) == report


def test_migrations_and_models_agree(tmp_path: Path) -> None:
    with open_database(tmp_path / "yeni.sqlite") as database:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True}
            )
            assert compare_metadata(context, metadata) == []


def test_downgrade_to_0001_and_back(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    upgrade_file_to(path, "head")
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.downgrade(config, "0001")
    with open_database(path) as database:
        assert database.schema_revision() == head_revision()


def test_opening_an_up_to_date_database_does_not_change_it(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    open_database(path).close()
    before = folder_state(tmp_path)
    with open_database(path) as database:
        database.years()
    assert folder_state(tmp_path) == before


def test_engine_pragmas(tmp_path: Path) -> None:
    open_database(tmp_path / "db.sqlite").close()
    engine = make_engine(tmp_path / "db.sqlite")
    try:
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA busy_timeout").scalar() == 2000
    finally:
        engine.dispose()
