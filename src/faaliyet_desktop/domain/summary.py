"""The whole year as plain data — inputs and every derived figure — for dumps and comparisons."""

from __future__ import annotations

from typing import Any

from . import derived
from .checks import run_checks
from .codec import to_plain
from .model import STATUS_LABELS_TR, ReportYear


def derived_figures(report: ReportYear) -> dict[str, Any]:
    """Every derived table, keyed like the report's tables."""
    y = report.year
    current = derived.budget_rows(report, y)
    personnel: dict[str, Any] = {}
    scopes = derived.scope_codes(report)
    for group, key in (("employment", "table3"), ("gender", "table4"), ("education", "table5")):
        t = derived.personnel_table(report, group)
        personnel[key] = {
            scope: {
                **{cat: t.value(code, cat) for cat in derived.PERSONNEL_GROUPS[group]},
                "total": t.row_total(code),
            }
            for scope, code in scopes.items()
        }
    it = derived.it_totals(report)
    root = report.root_unit()
    it_rows = {item: values.get(root.code) if root else None for item, values in it.items()}
    indicators = []
    for ind in report.indicators:
        r = derived.indicator_result(ind, report.settings)
        indicators.append({
            "code": ind.code,
            "name": ind.name,
            "target": ind.target,
            "year_end": r.year_end,
            "ratio_pct": r.ratio_pct,
            "status": r.status.value if r.status else None,
            "status_label": STATUS_LABELS_TR[r.status] if r.status else None,
            "direction": ind.direction.value,
            "provisional": r.provisional,
            "provisional_confirmed": ind.provisional_confirmed,
            "final_status": r.final_status.value if r.final_status else None,
            "in_form3": ind.in_form3,
            "in_form4": ind.in_form4,
        })
    goals = []
    for goal in sorted(report.goals, key=lambda g: (g.order, g.code)):
        pgs = derived.goal_indicators_of(report, goal.code)
        goals.append({
            "code": goal.code,
            "performance_pct": derived.goal_performance(goal, pgs) * 100 if pgs else None,
            "weight_sum": derived.weight_sum(report, goal.code),
            "indicators": [
                {"code": pg.code, "kind": pg.kind.value, "direction": pg.direction.value,
                 "performance_pct": (None if (p := derived.pg_performance(pg))
                                     is None else p * 100)}
                for pg in pgs
            ],
        })
    return to_plain({
        "table2": {**it_rows, "total": derived.total(it_rows.values())},
        **personnel,
        "figure2": derived.spending_rates(report),
        "table7": derived.comparison_rows(report, y - 1, y),
        "table8": current + [derived.budget_total(current)],
        "table9": current + [derived.budget_total(current)],
        "table10": derived.activity_rows(report),
        "table11": derived.unit_spending_rows(report),
        "table12": derived.budget_rows(report, y + 1)
        + [derived.budget_total(derived.budget_rows(report, y + 1))],
        "table13": derived.comparison_rows(report, y, y + 1),
        "form3": indicators,
        "table17": goals,
        "settings": report.settings,
    })


def dump(report: ReportYear) -> dict[str, Any]:
    """Inputs, derived figures and check findings of one year. Decimals are strings (exact:
    a JSON float loses kuruş above about 9·10¹³ TL)."""
    return {
        "year": report.year,
        "inputs": to_plain(report),
        "derived": derived_figures(report),
        "findings": [
            {"rule": f.rule, "severity": f.severity.value, "table": f.location.table,
             "row": f.location.row, "column": f.location.column, "message": f.message}
            for f in run_checks(report)
        ],
    }
