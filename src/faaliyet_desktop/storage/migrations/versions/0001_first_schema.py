"""0001: the first schema, a table per domain entity (no revision columns, no app_meta yet).

Revision ID: 0001
Revises: -
Create Date: 2026-01-15
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_year")),
        sa.UniqueConstraint("year", name=op.f("uq_report_year_year")),
    )
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("subprogram", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kbo", sa.Text(), nullable=False),
        sa.Column("total_appropriation", sa.Text(), nullable=False),
        sa.Column("realisation", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_activity_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
        sa.UniqueConstraint("report_year_id", "code", name=op.f("uq_activity_report_year_id_code")),
    )
    op.create_table(
        "aim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("short_title", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_aim_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aim")),
        sa.UniqueConstraint("report_year_id", "code", name=op.f("uq_aim_report_year_id_code")),
    )
    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("kbo", sa.Text(), nullable=False),
        sa.Column("added", sa.Text(), nullable=True),
        sa.Column("deducted", sa.Text(), nullable=True),
        sa.Column("spending", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_budget_line_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
        sa.UniqueConstraint(
            "report_year_id",
            "fiscal_year",
            "code",
            name=op.f("uq_budget_line_report_year_id_fiscal_year_code"),
        ),
    )
    op.create_table(
        "declaration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("date", sa.Text(), nullable=False),
        sa.Column("signer_name", sa.Text(), nullable=False),
        sa.Column("signer_title", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_declaration_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declaration")),
        sa.UniqueConstraint(
            "report_year_id", "key", name=op.f("uq_declaration_report_year_id_key")
        ),
    )
    op.create_table(
        "economic_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_economic_code_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_economic_code")),
        sa.UniqueConstraint(
            "report_year_id", "code", name=op.f("uq_economic_code_report_year_id_code")
        ),
    )
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("aim", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("deviation_reason", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_goal_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
        sa.UniqueConstraint("report_year_id", "code", name=op.f("uq_goal_report_year_id_code")),
    )
    op.create_table(
        "goal_indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("weight", sa.Text(), nullable=False),
        sa.Column("baseline", sa.Text(), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("actual", sa.Text(), nullable=True),
        sa.Column("relevance", sa.Text(), nullable=False),
        sa.Column("effectiveness", sa.Text(), nullable=False),
        sa.Column("efficiency", sa.Text(), nullable=False),
        sa.Column("sustainability", sa.Text(), nullable=False),
        sa.Column("form3_indicator", sa.Text(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_goal_indicator_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_indicator")),
        sa.UniqueConstraint(
            "report_year_id", "code", name=op.f("uq_goal_indicator_report_year_id_code")
        ),
    )
    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("subprogram", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("previous_year", sa.Integer(), nullable=True),
        sa.Column("previous_value", sa.Text(), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("year_end_estimate", sa.Text(), nullable=True),
        sa.Column("q1", sa.Text(), nullable=True),
        sa.Column("q2", sa.Text(), nullable=True),
        sa.Column("q3", sa.Text(), nullable=True),
        sa.Column("q4", sa.Text(), nullable=True),
        sa.Column("aggregation", sa.Text(), nullable=False),
        sa.Column("typed_year_end", sa.Text(), nullable=True),
        sa.Column("assessment1", sa.Text(), nullable=False),
        sa.Column("assessment2", sa.Text(), nullable=False),
        sa.Column("assessment3", sa.Text(), nullable=False),
        sa.Column("assessment4", sa.Text(), nullable=False),
        sa.Column("in_form3", sa.Boolean(), nullable=False),
        sa.Column("in_form4", sa.Boolean(), nullable=False),
        sa.Column("form4_order", sa.Integer(), nullable=False),
        sa.Column("deviation_reason", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_indicator_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
        sa.UniqueConstraint(
            "report_year_id", "code", name=op.f("uq_indicator_report_year_id_code")
        ),
    )
    op.create_table(
        "institution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("short_name", sa.Text(), nullable=False),
        sa.Column("head_name", sa.Text(), nullable=False),
        sa.Column("head_title", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_institution_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution")),
        sa.UniqueConstraint("report_year_id", name=op.f("uq_institution_report_year_id")),
    )
    op.create_table(
        "it_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_it_count_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_it_count")),
        sa.UniqueConstraint(
            "report_year_id", "unit", "item", name=op.f("uq_it_count_report_year_id_unit_item")
        ),
    )
    op.create_table(
        "it_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_it_item_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_it_item")),
        sa.UniqueConstraint("report_year_id", "code", name=op.f("uq_it_item_report_year_id_code")),
    )
    op.create_table(
        "narrative",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_narrative_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_narrative")),
        sa.UniqueConstraint("report_year_id", "key", name=op.f("uq_narrative_report_year_id_key")),
    )
    op.create_table(
        "personnel_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_personnel_record_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personnel_record")),
        sa.UniqueConstraint(
            "report_year_id", "unit", name=op.f("uq_personnel_record_report_year_id_unit")
        ),
    )
    op.create_table(
        "physical_resource",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Text(), nullable=False),
        sa.Column("area_m2", sa.Text(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_physical_resource_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_physical_resource")),
        sa.UniqueConstraint(
            "report_year_id", "key", name=op.f("uq_physical_resource_report_year_id_key")
        ),
    )
    op.create_table(
        "program",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_program_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program")),
        sa.UniqueConstraint("report_year_id", "code", name=op.f("uq_program_report_year_id_code")),
    )
    op.create_table(
        "spending_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("total_appropriation", sa.Text(), nullable=False),
        sa.Column("spending", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_spending_year_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spending_year")),
        sa.UniqueConstraint(
            "report_year_id", "year", name=op.f("uq_spending_year_report_year_id_year")
        ),
    )
    op.create_table(
        "subprogram",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("program", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("objective", sa.Text(), nullable=False),
        sa.Column("targets", sa.Text(), nullable=False),
        sa.Column("aims", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_subprogram_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subprogram")),
        sa.UniqueConstraint(
            "report_year_id", "code", name=op.f("uq_subprogram_report_year_id_code")
        ),
    )
    op.create_table(
        "unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("parent", sa.Text(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_unit_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("report_year_id", "code", name=op.f("uq_unit_report_year_id_code")),
    )
    op.create_table(
        "unit_spending",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("kbo", sa.Text(), nullable=False),
        sa.Column("total_appropriation", sa.Text(), nullable=False),
        sa.Column("realisation", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_unit_spending_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_spending")),
        sa.UniqueConstraint(
            "report_year_id", "unit", name=op.f("uq_unit_spending_report_year_id_unit")
        ),
    )
    op.create_table(
        "goal_responsible_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_year_id", "goal"],
            ["goal.report_year_id", "goal.code"],
            name=op.f("fk_goal_responsible_unit_report_year_id_goal_goal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_goal_responsible_unit_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_responsible_unit")),
        sa.UniqueConstraint(
            "report_year_id",
            "goal",
            "unit",
            name=op.f("uq_goal_responsible_unit_report_year_id_goal_unit"),
        ),
    )
    op.create_table(
        "personnel_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_year_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "category IN ('employment', 'gender', 'education')",
            name=op.f("ck_personnel_count_category"),
        ),
        sa.ForeignKeyConstraint(
            ["report_year_id", "unit"],
            ["personnel_record.report_year_id", "personnel_record.unit"],
            name=op.f("fk_personnel_count_report_year_id_unit_personnel_record"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["report_year_id"],
            ["report_year.id"],
            name=op.f("fk_personnel_count_report_year_id_report_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personnel_count")),
        sa.UniqueConstraint(
            "report_year_id",
            "unit",
            "category",
            "key",
            name=op.f("uq_personnel_count_report_year_id_unit_category_key"),
        ),
    )


def downgrade() -> None:
    op.drop_table("personnel_count")
    op.drop_table("goal_responsible_unit")
    op.drop_table("unit_spending")
    op.drop_table("unit")
    op.drop_table("subprogram")
    op.drop_table("spending_year")
    op.drop_table("program")
    op.drop_table("physical_resource")
    op.drop_table("personnel_record")
    op.drop_table("narrative")
    op.drop_table("it_item")
    op.drop_table("it_count")
    op.drop_table("institution")
    op.drop_table("indicator")
    op.drop_table("goal_indicator")
    op.drop_table("goal")
    op.drop_table("economic_code")
    op.drop_table("declaration")
    op.drop_table("budget_line")
    op.drop_table("aim")
    op.drop_table("activity")
    op.drop_table("report_year")
