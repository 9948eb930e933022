"""Who has sent what: per unit not sent / sent / received / refused / applied, with findings.

"Sent" comes from the export log (a template written for the unit), "applied" from the import
history in the database; "received" and "refused" from the files seen in this session (dry
runs, a scanned inbox folder), which are not stored: looking at a file never writes to the
database.
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

STATUS_TR = {"not_sent": "Gönderilmedi", "sent": "Gönderildi (yanıt bekleniyor)",
             "received": "Alındı", "refused": "Reddedildi", "applied": "İçe aktarıldı"}


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
    status: str  # not_sent | sent | received | refused | applied
    file_name: str
    when: str
    errors: int
    warnings: int
    message: str
    sent_at: str = ""  # the newest template written for the unit
    sent_file: str = ""
    imported_at: str = ""  # the last applied import
    imported_file: str = ""

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


def _seconds(iso: str) -> str:
    """An ISO 8601 UTC time to the second (import times have no fraction, export times do)."""
    return iso[:19]


def unit_statuses(report: ReportYear, imported: dict[str | None, Any],
                  received: dict[str | None, Received],
                  kinds: tuple[UnitKind, ...] = REPORTING_KINDS,
                  exported: dict[str | None, Any] | None = None) -> list[UnitStatus]:
    """One line per reporting unit, in the organisation's order. ``exported``: the newest
    export log record per unit; a template sent after the last import makes the unit "sent"
    again (a new round), the last import's date and file still shown."""
    exported = exported or {}
    from .specs import unit_rows

    findings = _findings_by_unit(report, run_checks(report))
    out = []
    for code, name, _depth in unit_rows(report, None):
        unit = report.unit(code)
        if unit is None or unit.kind not in kinds:
            continue
        rec = imported.get(code)
        got = received.get(code)
        sent = exported.get(code)
        errors, warnings = findings.get(code, (0, 0))
        resent = sent is not None and rec is not None and \
            _seconds(sent.exported_at) > _seconds(rec.imported_at)
        if got is not None and (rec is None or got.file_name != rec.file_name):
            status, file_name, when, message = got.status, got.file_name, "", got.message
        elif rec is not None and not resent:
            status, file_name, when, message = ("applied", rec.file_name, rec.imported_at,
                                                f"{rec.value_count} değer")
        elif sent is not None:
            status, file_name, when = "sent", sent.file_name, sent.exported_at
            message = f"gönderim no {sent.export_id}"
        else:
            status, file_name, when, message = "not_sent", "", "", ""
        out.append(UnitStatus(
            code, name, unit.kind, status, file_name, when, errors, warnings, message,
            sent.exported_at if sent else "", sent.file_name if sent else "",
            rec.imported_at if rec else "", rec.file_name if rec else ""))
    return out


def summary(statuses: list[UnitStatus]) -> str:
    n = len(statuses)
    counts = {k: sum(1 for s in statuses if s.status == k) for k in STATUS_TR}
    return (f"{n} birimden {counts['applied']} içe aktarıldı, {counts['received']} alındı "
            f"(henüz içe aktarılmadı), {counts['refused']} reddedildi, {counts['sent']} "
            f"birime şablon gönderildi (yanıt bekleniyor), {counts['not_sent']} birime şablon "
            "gönderilmedi.")
