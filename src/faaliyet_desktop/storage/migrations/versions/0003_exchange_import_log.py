"""0003: import history and provenance of Excel imports (exchange_import, exchange_import_value).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.Text(), nullable=False),
        sa.Column("template_fingerprint", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("unit_name", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.Text(), nullable=False),
        sa.Column("app_version", sa.Text(), nullable=False),
        sa.Column("value_count", sa.Integer(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_year_id"], ["report_year.id"],
            name=op.f("fk_exchange_import_report_year_id_report_year"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_import")),
    )
    op.create_table(
        "exchange_import_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("table_key", sa.Text(), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("column_key", sa.Text(), nullable=False),
        sa.Column("cell", sa.Text(), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"], ["exchange_import.id"],
            name=op.f("fk_exchange_import_value_import_id_exchange_import"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_import_value")),
    )
    with op.batch_alter_table("exchange_import_value") as batch:
        batch.create_index("ix_exchange_import_value_cell",
                           ["table_key", "row_key", "column_key"], unique=False)
        batch.create_index(batch.f("ix_exchange_import_value_import_id"), ["import_id"],
                           unique=False)


def downgrade() -> None:
    op.drop_table("exchange_import_value")
    op.drop_table("exchange_import")
