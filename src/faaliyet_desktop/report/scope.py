"""Unit report (birim faaliyet raporu): the institution's data restricted to one unit's subtree.

What a unit report holds, and why:

- The unit becomes the root of the organisation tree: its subtree's personnel (Tables 3–5) and
  IT inventory (Table 2) roll up to it; narrative placeholders render the unit's own figures.
- Table 11 keeps the spending rows of units in the subtree. Per-economic-code budgets (Tables
  7–9, 12, 13), activity spending (Table 10) and the spending history (Şekil 2) exist only for
  the institution as a whole, so the unit's budget section is built from its Table 11 rows
  (KBÖ, year-end total appropriation, realisation and the two percentages); a unit with no
  Table 11 row of its own says so.
- Table 17 keeps the goals for which a unit of the subtree is responsible, with their
  indicators, and Table 6 their aims and goals.
- Form-3 / Form-4 (Tables 15, 16) and Table 14 keep the alt programs linked (by their strategic
  aims) to those goals' aims; when nothing can be tied that way, all indicators are kept.
- Institution-wide texts stay out: the foreword, the executive summary, the chapter narratives
  and the annex declarations (signed by the head of the institution and the head of financial
  services) belong to the institution report; mission and vision are printed, as they hold for
  every unit. Physical resources (Table 1, the headquarters buildings) are left out.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from ..domain.model import ReportYear, Unit

UNIT_NARRATIVES = ("mission", "vision")


class UnknownUnitError(ValueError):
    """The unit code does not name a unit of the report."""


@dataclass(frozen=True)
class UnitScope:
    unit: Unit
    codes: frozenset[str]  # the unit and everything below it
    tied_subprograms: bool  # Form-3 restricted through goals' aims (False: all kept)


def subtree(report: ReportYear, code: str) -> set[str]:
    below: dict[str | None, list[str]] = {}
    for u in report.units:
        below.setdefault(u.parent, []).append(u.code)
    out: set[str] = set()
    stack = [code]
    while stack:
        c = stack.pop()
        if c in out:
            continue
        out.add(c)
        stack.extend(below.get(c, []))
    return out


def restrict(report: ReportYear, code: str) -> tuple[ReportYear, UnitScope]:
    """A copy of ``report`` holding only what belongs to unit ``code`` (see module docstring)."""
    unit = report.unit(code)
    if unit is None:
        raise UnknownUnitError(f"'{code}' kodlu birim yok.")
    codes = subtree(report, code)
    r = copy.deepcopy(report)
    r.units = [u for u in r.units if u.code in codes]
    for u in r.units:
        if u.code == code:
            u.parent = None
    r.physical_resources = []
    r.it_counts = [c for c in r.it_counts if c.unit in codes]
    r.personnel = [p for p in r.personnel if p.unit in codes]
    r.unit_spending = [s for s in r.unit_spending if s.unit in codes]
    r.budget_lines = []
    r.spending_history = []
    r.activities = []
    r.goals = [g for g in r.goals if codes.intersection(g.responsible_units)]
    goal_codes = {g.code for g in r.goals}
    r.goal_indicators = [pg for pg in r.goal_indicators if pg.goal in goal_codes]
    aim_codes = {g.aim for g in r.goals}
    r.aims = [a for a in r.aims if a.code in aim_codes]
    tied = [s.code for s in r.subprograms if aim_codes.intersection(s.aims)]
    if tied:
        r.subprograms = [s for s in r.subprograms if s.code in tied]
        r.indicators = [i for i in r.indicators if i.subprogram in tied]
        progs = {s.program for s in r.subprograms}
        r.programs = [p for p in r.programs if p.code in progs]
    r.narratives = {k: v for k, v in r.narratives.items() if k in UNIT_NARRATIVES}
    r.declarations = []
    return r, UnitScope(unit, frozenset(codes), bool(tied))
