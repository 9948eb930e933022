"""Issue 12 in the forms: a provisional year-end is marked and can be confirmed; the direction
column turns the ratio round; Table 17 shows each PG's type and direction."""

from __future__ import annotations

from helpers import cell, findings_text, grid_of, text, type_cell

from faaliyet_desktop.domain.model import Direction, PGType


def test_missing_quarter_marks_the_year_end_provisional_until_confirmed(qtbot, window):
    from PySide6.QtCore import Qt

    grid = grid_of(window, "form3")
    ind = next(i for i in window.doc.report.indicators if i.name == "Aktif ikamet izni sayısı")
    assert text(grid, ind.code, "provisional") == ""
    type_cell(qtbot, grid, ind.code, "q4", "")
    assert ind.quarters[3] is None
    assert text(grid, ind.code, "year_end") == "902.660"  # Q3 as 'last': provisional
    assert text(grid, ind.code, "provisional") == "Geçici: çeyrek eksik"
    assert grid.model.index(grid.model.row_of(ind.code),
                            grid.spec.column_index("year_end")).data(
        Qt.ItemDataRole.FontRole).italic()
    qtbot.waitUntil(lambda: "değer geçicidir" in findings_text(window))
    assert grid.model.setData(cell(grid, ind.code, "provisional_confirmed"),
                              Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ind.provisional_confirmed
    assert text(grid, ind.code, "provisional") == "Geçici (onaylandı)"
    qtbot.waitUntil(lambda: "değer geçicidir" not in findings_text(window))


def test_direction_column_turns_the_ratio_round(qtbot, window):
    from PySide6.QtCore import Qt

    grid = grid_of(window, "form3")
    ind = next(i for i in window.doc.report.indicators if i.name == "Aktif ikamet izni sayısı")
    assert text(grid, ind.code, "status") == "Kısmen Ulaşıldı"  # 913.719 of 950.000
    assert grid.model.setData(cell(grid, ind.code, "direction"), Direction.AZALAN,
                              Qt.ItemDataRole.EditRole)
    assert ind.direction == Direction.AZALAN
    assert text(grid, ind.code, "ratio_pct") == "%103,97"  # 950.000 / 913.719
    assert text(grid, ind.code, "status") == "Aşıldı"


def test_table17_shows_type_and_direction(window):
    grid = grid_of(window, "strategic", 1)
    pg = next(p for p in window.doc.report.goal_indicators if p.code == "PG1.1.1")
    assert pg.kind == PGType.KUMULATIF
    assert text(grid, "PG1.1.1", "kind") == "Kümülatif"
    assert text(grid, "PG1.1.1", "direction") == "Artan"
