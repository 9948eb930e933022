"""Messages in the grid: a paste that refuses cells lists every one of them by unit name;
an old error goes away after a good entry."""

from __future__ import annotations

from helpers import type_cell


def test_old_error_cleared_after_a_good_entry(qtbot, window):
    page = window.show_page("physical")
    grid = page.grids()[0]
    key = window.doc.report.physical_resources[0].key
    grid.select(key, "count")
    grid.view.paste("on iki")  # refused: not a number
    assert grid.error.isVisible()
    assert "on iki" in grid.error.text()
    type_cell(qtbot, grid, key, "count", "12")
    assert not grid.error.isVisible()


def test_paste_lists_every_refused_cell_with_unit_names(qtbot, window):
    page = window.show_page("personnel_employment")
    grid = page.grids()[0]
    report = window.doc.report
    rows = [r for r in grid.model.rows() if not r.total
            and grid.model.flags(grid.model.index(grid.model.row_of(r.key), 1))]
    start = grid.model.row_of(rows[3].key)
    grid.select(rows[3].key, grid.spec.columns[1].key)
    block = "5\tx\n7\t-3\n8\tyy"
    done = grid.view.paste(block)
    assert done >= 1
    assert grid.error.isVisible()
    text = grid.error.text()
    for r in range(start, start + 3):
        key = grid.model.row(r).key
        unit = report.unit(key)
        if r == start + 1:
            continue  # "-3" may be refused or not depending on the column rules
        assert unit is not None and unit.name in text, (key, text)
    assert "3" in text.splitlines()[0] or "hücre" in text.splitlines()[0]


def test_numbers_are_never_elided(qtbot, window):
    from PySide6.QtGui import QFontMetrics

    page = window.show_page("physical")
    grid = page.grids()[0]
    key = window.doc.report.physical_resources[0].key
    type_cell(qtbot, grid, key, "area_m2", "1250000000000")  # within the 10^13 limit
    c = grid.spec.column_index("area_m2")
    shown = grid.model.index(grid.model.row_of(key), c).data()
    assert shown == "1.250.000.000.000"
    qtbot.waitUntil(lambda: grid.view.horizontalHeader().sectionSize(c) > 100)
    width = QFontMetrics(grid.view.font()).horizontalAdvance(shown)
    assert grid.view.horizontalHeader().sectionSize(c) > width + 8


def test_status_column_fits_its_longest_label(window):
    from PySide6.QtGui import QFontMetrics

    from faaliyet_desktop.domain.model import Status
    from faaliyet_desktop.ui.i18n import status_label

    grid = window.show_page("form3").grids()[0]
    c = grid.spec.column_index("status")
    widest = max(QFontMetrics(grid.view.font()).horizontalAdvance(status_label(s))
                 for s in Status)
    assert grid.view.horizontalHeader().sectionSize(c) > widest + 8
