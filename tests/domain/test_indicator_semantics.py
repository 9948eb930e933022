"""Issue 12: indicator semantics as data — direction, Table 17 type, provisional year-ends,
0 vs not entered, per-year thresholds, deviation reasons and the checks that were missing."""

from __future__ import annotations

import copy
import json
from collections import Counter
from decimal import Decimal as D
from pathlib import Path

import pytest
from test_checks import consistent

from faaliyet_desktop.domain import derived
from faaliyet_desktop.domain.carry_forward import new_year_from
from faaliyet_desktop.domain.checks import Severity, goal_texts_agree, run_checks
from faaliyet_desktop.domain.model import (
    Activity,
    Aggregation,
    Direction,
    GoalIndicator,
    Indicator,
    PGType,
    ReportYear,
    Status,
    Unit,
    UnitKind,
    UnitSpending,
    YearSettings,
)
from faaliyet_desktop.domain.summary import dump
from faaliyet_desktop.sample import load_sample

SAMPLE = load_sample()


def ind(target: str | None, *quarters: str | None, direction: Direction = Direction.ARTAN,
        aggregation: Aggregation = Aggregation.SUM, typed: str | None = None) -> Indicator:
    qs = [None if q is None else D(q) for q in quarters] + [None] * (4 - len(quarters))
    return Indicator("X", "S", "Gösterge", target=None if target is None else D(target),
                     quarters=qs, aggregation=aggregation, direction=direction,
                     typed_year_end=None if typed is None else D(typed))


def findings(report: ReportYear, rule: str) -> list[str]:
    return [f.message for f in run_checks(report) if f.rule == rule]


# --- direction ------------------------------------------------------------------------------
def test_azalan_ratio_is_target_over_year_end():
    # 100 days targeted, 125 taken: worse, so the ratio is 80 % (Kısmen), not 125 % (Aşıldı)
    worse = ind("100", "125", "0", "0", "0", direction=Direction.AZALAN)
    assert derived.realisation_ratio(worse) == D("0.8")
    assert derived.indicator_result(worse).status == Status.PARTIAL
    better = ind("100", "50", "0", "0", "0", direction=Direction.AZALAN)
    assert derived.indicator_result(better).status == Status.EXCEEDED
    assert derived.indicator_result(better).ratio_pct == 200
    same_artan = ind("100", "125", "0", "0", "0")
    assert derived.indicator_result(same_artan).status == Status.EXCEEDED


def test_azalan_year_end_zero_is_exceeded_without_a_ratio():
    r = derived.indicator_result(ind("10", "0", "0", "0", "0", direction=Direction.AZALAN))
    assert r.year_end == 0 and r.ratio_pct is None and r.status == Status.EXCEEDED


def test_azalan_target_and_year_end_zero_is_reached():
    r = derived.indicator_result(ind("0", "0", "0", "0", "0", direction=Direction.AZALAN))
    assert r.ratio_pct is None and r.status == Status.REACHED


def test_azalan_target_zero_with_a_year_end_is_not_reached():
    r = derived.indicator_result(ind("0", "3", "0", "0", "0", direction=Direction.AZALAN))
    assert r.ratio_pct == 0 and r.status == Status.NOT_REACHED


def test_artan_target_zero_stays_undefined():
    r = derived.indicator_result(ind("0", "0", "0", "0", "0"))
    assert r.ratio_pct is None and r.status is None


def test_direction_of_table17_must_agree_with_form3():
    r = consistent()
    r.indicators[0].direction = Direction.AZALAN
    msgs = findings(r, "gosterge-yonu")
    assert len(msgs) == 1 and "Yön farkı" in msgs[0] and "PG1.1.1" in msgs[0]
    r.goal_indicators[0].direction = Direction.AZALAN  # now B > A contradicts azalan
    msgs = findings(r, "gosterge-yonu")
    assert len(msgs) == 1 and "üstünde" in msgs[0]
    r.goal_indicators[0].baseline, r.goal_indicators[0].target = D(20), D(10)
    r.goal_indicators[0].actual = D(8)
    assert findings(r, "gosterge-yonu") == []
    # Table 17's formula already handles B < A: C beyond B is 100 %
    assert derived.pg_performance(r.goal_indicators[0]) == 1


# --- Table 17 type --------------------------------------------------------------------------
@pytest.mark.parametrize("kind", [PGType.YILLIK, PGType.DUZEY])
def test_annual_and_level_types_compare_directly(kind):
    r = consistent()
    pg = r.goal_indicators[0]
    pg.kind, pg.baseline, pg.target, pg.actual = kind, D(5), D(10), D(12)
    assert findings(r, "form3-tablo17") == []
    # counted from A (B − A = 10) is not accepted for a yearly/level indicator
    pg.target, pg.actual = D(15), D(17)
    msgs = findings(r, "form3-tablo17")
    assert len(msgs) == 2 and all("B − A" not in m and "C − A" not in m for m in msgs)


def test_cumulative_type_compares_from_the_baseline_only():
    r = consistent()
    pg = r.goal_indicators[0]
    pg.kind, pg.baseline, pg.target, pg.actual = PGType.KUMULATIF, D(5), D(15), D(17)
    assert findings(r, "form3-tablo17") == []
    # the direct reading agreeing does not explain a cumulative mismatch away
    pg.target, pg.actual = D(10), D(12)
    msgs = findings(r, "form3-tablo17")
    assert len(msgs) == 2
    assert "B − A = 5" in msgs[0] and "C − A = 7" in msgs[1]


def test_every_sample_pg_has_an_explicit_type_and_direction():
    root = Path(__file__).resolve().parents[2] / "resources" / "sample" / "2024"
    raw = json.loads((root / "30_strategic.json").read_text("utf-8"))
    assert len(raw["goal_indicators"]) == len(SAMPLE.goal_indicators) == 52
    assert all(pg["kind"] in ("yillik", "kumulatif", "duzey") and pg["direction"] == "artan"
               for pg in raw["goal_indicators"])
    form3 = json.loads((root / "20_form3.json").read_text("utf-8"))
    assert all(i["direction"] in ("artan", "azalan") for i in form3["indicators"])
    kinds = Counter(pg.kind for pg in SAMPLE.goal_indicators)
    assert kinds[PGType.KUMULATIF] and kinds[PGType.YILLIK] and kinds[PGType.DUZEY]
    pg = next(p for p in SAMPLE.goal_indicators if p.code == "PG1.1.1")
    assert pg.kind == PGType.KUMULATIF  # A 200.000, B 405.000 = A + Form-3 target 205.000


# --- missing quarters -----------------------------------------------------------------------
@pytest.mark.parametrize(("aggregation", "year_end"), [
    (Aggregation.SUM, D(30)), (Aggregation.LAST, D(15)), (Aggregation.AVERAGE, D(10)),
])
def test_q4_missing_gives_a_provisional_year_end(aggregation, year_end):
    i = ind("40", "5", "10", "15", None, aggregation=aggregation)
    r = derived.indicator_result(i)
    assert r.year_end == year_end and r.provisional
    assert r.status is not None and r.final_status is None
    assert derived.indicator_status(i) is None  # what the report prints
    i.provisional_confirmed = True
    assert derived.indicator_result(i).final_status == r.status


def test_typed_year_end_with_a_quarter_missing_is_provisional():
    i = ind("40", "5", "10", "15", None, aggregation=Aggregation.TYPED, typed="42")
    r = derived.indicator_result(i)
    assert r.year_end == 42 and r.provisional and r.final_status is None
    i.quarters[3] = D(12)
    assert not derived.is_provisional(i)
    form4_only = ind("40", aggregation=Aggregation.SUM, typed="0")
    form4_only.in_form3 = False  # no quarters in Form-4: its typed year-end is final
    assert derived.indicator_result(form4_only).final_status == Status.NOT_REACHED


def test_nothing_entered_is_not_provisional():
    r = derived.indicator_result(ind("40"))
    assert r.year_end is None and not r.provisional and r.status is None


def test_checks_report_a_provisional_year_end_until_confirmed():
    r = consistent()
    r.indicators[0].quarters[3] = None
    r.indicators[0].quarters[0] = D(4)  # 4 + 3 + 3 = 10: Ulaşıldı, but provisional
    msgs = findings(r, "gecici-deger")
    assert len(msgs) == 1 and "4." in msgs[0] and "geçici" in msgs[0]
    r.indicators[0].provisional_confirmed = True
    assert findings(r, "gecici-deger") == []


# --- zero is not empty ----------------------------------------------------------------------
def test_reported_zero_quarter_is_a_value():
    i = ind("10", "0", "0", "0", "0")
    r = derived.indicator_result(i)
    assert r.year_end == 0 and not r.provisional and r.status == Status.NOT_REACHED


def test_sample_form4_row_keeps_the_seeds_zero():
    i = SAMPLE.indicator("GY.GYH.F4-1")
    assert i is not None and i.typed_year_end == 0
    assert derived.indicator_status(i) == Status.NOT_REACHED


def test_spending_rows_keep_zero_and_not_entered_apart():
    r = consistent()
    r.activities = [Activity("P.S.1", "P.S", "Faaliyet", D(0), None, None)]
    row = next(x for x in derived.activity_rows(r) if x.key == "P.S.1")
    assert row.kbo == 0 and row.total_appropriation is None and row.pct_of_kbo is None
    assert derived.activity_rows(r)[-1].realisation is None
    r.unit_spending = [UnitSpending("MERKEZ")]
    assert derived.unit_spending_rows(r)[-1].kbo is None


def test_not_entered_table_gives_one_note_instead_of_its_rules():
    r = consistent()
    r.activities = [Activity("P.S.1", "P.S", "Faaliyet"), Activity("P.S.2", "P.S", "İkinci")]
    fs = run_checks(r)
    assert [f.rule for f in fs] == ["girilmemis"] and fs[0].location.table == "activities"
    r.activities[0].kbo = D(0)  # a reported 0: now entered, and compared with Table 9
    assert "butce-tutarlilik" in {f.rule for f in run_checks(r)}


def test_new_year_of_the_sample_has_no_errors_and_one_note_per_table():
    nxt = new_year_from(SAMPLE, 2025)
    assert all(a.kbo is None and a.realisation is None for a in nxt.activities)
    assert all(u.total_appropriation is None for u in nxt.unit_spending)
    fs = run_checks(nxt)
    assert not any(f.severity == Severity.ERROR for f in fs), [str(f) for f in fs]
    per_table = Counter(f.location.table for f in fs)
    assert per_table and max(per_table.values()) == 1, per_table
    assert {"form3", "strategic", "activities", "unit_spending"} <= set(per_table)


# --- thresholds per year --------------------------------------------------------------------
def test_thresholds_come_from_the_year():
    i = ind("100", "85", "0", "0", "0")
    assert derived.indicator_result(i).status == Status.PARTIAL
    strict = YearSettings(partial_pct=D(90), reached_pct=D(100), overshoot_pct=D(150))
    assert derived.indicator_result(i, strict).status == Status.NOT_REACHED
    assert derived.indicator_result(ind("100", "90", "0", "0", "0"), strict).status == \
        Status.PARTIAL
    r = consistent()
    r.settings = strict
    r.indicators[0].quarters = [D(2), D(2), D(2), D(2)]  # 8 of 10: 80 %
    assert "Ulaşılamadı" in findings(r, "form3-sapma")[0]
    r.settings = YearSettings()
    assert "Kısmen Ulaşıldı" in findings(r, "form3-sapma")[0]


def test_legend_shows_the_years_thresholds():
    text = derived.status_legend(YearSettings(D(75), D(100), D(130)))
    assert "%75" in text and "%130" in text and "Kısmen Ulaşıldı" in text
    assert "%80" in derived.status_legend()


# --- deviation reasons ----------------------------------------------------------------------
@pytest.mark.parametrize(("year_end", "required"), [
    ("7.99", True), ("8", True), ("9.99", True), ("10", False), ("12", False),
    ("12.01", True),
])
def test_deviation_reason_boundaries(year_end, required):
    i = ind("10", year_end, "0", "0", "0")
    assert derived.deviation_reason_required(i) is required
    r = consistent()
    r.indicators[0].quarters = [D(year_end), D(0), D(0), D(0)]
    r.goal_indicators[0].actual = D(year_end)  # keep Table 17 in step with Form-3
    r.goals[0].deviation_reason = "Neden."
    assert bool(findings(r, "form3-sapma")) is required
    r.indicators[0].assessments[2] = "3. çeyrekte açıklandı."
    assert findings(r, "form3-sapma") == []


def test_overshoot_limit_is_data():
    i = ind("10", "13", "0", "0", "0")
    assert derived.deviation_reason_required(i)
    assert not derived.deviation_reason_required(i, YearSettings(overshoot_pct=D(130)))
    azalan_zero = ind("10", "0", "0", "0", "0", direction=Direction.AZALAN)
    assert derived.deviation_reason_required(azalan_zero)  # ratio undefined, above any limit


def test_goal_under_100_without_reason_is_a_finding():
    r = consistent()
    r.goal_indicators[0].actual = D(10)  # (10 − 0) / (10 − 0) = 100 %
    r.indicators[0].quarters = [D(10), D(0), D(0), D(0)]
    assert findings(r, "hedef-sapma") == []
    r.goal_indicators[0].actual = D("9.99")
    r.indicators[0].quarters = [D("9.99"), D(0), D(0), D(0)]
    assert len(findings(r, "hedef-sapma")) == 1
    r.goals[0].deviation_reason = "Neden."
    assert findings(r, "hedef-sapma") == []


# --- checks that were missing ---------------------------------------------------------------
def test_goal_texts_compared_between_tables_6_and_17():
    msgs = findings(SAMPLE, "hedef-metni")
    assert len(msgs) == 1 and "H6.4" in msgs[0]
    assert goal_texts_agree("Nitelikli bir vize değerlendirme sistemi oluşturulması.",
                            "Nitelikli Vize Değerlendirme Sistemi")
    assert goal_texts_agree("Hukuk hizmetlerinde etkinliğin artırılması.",
                            "HUKUK HİZMETLERİNDE ETKİNLİĞİ ARTIRMAK")
    assert not goal_texts_agree("Sınır güvenliğinin sağlanması.", "Uyum faaliyetleri yürütmek")


def test_sample_check_adds_only_the_h64_wording():
    counts = Counter(f.rule for f in run_checks(SAMPLE))
    assert counts == Counter({"form3-tablo17": 7, "form4-veri": 1, "agirlik-toplam": 1,
                              "b-esit-a": 2, "hedef-metni": 1})


def test_realisation_above_total_appropriation_in_tables_10_and_11():
    r = consistent()
    r.activities[0].realisation = D(111)
    r.unit_spending[0].realisation = D(111)
    msgs = findings(r, "harcama-odenek")
    assert len(msgs) == 2 and "Tablo 10" in msgs[0] and "Tablo 11" in msgs[1]
    assert "(fark 1)" in msgs[0]


def test_table11_counts_a_province_once():
    r = consistent()
    r.unit_spending = [UnitSpending("MERKEZ", D(60), D(66), D(59), 1),
                       UnitSpending("TASRA", D(40), D(44), D(40), 2),
                       UnitSpending("IL01", D(5), D(5), D(5), 3)]
    msgs = findings(r, "birim-mukerrer")
    assert len(msgs) == 1 and "Adana" in msgs[0] and "Taşra" in msgs[0]
    r.units.append(Unit("IL01A", "Alt birim", UnitKind.CENTRE, "IL01"))
    r.unit_spending[2].unit = "IL01A"  # two levels below TAŞRA: still counted twice
    assert len(findings(r, "birim-mukerrer")) == 1


# --- exact numbers out ----------------------------------------------------------------------
def test_dump_writes_decimals_as_exact_strings():
    r = copy.deepcopy(consistent())
    big = D("123456789012345.67")  # above 9·10¹³: a float would lose the kuruş
    r.budget_lines[1].kbo = big
    out = json.loads(json.dumps(dump(r)))
    line = next(b for b in out["inputs"]["budget_lines"] if b["fiscal_year"] == 2024)
    assert line["kbo"] == "123456789012345.67"
    assert out["derived"]["settings"] == {"partial_pct": "80", "reached_pct": "100",
                                          "overshoot_pct": "120"}
    f3 = out["derived"]["form3"][0]
    assert f3["direction"] == "artan" and f3["provisional"] is False


def test_pg_defaults_keep_older_documents_loadable():
    pg = GoalIndicator("PG", "H", "Ad", D(100))
    assert pg.direction == Direction.ARTAN and pg.kind == PGType.YILLIK
