"""Fuzzing the Excel import: random cells, types and sheet mutations on a filled template.

Whatever the workbook holds, the dry run gives a plan (ready, or refused with a Turkish
message, rows rejected with a reason) and never raises; a refused file changes nothing, and a
file that does go in goes in through one transaction.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from faaliyet_desktop.domain.summary import dump
from faaliyet_desktop.exchange.export import export_template
from faaliyet_desktop.exchange.service import apply_plan, dry_run, signing_key
from faaliyet_desktop.exchange.synthetic import fill_template, province_values
from faaliyet_desktop.services import Workspace

from .counts import COUNTS

YEAR = 2024
UNIT = "IL06"

CELL_VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=False, width=64),
    st.booleans(),
    st.text(max_size=40),
    st.sampled_from(["1.234,5", "1,234.5", "%12", "=1+1", "=SUM(C5:C9)", "—", "-", " 12 ",
                     "١٢٣", "1e5", "0x10", "12.5", "IL06", "TOPLAM", "\x00", "=HYPERLINK(\"x\")"]),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
)

MUTATION = st.one_of(
    st.tuples(st.just("cell"), st.integers(0, 10), st.integers(1, 40), st.integers(1, 14),
              CELL_VALUES),
    st.tuples(st.just("cell"), st.integers(0, 10), st.integers(1, 4), st.integers(1, 3),
              CELL_VALUES),  # the header and the hidden keys
    st.tuples(st.just("delete_sheet"), st.integers(0, 10)),
    st.tuples(st.just("rename_sheet"), st.integers(0, 10), st.text(min_size=1, max_size=20)),
    st.tuples(st.just("insert_rows"), st.integers(0, 10), st.integers(1, 30),
              st.integers(1, 3)),
    st.tuples(st.just("delete_rows"), st.integers(0, 10), st.integers(1, 30),
              st.integers(1, 3)),
    st.tuples(st.just("add_sheet"), st.text(min_size=1, max_size=20)),
    st.tuples(st.just("merge"), st.integers(0, 10), st.integers(1, 30), st.integers(1, 10)),
    st.tuples(st.just("hide"), st.integers(0, 10)),
)


def _mutate(wb: Any, mutation: tuple[Any, ...]) -> None:
    kind, *args = mutation
    sheets = wb.worksheets
    if kind == "add_sheet":
        wb.create_sheet(_sheet_name(args[0]))
        return
    ws = sheets[args[0] % len(sheets)]
    if kind == "cell":
        _, row, col, value = args
        if isinstance(value, str) and any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value):
            value = value.translate({i: None for i in range(32)})  # openpyxl refuses these
        ws.cell(row=row, column=col).value = value
    elif kind == "delete_sheet" and len(sheets) > 1:
        wb.remove(ws)
    elif kind == "rename_sheet":
        name = _sheet_name(args[1])
        if name not in wb.sheetnames:
            ws.title = name
    elif kind == "insert_rows":
        ws.insert_rows(args[1], args[2])
    elif kind == "delete_rows":
        ws.delete_rows(args[1], args[2])
    elif kind == "merge":
        ws.merge_cells(start_row=args[1], start_column=args[2], end_row=args[1] + 1,
                       end_column=args[2] + 1)
    elif kind == "hide" and len([s for s in sheets if s.sheet_state == "visible"]) > 1:
        ws.sheet_state = "hidden"


def _sheet_name(text: str) -> str:
    cleaned = "".join(ch for ch in text if ch not in "[]:*?/\\'" and ord(ch) >= 32)[:31]
    return cleaned or "Sayfa"


@pytest.fixture(scope="module")
def filled(seed_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz")
    with Workspace.open(seed_db) as ws:
        report = ws.load(YEAR)
        key = signing_key(ws)
    export_template(report, folder / "sablon.xlsx", UNIT, key=key)
    fill_template(folder / "sablon.xlsx", folder / "dolu.xlsx", report,
                  province_values(UNIT, 2), unit=UNIT)
    return folder / "dolu.xlsx"


# each example writes a workbook and imports it into a fresh database (~0,8 s): fewer than the
# other fuzz tests; FAALIYET_FUZZ_EXAMPLES=500 for a longer hunt
@settings(max_examples=int(os.environ.get("FAALIYET_FUZZ_EXAMPLES", "30")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(mutations=st.lists(MUTATION, min_size=1, max_size=6))
def test_any_mutated_workbook_gives_a_plan_and_never_a_partial_write(
        mutations: list[tuple[Any, ...]], filled: Path, seed_db: Path,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("ornek")
    workbook = load_workbook(filled)
    for mutation in mutations:
        _mutate(workbook, mutation)
    path = folder / "bozulmus.xlsx"
    workbook.save(path)
    db = folder / "faaliyet.sqlite"
    shutil.copyfile(seed_db, db)
    COUNTS["fuzzed inputs (excel import)"] += 1
    COUNTS["fuzzed inputs (total)"] += 1
    with Workspace.open(db) as ws:
        before = dump(ws.load(YEAR))
        plan = dry_run(ws, YEAR, [path])  # never raises: a refusal is part of the plan
        (file_plan,) = plan.files
        assert file_plan.status in ("ready", "nochange", "refused")
        if file_plan.status == "refused":
            assert file_plan.message  # says what is wrong, in Turkish
            COUNTS["fuzzed workbooks refused"] += 1
        for row in file_plan.rows:
            if row.status == "rejected":
                assert row.reasons and all(str(r) for r in row.reasons)  # each with a reason
                COUNTS["fuzzed rows rejected"] += 1
        results = apply_plan(ws, plan)
        after = dump(ws.load(YEAR))
    if not results or not results[0].applied:
        assert after == before, "a refused file changed the database"
    else:
        COUNTS["fuzzed workbooks applied"] += 1
        changed = {(r.table, r.row_key) for r, _ in file_plan.changes()}
        assert changed, "an applied file without changes"
