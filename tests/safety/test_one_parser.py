"""One parser, one set of limits: for any text, the grid (typing and paste go through
``ui.columns.parse``) and the Excel importer (``exchange.converters``) either both refuse it or
both store the same Decimal. No QApplication is needed: the grid's parse is plain Python."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from faaliyet_desktop.domain.numbers import NumberFormatError
from faaliyet_desktop.exchange.converters import Amount, CellError, Count
from faaliyet_desktop.exchange.specs import table_specs
from faaliyet_desktop.sample import load_sample
from faaliyet_desktop.ui import columns as ui_columns
from faaliyet_desktop.ui.tables import budget_tables, general_tables, performance_tables

from .counts import COUNTS

REPORT = load_sample()
UI_SPECS = {
    "it": general_tables.it_spec(REPORT),
    "personnel_employment": general_tables.PERSONNEL_EMPLOYMENT,
    "personnel_gender": general_tables.PERSONNEL_GENDER,
    "personnel_education": general_tables.PERSONNEL_EDUCATION,
    "unit_spending": budget_tables.UNIT_SPENDING,
    "activities": budget_tables.ACTIVITIES,
    "budget": budget_tables.BUDGET9,
    "form3": performance_tables.FORM3,
}


def _pairs() -> list[tuple[str, ui_columns.Column, Any]]:
    pairs = []
    for key, spec in table_specs(REPORT).items():
        for col in spec.columns:
            if col.role != "input" or not isinstance(col.converter, (Count, Amount)):
                continue
            ui_spec = UI_SPECS[key]
            i = ui_spec.column_index(col.key)
            assert i is not None, (key, col.key)
            pairs.append((f"{key}.{col.key}", ui_spec.columns[i], col.converter))
    return pairs


PAIRS = _pairs()
TYPED = st.one_of(
    st.text(max_size=25),
    st.text(alphabet="0123456789.,-+%e \u00a0", max_size=22),
    st.from_regex(r"\A[-+]?\d{1,3}([., ]\d{3}){0,6}(,\d{1,6})?\Z"),
    st.from_regex(r"\A-?\d{1,25}(,\d{1,5})?\Z"),
)


def _grid(col: ui_columns.Column, text: str) -> tuple[str, str | None]:
    try:
        value = ui_columns.parse(col, text)
    except NumberFormatError as exc:
        return "refused", str(exc)
    return "stored", None if value is None else str(Decimal(value))


def _importer(converter: Any, text: str) -> tuple[str, str | None]:
    try:
        value = converter.clean(text)
    except CellError as exc:
        return "refused", str(exc)
    return "stored", None if value is None else str(Decimal(value))


def _agree(col: ui_columns.Column, converter: Any, text: str) -> bool:
    grid, importer = _grid(col, text), _importer(converter, text)
    if text.strip().startswith("#"):  # "#DEĞER!": the importer names an Excel error value
        return grid[0] == importer[0] == "refused"
    return grid == importer


def test_every_imported_number_column_has_a_grid_column():
    kinds = {type(c).__name__ for _, _, c in PAIRS}
    assert kinds == {"Count", "Amount"} and len(PAIRS) > 20


@pytest.mark.parametrize("text", ["12,5", "1 234", "-100", "1e3", "12345678901234567890",
                                  "2,000", "1,000", "1,500", "%5", "-3,17", "1.234,56",
                                  "100001", "0,125"])
def test_the_reported_inputs_agree(text):
    for name, col, converter in PAIRS:
        assert _agree(col, converter, text), (name, text, _grid(col, text))


@given(st.sampled_from(PAIRS), TYPED)
def test_grid_and_importer_agree_for_any_text(pair, text):
    COUNTS["fuzzed inputs (grid = importer)"] += 1
    COUNTS["fuzzed inputs (total)"] += 1
    name, col, converter = pair
    assert _agree(col, converter, text), (name, text, _grid(col, text),
                                          _importer(converter, text))
