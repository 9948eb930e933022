"""Who has sent what: per unit not yet / received / refused / imported, with check findings.

"Imported" comes from the import history in the database; "received" and "refused" from the
files seen in this session (dry runs, a scanned inbox folder), which are not stored: looking at
a file never writes to the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.checks import Finding, Severity, run_checks
from ..domain.model import ReportYear, UnitKind
from .layout import signature_ok
from .plan import ImportPlan
from .reader import read_metadata
from .safety import FileRefused
from .specs import REPORTING_KINDS

STATUS_TR = {"missing": "Gönderilmedi", "received": "Alındı", "refused": "Reddedildi",
             "imported": "İçe aktarıldı"}


@dataclass
class Received:
    unit: str | None
    file_name: str
    status: str  # received | refused
    message: str = ""


@dataclass(frozen=True)
class UnitStatus:
    code: str
    name: str
    kind: UnitKind
    status: str  # missing | received | refused | imported
    file_name: str
    when: str
    errors: int
    warnings: int
    message: str

    @property
    def status_tr(self) -> str:
        return STATUS_TR[self.status]


class Inbox:
    """Files seen this session per (database, year); shared by the dialogs and the widget."""

    _seen: dict[tuple[str, int], dict[str | None, Received]] = {}

    @classmethod
    def key(cls, workspace: Any, year: int) -> tuple[str, int]:
        return (str(getattr(workspace, "path", "")), year)

    @classmethod
    def get(cls, workspace: Any, year: int) -> dict[str | None, Received]:
        return cls._seen.setdefault(cls.key(workspace, year), {})

    @classmethod
    def note_plan(cls, workspace: Any, plan: ImportPlan) -> None:
        seen = cls.get(workspace, plan.year)
        for f in plan.files:
            if f.unit is None and f.status == "refused":
                continue  # not attributable to a unit
            seen[f.unit] = Received(f.unit, f.name, "refused" if f.status == "refused"
                                    else "received", f.message)

    @classmethod
    def scan_folder(cls, workspace: Any, year: int, folder: Path) -> int:
        """Note every template in ``folder`` (metadata only); returns how many were found."""
        from ..storage.template_key import read_template_key

        seen = cls.get(workspace, year)
        key = read_template_key(workspace.database.engine) or b""
        found = 0
        for path in sorted(folder.glob("*.xlsx")):
            try:
                meta = read_metadata(path)
            except FileRefused:
                continue
            if meta.get("yil") != str(year):
                continue
            unit = meta.get("birim") or None
            if signature_ok(meta, key):
                seen.setdefault(unit, Received(unit, path.name, "received"))
            else:
                seen.setdefault(unit, Received(
                    unit, path.name, "refused", f"'{path.name}': şablonun imzası geçersiz: "
                    "dosya bu veritabanından dışa aktarılmamış ya da şablon bilgisi "
                    "değiştirilmiş. Yeni şablon dışa aktarıp birime gönderin."))
            found += 1
        return found


def _findings_by_unit(report: ReportYear, findings: Iterable[Finding]
                      ) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for f in findings:
        rows = {f.location.row} | {r.row for r in f.related}
        for row in rows:
            if row and report.unit(row) is not None:
                e, w = out.get(row, (0, 0))
                out[row] = (e + 1, w) if f.severity == Severity.ERROR else (e, w + 1)
    return out


def unit_statuses(report: ReportYear, imported: dict[str | None, Any],
                  received: dict[str | None, Received],
                  kinds: tuple[UnitKind, ...] = REPORTING_KINDS) -> list[UnitStatus]:
    """One line per reporting unit, in the organisation's order."""
    from .specs import unit_rows

    findings = _findings_by_unit(report, run_checks(report))
    out = []
    for code, name, _depth in unit_rows(report, None):
        unit = report.unit(code)
        if unit is None or unit.kind not in kinds:
            continue
        rec = imported.get(code)
        got = received.get(code)
        errors, warnings = findings.get(code, (0, 0))
        if got is not None and (rec is None or got.file_name != rec.file_name):
            status, file_name, when, message = got.status, got.file_name, "", got.message
        elif rec is not None:
            status, file_name, when, message = ("imported", rec.file_name, rec.imported_at,
                                                f"{rec.value_count} değer")
        else:
            status, file_name, when, message = "missing", "", "", ""
        out.append(UnitStatus(code, name, unit.kind, status, file_name, when, errors,
                              warnings, message))
    return out


def summary(statuses: list[UnitStatus]) -> str:
    n = len(statuses)
    counts = {k: sum(1 for s in statuses if s.status == k) for k in STATUS_TR}
    return (f"{n} birimden {counts['imported']} içe aktarıldı, {counts['received']} alındı "
            f"(henüz içe aktarılmadı), {counts['refused']} reddedildi, {counts['missing']} "
            "göndermedi.")
