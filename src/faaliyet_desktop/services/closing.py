"""The year's close: acknowledge a finding, revoke it, pick findings by number or place, and
the numbered lines ``faaliyet check`` prints. Plain functions (the GUI and the CLI share them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain.acknowledgements import (
    Acknowledgement,
    Partition,
    finding_key,
    location_text,
)
from ..domain.checks import SEVERITY_LABELS_TR, Finding, Severity


class AcknowledgementError(ValueError):
    """A refused acknowledgement or revocation; ``str()`` is the Turkish message."""


def _required(by: str, reason: str | None) -> tuple[str, str]:
    by = (by or "").strip()
    if not by:
        raise AcknowledgementError("Kabul eden kişinin adını ve soyadını yazın (ör. --by "
                                   "\"Ayşe Yılmaz\"); adsız kabul kaydedilmez.")
    if reason is not None and not reason.strip():
        raise AcknowledgementError("Kabulün gerekçesini yazın: bu bulgu neden veriyle "
                                   "düzeltilemiyor? (ör. --reason \"İki resmi belge göstergeyi "
                                   "farklı tanımlıyor\")")
    return by, (reason or "").strip()


def acknowledge(workspace: Any, year: int, finding: Finding, by: str, reason: str
                ) -> Acknowledgement:
    """Accept ``finding``; refused without a name or a reason, or when already accepted."""
    by, reason = _required(by, reason)
    key = finding_key(finding)
    for a in workspace.acknowledgements(year):
        if a.key == key:
            raise AcknowledgementError(
                f"Bu bulgu zaten kabul edilmiş: {a.by}, {a.date_tr} ({a.reason}).")
    ack: Acknowledgement = workspace.database.add_acknowledgement(year, key, finding.message,
                                                                  by, reason)
    return ack


def revoke(workspace: Any, year: int, ack: Acknowledgement, by: str, reason: str = "") -> None:
    """Revoke ``ack`` in the name of ``by`` (the finding is open again)."""
    by, reason = _required(by, None if not reason else reason)
    workspace.database.revoke_acknowledgement(ack, by, reason)


# --- picking findings -------------------------------------------------------------------------


def pick_findings(findings: Sequence[Finding], *, number: int | None = None,
                  rule: str | None = None, location: str | None = None) -> list[Finding]:
    """The findings named by their number as ``faaliyet check`` prints it (1-based), or by
    rule and location (``table/row/column``; a shorter location matches every column)."""
    if number is not None:
        if not 1 <= number <= len(findings):
            raise AcknowledgementError(
                f"{number} numaralı bulgu yok: bulgular 1–{len(findings)} arasında "
                "numaralanıyor (numaraları 'faaliyet check --year YIL' gösterir).")
        return [findings[number - 1]]
    if not rule or not location:
        raise AcknowledgementError("Bulguyu numarasıyla (--finding N) ya da kuralı ve yeriyle "
                                   "(--rule KURAL --location tablo/satır/sütun) belirtin.")
    picked = [f for f in findings if f.rule == rule and _matches(f, location)]
    if not picked:
        raise AcknowledgementError(
            f"'{rule}' kuralının '{location}' yerinde bulgusu yok. Bulguları ve yerlerini "
            "'faaliyet check --year YIL' gösterir.")
    return picked


def _matches(finding: Finding, location: str) -> bool:
    where = location_text(finding.location)
    return where == location or where.startswith(location.rstrip("/") + "/")


def pick_acknowledgements(acks: Sequence[Acknowledgement], findings: Sequence[Finding], *,
                          number: int | None = None, rule: str | None = None,
                          location: str | None = None) -> list[Acknowledgement]:
    """The active acknowledgements named like :func:`pick_findings` (by place they are found
    even when their figures no longer match a finding)."""
    if number is not None:
        key = finding_key(pick_findings(findings, number=number)[0])
        picked = [a for a in acks if a.key.place == key.place]
    else:
        if not rule or not location:
            pick_findings(findings)  # raises the message naming both ways
        picked = [a for a in acks if a.rule == rule and (a.location == location or
                  a.location.startswith(str(location).rstrip("/") + "/"))]
    if not picked:
        raise AcknowledgementError("Bu bulgu için geçerli bir kabul yok; geri alınacak bir "
                                   "şey bulunamadı.")
    return picked


# --- what ``faaliyet check`` prints ------------------------------------------------------------


def check_lines(findings: Sequence[Finding], part: Partition) -> list[str]:
    """Numbered findings (the numbers ``acknowledge --finding`` takes); acknowledged ones as
    KABUL with who and why; an acknowledgement whose figures changed is named under its
    finding; the last line sums up."""
    lines = []
    width = len(str(len(findings)))
    for n, f in enumerate(findings, start=1):
        ack = part.acknowledgement_of(f)
        label = "KABUL" if ack is not None else SEVERITY_LABELS_TR[f.severity]
        lines.append(f"{n:>{width}}. {label:5} {f.rule:16} {f.message}")
        pad = " " * (width + 2)
        if ack is not None:
            lines.append(f"{pad}kabul edildi: {ack.by}, {ack.date_tr} — {ack.reason}")
        stale = part.stale_of(f)
        if stale is not None:
            lines.append(f"{pad}{stale.stale_text}")
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    accepted = len(part.acknowledged)
    open_errors = len(part.open_errors)
    summary = f"{len(findings)} bulgu: {errors} hata, {len(findings) - errors} uyarı"
    if accepted:
        summary += f"; {accepted} bulgu kabul edildi, {open_errors} hata açık"
    lines.append(summary + ".")
    return lines
