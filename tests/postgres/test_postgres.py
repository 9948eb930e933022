"""Shared database mode on a real PostgreSQL server: migrations, round trip, optimistic
locking (conflicts between two clients), history, connection errors, CLI."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from faaliyet_desktop.cli import main
from faaliyet_desktop.domain.model import BudgetLine, ReportYear
from faaliyet_desktop.services import Workspace
from faaliyet_desktop.storage import ConflictError, StorageError, open_database
from faaliyet_desktop.storage.history import ChangeSource
from faaliyet_desktop.storage.migrate import alembic_config, head_revision
from faaliyet_desktop.storage.server import (
    ServerAuthError,
    ServerDatabaseMissingError,
    ServerUnavailableError,
)
from faaliyet_desktop.storage.tables import metadata

from .conftest import PASSWORD, Server


def _kbo(report: ReportYear, fiscal_year: int, code: str) -> BudgetLine:
    return next(b for b in report.budget_lines if b.fiscal_year == fiscal_year and b.code == code)


def test_migrations_run_on_postgresql_and_agree_with_the_models(pg_url: str) -> None:
    with open_database(pg_url) as db:
        assert db.is_server
        assert db.schema_revision() == head_revision()
        assert db.meta()["application"] == "faaliyet-desktop"
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", pg_url.replace("%", "%%"))
    command.downgrade(config, "base")  # every downgrade runs on PostgreSQL too
    command.upgrade(config, "head")
    with open_database(pg_url) as db:  # reopening an up-to-date database does not migrate
        assert db.schema_revision() == head_revision()


def test_sample_round_trip(pg_url: str, sample: ReportYear) -> None:
    with open_database(pg_url) as db:
        db.save_year(sample, source=ChangeSource.SAMPLE)
        assert db.years() == [2024]
        assert db.load_year(2024) == sample
    with open_database(pg_url) as again:  # another client sees the same year
        loaded = again.load_year(2024)
        assert loaded == sample
        loaded.narratives["mission"] = "Yeni misyon metni: ç ğ ı İ ö ş ü"
        _kbo(loaded, 2024, "1").spending = Decimal("123.45")
        again.save_year(loaded)
        assert again.load_year(2024) == loaded


def test_two_clients_same_figure_conflict_then_reload(pg_sample_url: str) -> None:
    pg_url = pg_sample_url
    a, b = open_database(pg_url), open_database(pg_url)
    try:
        ra, rb = a.load_year(2024), b.load_year(2024)
        _kbo(ra, 2024, "1").kbo = Decimal("1000")
        a.save_year(ra, user="ayse")
        _kbo(rb, 2024, "1").kbo = Decimal("2000")
        with pytest.raises(ConflictError) as caught:
            b.save_year(rb, user="mehmet")
        message = caught.value.message
        assert "Tablo 9" in message and "2024:1" in message and "KBÖ" in message
        assert "1.000" in message and "2.000" in message and "ayse" in message
        assert caught.value.other_user == "ayse"
        assert _kbo(b.load_year(2024), 2024, "1").kbo == Decimal("1000")  # nothing of B's
        rb = b.load_year(2024)  # B reloads, enters the change again: saved
        _kbo(rb, 2024, "1").kbo = Decimal("2000")
        b.save_year(rb, user="mehmet")
        assert _kbo(a.load_year(2024), 2024, "1").kbo == Decimal("2000")
        who = [(c.user, c.old, c.new) for c in a.history(2024, "budget", "2024:1", "kbo")]
        assert who[-2:] == [("ayse", "7111020000", "1000"), ("mehmet", "1000", "2000")]
    finally:
        a.close()
        b.close()


def test_two_clients_different_figures_both_saved(pg_sample_url: str) -> None:
    pg_url = pg_sample_url
    a, b = open_database(pg_url), open_database(pg_url)
    try:
        ra, rb = a.load_year(2024), b.load_year(2024)
        _kbo(ra, 2024, "1").kbo = Decimal("1000")  # same row, another field
        _kbo(rb, 2024, "1").spending = Decimal("5")
        rb.narratives["mission"] = "B'nin metni"
        a.save_year(ra)
        b.save_year(rb)  # B's stale KBÖ is not written back over A's
        final = open_database(pg_url)
        try:
            line = _kbo(final.load_year(2024), 2024, "1")
            assert (line.kbo, line.spending) == (Decimal("1000"), Decimal("5"))
            assert final.load_year(2024).narratives["mission"] == "B'nin metni"
        finally:
            final.close()
    finally:
        a.close()
        b.close()


def test_concurrent_saves_of_one_year_queue(pg_sample_url: str) -> None:
    pg_url = pg_sample_url
    clients = [open_database(pg_url) for _ in range(4)]
    reports = [c.load_year(2024) for c in clients]
    codes = ["1", "2", "3", "5"]
    for report, code in zip(reports, codes, strict=True):
        _kbo(report, 2024, code).spending = Decimal(code) * 1000
    failures: list[BaseException] = []
    barrier = threading.Barrier(len(clients))

    def save(i: int) -> None:
        barrier.wait()
        try:
            clients[i].save_year(reports[i])
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [threading.Thread(target=save, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert failures == []
        final = clients[0].load_year(2024)
        assert [_kbo(final, 2024, c).spending for c in codes] == [
            Decimal(c) * 1000 for c in codes]
    finally:
        for c in clients:
            c.close()


def test_history_on_postgresql(pg_url: str) -> None:
    with Workspace.open(pg_url) as ws:
        assert ws.years() == [2024]
        ws.record_check_run(2024, [])
        report = ws.load(2024)
        _kbo(report, 2024, "2").spending = Decimal("1")
        ws.save(report)
        ws.new_year(2024, 2025)
        after = ws.changes_after_clean_check(2024, "budget")
        assert [(c.row, c.field, c.new, c.source) for c in after] == [
            ("2024:2", "spending", "1", ChangeSource.TYPED)]
        carried = ws.history(2025, "budget", "2025:1", "kbo")
        assert carried[0].source == ChangeSource.CARRIED and carried[0].detail == "2024"


def test_cli_against_the_server(pg_url: str, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["years", "--db", pg_url]) == 0
    monkeypatch.setenv("FAALIYET_DB", pg_url)
    assert main(["check", "--year", "2024"]) == 1
    assert main(["history", "--year", "2024", "--table", "budget", "--after-clean-check"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "2024"
    assert "hiç hatasız geçmedi" in out
    assert PASSWORD not in out


def test_server_down(pg_server: Server) -> None:
    dead = Server("127.0.0.1", _unused_port())
    with pytest.raises(ServerUnavailableError) as caught:
        open_database(dead.url("faaliyet"))
    assert "bağlanılamadı" in caught.value.message
    assert PASSWORD not in caught.value.message


def test_wrong_password(pg_server: Server) -> None:
    with pytest.raises(ServerAuthError) as caught:
        open_database(pg_server.url("postgres", password="yanlis"))
    assert "parola" in caught.value.message
    assert "yanlis" not in caught.value.message


def test_missing_database(pg_server: Server) -> None:
    with pytest.raises(ServerDatabaseMissingError) as caught:
        open_database(pg_server.url("olmayan_veritabani"))
    assert "veritabanı yok" in caught.value.message
    assert isinstance(caught.value, StorageError)


def _unused_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
