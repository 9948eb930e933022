"""The checks panel acknowledges and revokes findings; the bulk send and the status sheet from
the consolidation view; the window's "Tüm Birimlere Şablon Gönder…" action."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from faaliyet_desktop.domain.checks import Severity
from faaliyet_desktop.exchange.consolidation import Inbox
from faaliyet_desktop.services import Workspace
from faaliyet_desktop.ui import bulk_export
from faaliyet_desktop.ui.checks_model import ACKNOWLEDGEMENT_ROLE, COL_MESSAGE, COL_SEVERITY
from faaliyet_desktop.ui.checks_panel import ChecksPanel
from faaliyet_desktop.ui.exchange_dialogs import ConsolidationWidget

REASON = "İki resmi belge göstergeyi farklı tanımlıyor"


@pytest.fixture(autouse=True)
def shown(monkeypatch):
    """Message boxes would block offscreen: record them instead."""
    seen: list[tuple[str, str]] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *a, _n=name, **k: seen.append((_n, text))))
    Inbox._seen.clear()
    return seen


@pytest.fixture
def ws(db_path):
    with Workspace.open(db_path) as workspace:
        yield workspace


@pytest.fixture
def panel(qtbot, ws):
    p = ChecksPanel()
    qtbot.addWidget(p)
    p.workspace_of = lambda: ws
    p.set_report(ws.load(2024))
    return p


def _action(menu):
    return menu.actions()[0]


def test_kabul_et_greys_the_finding_and_kabulu_geri_al_opens_it_again(panel, ws, monkeypatch,
                                                                      qtmodeltester):
    model = panel.model
    row = next(r for r in range(model.rowCount())
               if model.finding(r).severity == Severity.ERROR)
    finding = model.finding(row)
    menu = panel.context_menu(row)
    assert _action(menu).text() == "Kabul et…" and _action(menu).isEnabled()
    monkeypatch.setattr(panel, "ask_acknowledgement", lambda f: ("Ayşe Yılmaz", REASON))
    emitted: list[list] = []
    panel.findings_changed.connect(emitted.append)
    _action(menu).trigger()
    assert finding not in emitted[-1] and len(emitted[-1]) == model.rowCount() - 1

    row = next(r for r in range(model.rowCount()) if model.finding(r) == finding)
    assert model.index(row, COL_SEVERITY).data() == "KABUL"
    assert "kabul edildi: Ayşe Yılmaz" in model.index(row, COL_MESSAGE).data()
    assert REASON in model.index(row, COL_MESSAGE).data(Qt.ItemDataRole.ToolTipRole)
    grey = model.index(row, COL_MESSAGE).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None and grey.name() == "#8a8a8a"
    assert model.index(row, 0).data(ACKNOWLEDGEMENT_ROLE).by == "Ayşe Yılmaz"
    assert "1 bulgu kabul edildi" in panel.summary.text()
    qtmodeltester.check(model)

    menu = panel.context_menu(row)
    assert _action(menu).text() == "Kabulü geri al"
    monkeypatch.setattr(panel, "ask_revoker", lambda: "Mehmet Kaya")
    _action(menu).trigger()
    row = next(r for r in range(model.rowCount()) if model.finding(r) == finding)
    assert model.index(row, COL_SEVERITY).data() == "HATA"
    assert ws.acknowledgements(2024) == []
    logged = ws.history(2024, "acknowledgement")
    assert len(logged) == 2 and logged[1].new is None and "Mehmet Kaya" in logged[1].detail


def test_an_acknowledgement_without_a_reason_is_refused_with_a_message(panel, ws, shown,
                                                                      monkeypatch):
    monkeypatch.setattr(panel, "ask_acknowledgement", lambda f: ("Ayşe Yılmaz", "  "))
    _action(panel.context_menu(0)).trigger()
    assert shown and shown[-1][0] == "warning" and "gerekçe" in shown[-1][1]
    assert ws.acknowledgements(2024) == []
    assert panel.model.index(0, COL_SEVERITY).data() == "HATA"


def test_without_a_workspace_the_action_is_disabled(qtbot, ws):
    p = ChecksPanel()
    qtbot.addWidget(p)
    p.set_report(ws.load(2024))
    assert not _action(p.context_menu(0)).isEnabled()


def test_send_to_every_unit_from_the_consolidation_view_and_save_the_list(qtbot, ws, tmp_path,
                                                                         shown):
    widget = ConsolidationWidget(ws, 2024)
    qtbot.addWidget(widget)
    assert {s.status for s in widget.statuses} == {"not_sent"}
    result = bulk_export.export_all_units(widget, ws, 2024, tmp_path / "giden")
    assert result is not None and not result.cancelled
    assert len(result.written) == len(list((tmp_path / "giden").glob("*.xlsx")))
    assert shown[-1][0] == "information" and "şablon yazıldı" in shown[-1][1]
    widget.refresh()
    assert {s.status_tr for s in widget.statuses} == {"Gönderildi (yanıt bekleniyor)"}
    assert widget.model.index(0, 5).data()  # the "Şablon gönderildi" column
    path = tmp_path / "durum.xlsx"
    assert bulk_export.save_status_sheet(widget, path)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert sum(1 for r in rows if r[2] == "Gönderildi (yanıt bekleniyor)") == \
        len(widget.all_statuses)


def test_the_window_has_the_bulk_send_action(qtbot, ws, tmp_path):
    from faaliyet_desktop.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(ws, settings=settings)
    qtbot.addWidget(win)
    action = win.findChild(type(win.export_action), "exportAllUnits")
    assert action is not None and action is win.export_all_action
    assert any(action in m.actions() for m in win.menuBar().findChildren(QMenu))
    assert win.checks.workspace_of is not None and win.checks.workspace_of() is ws


def test_the_kabul_et_dialog_asks_a_name_and_a_reason(qtbot, panel):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

    answers: list[object] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        name, reason = dialog.findChildren(QLineEdit)
        name.setText("Ayşe Yılmaz")  # QTest.keyClicks types ASCII only
        reason.setText(REASON)
        dialog.accept()

    QTimer.singleShot(0, fill)
    answers.append(panel.ask_acknowledgement(panel.model.finding(0)))
    assert answers == [("Ayşe Yılmaz", REASON)]


def test_the_bulk_send_can_be_cancelled_from_its_progress_dialog(qtbot, ws, tmp_path, shown,
                                                                 monkeypatch):
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    from faaliyet_desktop.exchange import bulk

    parent = QWidget()
    qtbot.addWidget(parent)
    cancelled = threading.Event()
    real = bulk.export_unit
    calls = []

    def export_unit(*args, **kwargs):
        calls.append(args[2])
        if len(calls) == 2:  # the second template waits until the user has pressed "İptal"
            assert cancelled.wait(60)
        return real(*args, **kwargs)

    def press_cancel():
        dialog = parent.findChild(QProgressDialog)
        if dialog is None or len(calls) < 2:  # the second template has started
            QTimer.singleShot(10, press_cancel)
            return
        dialog.findChild(QPushButton).click()  # "İptal"
        cancelled.set()

    monkeypatch.setattr(bulk, "export_unit", export_unit)
    QTimer.singleShot(0, press_cancel)
    result = bulk_export.export_all_units(parent, ws, 2024, tmp_path / "giden")
    assert result is not None and result.cancelled and len(result.written) == 2
    assert len(ws.database.exports(2024)) == 2
    assert "iptal edildi" in shown[-1][1]
