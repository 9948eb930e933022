"""Acknowledged findings: a real inconsistency a named person accepted with a written reason.

A finding is identified by its rule, its location (``table/row/column``) and a hash of the
figures its message names. An acknowledgement applies only while all three agree, so it stops
applying as soon as the numbers change (the finding is open again and says why). A year is
final when no error is left open: every error is fixed or acknowledged.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .checks import Finding, Location, Severity

_FIGURE = re.compile(r"-?\d[\d.,]*")


def location_text(location: Location) -> str:
    """``table/row/column`` ("strategic/PG4.6.1/target"); missing trailing parts left out."""
    parts = [location.table, location.row or "", location.column or ""]
    while len(parts) > 1 and not parts[-1]:
        parts.pop()
    return "/".join(parts)


def figures_hash(message: str) -> str:
    """A short hash of the figures (every number, in order) a finding's message names."""
    figures = " ".join(m.rstrip(".,") for m in _FIGURE.findall(message))
    return hashlib.sha256(figures.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class FindingKey:
    rule: str
    location: str
    figures: str

    @property
    def place(self) -> tuple[str, str]:
        """Rule and location, without the figures."""
        return self.rule, self.location


def finding_key(finding: Finding) -> FindingKey:
    return FindingKey(finding.rule, location_text(finding.location),
                      figures_hash(finding.message))


@dataclass(frozen=True)
class Acknowledgement:
    """An active acknowledgement as stored (``message``: the finding's text when accepted)."""

    id: int
    year: int
    rule: str
    location: str
    figures: str
    message: str
    by: str  # the named person who accepts the finding
    reason: str
    at: str  # ISO 8601, UTC
    user: str = ""  # the operating system's user who recorded it

    @property
    def key(self) -> FindingKey:
        return FindingKey(self.rule, self.location, self.figures)

    @property
    def date_tr(self) -> str:
        """The day it was accepted, as "30.11.2026"."""
        y, m, d = self.at[:4], self.at[5:7], self.at[8:10]
        return f"{d}.{m}.{y}" if self.at[4:5] == "-" else self.at[:10]

    @property
    def stale_text(self) -> str:
        """Turkish: why this acknowledgement no longer applies."""
        return (f"{self.by} tarafından kabul edilmişti ({self.reason}); bulgudaki rakamlar "
                "değiştiği için kabul artık geçerli değil. Yeniden inceleyip gerekirse yeniden "
                "kabul edin.")


@dataclass(frozen=True)
class Acknowledged:
    finding: Finding
    acknowledgement: Acknowledgement


@dataclass(frozen=True)
class Partition:
    """The findings of a run split into open ones and acknowledged ones."""

    open: list[Finding]
    acknowledged: list[Acknowledged]
    stale: list[tuple[Finding, Acknowledgement]]  # open again: the figures changed

    @property
    def open_errors(self) -> list[Finding]:
        return [f for f in self.open if f.severity == Severity.ERROR]

    @property
    def is_final(self) -> bool:
        """Every error fixed or acknowledged: the report may be final (no TASLAK)."""
        return not self.open_errors

    def acknowledgement_of(self, finding: Finding) -> Acknowledgement | None:
        for a in self.acknowledged:
            if a.finding is finding:
                return a.acknowledgement
        return None

    def stale_of(self, finding: Finding) -> Acknowledgement | None:
        for f, a in self.stale:
            if f is finding:
                return a
        return None


def partition(findings: Iterable[Finding], acknowledgements: Iterable[Acknowledgement]
              ) -> Partition:
    """Match each finding to an active acknowledgement of the same rule, location and
    figures; a finding whose place was acknowledged with other figures is open and stale."""
    acks = list(acknowledgements)
    exact = {a.key: a for a in acks}
    by_place: dict[tuple[str, str], Acknowledgement] = {}
    for a in acks:
        by_place.setdefault(a.key.place, a)
    open_: list[Finding] = []
    acknowledged: list[Acknowledged] = []
    stale: list[tuple[Finding, Acknowledgement]] = []
    for f in findings:
        key = finding_key(f)
        ack = exact.get(key)
        if ack is not None:
            acknowledged.append(Acknowledged(f, ack))
            continue
        open_.append(f)
        old = by_place.get(key.place)
        if old is not None:
            stale.append((f, old))
    return Partition(open_, acknowledged, stale)


def open_summary(p: Partition, limit: int = 5) -> str:
    """Turkish: what keeps the report from being final ("2 açık hata: [rule] message; …")."""
    errors = p.open_errors
    shown = "; ".join(f"[{f.rule}] {f.message}" for f in errors[:limit])
    more = f"; … ve {len(errors) - limit} hata daha" if len(errors) > limit else ""
    return f"{len(errors)} açık hata: {shown}{more}"
