"""Table 17: PG performance (C − A)/(B − A) clamped, goal performance Σ weight × PG, checked
against the printed 2024 scores where the seed computed them from its inputs."""

import pytest

from faaliyet_desktop.domain import derived
from faaliyet_desktop.domain.numbers import format_percent
from faaliyet_desktop.sample import load_sample

REPORT = load_sample()


def goal_score(code: str):
    goal = REPORT.goal(code)
    assert goal is not None
    return derived.goal_performance(goal, derived.goal_indicators_of(REPORT, code)) * 100


# (goal, printed score, decimals printed) — the seed agrees with its inputs here.
AGREES = [
    ("H1.1", "%100", 0), ("H1.2", "%100", 0), ("H1.3", "%92", 0), ("H2.1", "%100", 0),
    ("H2.2", "%100", 0), ("H3.1", "%100", 0), ("H3.2", "%0", 0), ("H3.3", "%100", 0),
    ("H4.3", "%50,93", 2), ("H4.4", "%100", 0), ("H4.5", "%100", 0), ("H5.1", "%38", 0),
    ("H5.2", "%53", 0), ("H5.3", "%100", 0), ("H6.1", "%83,3", 1), ("H6.3", "%100", 0),
    ("H6.4", "%100", 0),
]


@pytest.mark.parametrize(("goal", "printed", "decimals"), AGREES, ids=[a[0] for a in AGREES])
def test_goal_performance_matches_seed(goal, printed, decimals):
    assert format_percent(goal_score(goal), decimals) == printed


# The seed's printed score contradicts its inputs; the application prints its own figure.
CONTRADICTS = [
    ("H2.3", "%100", "%80,00"),  # weights sum to 80 %
    ("H3.4", "%40,5", "%28,12"),  # printed PG3.4.1 is C/B (81 %), not (C − A)/(B − A)
    ("H4.1", "%94,6", "%67,96"),  # C/B
    ("H4.2", "%63,16", "%36,06"),  # C/B
    ("H4.6", "%97", "%80,51"),  # C/B
    ("H6.2", "%100", "%45,00"),  # PG6.2.2 has B = A: undefined, counted as 0
]


@pytest.mark.parametrize(("goal", "printed", "ours"), CONTRADICTS,
                         ids=[c[0] for c in CONTRADICTS])
def test_goal_performance_where_seed_contradicts_inputs(goal, printed, ours):
    assert format_percent(goal_score(goal), 2) == ours
    assert format_percent(goal_score(goal), 2) != printed


@pytest.mark.parametrize(
    ("pg", "expected"),
    [("PG1.1.1", "%100,00"), ("PG1.3.1", "%79,36"), ("PG3.4.1", "%56,25"),
     ("PG4.3.2", "%0,00"),  # C below A
     ("PG3.2.2", "—"), ("PG6.2.2", "—")],  # B = A
)
def test_pg_performance(pg, expected):
    item = next(p for p in REPORT.goal_indicators if p.code == pg)
    perf = derived.pg_performance(item)
    assert format_percent(None if perf is None else perf * 100, 2) == expected


def test_every_goal_of_table6_has_a_table17_block():
    assert len(REPORT.aims) == 6
    assert len(REPORT.goals) == 23
    assert all(derived.goal_indicators_of(REPORT, g.code) for g in REPORT.goals)
