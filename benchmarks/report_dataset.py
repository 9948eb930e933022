"""A reusable test/benchmark dataset: the 2024 sample with its 81 provincial directorates filled in.

``eighty_one_units(report)`` gives every provincial unit (İl Göç İdaresi Müdürlüğü) its own
personnel (Tables 3–5), IT inventory (Table 2) and unit spending (Table 11) figures. The Taşra
figures of the sample are split over the provinces so every total of the sample is unchanged
(Table 3 still says 14.052, Table 11 still totals 31.307.525.936); the checks find no new
roll-up conflicts. Deterministic: the same input gives the same dataset.

Usage (from a test or a script)::

    sys.path.insert(0, "benchmarks"); from report_dataset import eighty_one_units
    big = eighty_one_units(load_sample())
"""

from __future__ import annotations

import copy
from decimal import Decimal

from faaliyet_desktop.domain.model import (
    EDUCATION_LEVELS,
    GENDERS,
    ITCount,
    PersonnelRecord,
    ReportYear,
    UnitKind,
    UnitSpending,
)


def _weights(n: int) -> list[int]:
    return [20 + (i * 7919) % 97 for i in range(n)]


def split(total: int, n: int) -> list[int]:
    """``total`` over ``n`` parts by fixed pseudo-random weights; the parts sum to ``total``."""
    w = _weights(n)
    parts = [total * x // sum(w) for x in w]
    for i in range(total - sum(parts)):
        parts[i % n] += 1
    return parts


def eighty_one_units(report: ReportYear, scope_code: str = "TASRA") -> ReportYear:
    r = copy.deepcopy(report)
    provinces = [u for u in r.children(scope_code) if u.kind == UnitKind.PROVINCIAL]
    n = len(provinces)
    if not n:
        raise ValueError(f"{scope_code} altında il birimi yok")
    # personnel: the scope's typed figures move down to the provinces
    scope_rec = r.personnel_of(scope_code)
    if scope_rec is not None:
        r.personnel.remove(scope_rec)
        per_unit = [PersonnelRecord(p.code) for p in provinces]
        for cat, value in scope_rec.employment.items():
            for rec, part in zip(per_unit, split(value, n), strict=True):
                rec.employment[cat] = part
        for rec in per_unit:
            head = sum(rec.employment.values())
            genders = split(head, len(GENDERS))
            rec.gender = dict(zip(GENDERS, genders, strict=True))
            rec.education = dict(zip(EDUCATION_LEVELS, split(head, len(EDUCATION_LEVELS)),
                                     strict=True))
        r.personnel.extend(per_unit)
    # IT inventory: the institution's typed counts become Merkez (a fifth) + provinces
    root = r.root_unit()
    merkez = next((u for u in r.children(root.code) if u.code != scope_code), None) if root \
        else None
    if root is not None and merkez is not None:
        typed = [c for c in r.it_counts if c.unit == root.code]
        for c in typed:
            r.it_counts.remove(c)
            central = c.count // 5
            r.it_counts.append(ITCount(merkez.code, c.item, central))
            for p, part in zip(provinces, split(c.count - central, n), strict=True):
                r.it_counts.append(ITCount(p.code, c.item, part))
    # Table 11: the scope's row becomes one row per province
    row = next((s for s in r.unit_spending if s.unit == scope_code), None)
    if row is not None:
        r.unit_spending.remove(row)
        parts = [split(int(v), n) for v in (row.kbo, row.total_appropriation, row.realisation)]
        for i, p in enumerate(provinces):
            r.unit_spending.append(UnitSpending(
                p.code, Decimal(parts[0][i]), Decimal(parts[1][i]), Decimal(parts[2][i]),
                order=row.order * 1000 + i))
    return r
