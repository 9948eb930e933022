"""Units fill templates in LibreOffice too: a file re-saved by soffice imports the same, and
LibreOffice's own evaluation of the template's formulas agrees with domain.derived."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from _required import missing
from faaliyet_desktop.exchange.export import export_template
from faaliyet_desktop.exchange.layout import build_layout
from faaliyet_desktop.exchange.specs import FIRST_DATA_ROW, TOTAL_KEY, default_tables
from faaliyet_desktop.exchange.synthetic import fill_template, province_values
from faaliyet_desktop.sample import load_sample
from faaliyet_desktop.services import Workspace

from .conftest import YEAR, run_import

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.libreoffice


@pytest.fixture(autouse=True)
def _soffice() -> None:
    if SOFFICE is None:
        missing("LibreOffice (soffice) is not on PATH; install libreoffice-calc to run the "
                "round trip through LibreOffice")


def soffice_resave(files: list[Path], out_dir: Path, profile: Path) -> list[Path]:
    """Open each file in headless LibreOffice Calc and save it again as .xlsx."""
    out_dir.mkdir(exist_ok=True)
    cmd = [str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless",
           "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
           str(out_dir), *map(str, files)]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    outs = [out_dir / f.with_suffix(".xlsx").name for f in files]
    assert res.returncode == 0 and all(p.exists() for p in outs), res.stdout + res.stderr
    return outs


@pytest.fixture(scope="module")
def resaved(tmp_path_factory: pytest.TempPathFactory, seed_key: bytes) -> dict[str, Path]:
    """IL34 filled with openpyxl, plus the institution template with the sample, via soffice."""
    base = tmp_path_factory.mktemp("lo")
    report = load_sample()
    il34 = base / "il34_template.xlsx"
    export_template(report, il34, "IL34", key=seed_key)
    filled = base / "il34_filled.xlsx"
    values = province_values("IL34")
    values["personnel_employment"]["IL34"]["gecici"] = "1.234"  # typed as Turkish text
    fill_template(il34, filled, report, values, unit="IL34")
    institution = base / "kurum.xlsx"
    export_template(report, institution, key=seed_key)
    out = soffice_resave([filled, institution], base / "out", base / "profile")
    return {"il34": out[0], "institution": out[1]}


def test_file_saved_by_libreoffice_imports_the_same(db_path, resaved):
    plan, results = run_import(db_path, [resaved["il34"]])
    assert plan.files[0].status == "ready", plan.files[0].message + str(
        [str(x) for r in plan.files[0].rows for x in r.reasons])
    assert results[0].applied
    expected = province_values("IL34")
    expected["personnel_employment"]["IL34"]["gecici"] = 1234
    with Workspace.open(db_path) as ws:
        report = ws.load(YEAR)
    rec = report.personnel_of("IL34")
    assert rec.employment == expected["personnel_employment"]["IL34"]
    assert rec.gender == expected["personnel_gender"]["IL34"]
    assert rec.education == expected["personnel_education"]["IL34"]
    assert {c.item: c.count for c in report.it_counts if c.unit == "IL34"} == expected["it"][
        "IL34"]
    s = next(x for x in report.unit_spending if x.unit == "IL34")
    want = expected["unit_spending"]["IL34"]
    assert (s.kbo, s.total_appropriation, s.realisation) == (
        want["kbo"], want["total_appropriation"], want["realisation"])


def test_unchanged_institution_template_from_libreoffice_changes_nothing(db_path, resaved):
    plan, results = run_import(db_path, [resaved["institution"]])
    assert plan.files[0].status == "nochange", plan.files[0].message
    assert results == []


def _same(got, want) -> bool:
    if want in (None, "") or got in (None, ""):
        return want in (None, "") and got in (None, "")
    if isinstance(want, str) or isinstance(got, str):
        return got == want
    return abs(Decimal(repr(got)) - Decimal(want)) <= Decimal("1e-6") * max(1, abs(Decimal(want)))


def test_libreoffice_formulas_agree_with_domain_derived(resaved):
    """What LibreOffice computes from the template's formulas equals domain.derived."""
    report = load_sample()
    layout = build_layout(report, None, default_tables(None))
    wb = openpyxl.load_workbook(resaved["institution"], data_only=True)
    checked = 0
    for sheet in layout.sheets:
        ws = wb[sheet.spec.sheet]
        letters = sheet.letters
        for i, key in enumerate(sheet.row_keys()):
            r = FIRST_DATA_ROW + i
            want = sheet.spec.derived(report, key)
            for col, value in want.items():
                got = ws[f"{letters[col]}{r}"].value
                assert _same(got, value), (sheet.spec.sheet, key, col, got, value)
                checked += 1
        if sheet.spec.total_row:
            assert ws[f"A{sheet.total_row}"].value == TOTAL_KEY
    assert checked > 500
