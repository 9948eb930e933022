"""Unit-report scope and narrative markup: pure functions, no PDF."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from faaliyet_desktop.report.flow import narrative
from faaliyet_desktop.report.scope import UnknownUnitError, restrict


def test_restrict_to_a_general_directorate(sample):
    r, scope = restrict(sample, "YGM")
    assert r.root_unit().code == "YGM"
    assert {u.code for u in r.units} == {"YGM", *[u.code for u in sample.units
                                                 if u.parent == "YGM"]}
    assert {g.code for g in r.goals} == {"H1.1", "H1.2", "H1.3"}
    assert {pg.goal for pg in r.goal_indicators} <= {"H1.1", "H1.2", "H1.3"}
    assert [a.code for a in r.aims] == ["A1"]
    assert scope.tied_subprograms
    assert {i.subprogram for i in r.indicators} == {"GY.GYH"}  # the alt program serving A1
    assert [s.unit for s in r.unit_spending] == ["YGM"]
    assert r.budget_lines == [] and r.declarations == []
    assert set(r.narratives) <= {"mission", "vision"}
    assert sample.root_unit().code == "KURUM"  # the original is untouched


def test_restrict_without_goals_keeps_every_indicator(sample):
    r, scope = restrict(sample, "IL06")
    assert r.goals == [] and not scope.tied_subprograms
    assert len(r.indicators) == len(sample.indicators)
    assert r.unit_spending == []  # provinces are inside the Taşra row of Table 11


def test_restrict_refuses_an_unknown_unit(sample):
    with pytest.raises(UnknownUnitError):
        restrict(sample, "YOK")


def test_narrative_markup(sample):
    sample.narratives["x"] = ("Toplam {{personnel_total}} personel <çalışır> & üretir.\n"
                              "İkinci satır.\n\n- birinci madde\n- ikinci madde\n\nSon.")
    flows = narrative(sample.narratives["x"], sample)
    texts = [f.getPlainText() for f in flows if isinstance(f, Paragraph)]
    assert texts[0] == "Toplam 14.052 personel <çalışır> & üretir. İkinci satır."
    assert texts[1:3] == ["birinci madde", "ikinci madde"]
    assert [f.bulletText for f in flows[1:3]] == ["•", "•"]
    assert texts[3] == "Son."
    assert narrative("", sample) == [] and narrative(None, sample) == []
