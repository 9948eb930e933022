"""Each cross-table rule fires on the inconsistency it is for, and stays quiet otherwise."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from faaliyet_desktop.domain.checks import RULES, Severity, run_checks
from faaliyet_desktop.domain.model import (
    NARRATIVE_SECTIONS,
    Activity,
    Aggregation,
    BudgetLine,
    Declaration,
    EconomicCode,
    Goal,
    GoalIndicator,
    Indicator,
    Institution,
    PersonnelRecord,
    PGType,
    Program,
    ReportYear,
    SpendingYear,
    StrategicAim,
    SubProgram,
    Unit,
    UnitKind,
    UnitSpending,
)


def consistent() -> ReportYear:
    """A small report that satisfies every rule."""
    return ReportYear(
        year=2024,
        institution=Institution("Test İdaresi", head_name="Ad SOYAD", head_title="Başkan"),
        units=[Unit("KURUM", "Test İdaresi", UnitKind.INSTITUTION),
               Unit("MERKEZ", "Merkez Teşkilatı", UnitKind.SCOPE, "KURUM", 1),
               Unit("TASRA", "Taşra Teşkilatı", UnitKind.SCOPE, "KURUM", 2),
               Unit("IL01", "Adana İl Göç İdaresi Müdürlüğü", UnitKind.PROVINCIAL, "TASRA")],
        personnel=[
            PersonnelRecord("MERKEZ", {"dolu_kadro": 10, "gecici": 2}, {"kadin": 5, "erkek": 7},
                            {"lisans": 12}),
            PersonnelRecord("IL01", {"dolu_kadro": 3}),
        ],
        economic_codes=[EconomicCode("1", "Personel Giderleri", 1)],
        budget_lines=[BudgetLine(2023, "1", D(80)),
                      BudgetLine(2024, "1", D(100), D(20), D(10), D(99)),
                      BudgetLine(2025, "1", D(120))],
        spending_history=[SpendingYear(2024, D(110), D(99))],
        programs=[Program("P", "Program")],
        subprograms=[SubProgram("P.S", "P", "Alt program")],
        activities=[Activity("P.S.1", "P.S", "Faaliyet", D(100), D(110), D(99))],
        unit_spending=[UnitSpending("MERKEZ", D(100), D(110), D(99))],
        indicators=[Indicator("P.S.1", "P.S", "Gösterge", target=D(10),
                              quarters=[D(3), D(3), D(3), D(3)], aggregation=Aggregation.SUM)],
        aims=[StrategicAim("A1", "Amaç")],
        goals=[Goal("H1.1", "A1", "Hedef", deviation_reason="")],
        goal_indicators=[GoalIndicator("PG1.1.1", "H1.1", "Gösterge", D(100), D(0), D(10), D(12),
                                       form3_indicator="P.S.1")],
        narratives={k: "Metin {{personnel_total}}." for k in NARRATIVE_SECTIONS},
        declarations=[Declaration("ek1", "EK-1", "Beyan.", "Ankara", "Şubat 2025", "Ad", "Başkan"),
                      Declaration("ek2", "EK-2", "Beyan.", "Ankara", "Şubat 2025", "Ad", "Daire")],
    )


def rules_fired(report: ReportYear) -> set[str]:
    return {f.rule for f in run_checks(report)}


def test_consistent_report_has_no_findings():
    assert run_checks(consistent()) == []


def test_every_rule_has_a_turkish_description():
    assert len({r.id for r in RULES}) == len(RULES)
    assert all(r.description for r in RULES)


def test_table4_total_differs_from_table3():
    r = consistent()
    r.personnel[0].gender["kadin"] = 6
    [f] = run_checks(r)
    assert f.rule == "personel-toplam" and f.severity == Severity.ERROR
    assert f.location.table == "personnel_gender" and f.location.row == "MERKEZ"
    assert "Tablo 4" in f.message and "13" in f.message and "12" in f.message


def test_typed_aggregate_disagrees_with_units():
    r = consistent()
    r.personnel.append(PersonnelRecord("TASRA", {"dolu_kadro": 5}))
    [f] = run_checks(r)
    assert f.rule == "birim-toplam"
    assert "girilen değer 5" in f.message and "alt birimlerin toplamı 3" in f.message


def test_table10_total_differs_from_table9():
    r = consistent()
    r.activities[0].realisation = D(98)
    fired = run_checks(r)
    assert {f.rule for f in fired} == {"butce-tutarlilik"}
    assert any("Tablo 10" in f.message and "98" in f.message and "99" in f.message for f in fired)


def test_figure2_current_year_differs():
    r = consistent()
    r.spending_history[0].spending = D(1)
    [f] = run_checks(r)
    assert f.rule == "butce-tutarlilik" and f.location.table == "spending_history"


def test_deducted_more_than_available():
    r = consistent()
    r.budget_lines[1].deducted = D(500)
    assert "butce-satir" in rules_fired(r)


def test_form4_without_form3_data():
    r = consistent()
    r.indicators.append(Indicator("P.S.2", "P.S", "Kurs", target=D(5), in_form3=False))
    [f] = run_checks(r)
    assert f.rule == "form4-veri" and f.location == f.location.__class__("form4", "P.S.2")


def test_form3_and_table17_disagree():
    r = consistent()
    r.goal_indicators[0].target = D(11)
    r.goal_indicators[0].actual = D(13)
    r.goal_indicators[0].baseline = D(0)
    msgs = [f.message for f in run_checks(r) if f.rule == "form3-tablo17"]
    assert len(msgs) == 2
    assert any("Hedef farkı" in m and "10" in m and "11" in m for m in msgs)
    assert any("Gerçekleşme farkı" in m and "12" in m and "13" in m for m in msgs)


def test_table17_counted_from_baseline_agrees_with_form3():
    # Rule change (issue 12): the reading comes from the PG's stored type, here kümülatif.
    r = consistent()
    r.goal_indicators[0].kind = PGType.KUMULATIF
    r.goal_indicators[0].baseline = D(100)
    r.goal_indicators[0].target = D(110)  # B − A = Form-3 target 10
    r.goal_indicators[0].actual = D(112)  # C − A = Form-3 year-end 12
    assert run_checks(r) == []


def test_weights_do_not_sum_to_100():
    r = consistent()
    r.goal_indicators[0].weight = D(80)
    [f] = [f for f in run_checks(r) if f.rule == "agirlik-toplam"]
    assert f.rule == "agirlik-toplam" and "%80" in f.message


def test_b_equals_a_is_a_warning():
    r = consistent()
    r.goal_indicators[0].baseline = D(10)
    r.goal_indicators[0].form3_indicator = None
    fired = run_checks(r)
    assert [(f.rule, f.severity) for f in fired if f.rule == "b-esit-a"] == [
        ("b-esit-a", Severity.WARNING)]


def test_below_target_without_reason_is_a_warning():
    r = consistent()
    r.indicators[0].quarters = [D(1), D(1), D(1), D(1)]
    r.goal_indicators[0].actual = D(4)
    fired = {f.rule: f for f in run_checks(r)}
    assert fired["form3-sapma"].severity == Severity.WARNING
    assert fired["hedef-sapma"].severity == Severity.WARNING
    r.indicators[0].deviation_reason = "Neden"
    r.goals[0].deviation_reason = "Neden"
    assert not {"form3-sapma", "hedef-sapma"} & rules_fired(r)


def test_unknown_placeholder_is_an_error():
    r = consistent()
    r.narratives["foreword"] = "Toplam {{personel_toplami}} kişi."
    [f] = run_checks(r)
    assert f.rule == "yer-tutucu" and f.severity == Severity.ERROR
    assert "personel_toplami" in f.message and f.location.row == "foreword"


def test_unknown_unit_reference():
    r = consistent()
    r.unit_spending.append(UnitSpending("YOK", D(0), D(0), D(0)))
    assert "tanimsiz-referans" in rules_fired(r)


@pytest.mark.parametrize("key", ["ek1", "ek2"])
def test_declaration_missing_signer(key):
    r = consistent()
    d = next(x for x in r.declarations if x.key == key)
    d.signer_name = ""
    assert rules_fired(r) == {"metin-eksik"}


def test_sample_findings_are_the_seeds_real_inconsistencies():
    from faaliyet_desktop.sample import load_sample

    findings = run_checks(load_sample())
    got = {(f.rule, f.location.row, f.location.column) for f in findings}
    assert ("agirlik-toplam", "H2.3", "weight") in got  # weights sum to 80 %
    assert ("form4-veri", "GY.GYH.F4-1", None) in got  # Form-4 indicator without Form-3 data
    assert ("b-esit-a", "PG3.2.2", "target") in got and ("b-esit-a", "PG6.2.2", "target") in got
    mismatches = {(row, col) for rule, row, col in got if rule == "form3-tablo17"}
    assert mismatches == {("PG3.4.1", "target"), ("PG4.6.1", "target"), ("PG4.6.1", "actual"),
                          ("PG6.1.1", "actual"), ("PG6.1.3", "target"), ("PG6.2.2", "target"),
                          ("PG6.4.1", "actual")}
    # Nothing on the tables that agree: personnel, budget, Tables 10/11, Şekil 2, texts.
    quiet = {"personel-toplam", "birim-toplam", "butce-tutarlilik", "butce-satir", "butce-yillar",
             "tanimsiz-referans", "yer-tutucu", "metin-eksik", "negatif-sayi"}
    assert not quiet & {f.rule for f in findings}
