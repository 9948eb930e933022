"""Every user action is one write transaction: a save, a new year, each imported file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

from faaliyet_desktop.exchange.export import export_template
from faaliyet_desktop.exchange.service import apply_plan, dry_run, signing_key, undo_import
from faaliyet_desktop.exchange.synthetic import fill_template, province_values
from faaliyet_desktop.services import Workspace
from faaliyet_desktop.storage.engine import BEGIN_MODE

YEAR = 2024


@contextmanager
def write_transactions(ws: Workspace) -> Iterator[list[int]]:
    """Counts the write transactions (BEGIN IMMEDIATE) begun inside the block."""
    count = [0]

    def on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(BEGIN_MODE) == "IMMEDIATE":
            count[0] += 1

    engine = ws.database.engine
    event.listen(engine, "begin", on_begin)
    try:
        yield count
    finally:
        event.remove(engine, "begin", on_begin)


def test_save_and_new_year_are_one_transaction_each(db_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        report = ws.load(YEAR)
        report.it_counts[0].count += 1
        with write_transactions(ws) as count:
            ws.save(report)
        assert count[0] == 1
        with write_transactions(ws) as count:
            ws.new_year(YEAR, YEAR + 1)
        assert count[0] == 1


def test_each_imported_file_is_one_transaction(db_path: Path, tmp_path: Path) -> None:
    with Workspace.open(db_path) as ws:
        report = ws.load(YEAR)
        files = []
        for code in ("IL01", "IL06", "IL34"):
            export_template(report, tmp_path / f"s_{code}.xlsx", code, key=signing_key(ws))
            fill_template(tmp_path / f"s_{code}.xlsx", tmp_path / f"{code}.xlsx", report,
                          province_values(code, 4), unit=code)
            files.append(tmp_path / f"{code}.xlsx")
        plan = dry_run(ws, YEAR, files)
        with write_transactions(ws) as count:
            results = apply_plan(ws, plan)
        assert [r.applied for r in results] == [True, True, True]
        assert count[0] == len(files)  # data and history record together, file by file
        with write_transactions(ws) as count:
            undo_import(ws, YEAR, results[-1].import_id)
        assert count[0] == 1
