"""0005: the key that signs exported Excel templates (template_key), created here.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    table = op.create_table(
        "template_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("secret", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_key")),
    )
    op.bulk_insert(table, [{
        "id": 1, "secret": os.urandom(32).hex(),
        "created_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()}])


def downgrade() -> None:
    op.drop_table("template_key")
