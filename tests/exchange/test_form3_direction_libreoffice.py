"""Issue 12 in the Form-3 template: the status formula follows the indicator's direction and
the year's thresholds, and LibreOffice's evaluation agrees with domain.derived."""

from __future__ import annotations

from decimal import Decimal

import openpyxl

from faaliyet_desktop.domain.model import Direction, YearSettings
from faaliyet_desktop.exchange.export import export_template
from faaliyet_desktop.exchange.layout import build_layout
from faaliyet_desktop.exchange.specs import FIRST_DATA_ROW
from faaliyet_desktop.sample import load_sample

from .test_libreoffice import _same, pytestmark, soffice_resave  # noqa: F401


def test_direction_and_thresholds_in_the_template_agree_with_domain(tmp_path):
    report = load_sample()
    report.settings = YearSettings(Decimal(97), Decimal(100), Decimal(150))
    worse = report.indicator("GY.GYH.1")  # 913.719 of 950.000: 96,18 % → now Ulaşılamadı
    fewer = report.indicator("GY.DG.5")
    zero = report.indicator("GY.GYH.9")  # all quarters 0
    assert worse and fewer and zero
    fewer.direction = Direction.AZALAN  # 142.536 against 50.000: a miss when lower is better
    zero.direction = Direction.AZALAN  # year-end 0 with a target: Aşıldı, ratio —
    path = tmp_path / "kurum.xlsx"
    export_template(report, path, tables=("form3",))
    [out] = soffice_resave([path], tmp_path / "out", tmp_path / "profile")
    layout = build_layout(report, None, ("form3",))
    [sheet] = layout.sheets
    ws = openpyxl.load_workbook(out, data_only=True)[sheet.spec.sheet]
    got = {}
    for i, key in enumerate(sheet.row_keys()):
        want = sheet.spec.derived(report, key)
        for col, value in want.items():
            cell = ws[f"{sheet.letters[col]}{FIRST_DATA_ROW + i}"].value
            assert _same(cell, value), (key, col, cell, value)
        got[key] = want
    assert got["GY.GYH.1"]["status"] == "Ulaşılamadı"
    assert got["GY.DG.5"]["status"] == "Ulaşılamadı"
    assert got["GY.GYH.9"]["status"] == "Aşıldı" and got["GY.GYH.9"]["ratio"] == ""
