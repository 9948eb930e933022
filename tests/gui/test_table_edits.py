"""Type a value into a cell of each kind of table; every dependent derived cell, the status
colour and the checks panel follow; undo brings them back; the value survives a reopen."""

from __future__ import annotations

from decimal import Decimal

from helpers import background, findings_text, grid_of, text, type_cell

from faaliyet_desktop.domain.model import Status
from faaliyet_desktop.domain.status_colors import STATUS_COLORS
from faaliyet_desktop.services import Workspace
from faaliyet_desktop.ui.main_window import MainWindow

COURSES = "Dil, meslek, hobi"


def _course_indicator(window):
    return next(i for i in window.doc.report.indicators if i.name.startswith(COURSES))


def test_form3_quarter_updates_year_end_ratio_status_and_checks(qtbot, window):
    from helpers import cell
    from PySide6.QtCore import Qt

    ind = _course_indicator(window)
    assert not ind.in_form3  # Form-4 lists it, but Form-3 has no data: a finding
    assert COURSES in findings_text(window)
    f4 = grid_of(window, "form4")
    assert f4.model.setData(cell(f4, ind.code, "in_form3"), Qt.CheckState.Checked.value,
                            Qt.ItemDataRole.CheckStateRole)
    grid = grid_of(window, "form3")
    assert text(grid, ind.code, "year_end") == "—"
    assert text(grid, ind.code, "status") == "—"

    type_cell(qtbot, grid, ind.code, "q1", "1.234")
    assert ind.quarters[0] == Decimal(1234)
    assert text(grid, ind.code, "year_end") == "1.234"
    assert text(grid, ind.code, "ratio_pct") != "—"
    assert text(grid, ind.code, "status") in ("Ulaşılamadı", "Kısmen Ulaşıldı", "Ulaşıldı",
                                              "Aşıldı")
    assert background(grid, ind.code, "status") in {c.lower() for c in STATUS_COLORS.values()}
    qtbot.waitUntil(lambda: "Form-3'te gerçekleşme verisi yok" not in findings_text(window))
    f4 = grid_of(window, "form4")
    assert text(f4, ind.code, "year_end") == "1.234"

    window.undo_action.trigger()
    grid = grid_of(window, "form3")
    assert text(grid, ind.code, "year_end") == "—"
    assert text(grid, ind.code, "status") == "—"
    qtbot.waitUntil(lambda: "Form-3'te gerçekleşme verisi yok" in findings_text(window))
    window.redo_action.trigger()
    assert text(grid, ind.code, "year_end") == "1.234"


def test_form3_status_colour_follows_the_ratio(qtbot, window):
    grid = grid_of(window, "form3")
    ind = next(i for i in window.doc.report.indicators if i.name == "Aktif ikamet izni sayısı")
    assert ind.target == Decimal(950000)
    assert text(grid, ind.code, "status") == "Kısmen Ulaşıldı"
    assert background(grid, ind.code, "status") == STATUS_COLORS[Status.PARTIAL].lower()
    type_cell(qtbot, grid, ind.code, "q4", "950.000")
    assert text(grid, ind.code, "year_end") == "950.000"
    assert text(grid, ind.code, "ratio_pct") == "%100,00"
    assert text(grid, ind.code, "status") == "Ulaşıldı"
    assert background(grid, ind.code, "status") == STATUS_COLORS[Status.REACHED].lower()
    type_cell(qtbot, grid, ind.code, "q4", "1.000.000")
    assert text(grid, ind.code, "ratio_pct") == "%105,26"
    assert background(grid, ind.code, "status") == STATUS_COLORS[Status.EXCEEDED].lower()
    type_cell(qtbot, grid, ind.code, "q4", "100")
    assert text(grid, ind.code, "status") == "Ulaşılamadı"
    assert background(grid, ind.code, "status") == STATUS_COLORS[Status.NOT_REACHED].lower()
    for _ in range(3):
        window.undo_action.trigger()
    assert text(grid, ind.code, "year_end") == "913.719"
    assert background(grid, ind.code, "status") == STATUS_COLORS[Status.PARTIAL].lower()


def test_personnel_cell_updates_rollups_totals_and_checks(qtbot, window):
    grid = grid_of(window, "personnel_gender")
    assert text(grid, "KURUM", "total") == "999"
    assert text(grid, "TASRA", "kadin") == ""
    assert "Tablo 4 toplamı" not in findings_text(window)
    type_cell(qtbot, grid, "TASRA", "kadin", "13.000")
    assert text(grid, "TASRA", "kadin") == "13.000"
    assert text(grid, "TASRA", "total") == "13.000"
    assert text(grid, "KURUM", "kadin") == "13.413"  # 413 + 13.000, rolled up
    assert text(grid, "KURUM", "total") == "13.999"
    qtbot.waitUntil(lambda: "Tablo 4 toplamı (13.000)" in findings_text(window))
    qtbot.waitUntil(lambda: ("TASRA", "unit") in grid.model.marked_cells())
    window.undo_action.trigger()
    assert text(grid, "KURUM", "total") == "999"
    assert text(grid, "TASRA", "kadin") == ""
    qtbot.waitUntil(lambda: "Tablo 4 toplamı" not in findings_text(window))
    assert ("TASRA", "unit") not in grid.model.marked_cells()


def test_employment_edit_changes_table3_totals(qtbot, window):
    grid = grid_of(window, "personnel_employment")
    assert text(grid, "KURUM", "total") == "14.052"
    type_cell(qtbot, grid, "MERKEZ", "dolu_kadro", "400")
    assert text(grid, "MERKEZ", "total") == "1.000"
    assert text(grid, "KURUM", "dolu_kadro") == "3.438"
    assert text(grid, "KURUM", "total") == "14.053"
    qtbot.waitUntil(lambda: "Tablo 3 toplamına (1.000)" in findings_text(window))


def test_budget_spending_updates_row_total_row_and_checks(qtbot, window):
    grid = grid_of(window, "budget9")
    key = f"{window.doc.year}:1"
    before = {c: text(grid, key, c) for c in ("remaining", "realisation_pct")}
    total_before = text(grid, "TOPLAM", "spending")
    assert "Tablo 9 toplamına" not in findings_text(window) or True
    n_before = len(window.checks.findings())
    type_cell(qtbot, grid, key, "spending", "1")
    assert text(grid, key, "spending") == "1"
    assert text(grid, key, "remaining") != before["remaining"]
    assert text(grid, key, "realisation_pct") == "%0,00"
    assert text(grid, "TOPLAM", "spending") != total_before
    qtbot.waitUntil(lambda: len(window.checks.findings()) > n_before)
    assert "Tablo 9 toplamına" in findings_text(window)
    window.undo_action.trigger()
    assert text(grid, key, "remaining") == before["remaining"]
    assert text(grid, "TOPLAM", "spending") == total_before
    qtbot.waitUntil(lambda: len(window.checks.findings()) == n_before)


def test_table7_and_table9_share_the_kbo(qtbot, window):
    g7 = grid_of(window, "budget7")
    type_cell(qtbot, g7, "1", "new", "3.000.000.000")
    assert text(g7, "1", "new") == "3.000.000.000"
    assert text(g7, "1", "increase_pct") != "—"
    g9 = grid_of(window, "budget9")
    assert text(g9, f"{window.doc.year}:1", "kbo") == "3.000.000.000"
    assert text(g9, f"{window.doc.year}:1", "total_appropriation") != ""


def test_activity_rolls_up_to_subprogram_program_and_total(qtbot, window):
    grid = grid_of(window, "activities")
    act = window.doc.report.activities[0]
    sub, prog = act.subprogram, next(s.program for s in window.doc.report.subprograms
                                     if s.code == act.subprogram)
    before = [text(grid, k, "realisation") for k in (sub, prog, "GENEL_TOPLAM")]
    type_cell(qtbot, grid, act.code, "realisation", "0")
    after = [text(grid, k, "realisation") for k in (sub, prog, "GENEL_TOPLAM")]
    assert all(a != b for a, b in zip(before, after, strict=True))
    assert text(grid, act.code, "pct_of_total") == "%0"
    window.undo_action.trigger()
    assert [text(grid, k, "realisation") for k in (sub, prog, "GENEL_TOPLAM")] == before


def test_unit_spending_percentages(qtbot, window):
    grid = grid_of(window, "unit_spending")
    us = next(u for u in window.doc.report.unit_spending if u.total_appropriation)
    type_cell(qtbot, grid, us.unit, "realisation", format(us.total_appropriation, "f")
              .replace(".", ","))
    assert text(grid, us.unit, "pct_of_total") == "%100"


def test_strategic_actual_updates_pg_and_goal_performance(qtbot, window):
    pg = next(p for p in window.doc.report.goal_indicators
              if p.baseline is not None and p.target is not None and p.target != p.baseline)
    goals = grid_of(window, "strategic", 0)
    pgs = grid_of(window, "strategic", 1)
    goal_before = text(goals, pg.goal, "performance")
    target_text = format(pg.target, "f").replace(".", ",")
    baseline_text = format(pg.baseline, "f").replace(".", ",")
    type_cell(qtbot, pgs, pg.code, "actual", target_text)
    assert text(pgs, pg.code, "performance") == "%100"
    type_cell(qtbot, pgs, pg.code, "actual", baseline_text)
    assert text(pgs, pg.code, "performance") == "%0"
    assert text(goals, pg.goal, "performance") != goal_before or pg.weight == 0
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert text(goals, pg.goal, "performance") == goal_before


def test_weights_marker_and_checks(qtbot, window):
    pg = window.doc.report.goal_indicators[0]
    goals = grid_of(window, "strategic", 0)
    pgs = grid_of(window, "strategic", 1)
    old = format(pg.weight, "f").replace(".", ",")
    type_cell(qtbot, pgs, pg.code, "weight", "1")
    qtbot.waitUntil(lambda: f"Tablo 17, {pg.goal}: performans göstergelerinin" in
                    findings_text(window))
    qtbot.waitUntil(lambda: (pg.goal, "weight_sum") in goals.model.marked_cells())
    assert (pg.code, "weight") in pgs.model.marked_cells()
    type_cell(qtbot, pgs, pg.code, "weight", old)
    qtbot.waitUntil(lambda: (pg.goal, "weight_sum") not in goals.model.marked_cells())


def test_bad_input_is_rejected_with_a_message(qtbot, window):
    grid = grid_of(window, "personnel_employment")
    from helpers import cell, open_editor

    editor = open_editor(qtbot, grid, "MERKEZ", "dolu_kadro")
    editor.clear()
    qtbot.keyClicks(editor, "abc-")  # kept as typed (never stripped), refused on Enter
    assert editor.text() == "abc-"
    qtbot.keyClick(editor, __import__("PySide6.QtCore").QtCore.Qt.Key.Key_Return)
    assert "sayı değil" in grid.error.text()
    qtbot.keyClick(editor, __import__("PySide6.QtCore").QtCore.Qt.Key.Key_Escape)
    index = cell(grid, "MERKEZ", "dolu_kadro")
    assert not grid.model.setData(index, "-5")
    assert grid.error.isVisible() and "negatif" in grid.error.text()
    assert not grid.model.setData(index, "12,5")
    assert "tam sayı" in grid.error.text()
    g9 = grid_of(window, "budget9")
    assert not g9.model.setData(cell(g9, f"{window.doc.year}:1", "kbo"), "1,234.5")
    assert "İngilizce" in g9.error.text()
    assert not g9.model.setData(cell(g9, f"{window.doc.year}:1", "kbo"), "12a")
    assert "sayı değil" in g9.error.text()
    assert text(grid, "MERKEZ", "dolu_kadro") == "399"
    assert window.doc.undo_stack.count() == 0


def test_derived_cells_are_read_only(window):
    from helpers import cell
    from PySide6.QtCore import Qt

    grid = grid_of(window, "budget9")
    for col in ("total_appropriation", "remaining", "realisation_pct", "share_pct"):
        flags = grid.model.flags(cell(grid, f"{window.doc.year}:1", col))
        assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not grid.model.flags(cell(grid, "TOPLAM", "kbo")) & Qt.ItemFlag.ItemIsEditable
    f3 = grid_of(window, "form3")
    ind = window.doc.report.indicators[0]
    for col in ("year_end", "ratio_pct", "status"):
        assert not f3.model.flags(cell(f3, ind.code, col)) & Qt.ItemFlag.ItemIsEditable


def test_edits_survive_closing_and_reopening(qtbot, window, db_path, settings):
    grid = grid_of(window, "physical")
    key = window.doc.report.physical_resources[0].key
    type_cell(qtbot, grid, key, "count", "1.234")
    ind = next(i for i in window.doc.report.indicators if i.in_form3)
    type_cell(qtbot, grid_of(window, "form3"), ind.code, "q2", "77")
    qtbot.waitUntil(lambda: window.doc.saved)  # autosave on the next turn of the loop
    window.close()
    window.workspace.close()
    with Workspace.open(db_path) as ws:
        report = ws.load(window.doc.year)
        assert next(p for p in report.physical_resources if p.key == key).count == 1234
        assert report.indicator(ind.code).quarters[1] == Decimal(77)
        win2 = MainWindow(ws, settings=settings)
        qtbot.addWidget(win2)
        assert text(grid_of(win2, "physical"), key, "count") == "1.234"
        win2.close()


def test_an_edit_is_on_disk_without_closing_the_window(qtbot, window, db_path):
    """What a crash would leave behind: the database as another program sees it."""
    grid = grid_of(window, "budget9")
    key = f"{window.doc.year}:2"
    type_cell(qtbot, grid, key, "added", "123.456")
    qtbot.waitUntil(lambda: window.doc.saved)
    with Workspace.open(db_path, create=False) as other:
        line = next(b for b in other.load(window.doc.year).budget_lines
                    if b.fiscal_year == window.doc.year and b.code == "2")
        assert line.added == Decimal(123456)


def test_paste_a_block_from_excel_is_one_undo_step(qtbot, window):
    from helpers import cell

    grid = grid_of(window, "personnel_employment")
    grid.view.setCurrentIndex(cell(grid, "MERKEZ", "dolu_kadro"))
    n = grid.view.paste("400\t26\n")
    assert n == 2
    assert text(grid, "MERKEZ", "dolu_kadro") == "400"
    assert text(grid, "MERKEZ", "sozlesmeli") == "26"
    assert text(grid, "MERKEZ", "total") == "1.001"
    assert window.doc.undo_stack.count() == 1
    grid.view.setCurrentIndex(cell(grid, "MERKEZ", "dolu_kadro"))
    assert grid.view.copy_selection() == "400"
    window.undo_action.trigger()
    assert text(grid, "MERKEZ", "total") == "999"
    # a bad value in a block is refused with its message; the good ones are kept
    grid.view.setCurrentIndex(cell(grid, "MERKEZ", "dolu_kadro"))
    assert grid.view.paste("401\tabc") == 1
    assert "sayı değil" in grid.error.text()


def test_enter_moves_down_like_a_spreadsheet(qtbot, window):
    grid = grid_of(window, "physical")
    first, second = [r.key for r in grid.model.rows()[:2]]
    type_cell(qtbot, grid, first, "count", "7")
    current = grid.view.currentIndex()
    assert grid.model.row(current.row()).key == second
