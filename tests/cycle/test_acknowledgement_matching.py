"""Matching findings to acknowledgements (pure domain): rule + location + the figures."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from faaliyet_desktop.domain.acknowledgements import (
    Acknowledgement,
    figures_hash,
    finding_key,
    location_text,
    open_summary,
    partition,
)
from faaliyet_desktop.domain.checks import Location, Severity, run_checks


def _ack(finding, ack_id=1, by="Ayşe Yılmaz", reason="İki resmi belge farklı tanımlıyor"):
    key = finding_key(finding)
    return Acknowledgement(ack_id, 2024, key.rule, key.location, key.figures, finding.message,
                           by, reason, "2025-02-01T10:00:00+00:00")


def test_location_text_names_table_row_and_column():
    assert location_text(Location("strategic", "PG4.6.1", "target")) == \
        "strategic/PG4.6.1/target"
    assert location_text(Location("form4", "GY.GYH.F4-1")) == "form4/GY.GYH.F4-1"
    assert location_text(Location("budget")) == "budget"


def test_the_figures_hash_follows_the_numbers_only():
    a = figures_hash("Tablo 15'te 10.000, Tablo 17 B = 35.000.")
    assert a == figures_hash("Tablo 15'te 10.000, Tablo 17 B = 35.000")
    assert a != figures_hash("Tablo 15'te 10.000, Tablo 17 B = 36.000.")


def test_every_error_of_the_sample_acknowledged_makes_the_year_final(sample):
    findings = run_checks(sample)
    errors = [f for f in findings if f.severity == Severity.ERROR]
    assert errors, "the sample has errors to acknowledge"
    before = partition(findings, [])
    assert not before.is_final and len(before.open_errors) == len(errors)
    acks = [_ack(f, i) for i, f in enumerate(errors, start=1)]
    after = partition(findings, acks)
    assert after.is_final
    assert [a.finding for a in after.acknowledged] == errors
    assert all(f.severity == Severity.WARNING for f in after.open)
    partial = partition(findings, acks[1:])
    assert partial.open_errors == [errors[0]]
    assert errors[0].rule in open_summary(partial)


def test_an_acknowledgement_stops_applying_when_the_numbers_change(sample):
    finding = next(f for f in run_checks(sample) if f.rule == "form3-tablo17")
    ack = _ack(finding)
    assert partition([finding], [ack]).is_final
    # the same place, other figures: the finding is open again and says why
    goal = next(g for g in sample.goal_indicators if g.code == finding.location.row)
    field = finding.location.column
    setattr(goal, field, (getattr(goal, field) or Decimal(0)) + 1)
    changed = next(f for f in run_checks(sample) if f.rule == "form3-tablo17"
                   and f.location == finding.location)
    p = partition([changed], [ack])
    assert not p.is_final and p.open == [changed]
    assert p.stale_of(changed) == ack
    assert "rakamlar değiştiği için kabul artık geçerli değil" in ack.stale_text


def test_another_location_is_not_covered(sample):
    finding = next(f for f in run_checks(sample) if f.severity == Severity.ERROR)
    ack = replace(_ack(finding), location="strategic/PG9.9.9")
    p = partition([finding], [ack])
    assert p.open == [finding] and not p.acknowledged and not p.stale
