"""A new report year from the last one: the structure carries, this year's figures become
the new year's previous-year values, and the new year's own figures start empty."""

from __future__ import annotations

import copy
from dataclasses import replace

from . import derived
from .model import BudgetLine, ReportYear, SpendingYear


def new_year_from(previous: ReportYear, year: int) -> ReportYear:
    if year <= previous.year:
        raise ValueError(f"Yeni yıl ({year}) kaynak yıldan ({previous.year}) büyük olmalı.")
    p = copy.deepcopy(previous)
    # Budget: last year's current KBÖ becomes the previous-year column; last year's next-year
    # KBÖ (Table 12) is this year's initial appropriation; the next year is not known yet.
    budget: list[BudgetLine] = [
        BudgetLine(year - 1, b.code, b.kbo) for b in p.budget(previous.year)
    ]
    budget += [BudgetLine(year, b.code, b.kbo) for b in p.budget(previous.year + 1)]
    history = [s for s in p.spending_history if s.year < previous.year]
    t9 = derived.budget_total(derived.budget_rows(previous, previous.year))
    if p.budget(previous.year):
        history.append(SpendingYear(previous.year, t9.total_appropriation, t9.spending))
    indicators = []
    for ind in p.indicators:
        indicators.append(replace(
            ind,
            previous_year=previous.year,
            previous_value=derived.year_end_value(ind),
            year_end_estimate=None,
            quarters=[None, None, None, None],
            typed_year_end=None,
            assessments=["", "", "", ""],
            deviation_reason="",
            provisional_confirmed=False,
        ))
    goal_indicators = [replace(pg, actual=None) for pg in p.goal_indicators]
    goals = [replace(g, deviation_reason="", measures="") for g in p.goals]
    # The new year's figures are not entered yet (None), which is not zero.
    activities = [replace(a, kbo=None, total_appropriation=None, realisation=None)
                  for a in p.activities]
    unit_spending = [replace(u, kbo=None, total_appropriation=None, realisation=None)
                     for u in p.unit_spending]
    declarations = [replace(d, date="") for d in p.declarations]
    return replace(
        p,
        year=year,
        budget_lines=budget,
        spending_history=history,
        indicators=indicators,
        goal_indicators=goal_indicators,
        goals=goals,
        activities=activities,
        unit_spending=unit_spending,
        personnel=[replace(r, employment={}, gender={}, education={}) for r in p.personnel],
        it_counts=[],
        declarations=declarations,
    )
