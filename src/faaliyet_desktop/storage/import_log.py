"""Import history and provenance of Excel imports (the exchange package writes them).

``exchange_import``: one row per applied file (name, SHA-256, template fingerprint, unit, time,
status applied/undone). ``exchange_import_value``: every value the file changed, with the old
and new value as JSON text, so an import can be shown, traced and undone as a whole. Both
belong to a report year and go with it (ON DELETE CASCADE).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from .tables import Base


class ExchangeImportRow(Base):
    __tablename__ = "exchange_import"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_year_id: Mapped[int] = mapped_column(
        ForeignKey("report_year.id", ondelete="CASCADE"), nullable=False
    )
    file_name: Mapped[str] = mapped_column(Text, nullable=False)
    file_sha256: Mapped[str] = mapped_column(Text, nullable=False)
    template_fingerprint: Mapped[str] = mapped_column(Text, nullable=False)
    unit: Mapped[str | None] = mapped_column(Text, nullable=True)  # None: institution template
    unit_name: Mapped[str] = mapped_column(Text, nullable=False)
    imported_at: Mapped[str] = mapped_column(Text, nullable=False)  # ISO 8601, UTC
    app_version: Mapped[str] = mapped_column(Text, nullable=False)
    value_count: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)  # "applied" | "undone"
    undone_at: Mapped[str | None] = mapped_column(Text, nullable=True)


class ExchangeImportValueRow(Base):
    __tablename__ = "exchange_import_value"
    __table_args__ = (
        Index("ix_exchange_import_value_cell", "table_key", "row_key", "column_key"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_import.id", ondelete="CASCADE"), nullable=False, index=True
    )
    table_key: Mapped[str] = mapped_column(Text, nullable=False)
    row_key: Mapped[str] = mapped_column(Text, nullable=False)
    column_key: Mapped[str] = mapped_column(Text, nullable=False)
    cell: Mapped[str] = mapped_column(Text, nullable=False)  # sheet!C5 in the file
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


exchange_import = _table(ExchangeImportRow)
exchange_import_value = _table(ExchangeImportValueRow)
