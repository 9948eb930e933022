"""Live figures in narrative text: ``{{personnel_total}}`` renders the current head-count.

The GUI offers these when writing a text, the report renders them, and the checks report any
placeholder that is not defined here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import derived
from .model import EMPLOYMENT_TYPES, ReportYear
from .numbers import format_number, format_percent

PLACEHOLDER_RE = re.compile(r"\{\{\s*([A-Za-z0-9_.]+)\s*\}\}")


@dataclass(frozen=True)
class Placeholder:
    name: str
    label: str  # Turkish description shown in the editor's menu
    render: Callable[[ReportYear], str]


def _personnel(report: ReportYear, category: str | None) -> str:
    table = derived.personnel_table(report, "employment")
    root = report.root_unit()
    if root is None:
        return format_number(None)
    if category is None:
        return format_number(table.row_total(root.code))
    return format_number(table.value(root.code, category))


def _budget_total(report: ReportYear) -> derived.BudgetRow:
    return derived.budget_total(derived.budget_rows(report, report.year))


def _it_total(report: ReportYear) -> str:
    root = report.root_unit()
    totals = derived.it_totals(report)
    if root is None:
        return format_number(None)
    return format_number(derived.total(v.get(root.code) for v in totals.values()))


def _define() -> dict[str, Placeholder]:
    items = [
        Placeholder("year", "Rapor yılı", lambda r: str(r.year)),
        Placeholder("next_year", "Sonraki yıl", lambda r: str(r.year + 1)),
        Placeholder("institution_name", "İdarenin adı", lambda r: r.institution.name),
        Placeholder("personnel_total", "Toplam personel sayısı (Tablo 3)",
                    lambda r: _personnel(r, None)),
    ]
    for key, label in EMPLOYMENT_TYPES.items():
        items.append(Placeholder(f"personnel_{key}", f"{label} sayısı (Tablo 3)",
                                 lambda r, k=key: _personnel(r, k)))  # type: ignore[misc]
    items += [
        Placeholder("budget_kbo_total", "Yılın başlangıç ödeneği toplamı, TL (Tablo 9)",
                    lambda r: format_number(_budget_total(r).kbo)),
        Placeholder("budget_total_appropriation", "Yılın toplam ödeneği, TL (Tablo 9)",
                    lambda r: format_number(_budget_total(r).total_appropriation)),
        Placeholder("budget_spending", "Yılın harcaması, TL (Tablo 9)",
                    lambda r: format_number(_budget_total(r).spending)),
        Placeholder("budget_realisation_pct", "Bütçe gerçekleşme oranı (Tablo 9)",
                    lambda r: format_percent(_budget_total(r).realisation_pct, 2)),
        Placeholder("it_total", "Bilgi teknolojileri envanteri toplamı (Tablo 2)", _it_total),
    ]
    return {p.name: p for p in items}


PLACEHOLDERS: dict[str, Placeholder] = _define()


def names_in(text: str) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER_RE.finditer(text)]


def unknown_in(text: str) -> list[str]:
    return [n for n in names_in(text) if n not in PLACEHOLDERS]


def render(text: str, report: ReportYear) -> str:
    """Replace every known placeholder with its live, formatted figure; unknown ones stay."""
    cache: dict[str, str] = {}

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in PLACEHOLDERS:
            return m.group(0)
        if name not in cache:
            cache[name] = PLACEHOLDERS[name].render(report)
        return cache[name]

    return PLACEHOLDER_RE.sub(sub, text)


def token(name: str) -> str:
    return "{{" + name + "}}"


__all__ = ["PLACEHOLDERS", "Placeholder", "names_in", "render", "token", "unknown_in"]
