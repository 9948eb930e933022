"""The year's close and the send side of the unit cycle: acknowledged findings and the log of
templates sent to units.

``finding_acknowledgement``: a finding (rule, ``table/row/column`` location, hash of its
figures) a named person accepted with a reason; revoking keeps the row (revoked_at/by/reason).
Both the acknowledgement and its revocation are written to the change history as changes of
the pseudo table "acknowledgement" (row ``rule@location``, field "kabul"), in the same
transaction. ``template_export``: one row per template written for a unit (year, unit, when,
file name, export id), so the consolidation view can tell "sent" from "not sent".
Both keep the plain year, like the change history.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Index, Integer, Text, insert, select, update
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.acknowledgements import Acknowledgement, FindingKey
from . import history
from .tables import Base, table_of

ACK_TABLE = "acknowledgement"  # the change history's pseudo table
ACK_FIELD = "kabul"


class FindingAcknowledgementRow(Base):
    __tablename__ = "finding_acknowledgement"
    __table_args__ = (Index("ix_finding_acknowledgement_year", "year", "rule", "location"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    rule: Mapped[str] = mapped_column(Text, nullable=False)
    location: Mapped[str] = mapped_column(Text, nullable=False)
    figures: Mapped[str] = mapped_column(Text, nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)
    acknowledged_by: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    acknowledged_at: Mapped[str] = mapped_column(Text, nullable=False)  # ISO 8601, UTC
    user_name: Mapped[str] = mapped_column(Text, nullable=False)
    revoked_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    revoked_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    revoke_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class TemplateExportRow(Base):
    __tablename__ = "template_export"
    __table_args__ = (Index("ix_template_export_year", "year", "unit"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    unit: Mapped[str | None] = mapped_column(Text, nullable=True)  # None: institution template
    unit_name: Mapped[str] = mapped_column(Text, nullable=False)
    file_name: Mapped[str] = mapped_column(Text, nullable=False)
    export_id: Mapped[str] = mapped_column(Text, nullable=False)  # also in the file's metadata
    fingerprint: Mapped[str] = mapped_column(Text, nullable=False)
    exported_at: Mapped[str] = mapped_column(Text, nullable=False)  # ISO 8601, UTC
    user_name: Mapped[str] = mapped_column(Text, nullable=False)


finding_acknowledgement = table_of(FindingAcknowledgementRow)
template_export = table_of(TemplateExportRow)


# --- acknowledgements -------------------------------------------------------------------------


def _ack(r: object) -> Acknowledgement:
    row = r._mapping  # type: ignore[attr-defined]
    return Acknowledgement(row["id"], row["year"], row["rule"], row["location"],
                           row["figures"], row["message"], row["acknowledged_by"],
                           row["reason"], row["acknowledged_at"], row["user_name"])


def _history_row(rule: str, location: str) -> str:
    return f"{rule}@{location}"


def _stated(by: str, reason: str) -> str:
    return f"{by}: {reason}"


def active_acknowledgements(connection: Connection, year: int) -> list[Acknowledgement]:
    t = finding_acknowledgement.c
    query = (select(finding_acknowledgement)
             .where(t.year == year, t.revoked_at.is_(None)).order_by(t.id))
    return [_ack(r) for r in connection.execute(query)]


def add_acknowledgement(connection: Connection, year: int, key: FindingKey, message: str,
                        by: str, reason: str, user: str) -> Acknowledgement:
    """Store an acknowledgement and log it (caller's transaction)."""
    when = history.now_utc()
    result = connection.execute(insert(finding_acknowledgement).values(
        year=year, rule=key.rule, location=key.location, figures=key.figures, message=message,
        acknowledged_by=by, reason=reason, acknowledged_at=when, user_name=user))
    assert result.inserted_primary_key is not None
    ack_id = int(result.inserted_primary_key[0])
    history.record(connection, year,
                   [(ACK_TABLE, _history_row(key.rule, key.location), ACK_FIELD, None,
                     _stated(by, reason))],
                   source=history.ChangeSource.TYPED,
                   detail="bulgu kabul edildi", user=user)
    return Acknowledgement(ack_id, year, key.rule, key.location, key.figures, message, by,
                           reason, when, user)


def revoke_acknowledgement(connection: Connection, ack: Acknowledgement, by: str, reason: str,
                           user: str) -> None:
    """Mark ``ack`` revoked and log the revocation (caller's transaction)."""
    t = finding_acknowledgement.c
    connection.execute(update(finding_acknowledgement).where(t.id == ack.id).values(
        revoked_at=history.now_utc(), revoked_by=by, revoke_reason=reason))
    detail = f"kabul geri alındı: {by}" + (f" ({reason})" if reason else "")
    history.record(connection, ack.year,
                   [(ACK_TABLE, _history_row(ack.rule, ack.location), ACK_FIELD,
                     _stated(ack.by, ack.reason), None)],
                   source=history.ChangeSource.TYPED, detail=detail, user=user)


# --- export log -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportRecord:
    id: int
    year: int
    unit: str | None
    unit_name: str
    file_name: str
    export_id: str
    fingerprint: str
    exported_at: str
    user: str


def record_export(connection: Connection, year: int, unit: str | None, unit_name: str,
                  file_name: str, export_id: str, fingerprint: str, user: str) -> ExportRecord:
    when = history.now_utc()
    result = connection.execute(insert(template_export).values(
        year=year, unit=unit, unit_name=unit_name, file_name=file_name, export_id=export_id,
        fingerprint=fingerprint, exported_at=when, user_name=user))
    assert result.inserted_primary_key is not None
    return ExportRecord(int(result.inserted_primary_key[0]), year, unit, unit_name, file_name,
                        export_id, fingerprint, when, user)


def exports(connection: Connection, year: int) -> list[ExportRecord]:
    """The templates written for ``year``, oldest first."""
    t = template_export.c
    return [ExportRecord(r.id, r.year, r.unit, r.unit_name, r.file_name, r.export_id,
                         r.fingerprint, r.exported_at, r.user_name)
            for r in connection.execute(select(template_export).where(t.year == year)
                                        .order_by(t.id))]
