"""Lists whose order means nothing sort by a header click (the change log, the units'
status); numbers sort as numbers and Turkish text with Turkish folding."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from faaliyet_desktop.ui.sortable import sort_key


def test_sort_key_numbers_text_and_empty() -> None:
    values = ["1.000", "200", "", "%5", "İstanbul", "ankara", None, "Çorum", "-3,5"]
    ordered = sorted(values, key=sort_key)
    assert ordered[:4] == ["-3,5", "%5", "200", "1.000"]  # numbers as numbers
    assert ordered[4:7] == ["ankara", "Çorum", "İstanbul"]  # Turkish alphabet: ç after c
    assert ordered[-2:] in (["", None], [None, ""])  # empty last
    assert sort_key(Decimal("2")) < sort_key("10")
    assert sorted(["Iğdır", "İstanbul", "Ceyhan", "Çorum"], key=sort_key) == [
        "Ceyhan", "Çorum", "Iğdır", "İstanbul"]


def test_change_log_sorts_by_a_header_click_and_keeps_the_model_order(qtbot, workspace):
    from faaliyet_desktop.ui.history_view import COL_USER, ChangeLogWidget

    report = workspace.load(2024)
    line = next(b for b in report.budget(2024) if b.code == "1")
    for user, value in (("zeynep", "5"), ("ayse", "6"), ("mehmet", "7")):
        line.kbo = Decimal(value)
        workspace.database.save_year(report, user=user)
    widget = ChangeLogWidget(workspace, 2024)
    qtbot.addWidget(widget)
    widget.show()
    view = widget.view
    before = [widget.model.index(r, COL_USER).data() for r in range(widget.model.rowCount())]
    qtbot.mouseClick(view.horizontalHeader().viewport(), Qt.MouseButton.LeftButton,
                     pos=_header_point(view, COL_USER))
    shown = [view.model().index(r, COL_USER).data() for r in range(view.model().rowCount())]
    assert shown == sorted(shown, key=sort_key) or shown == sorted(shown, key=sort_key,
                                                                    reverse=True)
    assert shown != before or len(set(before)) == 1
    # the source model keeps its order (the rest of the code reads it by row)
    assert [widget.model.index(r, COL_USER).data()
            for r in range(widget.model.rowCount())] == before


def _header_point(view, column):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)
