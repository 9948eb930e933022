"""A report year ten times the sample: 1,270 units, 220 Form-3 indicators, 520 goal
indicators (performance indicators), with per-unit personnel, IT counts and spending.

Deterministic; for the benchmarks (``tenfold(load_sample())``). The figures are made up: the
checks find plenty, which is what a year being filled in looks like.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from faaliyet_desktop.domain.model import (
    EDUCATION_LEVELS,
    EMPLOYMENT_TYPES,
    GENDERS,
    ITCount,
    PersonnelRecord,
    ReportYear,
    UnitKind,
    UnitSpending,
)

FACTOR = 10


def tenfold(report: ReportYear, factor: int = FACTOR) -> ReportYear:
    """``report`` (changed in place and returned) with ``factor`` times its units, Form-3
    indicators, goal indicators and activities; every leaf unit has its own figures."""
    base_units = [u for u in report.units if u.kind not in (UnitKind.INSTITUTION,
                                                            UnitKind.SCOPE)]
    order = max(u.order for u in report.units)
    for k in range(1, factor):
        for u in base_units:
            order += 1
            report.units.append(replace(u, code=f"{u.code}-{k}", name=f"{u.name} ({k})",
                                        order=order))
    leaves = [u for u in report.units if u.kind not in (UnitKind.INSTITUTION, UnitKind.SCOPE)]
    report.personnel = [
        PersonnelRecord(
            u.code,
            employment={t: 10 + (n * i) % 97 for i, t in enumerate(EMPLOYMENT_TYPES, 1)},
            gender={t: 20 + (n * i) % 89 for i, t in enumerate(GENDERS, 1)},
            education={t: 5 + (n * i) % 83 for i, t in enumerate(EDUCATION_LEVELS, 1)})
        for n, u in enumerate(leaves, start=1)]
    report.it_counts = [ITCount(u.code, item.code, 3 + (n * i) % 50)
                        for n, u in enumerate(leaves, start=1)
                        for i, item in enumerate(report.it_items, 1)]
    report.unit_spending = [
        UnitSpending(u.code, Decimal(1_000_000 + n), Decimal(1_200_000 + n),
                     Decimal(1_100_000 + n), n)
        for n, u in enumerate(leaves, start=1)]
    for attr in ("activities", "indicators", "goal_indicators"):
        items = list(getattr(report, attr))
        for k in range(1, factor):
            for item in items:
                extra = {"quarters": list(item.quarters),
                         "assessments": list(item.assessments)} if attr == "indicators" else {}
                getattr(report, attr).append(
                    replace(item, code=f"{item.code}-{k}", order=item.order + 1000 * k,
                            **extra))
    return report
