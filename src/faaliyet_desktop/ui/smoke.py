"""Headless runs: visit every page (``--smoke``) and grab each at 1400×900 (``--screenshots``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from .main_window import MainWindow
from .navigation import all_pages

SIZE = (1400, 900)

# Pages whose screenshot file names are worth reading (the rest keep their page id).
SHOT_NAMES = {
    "narrative:foreword": "01_baskan_sunusu",
    "institution": "02_idare_bilgileri",
    "physical": "03_tablo1_fiziksel",
    "units": "04_orgut_birimler",
    "it": "05_tablo2_bt",
    "personnel_employment": "06_tablo3_istihdam",
    "personnel_gender": "07_tablo4_cinsiyet",
    "personnel_education": "08_tablo5_egitim",
    "goals": "09_tablo6_amac_hedef",
    "spending_history": "10_sekil2_harcama",
    "economic_codes": "11_ekonomik_kodlar",
    "budget7": "12_tablo7",
    "budget9": "13_tablo8_9",
    "activities": "14_tablo10_faaliyet",
    "unit_spending": "15_tablo11_birim",
    "budget13": "16_tablo12_13",
    "programs": "17_tablo14_programlar",
    "form3": "18_tablo15_form3",
    "form3>status": "18b_tablo15_form3_durumlar",
    "form4": "19_tablo16_form4",
    "strategic": "20_tablo17_stratejik",
    "narrative:duties": "21_metin_gorevler_liste",
    "declaration:ek1": "22_ek1_beyan",
}


def visit_all(win: MainWindow) -> list[str]:
    win.resize(*SIZE)
    win.show()
    visited = []
    for page_id, _title in all_pages():
        page = win.show_page(page_id)
        QApplication.processEvents()
        assert win.stack.currentWidget() is page, page_id
        visited.append(page_id)
    win.checks.run_now()
    return visited


def take_screenshots(win: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    win.resize(*SIZE)
    win.show()
    win.checks.run_now()
    out = []
    for shot, name in SHOT_NAMES.items():
        page_id, _, scroll_to = shot.partition(">")
        page = win.show_page(page_id)
        grids = page.grids()
        if page_id in ("form3", "strategic"):  # fill the text panel of the first row
            g = grids[-1]
            g.view.setCurrentIndex(g.model.index(0, 2))
        if scroll_to:  # wide forms: a second picture scrolled to the derived columns
            g = grids[0]
            col = g.spec.column_index(scroll_to)
            g.view.scrollTo(g.model.index(0, col or 0))
        QApplication.processEvents()
        path = folder / f"{name}.png"
        win.grab().save(str(path))
        out.append(path)
    return out
