"""0002: a ``revision`` counter on every row (optimistic locking) and the ``app_meta`` table.

Revision ID: 0002
Revises: 0001
Create Date: 2026-01-20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table of 0001; rows that exist already start at revision 1.
TABLES = (
    "report_year",
    "institution",
    "unit",
    "physical_resource",
    "it_item",
    "it_count",
    "personnel_record",
    "personnel_count",
    "economic_code",
    "budget_line",
    "spending_year",
    "program",
    "subprogram",
    "activity",
    "unit_spending",
    "indicator",
    "aim",
    "goal",
    "goal_responsible_unit",
    "goal_indicator",
    "narrative",
    "declaration",
)


def upgrade() -> None:
    for table in TABLES:
        # SQLite can add a NOT NULL column in place when it has a default.
        op.add_column(
            table,
            sa.Column("revision", sa.Integer(), server_default=sa.text("1"), nullable=False),
        )
    op.create_table(
        "app_meta",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )


def downgrade() -> None:
    op.drop_table("app_meta")
    for table in TABLES:
        op.drop_column(table, "revision")  # native DROP COLUMN (SQLite >= 3.35)
