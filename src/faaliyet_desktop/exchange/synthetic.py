"""Synthetic filled templates: each provincial unit (IL01..IL81) with its own figures.

Used by the tests and the benchmark to play the 81 provinces filling their templates in Excel.
The figures are deterministic and consistent within a unit (Table 4 and 5 totals equal the
Table 3 total).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from ..domain.model import EDUCATION_LEVELS, ReportYear, UnitKind
from .layout import build_layout
from .specs import FIRST_DATA_ROW, default_tables

Values = dict[str, dict[str, dict[str, Any]]]


def provincial_units(report: ReportYear) -> list[str]:
    return [u.code for u in sorted(report.units, key=lambda u: (u.order, u.code))
            if u.kind == UnitKind.PROVINCIAL]


def province_values(code: str, seed: int = 0) -> Values:
    """The figures province ``code`` types into its template (all unit tables)."""
    n = int("".join(ch for ch in code if ch.isdigit()) or "0") + seed * 97
    emp = {
        "dolu_kadro": 20 + (n * 37) % 180,
        "sozlesmeli": (n * 7) % 12,
        "kadrolu_isci": 40 + (n * 53) % 300,
        "hizmet_alimi": 5 + (n * 11) % 40,
        "gecici": (n * 13) % 30,
    }
    total = sum(emp.values())
    women = total * (30 + n % 20) // 100
    levels = list(EDUCATION_LEVELS)
    shares = [10 + n % 5, 25, 15, 40, 8, 2]
    edu = {lv: total * s // sum(shares) for lv, s in zip(levels, shares, strict=True)}
    edu["lisans"] += total - sum(edu.values())
    kbo = Decimal(1_000_000 + n * 12_345)
    tot = kbo + Decimal(n * 1_000)
    real = (tot * Decimal("0.9")).quantize(Decimal("0.01")) + Decimal(n) / 100
    return {
        "it": {code: {"masaustu": 30 + n % 50, "dizustu": 10 + n % 20, "yazici": 8 + n % 9,
                      "tarayici": 4 + n % 6, "projeksiyon": 1 + n % 3, "akilli_tahta": n % 2,
                      "sunucu": n % 4}},
        "personnel_employment": {code: emp},
        "personnel_gender": {code: {"kadin": women, "erkek": total - women}},
        "personnel_education": {code: edu},
        "unit_spending": {code: {"kbo": kbo, "total_appropriation": tot,
                                 "realisation": real.normalize()}},
    }


def _cell_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def fill_template(template: str | Path, out: str | Path, report: ReportYear, values: Values,
                  unit: str | None = None, tables: tuple[str, ...] | None = None,
                  raw: bool = False) -> None:
    """Type ``values`` into a copy of ``template`` as a user would in Excel (via openpyxl).

    ``raw`` writes strings exactly as given (e.g. ``"1.234,5"`` typed as text).
    """
    layout = build_layout(report, unit, tables or default_tables(unit))
    wb = load_workbook(template)
    for sheet in layout.sheets:
        table = values.get(sheet.spec.key)
        if not table:
            continue
        ws = wb[sheet.spec.sheet]
        letters = sheet.letters
        rows = {key: FIRST_DATA_ROW + i for i, (key, _, _) in enumerate(sheet.rows)}
        for key, cols in table.items():
            for col, value in cols.items():
                cell = ws[f"{letters[col]}{rows[key]}"]
                cell.value = value if raw else _cell_value(value)
                if isinstance(value, str):
                    cell.data_type = "s"
    wb.save(out)
