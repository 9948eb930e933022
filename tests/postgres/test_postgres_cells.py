"""The autosave's cell path on PostgreSQL: optimistic locking between two clients."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

from faaliyet_desktop.domain.model import BudgetLine, ReportYear
from faaliyet_desktop.storage import ConflictError, open_database


def _line(report: ReportYear, code: str = "1") -> BudgetLine:
    return next(b for b in report.budget_lines if b.fiscal_year == 2024 and b.code == code)


def test_same_figure_is_a_conflict_another_field_is_merged(pg_sample_url: str) -> None:
    a, b = open_database(pg_sample_url), open_database(pg_sample_url)
    try:
        ra, rb = a.load_year(2024), b.load_year(2024)
        _line(ra).kbo = Decimal("1000")
        a.save_cells(ra, {("budget", "2024:1")}, user="ayse")
        _line(rb).kbo = Decimal("2000")
        with pytest.raises(ConflictError) as caught:
            b.save_cells(rb, {("budget", "2024:1")}, user="mehmet")
        assert caught.value.other_user == "ayse"
        assert _line(b.load_year(2024)).kbo == Decimal("1000")
        rb = b.load_year(2024)
        _line(rb).spending = Decimal("5")  # another field of the row A changed: merged
        _line(ra).added = Decimal("7")
        b.save_cells(rb, {("budget", "2024:1")})
        a.save_cells(ra, {("budget", "2024:1")})
        with open_database(pg_sample_url) as final:
            line = _line(final.load_year(2024))
        assert (line.kbo, line.spending, line.added) == (Decimal("1000"), Decimal("5"),
                                                         Decimal("7"))
    finally:
        a.close()
        b.close()


def test_concurrent_cell_saves_queue(pg_sample_url: str) -> None:
    clients = [open_database(pg_sample_url) for _ in range(4)]
    reports = [c.load_year(2024) for c in clients]
    codes = ["1", "2", "3", "5"]
    for report, code in zip(reports, codes, strict=True):
        _line(report, code).spending = Decimal(code) * 1000
    failures: list[BaseException] = []
    barrier = threading.Barrier(len(clients))

    def save(i: int) -> None:
        barrier.wait()
        try:
            clients[i].save_cells(reports[i], {("budget", f"2024:{codes[i]}")})
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
        assert [_line(final, c).spending for c in codes] == [Decimal(c) * 1000 for c in codes]
    finally:
        for c in clients:
            c.close()
