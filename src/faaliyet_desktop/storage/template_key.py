"""The headquarters' secret key that signs exported Excel templates (HMAC).

One row, created by migration 0005 (or, should it be missing, on the first export). It lives in
the database, so a backup and its restore keep it: templates sent out before a restore are
still accepted after it. A template not exported by this database cannot carry a valid
signature.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from sqlalchemy import Integer, Table, Text, insert, select
from sqlalchemy.orm import Mapped, mapped_column

from .tables import Base

KEY_BYTES = 32


class TemplateKeyRow(Base):
    __tablename__ = "template_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    secret: Mapped[str] = mapped_column(Text, nullable=False)  # hex
    created_at: Mapped[str] = mapped_column(Text, nullable=False)  # ISO 8601, UTC


_table = TemplateKeyRow.__table__
assert isinstance(_table, Table)
template_key_table: Table = _table


def new_secret() -> str:
    return os.urandom(KEY_BYTES).hex()


def read_template_key(engine: Any) -> bytes | None:
    """The signing key, or None when this database has none (yet)."""
    with engine.connect() as conn:
        secret = conn.scalar(select(template_key_table.c.secret)
                             .order_by(template_key_table.c.id).limit(1))
    return None if secret is None else bytes.fromhex(secret)


def template_key(engine: Any) -> bytes:
    """The signing key, created (os.urandom) when this database has none."""
    key = read_template_key(engine)
    if key is not None:
        return key
    with engine.begin() as conn:
        conn.execute(insert(template_key_table).values(
            secret=new_secret(),
            created_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()))
    key = read_template_key(engine)
    assert key is not None
    return key
