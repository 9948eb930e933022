"""0006: indicator semantics — direction, Table 17 type, confirmed provisional year-ends,
per-year thresholds, and Tables 10/11 figures that may be "not entered" (NULL).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SPENDING = ("activity", "unit_spending")
_FIGURES = ("kbo", "total_appropriation", "realisation")


def upgrade() -> None:
    with op.batch_alter_table("indicator") as batch:
        batch.add_column(sa.Column("direction", sa.Text(), nullable=False,
                                   server_default=sa.text("'artan'")))
        batch.add_column(sa.Column("provisional_confirmed", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    with op.batch_alter_table("goal_indicator") as batch:
        batch.add_column(sa.Column("direction", sa.Text(), nullable=False,
                                   server_default=sa.text("'artan'")))
        batch.add_column(sa.Column("kind", sa.Text(), nullable=False,
                                   server_default=sa.text("'yillik'")))
    for table in _SPENDING:
        with op.batch_alter_table(table) as batch:
            for column in _FIGURES:
                batch.alter_column(column, existing_type=sa.Text(), nullable=True)
    op.create_table(
        "year_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("partial_pct", sa.Text(), nullable=False),
        sa.Column("reached_pct", sa.Text(), nullable=False),
        sa.Column("overshoot_pct", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(["report_year_id"], ["report_year.id"],
                                name=op.f("fk_year_settings_report_year_id_report_year"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_settings")),
        sa.UniqueConstraint("report_year_id", name=op.f("uq_year_settings_report_year_id")),
    )
    # Every existing year gets today's thresholds (80 / 100) and the overshoot limit (120).
    op.execute(
        "INSERT INTO year_settings (report_year_id, position, partial_pct, reached_pct, "
        "overshoot_pct) SELECT id, 0, '80', '100', '120' FROM report_year"
    )


def downgrade() -> None:
    op.drop_table("year_settings")
    for table in _SPENDING:
        op.execute(f"UPDATE {table} SET " + ", ".join(
            f"{c} = COALESCE({c}, '0')" for c in _FIGURES))
        with op.batch_alter_table(table) as batch:
            for column in _FIGURES:
                batch.alter_column(column, existing_type=sa.Text(), nullable=False)
    with op.batch_alter_table("goal_indicator") as batch:
        batch.drop_column("kind")
        batch.drop_column("direction")
    with op.batch_alter_table("indicator") as batch:
        batch.drop_column("provisional_confirmed")
        batch.drop_column("direction")
